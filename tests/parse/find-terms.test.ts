import { describe, expect, test } from 'vitest';
import { findTerms } from '../../src/parse/find-terms.js';

const durations = (text: string) =>
  findTerms(text).flatMap((t) => (t.kind === 'duration' ? [[t.value, t.unit, t.raw]] : []));
const renewals = (text: string) =>
  findTerms(text).flatMap((t) => (t.kind === 'renewal' ? [[t.condition, t.raw]] : []));

describe('findTerms', () => {
  test('the guarantee clause: ten years, renewable with mutual consent', () => {
    const text = 'The guarantee would initially last for ten years and could be renewed with mutual consent.';
    expect(findTerms(text)).toEqual([
      { kind: 'duration', value: 10, unit: 'year', raw: 'ten years', span: { start: 39, end: 48 } },
      {
        kind: 'renewal',
        condition: 'mutual consent',
        raw: 'could be renewed with mutual consent',
        span: { start: 53, end: 89 },
      },
    ]);
  });

  test('durations in digits and words, hyphenated', () => {
    expect(durations('10 years, a period of 30 days, six months, one year, a two-year term, a 90-day window')).toEqual([
      [10, 'year', '10 years'], [30, 'day', '30 days'], [6, 'month', 'six months'], [1, 'year', 'one year'],
      [2, 'year', 'two-year'], [90, 'day', '90-day'],
    ]);
    expect(durations('twenty-five years, one hundred and twenty days, 1.5 years, 1,000 days, ten (10) weeks, Ten Years')).toEqual([
      [25, 'year', 'twenty-five years'], [120, 'day', 'one hundred and twenty days'], [1.5, 'year', '1.5 years'],
      [1000, 'day', '1,000 days'], [10, 'week', '(10) weeks'], [10, 'year', 'Ten Years'],
    ]);
  });

  test('not durations: no number, ordinals, per year, glued words', () => {
    expect(durations('a year, its fourth year, per year, in the years, the 4th year, yearly, someone years')).toEqual([]);
  });

  test('renewal forms and their conditions', () => {
    expect(renewals('The term is renewable.')).toEqual([[null, 'renewable']]);
    expect(renewals('It may be extended by agreement of the parties for a further term.')).toEqual([
      ['agreement of the parties', 'may be extended by agreement of the parties'],
    ]);
    expect(renewals('It shall be renewed automatically.')).toEqual([[null, 'shall be renewed automatically']]);
    expect(renewals('It is automatically renewed each year.')).toEqual([[null, 'is automatically renewed']]);
    expect(renewals('It can be extended by five years.')).toEqual([[null, 'can be extended']]);
    expect(renewals('It could be prolonged with the consent of all Parties.')).toEqual([
      ['consent of all Parties', 'could be prolonged with the consent of all Parties'],
    ]);
  });

  test('not renewals: negated, widened scope, adjectives', () => {
    expect(renewals('It shall not be renewed. It cannot be extended. It won’t be renewed.')).toEqual([]);
    expect(renewals('The zone will be extended to the whole region. Renewed fighting broke out.')).toEqual([]);
  });

  test('spans slice to raw', () => {
    const text = 'For  ten\nyears, renewable; 90-day; may be  extended  by  mutual   agreement.';
    for (const t of findTerms(text)) expect(text.slice(t.span.start, t.span.end)).toBe(t.raw);
  });
});
