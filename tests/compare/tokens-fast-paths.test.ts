/**
 * The shortcuts of `tokens.ts` (an ASCII-only tokenizer and word pattern, `plainTypography` returning a text with
 * nothing to replace as it is, `isSpaceToken` deciding on the first character) and of `WordWeights.shared` (words as
 * integer ids) and `WordWeights.probes` (the rarest words kept by insertion) give exactly what the plain definitions give.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WordWeights } from '../../src/compare/similarity.js';
import { isSpaceToken, normaliseText, plainTypography, tokenize, wordsOf } from '../../src/compare/tokens.js';
import { Unit } from '../../src/compare/units.js';
import type { Block } from '../../src/model/index.js';
import { propertyRuns } from './helpers.js';

// The definitions before the shortcuts.
const TOKEN = /\s+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|[^\s]/gu;
const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*/gu;
function plainTypographyReference(text: string): string {
  return text
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g, ' ');
}
function tokenizeReference(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.join('') !== text) return text === '' ? [] : [text];
  return tokens;
}
const wordsOfReference = (text: string): string[] => plainTypographyReference(text).toLowerCase().match(WORD) ?? [];
const normaliseReference = (text: string): string => plainTypographyReference(text).toLowerCase().replace(/\s+/g, ' ').trim();

const PIECES = [
  'Clause', '45', '3.2', '1,000', 'don\'t', 'don’t', 'a_b', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '.', ',', '-', '—',
  '“', '”', '`', '´', '"', "'", 'é', 'Ü', 'K', 'İ', 'ſ', '𝐀', '\ud835', '٣', 'e\u0301', '$', '%', '(', ')', 'x',
];
const mixed = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }));

describe('token shortcuts', () => {
  test('tokenize, wordsOf, plainTypography, normaliseText and isSpaceToken agree with their plain definitions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenize(text)).toEqual(tokenizeReference(text));
        expect(wordsOf(text)).toEqual(wordsOfReference(text));
        expect(plainTypography(text)).toBe(plainTypographyReference(text));
        expect(normaliseText(text)).toBe(normaliseReference(text));
        expect(isSpaceToken(text)).toBe(/^\s+$/u.test(text));
        for (const token of tokenizeReference(text)) expect(isSpaceToken(token)).toBe(/^\s+$/u.test(token));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  test('WordWeights.shared sums the weights of the shared words in the first unit’s order; probes are the six rarest words', () => {
    const unitOf = (text: string, index: number): Unit =>
      new Unit(index, null, { id: `b${index}`, text, order: index } as unknown as Block, -1, 0);
    fc.assert(
      fc.property(fc.array(mixed, { minLength: 2, maxLength: 8 }), fc.array(mixed, { maxLength: 3 }), (texts, extra) => {
        const units = texts.map(unitOf);
        // Units outside the ones the weights were built from have unseen words.
        const outside = extra.map((text, k) => unitOf(text, texts.length + k));
        const weights = new WordWeights(units);
        const all = [...units, ...outside];
        for (const a of all) {
          for (const b of all) {
            const set = new Set(b.words);
            let expected = 0;
            for (const word of a.words) if (set.has(word)) expected += weights.weight(word);
            expect(weights.shared(a, b)).toBe(expected);
          }
          // The rarest words: the first six of the words sorted by frequency, then spelling.
          const sorted = [...a.words].sort((x, y) => weights.frequency(x) - weights.frequency(y) || (x < y ? -1 : x > y ? 1 : 0));
          expect(weights.probes(a)).toEqual(sorted.slice(0, 6));
        }
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
