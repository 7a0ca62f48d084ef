/**
 * Finds calendar dates and normalises them to ISO 8601 with the precision the text gives.
 *
 * Decisions:
 * - Recognised: ISO `2025-11-20`; `20 November 2025` (also `20th`, `Nov.`, a comma before the year);
 *   `November 20, 2025`; `November 2025`; a year alone (1900–2099), or a range of two joined by any dash, only
 *   after a word that makes it a date:
 *   `in`, `by`, `until`, `since`, `from`, `before`, `after`, `during`, `through`, `end of`, `early`, `late`,
 *   `mid-`, … (`in 2026` → `2026`, the raw text being the year only).
 * - Month names are case-sensitive (`May 2025` is a date, `may 2025` is not); `20 November` without a year is
 *   not reported (the model needs a year).
 * - Impossible dates (`31 February 2025`, `2025-13-01`) are not dates and nothing of them is reported.
 */
import type { DateFact } from '../model/facts.js';
import { allMatches, dropOverlaps, fastPaths } from './find-shared.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
const SHORT: Readonly<Record<string, number>> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};
const MONTH = `(${[...MONTHS, ...Object.keys(SHORT)].sort((a, b) => b.length - a.length).join('|')})\\.?(?![\\p{L}])`;
const S = String.raw`\s{1,3}`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})(?![\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}])`;

/** Day month year | month day, year | month year, tried in that order at each position. */
const WRITTEN = new RegExp(
  `${START}(?:${DAY}${S}(?:of${S})?${MONTH},?${S}${YEAR}|${MONTH}${S}${DAY},?${S}${YEAR}|${MONTH},?${S}${YEAR})`,
  'gu',
);
const ISO = /(?<![\p{L}\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|-\d)/gu;
const YEAR_WORDS = [
  'in', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'during', 'through', 'throughout',
  `end${S}of`, `start${S}of`, `beginning${S}of`, 'early', 'late', 'mid-?', 'spring', 'summer', 'autumn', 'fall',
  'winter',
];
const YEAR_ALONE = new RegExp(
  String.raw`${START}(?:${YEAR_WORDS.join('|')})\s{0,3}((?:19|20)\d{2})(?:\s?[-‐‑–—]\s?((?:19|20)\d{2}))?(?![\p{N}]|[.,]\d|-\d|\s{0,3}%)`,
  'giu',
);

const FOUR_DIGITS = /\d{4}/;
/**
 * What every match of `WRITTEN` holds: a month name (each starts with one of these, case-sensitive like `MONTH`, and
 * goes on with at most six lower-case letters) then, after an optional `.` and `,`, spaces and an optional day, a year.
 */
const WRITTEN_SHAPE =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)?,?\s{1,3})?\d{4}/;
const ISO_SHAPE = /\d{4}-\d{2}-\d{2}/;
const CENTURY_YEAR = /(?:19|20)\d{2}/g;
/** How the words of `YEAR_WORDS` end (`end of` with `of`, `mid-?` with `mid` or `mid-`), lowercased. */
const YEAR_WORD_ENDS = [
  'in', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'during', 'through', 'throughout', 'of', 'early',
  'late', 'mid', 'mid-', 'spring', 'summer', 'autumn', 'fall', 'winter',
];
const LONGEST_YEAR_WORD = Math.max(...YEAR_WORD_ENDS.map((w) => w.length));

/**
 * Whether `YEAR_ALONE` could match: some `19xx`/`20xx` has, 0 to 3 white-space characters back, text ending (ignoring
 * case) with one of the year words. A cheap necessary condition: most clauses with four digits in a row hold plain
 * numbers, not years after such a word.
 */
function mayHoldYearAlone(text: string): boolean {
  CENTURY_YEAR.lastIndex = 0;
  for (let m = CENTURY_YEAR.exec(text); m !== null; m = CENTURY_YEAR.exec(text)) {
    CENTURY_YEAR.lastIndex = m.index + 1;
    for (let gap = 0, at = m.index; gap <= 3 && at > 0; gap++, at--) {
      const raw = text.slice(Math.max(0, at - LONGEST_YEAR_WORD), at);
      // `ſ` matches `s` under the `iu` flags; `toLowerCase` may change the length (`İ`): then do not decide here.
      const before = raw.toLowerCase().replace(/ſ/g, 's');
      if (before.length !== raw.length) return true;
      if (YEAR_WORD_ENDS.some((w) => before.endsWith(w))) return true;
      if (!/\s/.test(text[at - 1] ?? '')) break;
    }
  }
  return false;
}

function monthNumber(name: string): number {
  const full = MONTHS.indexOf(name);
  return full >= 0 ? full + 1 : (SHORT[name] ?? 0);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month?: number, day?: number): string | null {
  if (month === undefined) return String(year).padStart(4, '0');
  if (month < 1 || month > 12) return null;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (day < 1 || day > daysIn(year, month)) return null;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

function fact(text: string, start: number, end: number, value: string | null): DateFact[] {
  return value === null ? [] : [{ iso: value, raw: text.slice(start, end), span: { start, end } }];
}

/** Finds calendar dates ("20 November 2025", "November 2025", "in 2026") with their ISO form. */
export function findDates(text: string): DateFact[] {
  const dates: DateFact[] = [];
  // Every form holds a four-digit year: most clauses have none, and skip the three searches.
  if (!FOUR_DIGITS.test(text)) return dates;
  // Each search is skipped when a cheap necessary condition fails: a month name before a year, the ISO shape, a year
  // word before a year.
  const fast = fastPaths.enabled;
  if (!fast || WRITTEN_SHAPE.test(text)) {
    for (const m of allMatches(text, WRITTEN)) {
      const end = m.index + m[0].length;
      let value: string | null;
      if (m[1] !== undefined) value = iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
      else if (m[4] !== undefined) value = iso(Number(m[6]), monthNumber(m[4]), Number(m[5]));
      else value = iso(Number(m[8]), monthNumber(m[7] ?? ''));
      dates.push(...fact(text, m.index, end, value));
    }
  }
  if (!fast || ISO_SHAPE.test(text)) {
    for (const m of allMatches(text, ISO)) {
      dates.push(...fact(text, m.index, m.index + m[0].length, iso(Number(m[1]), Number(m[2]), Number(m[3]))));
    }
  }
  if (!fast || mayHoldYearAlone(text)) {
    for (const m of allMatches(text, YEAR_ALONE)) {
      // A year range ("in 2025–2026", "in 2025-2026", any dash) gives both years.
      const end = m.index + m[0].length;
      const first = end - m[0].length + m[0].indexOf(m[1]!);
      dates.push(...fact(text, first, first + 4, iso(Number(m[1]))));
      if (m[2] !== undefined) dates.push(...fact(text, end - 4, end, iso(Number(m[2]))));
    }
  }
  return dropOverlaps(dates);
}
