/**
 * The word diff tokenizes only the middle of two texts, between their shared head and tail cut back to white-space
 * edges, and counts the shared tokens without building them: it gives exactly what the frozen plain version gives
 * (every text tokenized whole), and the helpers it rests on (`isSpaceEdge`, `countNonSpaceTokens`, `everyToken`) agree
 * with `tokenize`.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffText } from '../../src/compare/diff-words.js';
import type { DiffTextOptions, TextDiff } from '../../src/compare/diff-words.js';
import { countNonSpaceTokens, everyToken, isSpaceEdge, isSpaceToken, tokenize } from '../../src/compare/tokens.js';
import { diffTextReference } from './diff-words-reference.js';
import { propertyRuns } from './helpers.js';

const PIECES = [
  'Clause', 'clause', ' 754', ' 761', '45', '3.2', '1,000', '1.', ',5', 'don\'t', 'don’t', "'", 'a_b', '_', 'the', 'of',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '.', ',', '-', '—', '–', '“', '”', '`', '"',
  'é', 'Ü', 'İ', '𝐀', '\ud835', '٣', 'e\u0301', '$', '(', ')', 'x', 'y', '7', '8',
];
const piece = fc.constantFrom(...PIECES);
const pieces = (maxLength: number): fc.Arbitrary<string> => fc.array(piece, { maxLength }).map((parts) => parts.join(''));
const ascii = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom('a', 'B', '1', '2', '.', ',', "'", '_', ' ', '  ', '\n', '-', '(', 'the ', 'of '), maxLength });
const loose = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const part = fc.oneof({ weight: 3, arbitrary: pieces(12) }, { weight: 3, arbitrary: ascii(20) }, { weight: 1, arbitrary: loose });

/** Two texts with a shared head and tail around their own middles (often empty; long enough for whole blocks), or two unrelated texts. */
const textPair = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(part, part, part, part).map(([head, x, y, tail]) => [head + x + tail, head + y + tail] as const) },
  {
    weight: 1,
    arbitrary: fc.tuple(part, part, part, part).map(([head, x, y, tail]) => [head.repeat(5) + x + tail.repeat(5), head.repeat(5) + y + tail.repeat(5)] as const),
  },
  // A repeated piece inserted: the shared head and tail, each found alone, overlap in the shorter text.
  { weight: 1, arbitrary: fc.tuple(part, part, fc.nat(4)).map(([head, tail, n]) => [head + tail, head + tail.repeat(n + 2)] as const) },
  {
    weight: 1,
    arbitrary: fc.tuple(part, part, part, fc.nat(40)).map(([head, x, tail, n]) => [head + tail, head + x + head.slice(head.length - n) + tail] as const),
  },
  { weight: 1, arbitrary: fc.tuple(part, part) },
  { weight: 1, arbitrary: fc.tuple(part, fc.constant('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constant(''), part) },
);

const options = fc.record(
  {
    ignoreCase: fc.boolean(),
    ignoreWhitespace: fc.boolean(),
    ignoreTypography: fc.boolean(),
    maxEditLength: fc.constantFrom(0, 1, 2, 3, 5, 2000),
    replaceThreshold: fc.constantFrom(0, 0.3, 0.7, 1),
    foldSmallWords: fc.boolean(),
    foldMaxWords: fc.constantFrom(0, 1, 3),
  },
  { requiredKeys: [] },
);

const nonSpace = (text: string): number => tokenize(text).filter((token) => !isSpaceToken(token)).length;

/**
 * `diffText` without the token counts it gives besides (which the plain version predates), after checking them: for
 * texts that differ, `total` is every non-space token of both and `similarity` is `2 · kept / total`.
 */
function withoutCounts(oldText: string, newText: string, o: Partial<DiffTextOptions>): Omit<TextDiff, 'kept' | 'total'> {
  const { kept, total, ...rest } = diffText(oldText, newText, o);
  if (oldText === newText) expect([kept, total]).toEqual([0, 0]);
  else {
    expect(total).toBe(nonSpace(oldText) + nonSpace(newText));
    expect(rest.similarity).toBe(total === 0 ? (rest.changed ? 0 : 1) : Math.min(1, (2 * kept) / total));
  }
  return rest;
}

describe('word diff fast paths', () => {
  test('diffText gives exactly what the plain version gives (ops, wordOps, similarity, counts, coarse)', () => {
    fc.assert(
      fc.property(textPair, options, ([oldText, newText], o) => {
        expect(withoutCounts(oldText, newText, o)).toStrictEqual(diffTextReference(oldText, newText, o));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  test('a cross-reference renumbered in a long text, and texts that differ only at one end', () => {
    const body = 'The Parties shall, in accordance with Clause 754 and Article 12(b), notify the other Party’s “authority” — within 30 days.';
    const cases: [string, string][] = [
      [body, body.replace('754', '761')],
      [body, body.replace('754', '7540')],
      [body, body.replace('30 days', '30.5 days')],
      [body, `${body} Extra.`],
      [`Extra. ${body}`, body],
      [body, body.replace(' ', '  ')],
      [body, body.toUpperCase()],
      ['1.5', '1.5y'],
      ['x 1.5 z', 'x 1.5y z'],
      ['a b', 'a b b'],
      ['don\'t', 'don\'t\'s'],
    ];
    for (const [oldText, newText] of cases) {
      for (const o of [{}, { ignoreCase: true, ignoreTypography: true, ignoreWhitespace: true }, { maxEditLength: 1 }]) {
        expect(withoutCounts(oldText, newText, o)).toStrictEqual(diffTextReference(oldText, newText, o));
        expect(withoutCounts(newText, oldText, o)).toStrictEqual(diffTextReference(newText, oldText, o));
      }
    }
  });

  test('tokenize cuts a text at each space edge: the tokens are those of the two sides', () => {
    fc.assert(
      fc.property(fc.oneof(pieces(30), ascii(40), loose), fc.nat(), (text, seed) => {
        const at = seed % (text.length + 1);
        if (isSpaceEdge(text, at)) expect([...tokenize(text.slice(0, at)), ...tokenize(text.slice(at))]).toEqual(tokenize(text));
        // Every edge of a white-space token is a space edge.
        let end = 0;
        for (const token of tokenize(text)) {
          const start = end;
          end += token.length;
          if (isSpaceToken(token)) expect(isSpaceEdge(text, start) && isSpaceEdge(text, end)).toBe(true);
        }
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  test('countNonSpaceTokens counts the tokens of a slice that are not white space', () => {
    fc.assert(
      fc.property(fc.oneof(pieces(30), ascii(40), loose), fc.nat(), fc.nat(), (text, x, y) => {
        const from = Math.min(x, y) % (text.length + 1);
        const to = from + (Math.max(x, y) % (text.length - from + 1));
        expect(countNonSpaceTokens(text, from, to)).toBe(nonSpace(text.slice(from, to)));
        expect(countNonSpaceTokens(text)).toBe(nonSpace(text));
        expect(countNonSpaceTokens(text, from)).toBe(nonSpace(text.slice(from)));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  test('everyToken reads the tokens of tokenize in turn, and stops at the first that fails', () => {
    fc.assert(
      fc.property(fc.oneof(pieces(30), ascii(40), loose), fc.nat(), (text, seed) => {
        const tokens = tokenize(text);
        const read: string[] = [];
        expect(everyToken(text, (token) => read.push(token) > 0)).toBe(true);
        expect(read).toEqual(tokens);
        const stop = seed % (tokens.length + 1);
        read.length = 0;
        expect(everyToken(text, (token) => read.push(token) <= stop)).toBe(stop === tokens.length);
        expect(read).toEqual(tokens.slice(0, Math.min(stop + 1, tokens.length)));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
