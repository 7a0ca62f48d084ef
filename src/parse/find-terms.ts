/**
 * Finds the terms of an agreement: durations and renewal rules.
 *
 * Decisions:
 * - A duration is a number (digits, `1,000`, `1.5`, or number words up to `million`: `ten`, `twenty-five`,
 *   `one hundred and ten`) right before `day(s)`, `week(s)`, `month(s)` or `year(s)`, joined by spaces or a
 *   hyphen (`two-year`, `90-day`, `(10) years`). `raw` is the number and unit only ("a period of 30 days"
 *   → `30 days`).
 *   `a year`, ordinals (`fourth year`) and `per year` are not durations.
 * - A renewal is `renewable`/`extendable`, a passive `(could|may|…) be renewed|extended|prolonged`
 *   (optionally `automatically`), or `renew(s|ed) automatically` / `automatically renewed`. Negated forms
 *   ("shall not be renewed", "cannot be extended") are not renewals, nor is `extended to` followed by a
 *   word (a widening of scope, not of time).
 * - The condition is the words after `with`, `by`, `upon`, `on`, `through`, `subject to` or `following`,
 *   without a leading article, up to six words, stopping at punctuation, a number or a word such as `for`,
 *   `if`, `until` ("could be renewed with mutual consent" → `mutual consent`); null when none is said
 *   (also for automatic renewal).
 */
import type { Term } from '../model/facts.js';
import {
  NUMBER_WORD_PATTERN,
  NUMBER_WORDS,
  WORD_END,
  WORD_START,
  allMatches,
  dropOverlaps,
  fastPaths,
  isScannable,
  matchesAtCandidates,
  parseDigits,
  parseNumberWords,
  withLookahead,
  wordBefore,
} from './find-shared.js';

type DurationUnit = Extract<Term, { kind: 'duration' }>['unit'];

const S = String.raw`\s{1,3}`;
const UNIT_SOURCE = `${WORD_START}(day|week|month|year)s?${WORD_END}`;
const UNIT = withLookahead(UNIT_SOURCE, 'giu', 'dwmy');
/** `UNIT` tried at one position only. */
const UNIT_AT = new RegExp(UNIT_SOURCE, 'iuy');
/** Where a unit may start in a scannable text (see `isScannable`): a plain search, much cheaper than `UNIT`. */
const UNIT_CANDIDATE = /(?<![A-Za-z0-9_])(?:day|week|month|year)s?(?![A-Za-z0-9_])/gi;
const DIGITS_BEFORE = /(?<![\p{L}\p{N}.,])\(?(\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?)\)?(?:\s{1,3}|-)$/u;
const WORDS_BEFORE = new RegExp(
  `${WORD_START}((?:${NUMBER_WORD_PATTERN})(?:(?:${S}and${S}|${S}|-)(?:${NUMBER_WORD_PATTERN})){0,6})(?:${S}|-)$`,
  'iu',
);

const MODALS = 'could|may|can|shall|will|would|might|must|should';
const RENEWAL = new RegExp(
  `${WORD_START}(?:` +
    `(?:(?:${MODALS})${S}be|is|are|was|were|being|be)${S}` +
    `(?:automatically${S})?(?:renewed|extended|prolonged)(?:${S}automatically)?` +
    `|automatically${S}(?:renewed|extended|renews|renew)|renew(?:s|ed)?${S}automatically` +
    `|renewable|extendable|extendible` +
    `)${WORD_END}`,
  'giu',
);
/** Every renewal phrase holds one of these words (none has a letter that a Unicode case fold reaches from elsewhere). */
const RENEWAL_WORD = /renew|extend|prolong/i;
const CONDITION_START = new RegExp(
  `^${S}(?:with|by|upon|on|through|subject${S}to|following)${S}(?:(?:the|a|an)${S})?`,
  'iu',
);
const CONDITION_STOP = new Set([
  'for', 'if', 'unless', 'until', 'when', 'and', 'or', 'within', 'after', 'before', 'at', 'every', 'to', 'in',
  'which', 'that', 'but', 'as', 'so',
]);
const TRAILING = new Set(['of', 'the', 'a', 'an']);

/**
 * Whether a number can end just before the unit at `unitStart`, as `DIGITS_BEFORE` or `WORDS_BEFORE` need: after one
 * to three spaces or a hyphen back, a digit, a `)` or (in a scannable text) a run of ASCII letters that is a number
 * word. A cheap necessary condition: most units follow no number ("each year", "the days").
 */
function mayFollowNumber(text: string, unitStart: number, scannable: boolean): boolean {
  let end = unitStart;
  if (text.charCodeAt(end - 1) === 0x2d) end--;
  else {
    while (end > 0 && unitStart - end <= 3 && /\s/.test(text[end - 1]!)) end--;
    if (end === unitStart || unitStart - end > 3) return false;
  }
  const last = text.charCodeAt(end - 1);
  if ((last >= 0x30 && last <= 0x39) || last === 0x29) return true;
  if (!scannable) return true;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return NUMBER_WORDS.has(text.slice(start, end).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function durationAt(text: string, unitStart: number, unitEnd: number, unit: DurationUnit, scannable: boolean): Term | null {
  if (fastPaths.enabled && !mayFollowNumber(text, unitStart, scannable)) return null;
  const windowStart = Math.max(0, unitStart - 80);
  const window = text.slice(windowStart, unitStart);
  const digits = DIGITS_BEFORE.exec(window);
  const words = digits === null ? WORDS_BEFORE.exec(window) : null;
  const found = digits ?? words;
  const number = found?.[1];
  if (found === null || number === undefined) return null;
  const value = digits !== null ? parseDigits(number) : parseNumberWords(number);
  if (value === null) return null;
  const start = windowStart + found.index;
  return { kind: 'duration', value, unit, raw: text.slice(start, unitEnd), span: { start, end: unitEnd } };
}

function conditionAfter(text: string, end: number): { condition: string | null; end: number } {
  const window = text.slice(end, end + 160);
  const lead = CONDITION_START.exec(window);
  if (lead === null) return { condition: null, end };
  let at = lead[0].length;
  const words: Array<{ start: number; end: number; word: string }> = [];
  while (words.length < 6) {
    const word = /^[\p{L}][\p{L}\p{N}'’-]{0,40}/u.exec(window.slice(at))?.[0];
    if (word === undefined || CONDITION_STOP.has(word.toLowerCase()) || NUMBER_WORDS.has(word.toLowerCase())) break;
    words.push({ start: at, end: at + word.length, word });
    at += word.length;
    const space = /^\s{1,3}/u.exec(window.slice(at))?.[0];
    if (space === undefined) break;
    at += space.length;
  }
  while (words.length > 0 && TRAILING.has((words[words.length - 1]?.word ?? '').toLowerCase())) words.pop();
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return { condition: null, end };
  return { condition: window.slice(first.start, last.end), end: end + last.end };
}

function renewalAt(text: string, start: number, raw: string): Term | null {
  const before = wordBefore(text, start);
  if (before === 'not' || before === 'never' || before === 'cannot' || /n['’]t$/.test(before)) return null;
  const end = start + raw.length;
  if (/(?:extended|prolonged)$/i.test(raw) && /^\s{1,3}to\s{1,3}\p{L}/u.test(text.slice(end, end + 12))) return null;
  const condition = conditionAfter(text, end);
  return {
    kind: 'renewal',
    condition: condition.condition,
    raw: text.slice(start, condition.end),
    span: { start, end: condition.end },
  };
}

/** Finds durations ("ten years", "90-day") and renewal rules ("could be renewed with mutual consent"). */
export function findTerms(text: string): Term[] {
  const terms: Term[] = [];
  const scannable = isScannable(text);
  const units = scannable ? matchesAtCandidates(text, UNIT_CANDIDATE, UNIT_AT) : allMatches(text, UNIT.pick());
  for (const match of units) {
    const unit = (match[1] ?? '').toLowerCase() as DurationUnit;
    const term = durationAt(text, match.index, match.index + match[0].length, unit, scannable);
    if (term !== null) terms.push(term);
  }
  if (fastPaths.enabled && !RENEWAL_WORD.test(text)) return dropOverlaps(terms);
  for (const match of allMatches(text, RENEWAL)) {
    const term = renewalAt(text, match.index, match[0]);
    if (term !== null) terms.push(term);
  }
  return dropOverlaps(terms);
}
