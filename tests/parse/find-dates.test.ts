import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/parse/find-dates.js';

const brief = (text: string) => findDates(text).map((d) => [d.iso, d.raw]);

describe('findDates', () => {
  test('full dates in every form', () => {
    expect(findDates('Signed on 20 November 2025.')).toEqual([
      { iso: '2025-11-20', raw: '20 November 2025', span: { start: 10, end: 26 } },
    ]);
    expect(brief('2025-11-20, November 20, 2025, 20th Nov. 2025, 1 May, 2026, Feb 29 2024')).toEqual([
      ['2025-11-20', '2025-11-20'], ['2025-11-20', 'November 20, 2025'], ['2025-11-20', '20th Nov. 2025'],
      ['2026-05-01', '1 May, 2026'], ['2024-02-29', 'Feb 29 2024'],
    ]);
  });

  test('month and year', () => {
    expect(brief('in November 2025 and by February 2026; May 2025')).toEqual([
      ['2025-11', 'November 2025'], ['2026-02', 'February 2026'], ['2025-05', 'May 2025'],
    ]);
  });

  test('a year alone only when it is clearly a date', () => {
    expect(brief('Elections in 2026, reforms by 2030, mid-2027, since 2014, until the end of 2028')).toEqual([
      ['2026', '2026'], ['2030', '2030'], ['2027', '2027'], ['2014', '2014'], ['2028', '2028'],
    ]);
    expect(brief('2026 troops, 2030, in 2,000 cases, in 1492, in 20260, by 2030%')).toEqual([]);
  });

  test('invalid dates are not dates', () => {
    expect(brief('31 February 2025, 2025-13-01, 2025-02-30, 29 February 2025, 0 March 2025')).toEqual([]);
  });

  test('month names are case-sensitive; no year, no date', () => {
    expect(brief('may 2025, 20 November, last August')).toEqual([]);
  });
});
