/**
 * Small helpers shared by the fact finders (`find-*.ts`): word boundaries, number words, spans.
 *
 * Every regular expression here and in the finders is built so that each match attempt does a bounded
 * amount of work (bounded quantifiers, no nested unbounded repetition), so a finder is linear in the
 * length of the text.
 */
import type { Span } from '../model/position.js';

/**
 * The finders take exact shortcuts: a cheap necessary condition checked before a search (no month name → no
 * written date), a lookahead listing the characters a match can start with, word scans written out instead of
 * regular expressions. Each gives the same result as the plain search; `fastPaths.enabled = false` switches them off
 * so that tests can compare the two on any text. Not for production use.
 */
export const fastPaths = { enabled: true };

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
  // Finders mostly give their items in order already: a stable sort would leave them as they are.
  if (fastPaths.enabled && isSortedBySpan(items)) return items.slice();
  return [...items].sort(bySpan);
}

function bySpan(a: { span: Span }, b: { span: Span }): number {
  return a.span.start - b.span.start || b.span.end - a.span.end;
}

function isSortedBySpan(items: readonly { span: Span }[]): boolean {
  for (let i = 1; i < items.length; i++) if (bySpan(items[i - 1]!, items[i]!) > 0) return false;
  return true;
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

/**
 * A lookahead listing every character that can start a match of a pattern whose matches always start with one of
 * `letters` (ASCII letters, any case) or one of `others`: put first, it lets the regular expression engine skip
 * every other position cheaply. For a case-insensitive Unicode (`iu`) pattern the characters that fold onto an ASCII
 * letter are added (`ſ` folds to `s`, the Kelvin sign `K` to `k`), so the lookahead never rejects a position
 * where the pattern could match.
 */
export function firstCharLookahead(letters: string, others = ''): string {
  const set = new Set<string>();
  for (const c of letters) {
    set.add(c.toLowerCase());
    set.add(c.toUpperCase());
    if (c.toLowerCase() === 's') set.add('\\u017f');
    if (c.toLowerCase() === 'k') set.add('\\u212a');
  }
  const escaped = [...others].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c));
  return `(?=[${[...set].join('')}${escaped.join('')}])`;
}

/**
 * A global regular expression with `firstCharLookahead(letters, others)` in front, and the plain one: `pick()`
 * gives the first, or the second when `fastPaths` are off. Both find the same matches.
 */
export function withLookahead(source: string, flags: string, letters: string, others = ''): { pick: () => RegExp } {
  const fast = new RegExp(`${firstCharLookahead(letters, others)}${source}`, flags);
  const plain = new RegExp(source, flags);
  return { pick: () => (fastPaths.enabled ? fast : plain) };
}

/** Per UTF-16 code unit: 1 a letter or digit (`[\p{L}\p{N}]`), 2 white space (`\s`), 3 anything else; 0 not yet known. */
const CHAR_KINDS = new Uint8Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

function kindOf(code: number): number {
  let kind = CHAR_KINDS[code]!;
  if (kind === 0) {
    const c = String.fromCharCode(code);
    kind = LETTER_OR_DIGIT.test(c) ? 1 : SPACE.test(c) ? 2 : 3;
    CHAR_KINDS[code] = kind;
  }
  return kind;
}

const SURROGATES = /[\ud800-\udfff]/;

/** Whether `text` holds a surrogate code unit (an astral character, or half of one): the word scans then step aside. */
export function hasSurrogates(text: string): boolean {
  return SURROGATES.test(text);
}

/** Whether a code unit (not a surrogate) is white space, `\s`. */
export function isSpace(code: number): boolean {
  return kindOf(code) === 2;
}

/** Whether a code unit (not a surrogate) is a letter or digit, `[\p{L}\p{N}]`. */
export function isLetterOrDigit(code: number): boolean {
  return kindOf(code) === 1;
}

/** Per UTF-16 code unit: 1 a letter (`\p{L}`), 2 anything else; 0 not yet known. */
const LETTER_KINDS = new Uint8Array(65536);
const LETTER = /^\p{L}$/u;

/** Whether a code unit (not a surrogate) is a letter, `\p{L}`. */
export function isLetter(code: number): boolean {
  let kind = LETTER_KINDS[code]!;
  if (kind === 0) {
    kind = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_KINDS[code] = kind;
  }
  return kind === 1;
}

/**
 * Surrogates, and the only two characters that a case-insensitive Unicode search (`iu`) folds onto an ASCII letter:
 * `ſ` (onto `s`) and the Kelvin sign `K` (onto `k`). Checked with `/^[a-z]$/iu` over every BMP character.
 */
const NOT_SCANNABLE = /[\ud800-\udfff\u017f\u212a]/;

/**
 * The last texts `isScannable` read, with the answer: the finders of a clause's facts ask in turn about the same text
 * (a comparison about two clauses at a time), and the answer depends on the text only.
 */
const recentlyScanned: Array<{ text: string; scannable: boolean }> = [];

/**
 * Whether the exact shortcuts that read a text code unit by code unit apply to `text`: with no surrogate, a code
 * unit is a character, so `\p{L}` is a per-code-unit test; with neither `ſ` nor `K`, an ASCII letter of a
 * case-insensitive Unicode pattern matches exactly the two ASCII cases of it, as a plain (non-Unicode) `i` search
 * and `toLowerCase` see it. False when `fastPaths` are off.
 */
export function isScannable(text: string): boolean {
  if (!fastPaths.enabled) return false;
  for (const seen of recentlyScanned) if (seen.text === text) return seen.scannable;
  const scannable = !NOT_SCANNABLE.test(text);
  recentlyScanned.unshift({ text, scannable });
  if (recentlyScanned.length > 4) recentlyScanned.pop();
  return scannable;
}


/** Whether `text` from `start` on reads `word` (lower-case ASCII), upper-case ASCII letters folded. */
function isAsciiFoldOf(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(start + i);
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (lower !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * A test of whether a word of a scannable text (see `isScannable`) lowercased is one of `words` (lower-case ASCII),
 * without slicing and lowercasing it: in such a text only ASCII letters lowercase onto ASCII letters (`İ` lowercases
 * to two code units, one not ASCII), so the word is compared code unit by code unit, upper-case ASCII folded.
 * Returns the word of `words` that `text.slice(start, end).toLowerCase()` is, or undefined.
 */
export function asciiWordSet(words: Iterable<string>): (text: string, start: number, end: number) => string | undefined {
  const byLength = new Map<number, string[]>();
  for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  return (text, start, end) => {
    const candidates = byLength.get(end - start);
    if (candidates === undefined) return undefined;
    for (const word of candidates) if (isAsciiFoldOf(text, start, word)) return word;
    return undefined;
  };
}

/**
 * The matches of the global regular expression `regex` in `text`, as `text.matchAll(regex)` gives them, without the
 * copy of `regex` that `matchAll` makes at each call (costly for short texts). `regex` must never match the empty
 * string.
 */
export function allMatches(text: string, regex: RegExp): RegExpExecArray[] {
  if (!fastPaths.enabled) return [...text.matchAll(regex)];
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) matches.push(match);
  return matches;
}

/**
 * The matches of the global regular expression `exact` in `text`, as `text.matchAll(exact)` gives them, when every
 * match of `exact` starts where the global `candidates` finds a match (a cheaper search, for instance a plain one
 * without the `u` flag): `sticky` (the same pattern as `exact`, with the `y` flag) is tried only there, and after a
 * match only from its end on, as `matchAll` does. `exact` must never match the empty string.
 */
export function matchesAtCandidates(text: string, candidates: RegExp, sticky: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let searchFrom = 0;
  candidates.lastIndex = 0;
  for (let candidate = candidates.exec(text); candidate !== null; candidate = candidates.exec(text)) {
    const at = candidate.index;
    // Candidates may overlap: look for the next one from the next position.
    candidates.lastIndex = at + 1;
    if (at < searchFrom) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match === null) continue;
    matches.push(match);
    searchFrom = at + match[0].length;
    candidates.lastIndex = Math.max(candidates.lastIndex, searchFrom);
  }
  return matches;
}

/**
 * The end of the word starting at `start` (a letter or digit) in `text`, which holds no surrogates: a run of letters
 * and digits, then as long as possible a joiner (a code unit for which `isJoiner` holds) followed by another run. What
 * `[\p{L}\p{N}]+(?:[joiners][\p{L}\p{N}]+)*` matches there; with `limit`, what it matches in `text.slice(0, limit)`.
 */
export function wordEnd(text: string, start: number, isJoiner: (code: number) => boolean, limit = text.length): number {
  const n = limit;
  let i = start;
  while (i < n && kindOf(text.charCodeAt(i)) === 1) i++;
  while (i + 1 < n && isJoiner(text.charCodeAt(i)) && kindOf(text.charCodeAt(i + 1)) === 1) {
    i++;
    while (i < n && kindOf(text.charCodeAt(i)) === 1) i++;
  }
  return i;
}

/** The start of the next letter or digit at or after `from` and before `limit` in `text` (no surrogates), or -1. */
export function nextWordStart(text: string, from: number, limit = text.length): number {
  for (let i = from; i < limit; i++) if (kindOf(text.charCodeAt(i)) === 1) return i;
  return -1;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’.]{0,30})[\s\u00a0]{0,3}$/u;
const WORD_AFTER = /^[\s\u00a0]{0,3}([\p{L}\p{N}][\p{L}\p{N}'’]{0,30})/u;

function wordBeforeByRegex(text: string, offset: number): string {
  const window = text.slice(Math.max(0, offset - 40), offset);
  const match = WORD_BEFORE.exec(window);
  return match?.[1]?.toLowerCase() ?? '';
}

function wordAfterByRegex(text: string, offset: number): string {
  const window = text.slice(offset, offset + 40);
  const match = WORD_AFTER.exec(window);
  return match?.[1]?.toLowerCase() ?? '';
}

/**
 * The word (letters, digits, apostrophes, dots of abbreviations) that ends just before `offset`, lowercased: the
 * leftmost match of `([\p{L}\p{N}][\p{L}\p{N}'’.]{0,30})[\s\u00a0]{0,3}$` in the 40 characters before `offset`,
 * found by scanning back instead (surrogate pairs and negative offsets take the regular expression).
 */
export function wordBefore(text: string, offset: number): string {
  if (offset < 0 || !fastPaths.enabled) return wordBeforeByRegex(text, offset);
  const lo = Math.max(0, offset - 40);
  const hi = Math.min(offset, text.length);
  // Trailing white space: at most 3.
  let e = hi;
  while (e > lo) {
    const code = text.charCodeAt(e - 1);
    if (isSurrogate(code)) return wordBeforeByRegex(text, offset);
    if (kindOf(code) !== 2) break;
    e--;
  }
  if (hi - e > 3) return '';
  // The run of word characters (letters, digits, ' ’ .) ending at e, at most 31 long.
  const floor = Math.max(lo, e - 31);
  let r = e;
  while (r > floor) {
    const code = text.charCodeAt(r - 1);
    if (isSurrogate(code)) return wordBeforeByRegex(text, offset);
    if (kindOf(code) !== 1 && code !== 0x27 && code !== 0x2019 && code !== 0x2e) break;
    r--;
  }
  // The leftmost start in that run that is a letter or digit.
  for (let s = r; s < e; s++) if (kindOf(text.charCodeAt(s)) === 1) return text.slice(s, e).toLowerCase();
  return '';
}

/** The word that starts at or just after `offset` (after spaces), lowercased; empty when none. */
export function wordAfter(text: string, offset: number): string {
  if (offset < 0 || !fastPaths.enabled) return wordAfterByRegex(text, offset);
  const hi = Math.min(text.length, offset + 40);
  let s = offset;
  while (s < hi && s - offset < 3 && kindOf(text.charCodeAt(s)) === 2) s++;
  if (s >= hi) return '';
  const first = text.charCodeAt(s);
  if (isSurrogate(first)) return wordAfterByRegex(text, offset);
  if (kindOf(first) !== 1) return '';
  let e = s + 1;
  while (e < hi && e - s < 31) {
    const code = text.charCodeAt(e);
    if (isSurrogate(code)) return wordAfterByRegex(text, offset);
    if (kindOf(code) !== 1 && code !== 0x27 && code !== 0x2019) break;
    e++;
  }
  return text.slice(s, e).toLowerCase();
}

/**
 * `text.toLowerCase()`, without the call when the text is ASCII with no capital letter (it is then its own lower
 * case): numbers and ids sliced from a draft with a dash or a curly quote are two-byte strings, which V8 lowercases
 * by a slow general path even when nothing changes.
 */
export function lowerCase(text: string): string {
  if (!fastPaths.enabled) return text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return text.toLowerCase();
  }
  return text;
}
