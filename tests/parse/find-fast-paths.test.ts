/**
 * The fact finders' exact shortcuts (`fastPaths` in find-shared.ts: cheap necessary conditions before a search,
 * first-character lookaheads, word scans written out) give the same facts as the plain searches, on random texts
 * built from the pieces the finders look for and on texts derived from the benchmark's generated treaties and the
 * shipped drafts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SEED, generatePair } from '../../bench/generate.mjs';
import type { Party } from '../../src/model/draft.js';
import type { Clause } from '../../src/model/index.js';
import { findSentenceStarts, findSubjectWords } from '../../src/parse/find-actor.js';
import { findFacts, findFactsLazily } from '../../src/parse/find-facts.js';
import { findNumbers } from '../../src/parse/find-numbers.js';
import { fastPaths, sortBySpan, wordAfter, wordBefore } from '../../src/parse/find-shared.js';
import { findQuotes } from '../../src/parse/find-quotes.js';
import { parseDraft } from '../../src/parse/index.js';
import { propertyRuns } from '../compare/helpers.js';

const KINDS = ['parties', 'obligations', 'terms', 'numbers', 'dates', 'references'] as const;

/** Ranges of `text` to look for subject words in: its start, middle and end, cut anywhere. */
function rangesOf(text: string): Array<[number, number]> {
  const cuts = [...new Set([0, 1, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 1, text.length])];
  const points = cuts.filter((c) => c >= 0 && c <= text.length);
  return points.flatMap((from) => points.filter((to) => to >= from).map((to): [number, number] => [from, to]));
}

/**
 * Every fact of `text`, found with the shortcuts on or off, every word before and after each offset, the sentences,
 * the subject words before some offsets and the numbers outside some spans.
 */
function everything(text: string, parties: readonly Party[], fast: boolean, skip: ReadonlyArray<{ start: number; end: number }> = []): string {
  fastPaths.enabled = fast;
  try {
    const facts = findFacts(text, parties);
    const lazy = findFactsLazily(text, parties);
    const words: string[] = [];
    for (let offset = -1; offset <= text.length + 1; offset++) words.push(`${wordBefore(text, offset)}|${wordAfter(text, offset)}`);
    const subjects = rangesOf(text).map(([from, to]) => findSubjectWords(text, from, to));
    const numbers = findNumbers(text, skip);
    const sorted = sortBySpan(skip.map((span, i) => ({ span, i })));
    return JSON.stringify({
      facts, lazy: KINDS.map((k) => lazy[k]), quotes: findQuotes(text), words, sentences: findSentenceStarts(text), subjects, numbers, sorted,
    });
  } finally {
    fastPaths.enabled = true;
  }
}

function expectSame(text: string, parties: readonly Party[] = [], skip: ReadonlyArray<{ start: number; end: number }> = []): void {
  const fast = everything(text, parties, true, skip);
  const plain = everything(text, parties, false, skip);
  if (fast !== plain) expect({ text, fast: JSON.parse(fast) }).toEqual({ text, fast: JSON.parse(plain) });
}

/** Pieces the finders look for, and near misses: case and Unicode folds, numbers, years, labels, spaces, surrogates. */
const PIECES = [
  'shall', 'Shall', 'SHALL', 'ſhall', 'ſince', 'may', 'May', 'MAY', 'will', 'the will of', 'must', 'cannot', "won't", 'can’t',
  'not', 'not only', 'never', 'no longer', 'is required to', 'are obliged to', 'agree to', 'undertakes to', 'commit to',
  'would', 'could', 'might', 'Russia', 'the US', 'US', 'US$', 'USA', 'U.S.', 'the Kremlin', 'The European Union',
  'Europe', 'European allies', 'North America', 'Türkiye', 'the transatlantic community', 'trans-Atlantic', 'NATO',
  'Ukraine', 'Ukrainians', 'Kyiv', 'the Company', 'ACME', 'acme  corp', '10', '2025', '1999', '2019', '20 November 2025',
  'Nov.', 'November 20, 2025', 'Sept', '2025-11-20', '2025-13-01', 'in 2026', 'in2026', 'mid-2025', 'mid 2025',
  'end of 2027', 'END  OF 2027', 'SINCE 2020', 'by  2030', 'by    2030', 'in 2025–2026', 'Autumn 2024', '$5m', '€100 billion',
  '50%', '50 per cent', '600,000 troops', 'Ukrainian troops', 'NATO members', '28-point', '4th', 'G7', '10:30',
  'USD 5', 'EUR5', 'GBP', 'ten years', 'twenty-five days', 'one hundred and ten', '90-day', '(10) years', 'a year',
  'renewable', 'Extendable', 'could be renewed with mutual consent', 'shall not be renewed', 'extended to cover',
  'automatically renewed', 'renews automatically', 'PROLONGED', 'Article 5', 'Clause 45', 'clauses 4 and 5',
  'points 3-5', '§ 4', '§§ 4', 'paragraph (b)', 'Article V of the North Atlantic Treaty', "NATO's Article 5", 'Art. 3',
  '5(b)', 'if', 'If Ukraine invades Russia,', 'that', 'which', 'whom', 'unless', 'because', 'by Russia', 'on Ukraine',
  'and', 'or', ',', '.', ';', ':', '\n', '\n\n', '  ', ' ', '\u00a0', '\t', '\u2003', '"', '“', '”', '‘', '’', "'", '-',
  '–', '(', ')', 'e.g.', 'Art.', 'İ', 'K', 'Kelvin', '𝐀', '\ud835', 'é', 'Ω', 'a', 'x', '_', 'as the case may be',
  'Party', 'Parties', 'days', 'Weeks', 'MONTHS', 'whenever', 'whereby', 'Although', 'WHETHER', 'until', 'thatch', 'whom',
  '(a) if', '(iv) When', 'in the event that', 'Should', 'once', 'According to', 'Under', 'approx.', 'U.S.', 'No.', 'Ms.',
  'x.Art.', 'é', 'éshall', '_shall', 'shall_', 'Article', 'particle 5', 'Sub-Committee', 'it', 'they', 'the competent',
  'will not only', 'may 5', '5 may', 'as the case may be', 'would be required to', 'undertook to', 'did agree to',
  '\u212a', 'wee\u212a', 'ſhould', 'unleſs', 'Clauſe 4', '\u212aelvin', 'US$5', 'US$10bn', '€5', '£3.5 million', 'GBP 20',
  'x-5', 'é5', '5.5', '1,000,000', '24/7',
];
const SEPARATORS = [' ', '', ' ', '  ', '\u00a0', ', ', '. ', '\n'];
const PARTIES: readonly Party[] = [{ name: 'Acme', aliases: ['the Company', 'ACME', 'acme corp'] } as Party];

const pieceText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

/** The clause texts of a generated treaty pair (both versions). */
function treatyTexts(words: number, seed: number): string[] {
  const pair = generatePair({ words, numbered: true }, seed);
  const out: string[] = [];
  for (const source of [pair.old, pair.new]) {
    const walk = (list: readonly Clause[]): void => {
      for (const c of list) {
        out.push(c.text);
        walk(c.children);
      }
    };
    walk(parseDraft(source, { path: 'treaty.md' }).draft!.clauses);
  }
  return out;
}

describe('fact finders: fast paths give the same facts as the plain searches', () => {
  afterEach(() => {
    fastPaths.enabled = true;
  });

  test('random texts of finder pieces', () => {
    fc.assert(
      fc.property(pieceText, fc.boolean(), (text, withParties) => expectSame(text, withParties ? PARTIES : [])),
      { numRuns: propertyRuns(400) },
    );
  });

  test('random texts of finder pieces, numbers outside random spans', () => {
    const span = fc.tuple(fc.nat(400), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(pieceText, fc.array(span, { maxLength: 6 }), (text, skip) => expectSame(text, [], skip)),
      { numRuns: propertyRuns(300) },
    );
  });

  test('random Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => expectSame(text)),
      { numRuns: propertyRuns(300) },
    );
  });

  test('texts of generated treaties, as they are and with pieces spliced in', () => {
    const texts = treatyTexts(6_000, DEFAULT_SEED);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expectSame(text);
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), pieceText, (which, at, piece) => {
        const text = texts[which]!;
        const cut = at % (text.length + 1);
        expectSame(`${text.slice(0, cut)}${piece}${text.slice(cut)}`);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  test('the shipped drafts', () => {
    const dir = fileURLToPath(new URL('../../drafts', import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const draft = parseDraft(readFileSync(join(dir, file)), { path: file }).draft!;
      const walk = (list: readonly Clause[]): void => {
        for (const c of list) {
          expectSame(c.text, draft.parties);
          walk(c.children);
        }
      };
      walk(draft.clauses);
      for (const block of draft.blocks) expectSame(block.text, draft.parties);
    }
  });
});
