import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../src/parse/find-numbers.js';

const brief = (text: string) => findNumbers(text).map((n) => [n.value, n.unit, n.raw]);

describe('findNumbers', () => {
  test('counts with their noun', () => {
    expect(findNumbers('capped at 600,000 personnel.')).toEqual([
      { value: 600000, unit: 'personnel', raw: '600,000 personnel', span: { start: 10, end: 27 } },
    ]);
    expect(brief('28 points and 3 kilometres')).toEqual([[28, 'points', '28 points'], [3, 'kilometres', '3 kilometres']]);
  });

  test('amounts of money with multipliers', () => {
    expect(brief('$100 billion, €5bn, £2.5 million, US$3m, USD 40, 100 billion dollars, 7 euros')).toEqual([
      [1e11, 'USD', '$100 billion'], [5e9, 'EUR', '€5bn'], [2.5e6, 'GBP', '£2.5 million'], [3e6, 'USD', 'US$3m'],
      [40, 'USD', 'USD 40'], [1e11, 'USD', '100 billion dollars'], [7, 'EUR', '7 euros'],
    ]);
  });

  test('frequencies, in words or digits, counted per period', () => {
    expect(brief('It meets twice a year, reports Four times per month, 3 times each week and once a day; 12 times a quarter.')).toEqual([
      [2, 'times a year', 'twice a year'], [4, 'times a month', 'Four times per month'], [3, 'times a week', '3 times each week'],
      [1, 'times a day', 'once a day'], [12, 'times a quarter', '12 times a quarter'],
    ]);
    // A count without a period, or a period without a count, is no frequency.
    expect(brief('two times the amount, a year later, at times a year')).toEqual([]);
    expect(brief('meet 5 times in total')).toEqual([[5, 'times', '5 times']]);
  });

  test('percentages', () => {
    expect(brief('50%, 50 percent, 50 per cent, 12.5 %')).toEqual([
      [50, '%', '50%'], [50, '%', '50 percent'], [50, '%', '50 per cent'], [12.5, '%', '12.5 %'],
    ]);
  });

  test('hyphenated counts and qualified nouns', () => {
    expect(brief('the 28-point plan with 600,000 Ukrainian troops and 5 NATO members')).toEqual([
      [28, 'point', '28-point'], [600000, 'troops', '600,000 Ukrainian troops'], [5, 'members', '5 NATO members'],
    ]);
  });

  test('a number alone has no unit', () => {
    expect(brief('in 2014 Russia annexed; 3 of them; 1.75 and')).toEqual([
      [2014, null, '2014'], [3, null, '3'], [1.75, null, '1.75'],
    ]);
  });

  test('clause numbers are references, not numbers', () => {
    expect(findNumbers('Article 5, point 12, clauses 4 and 5, § 4, Section 3.2')).toEqual([]);
  });

  test('skip spans given by the caller', () => {
    expect(findNumbers('for 10 years', [{ start: 4, end: 12 }])).toEqual([]);
    expect(findNumbers('Article 5', [])).toMatchObject([{ value: 5, unit: null }]);
  });

  test('not numbers: ordinals, codes, times, fractions, huge', () => {
    expect(brief('the 4th year, G7, F-16, 10:30, 24/7, v1.2')).toEqual([]);
    expect(brief('9'.repeat(400))).toEqual([]);
    expect(brief('5m and 5k')).toEqual([]);
  });

  test('spans slice to raw', () => {
    const text = 'About $1.5 trillion,  40 %,  600,000\nsoldiers and 3-5 tanks';
    for (const n of findNumbers(text)) expect(text.slice(n.span.start, n.span.end)).toBe(n.raw);
  });
});
