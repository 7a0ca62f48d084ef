/**
 * The reader's exact shortcuts give what the plain code gives: ids derived segment by segment, sibling numbers
 * compared in pairs, the colon at the end of a text found without a regex, the text decoded and cut into chunks
 * with plain searches.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import type { Clause } from '../../src/model/draft.js';
import { assembleDraft, derivedId, forEachClause } from '../../src/parse/assemble-draft.js';
import { startClauses } from '../../src/parse/build-clauses.js';
import { composeText } from '../../src/parse/decode-text.js';
import { endsWithColon } from '../../src/parse/build-clauses.js';
import { checkDraft, checkSiblings, checkSiblingsPlainly } from '../../src/parse/check-draft.js';
import { orderedMarkerDigits } from '../../src/parse/clause-markers.js';
import type { Party } from '../../src/model/draft.js';
import { findFacts, findFactsLazily } from '../../src/parse/find-facts.js';
import { fastPaths, lowerCase } from '../../src/parse/find-shared.js';
import { computeLineStarts } from '../../src/parse/parse-draft-with.js';
import { isUncuttable, visitMarkdown } from '../../src/parse/parse-markdown.js';
import { parseRemark } from '../../src/parse/parse-remark.js';
import { isSectionLine } from '../../src/parse/read-paragraph.js';
import type { Problem } from '../../src/parse/problem.js';
import { parseDraft } from '../../src/parse/parse-draft.js';
import { DEFAULT_SEED, generatePair } from '../../bench/generate.mjs';
import { propertyRuns } from '../compare/helpers.js';

const PARTIES: readonly Party[] = [{ name: 'Russia', aliases: [], roles: [], signatureRequired: null }];
const root = fileURLToPath(new URL('../../', import.meta.url));
const markdownIn = (dir: string): string[] => readdirSync(`${root}${dir}`).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`);

/** What the reader makes of a text, every fact included, with the shortcuts on or off. */
function parsed(input: string | Uint8Array, fast: boolean): string {
  fastPaths.enabled = fast;
  try {
    const result = parseDraft(input, { path: 'draft.md' });
    return JSON.stringify(result);
  } finally {
    fastPaths.enabled = true;
  }
}

afterEach(() => {
  fastPaths.enabled = true;
});

/** Expects a call to give the same with the shortcuts on as with them off. */
function expectSameWithShortcutsOff<T>(run: () => T): void {
  fastPaths.enabled = false;
  const plain = run();
  fastPaths.enabled = true;
  expect(run()).toEqual(plain);
}

describe('ids derived from paths', () => {
  test('say each number once, with a dotted number after the numbers it repeats', () => {
    const cases: [string[], string][] = [
      [['10', 'd'], '10.d'],
      [['7', '7.1'], '7.1'],
      [['7', '7.1', '7.1.a'], '7.1.a'],
      [['I', '5', '5.1'], 'I.5.1'],
      [['I', '5', '5.1', '5.1.2'], 'I.5.1.2'],
      [['2', '1', '1.3'], '2.1.3'],
      [['3.2', '3.2.1'], '3.2.1'],
      [['10', '1.5'], '10.1.5'],
      [['•2', 'a'], 'b2.a'],
      [['§4', 'a-b'], '4.ab'],
      [[''], 'clause'],
    ];
    for (const [path, id] of cases) expect(derivedId(path)).toBe(id);
  });
});

describe('sibling numbers compared in pairs', () => {
  const clauseArb = fc.record({
    numValue: fc.oneof(fc.constant(null), fc.constantFrom('1', '2', '3', 'a', 'b', 'i', '1|x')),
    label: fc.oneof(fc.constant(null), fc.constantFrom('', 'Article', 'Point', 'x|decimal')),
    style: fc.constantFrom('decimal', 'lower-alpha', 'lower-roman', 'bullet'),
    line: fc.nat(50),
  });
  test('warn as the keyed check does, in the same order', () => {
    fc.assert(
      fc.property(fc.array(clauseArb, { maxLength: 20 }), (specs) => {
        const siblings = specs.map(
          (s, index) => ({ num: `${s.numValue}.`, numValue: s.numValue, label: s.label, style: s.style, position: { start: { line: s.line + 1, column: index + 1, offset: 0 } } }) as unknown as Clause,
        );
        const fast: Problem[] = [];
        const plain: Problem[] = [];
        checkSiblings(siblings, fast);
        checkSiblingsPlainly(siblings, plain);
        expect(fast).toEqual(plain);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

describe('a colon at the end of a text', () => {
  const pieceArb = fc.constantFrom(':', ' ', '\n', '\t', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u200b', 'a', '.', ';', '：');
  test('is found as /:\\s*$/ finds it', () => {
    const check = (text: string): void => expectSameWithShortcutsOff(() => endsWithColon(text));
    fc.assert(fc.property(fc.array(pieceArb, { maxLength: 8 }).map((p) => p.join('')), check), { numRuns: propertyRuns(2000) });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), check), { numRuns: propertyRuns(1000) });
  });
});

describe('the whole reader', () => {
  test('reads the fixtures, the shipped drafts and generated treaties the same with its shortcuts off', () => {
    for (const file of [...markdownIn('tests/fixtures/parse'), ...markdownIn('drafts')]) {
      const bytes = readFileSync(`${root}${file}`);
      expect(parsed(bytes, true)).toBe(parsed(bytes, false));
    }
    const pair = generatePair({ words: 6_000, numbered: true }, DEFAULT_SEED);
    for (const text of [pair.old, pair.new]) expect(parsed(text, true)).toBe(parsed(text, false));
  });
});

describe('lazy facts', () => {
  const texts = [
    'Russia shall withdraw 600,000 troops by 20 November 2025 under Article 5 and clauses 4 and 5, for ten years.',
    'Nothing to find here.',
    '',
  ];
  test('look like the facts findFacts returns to JSON, spreads, keys, descriptors and equality', () => {
    for (const text of texts) {
      const plain = findFacts(text, PARTIES);
      const lazy = findFactsLazily(text, PARTIES);
      expect(Object.keys(lazy)).toEqual(Object.keys(plain));
      expect(Reflect.ownKeys(lazy).filter((k) => Object.getOwnPropertyDescriptor(lazy, k)!.enumerable)).toEqual(Object.keys(plain));
      for (const key of Object.keys(plain)) {
        const descriptor = Object.getOwnPropertyDescriptor(lazy, key)!;
        expect(descriptor.enumerable && descriptor.configurable && typeof descriptor.get === 'function' && descriptor.set === undefined).toBe(true);
      }
      expect(Object.getPrototypeOf(lazy)).toBe(Object.prototype);
      expect(JSON.stringify(lazy)).toBe(JSON.stringify(plain));
      expect({ ...lazy }).toStrictEqual(plain);
      expect(lazy).toStrictEqual(plain);
      // Each kind is found once: reading again gives the very same array.
      expect(lazy.numbers).toBe(lazy.numbers);
    }
  });

  test('of different texts do not share what they found', () => {
    const a = findFactsLazily(texts[0]!, PARTIES);
    const b = findFactsLazily(texts[1]!, PARTIES);
    expect(b.references).toEqual([]);
    expect(a.references.length).toBeGreaterThan(0);
    expect(a.obligations).not.toBe(b.obligations);
  });
});

describe('texts that cannot be cut into chunks', () => {
  const pieceArb = fc.constantFrom('```', '``', '~~~', '~~', '<', '<div>', '>', ' ', '\t', '\n', '\u2028', '\u2029', '\r', '[', ']', ':', '[a]:', '[^1]: ', 'x', 'text ', '> <');
  test('are found by plain searches as by NOT_CUTTABLE', () => {
    const check = (text: string): void => expectSameWithShortcutsOff(() => isUncuttable(text));
    fc.assert(fc.property(fc.array(pieceArb, { maxLength: 12 }).map((p) => p.join('')), check), { numRuns: propertyRuns(3000) });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), check), { numRuns: propertyRuns(1000) });
  });
});

describe('section lines', () => {
  const pieceArb = fc.constantFrom('Ceasefire', ':', ' ', '  ', '\n', 'word', '.', '. ', '; ', '!', '?', 'Bold', '\u00a0');
  test('are told apart with words counted only where needed, as with them always counted', () => {
    const textArb = fc.array(pieceArb, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(textArb, fc.oneof(fc.constant(null), textArb, fc.constant('same')), (text, bold) => {
        const boldLead = bold === 'same' ? text : bold;
        expectSameWithShortcutsOff(() => isSectionLine(text, boldLead));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});

describe('Unicode composition line by line', () => {
  // Combining marks, Hangul jamo, singletons (Å Ω K ‑), characters that compose, surrogates, and line ends.
  const pieceArb = fc.constantFrom('\n', '\n\n', 'a', 'e', 'A', 'o', ' ', '—', '\u0301', '\u0300', '\u0327', '\u0308', '\u1100', '\u1161', '\u11a8', '\uac00', '\u212b', '\u2126', '\u212a', '\u2000', 'é', 'e\u0301', '\u0344', '\u0f73', '\ud835\udc00', '\ud835', '\u05b0', '\u0345', 'ω', '\u03b9');
  test('gives what normalising the whole text gives', () => {
    const check = (text: string): void => expectSameWithShortcutsOff(() => composeText(text));
    fc.assert(fc.property(fc.array(pieceArb, { maxLength: 30 }).map((p) => p.join('')), check), { numRuns: propertyRuns(3000) });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), check), { numRuns: propertyRuns(2000) });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'\na\u0301\u0300e\u1100\u1161\u11a8'.split('')), maxLength: 30 }), check), { numRuns: propertyRuns(2000) });
  });
});

describe('lower case', () => {
  test('is toLowerCase, whether or not the text needs it', () => {
    const check = (text: string): void => expectSameWithShortcutsOff(() => lowerCase(text));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), check), { numRuns: propertyRuns(2000) });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aZ09.-İK\u212aΣé—'.split('')), maxLength: 12 }), check), { numRuns: propertyRuns(2000) });
    for (const text of ['12.a', '12.A', '—', 'b2', '\u0130', '']) check(`x${text}`.slice(1));
  });
});

describe('ordered-list markers', () => {
  test('are read digit by digit as the pattern reads them', () => {
    const textArb = fc.string({ unit: fc.constantFrom(...'0123456789.) \ta\n٣'.split('')), maxLength: 16 });
    fc.assert(
      fc.property(textArb, fc.nat(16), (text, at) => expectSameWithShortcutsOff(() => orderedMarkerDigits(text, at))),
      { numRuns: propertyRuns(5000) },
    );
    expect(orderedMarkerDigits('123456789. x', 0)).toBe(9);
    expect(orderedMarkerDigits('1234567890. x', 0)).toBe(0);
  });
});

describe('clauses listed as they are assembled', () => {
  test('come in the order forEachClause visits them, and check the same', () => {
    const pair = generatePair({ words: 3_000, numbered: true }, DEFAULT_SEED);
    const texts = [pair.old, ...[...markdownIn('tests/fixtures/parse'), ...markdownIn('drafts')].map((file) => readFileSync(`${root}${file}`, 'utf8'))];
    for (const text of texts) {
      const lineStarts = computeLineStarts(text);
      const builder = startClauses(lineStarts, text);
      if (visitMarkdown(text, parseRemark, (nodes) => builder.add(nodes)) === null) continue;
      const body = builder.finish();
      const { draft, inOrder } = assembleDraft({ body, frontMatter: {}, hasFrontMatter: false, lineStarts, path: 'd.md', sha256: () => '', fallbackId: 'd' });
      const visited: Clause[] = [];
      forEachClause(draft.clauses, (clause) => visited.push(clause));
      expect(inOrder.length).toBe(visited.length);
      inOrder.forEach((clause, index) => expect(clause).toBe(visited[index]));
      expect(checkDraft(draft, body.clauses, inOrder)).toEqual(checkDraft(draft, body.clauses));
    }
  });
});
