/**
 * Finds numbers and amounts with what they count: "600,000 personnel", "$100 billion", "50%", "28-point".
 *
 * Decisions:
 * - Only numbers written with digits (`600,000`, `1.5`, `2,500.75`); number words are left alone because
 *   alone they are too often not facts ("one of the", "two sides") and with a time unit they are
 *   durations, which `findTerms` reports.
 * - Multipliers `thousand`, `million`, `billion`, `trillion`, `bn`, `mn`, `tn` always apply; `m` and `k`
 *   only after a currency (`$5m`). The value has the multiplier applied (`$100 billion` → 1e11).
 * - Currencies `$`/`US$`/`USD` → `USD`, `€`/`EUR` → `EUR`, `£`/`GBP` → `GBP`, also `… dollars`/`euros`.
 *   `%`, `percent`, `per cent` → unit `%`.
 * - Otherwise the unit is the word right after the number, lowercased, plural kept as written
 *   (`28 points` → `points`, `28-point` → `point`). A demonym or acronym before the noun is skipped
 *   ("600,000 Ukrainian troops" → `troops`, "5 NATO members" → `members`); any other capitalised word
 *   is a name, not a unit ("in 2014 Russia annexed" → null). Function words (`and`, `of`, …) are not units.
 * - Ordinals (`4th`), numbers glued to letters (`G7`, `F-16`), times and fractions (`10:30`, `24/7`) and
 *   non-finite values are not reported.
 * - Frequencies are numbers too, words included, with the period as unit: "twice a year" → 2 `times a year`,
 *   "four times per month" → 4 `times a month`, "once a week" → 1 `times a week`; so "twice a year" → "four times a
 *   year" is a number that changed.
 * - Numbers inside `skip` spans are not reported. By default these are the references found by
 *   `findReferences` ("Article 5", "point 12"); `findFacts` also passes the spans of durations and dates so
 *   that "10 years" and "20 November 2025" are not counted twice.
 */
import type { NumberFact } from '../model/facts.js';
import type { Span } from '../model/position.js';
import { findReferences } from './find-references.js';
import { allMatches, fastPaths, matchesAtCandidates, overlapsAny, parseDigits, sortBySpan, withLookahead } from './find-shared.js';

const NUMBER_SOURCE =
  String.raw`(?<![\p{L}\p{N}_.,:/$€£]|\p{L}-)` +
  String.raw`(?:(US\$|\$|€|£|(?:USD|EUR|GBP)\s?))?` +
  String.raw`(\d{1,3}(?:,\d{3}){1,6}(?![\d])|\d{1,16})(\.\d{1,8})?` +
  String.raw`(?:\s{0,2}(%|percent|per\s{1,2}cent)|(?:\s{0,2})(trillion|billion|million|thousand|bn|mn|tn)|(m|k))?` +
  String.raw`(?![\p{L}\p{N}_]|[.,:/]\d)`;
// A number starts with a digit or a currency (`US$`, `$`, `€`, `£`, `USD`, `EUR`, `GBP`): the lookahead skips
// other positions cheaply.
const NUMBER = withLookahead(NUMBER_SOURCE, 'gu', '', '0123456789$€£UEG');
/** `NUMBER` tried at one position only. */
const NUMBER_AT = new RegExp(NUMBER_SOURCE, 'uy');
/**
 * Where a number may start: a digit or a currency (`US$` included) after no ASCII letter, digit or `_.,:/$€£` (what `NUMBER`'s
 * lookbehind implies). A plain search, much cheaper than `NUMBER` (no case folding is involved: any text will do).
 */
const NUMBER_CANDIDATE = /(?<![A-Za-z0-9_.,:/$€£])(?:[0-9$€£]|US[$D]|EUR|GBP)/g;
const CURRENCIES: Readonly<Record<string, string>> = {
  US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', USD: 'USD', EUR: 'EUR', GBP: 'GBP',
};
const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, tn: 12, m: 6, k: 3,
};
const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR' };
const NOT_UNITS = new Set([
  'and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'is', 'are', 'was',
  'were', 'be', 'as', 'than', 'that', 'which', 'who', 'would', 'will', 'shall', 'may', 'must', 'should',
  'could', 'can', 'per', 'into', 'between', 'if', 'but', 'nor', 'so', 'to', 'has', 'have', 'had', 'it', 'its',
  'their', 'this', 'these', 'those', 'not', 'no', 'more', 'less', 'up', 'out', 'over', 'under',
]);
const UNIT_WORD = /^(-|\s{1,2})([\p{L}][\p{L}'’]{0,40})(?![\p{L}\p{N}])/u;
/** Capitalised words that qualify the counted noun: demonyms and acronyms ("Ukrainian troops", "NATO members"). */
const ADJECTIVE = /^(?:\p{Lu}\p{Ll}{2,}(?:an|ish|ese)|\p{Lu}{2,6})$/u;
const NEXT_WORD = /^\s{1,2}([\p{Ll}][\p{L}'’]{0,40})(?![\p{L}\p{N}])/u;

const COUNT_WORDS: Readonly<Record<string, number>> = {
  once: 1, twice: 2, thrice: 3, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};
/** "twice a year", "four times per month", "3 times each week": a count, then a period. */
const FREQUENCY =
  /(?<![\p{L}\p{N}_.,])(?:(once|twice|thrice)|(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{1,2}times)\s{1,2}(?:a|an|per|each|every)\s{1,2}(day|week|fortnight|month|quarter|year)(?![\p{L}\p{N}])/giu;
/** Where a frequency may end: a period word (a plain search, to skip the pattern in texts without one). */
const PERIOD_WORD = /(?:day|week|fortnight|month|quarter|year)(?![A-Za-z])/i;

/** The frequencies of a text ("twice a year"), as numbers counted per period. */
function findFrequencies(text: string): NumberFact[] {
  if (!PERIOD_WORD.test(text)) return [];
  const out: NumberFact[] = [];
  for (const m of allMatches(text, FREQUENCY)) {
    const count = (m[1] ?? m[2] ?? '').toLowerCase();
    const value = COUNT_WORDS[count] ?? Number(count);
    out.push({ value, unit: `times a ${m[3]!.toLowerCase()}`, raw: m[0], span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** Reads the counted noun after a number ending at `end`; returns the unit and where the raw text ends. */
function unitAfter(text: string, end: number): { unit: string | null; end: number } {
  const window = text.slice(end, end + 100);
  const word = UNIT_WORD.exec(window);
  const written = word?.[2];
  if (word === null || written === undefined || NOT_UNITS.has(written.toLowerCase())) return { unit: null, end };
  if (/^\p{Lu}/u.test(written) && word[1] !== '-') {
    if (!ADJECTIVE.test(written)) return { unit: null, end };
    const next = NEXT_WORD.exec(window.slice(word[0].length))?.[1];
    if (next === undefined || NOT_UNITS.has(next)) return { unit: null, end };
    const nextEnd = word[0].length + window.slice(word[0].length).indexOf(next) + next.length;
    return { unit: next.toLowerCase(), end: end + nextEnd };
  }
  return { unit: written.toLowerCase(), end: end + word[0].length };
}

/** Finds numbers written with digits, with their unit or currency, outside the `skip` spans. */
export function findNumbers(
  text: string,
  skip: readonly Span[] = findReferences(text).map((r) => r.span),
): NumberFact[] {
  const spans = (list: readonly Span[]): Span[] => sortBySpan(list.map((span) => ({ span }))).map((s) => s.span);
  const skipped = spans(skip);
  const frequencies = findFrequencies(text).filter((f) => !overlapsAny(f.span, skipped));
  // A number inside a frequency ("3 times a year") is the frequency's.
  const skipSorted = frequencies.length === 0 ? skipped : spans([...skip, ...frequencies.map((f) => f.span)]);
  const numbers: NumberFact[] = [...frequencies];
  const matches = fastPaths.enabled ? matchesAtCandidates(text, NUMBER_CANDIDATE, NUMBER_AT) : allMatches(text, NUMBER.pick());
  for (const m of matches) {
    const start = m.index;
    // A number starting inside a skipped span overlaps it, whatever its unit: not reported, no need to read it.
    if (fastPaths.enabled && overlapsAny({ start, end: start + 1 }, skipSorted)) continue;
    let end = start + m[0].length;
    const [, currency, digits = '', fraction = '', percent, multiplier, shortMultiplier] = m;
    if (shortMultiplier !== undefined && currency === undefined) continue; // "5m": metres? not counted.
    const exponent = MULTIPLIERS[(multiplier ?? shortMultiplier ?? '').toLowerCase()] ?? 0;
    const base = parseDigits(`${digits}${fraction}`);
    if (base === null) continue;
    const value = exponent === 0 ? base : Number(`${digits.replace(/,/g, '')}${fraction}e${exponent}`);
    if (!Number.isFinite(value)) continue;
    let unit: string | null = currency !== undefined ? (CURRENCIES[currency.trim()] ?? null) : null;
    if (percent !== undefined) unit = '%';
    else if (unit === null) {
      const after = unitAfter(text, end);
      const word = after.unit ?? '';
      unit = CURRENCY_WORDS[word] ?? after.unit;
      end = after.end;
    }
    const span = { start, end };
    if (overlapsAny(span, skipSorted)) continue;
    numbers.push({ value, unit, raw: text.slice(start, end), span });
  }
  return frequencies.length === 0 ? numbers : sortBySpan(numbers);
}
