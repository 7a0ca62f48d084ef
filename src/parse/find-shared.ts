/**
 * Small helpers shared by the fact finders (`find-*.ts`): word boundaries, number words, spans.
 *
 * Every regular expression here and in the finders is built so that each match attempt does a bounded
 * amount of work (bounded quantifiers, no nested unbounded repetition), so a finder is linear in the
 * length of the text.
 */
import type { Span } from '../model/position.js';

/** Lookbehind asserting that no letter or digit comes just before (a word start); needs the `u` flag. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';

/** Lookahead asserting that no letter or digit comes just after (a word end); needs the `u` flag. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/** Values of the number words the finders understand ("ten years", "twenty-five days"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  ['million', 1_000_000],
]);

/** Alternation of the number words, longest first, for use inside a regular expression. */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Reads a run of number words such as `twenty-five` or `one hundred and ten`; null when it is not one. */
export function parseNumberWords(words: string): number | null {
  const tokens = words.toLowerCase().split(/[\s-]+/).filter((t) => t !== '' && t !== 'and');
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const token of tokens) {
    const value = NUMBER_WORDS.get(token);
    if (value === undefined) return null;
    if (value === 100) current = (current === 0 ? 1 : current) * 100;
    else if (value >= 1000) {
      total += (current === 0 ? 1 : current) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}

/** Reads a number written with digits, thousands commas and an optional decimal part; null if not finite. */
export function parseDigits(digits: string): number | null {
  const value = Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** Whether two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` overlaps any span of `spans`, which must be sorted by start (binary search). */
export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  let lo = 0;
  let hi = spans.length;
  // First span whose end is past span.start.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const candidate = spans[mid];
    if (candidate !== undefined && candidate.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length; i++) {
    const candidate = spans[i];
    if (candidate === undefined || candidate.start >= span.end) break;
    if (overlaps(span, candidate)) return true;
  }
  return false;
}

/** Sorts items with a span by start, then by longer first; returns a new array. */
export function sortBySpan<T extends { span: Span }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Keeps the earliest, then longest, of overlapping items; the input need not be sorted. */
export function dropOverlaps<T extends { span: Span }>(items: readonly T[]): T[] {
  const kept: T[] = [];
  let end = -1;
  for (const item of sortBySpan(items)) {
    if (item.span.start >= end) {
      kept.push(item);
      end = item.span.end;
    }
  }
  return kept;
}

/** The word (letters, digits, apostrophes, dots of abbreviations) that ends just before `offset`, lowercased. */
export function wordBefore(text: string, offset: number): string {
  const window = text.slice(Math.max(0, offset - 40), offset);
  const match = /([\p{L}\p{N}][\p{L}\p{N}'’.]{0,30})[\s\u00a0]{0,3}$/u.exec(window);
  return match?.[1]?.toLowerCase() ?? '';
}

/** The word that starts at or just after `offset` (after spaces), lowercased; empty when none. */
export function wordAfter(text: string, offset: number): string {
  const window = text.slice(offset, offset + 40);
  const match = /^[\s\u00a0]{0,3}([\p{L}\p{N}][\p{L}\p{N}'’]{0,30})/u.exec(window);
  return match?.[1]?.toLowerCase() ?? '';
}
