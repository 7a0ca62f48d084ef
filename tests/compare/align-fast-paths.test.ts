/**
 * The alignment with its shortcuts (words as integer ids read once per unit, an inverted index of typed arrays,
 * proposals sorted as numbers, a numeric union-find, cached bodies) pairs exactly what the plain code it replaced
 * pairs: that code is kept in `align-reference/` and both run on the same drafts, in both directions.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatePair } from '../../bench/generate.mjs';
import { alignClauses, fingerprint } from '../../src/compare/align-clauses.js';
import type { UnitAlignment } from '../../src/compare/align-clauses.js';
import { resolveOptions } from '../../src/compare/options.js';
import { WordWeights, topHits } from '../../src/compare/similarity.js';
import { clauseUnits } from '../../src/compare/units.js';
import type { Draft } from '../../src/model/index.js';
import { parseDraft } from '../../src/parse/index.js';
import { alignClauses as alignClausesReference } from './align-reference/align-clauses.js';
import type { UnitAlignment as ReferenceAlignment } from './align-reference/align-clauses.js';
import { makeDraft, propertyRuns } from './helpers.js';
import type { ClauseSpec, Item } from './helpers.js';

/** Few words, so that texts repeat, tie and split into one another; typography, accents and small words included. */
const WORDS = ['the', 'of', 'and', 'party', 'parties', 'shall', 'Clause', '12', '3.5', 'don’t', 'don\'t', 'Straße', 'ÉTAT', 'zone', 'border', 'troops', '—', '“fund”', 'a', 'any', 'ΟΔΟΣ', 'İ', '\u00a0'];

const sentence = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', ' ', '  ', '\n')), { maxLength: 9 })
  .map((words) => words.map(([word, space]) => word + space).join('').trim());
const text = fc.oneof(sentence, fc.tuple(sentence, sentence).map(([a, b]) => `${a}. ${b}`), fc.constant(''), fc.constant('   '));

interface Node {
  text: string;
  heading?: string;
  id?: string;
  block?: boolean;
  children: Node[];
}

const leaf: fc.Arbitrary<Node> = fc.record({ text, children: fc.constant([]) });
const node: fc.Arbitrary<Node> = fc
  .record({
    text,
    heading: fc.option(sentence, { nil: undefined }),
    id: fc.option(fc.constantFrom('alpha', 'beta', 'gamma', 'delta'), { nil: undefined, freq: 4 }),
    children: fc.array(leaf, { maxLength: 3 }),
  })
  .map((n) => {
    const out: Node = { text: n.text, children: n.children };
    if (n.heading !== undefined) out.heading = n.heading;
    if (n.id !== undefined) out.id = n.id;
    return out;
  });
const blockNode: fc.Arbitrary<Node> = sentence.map((t) => ({ text: t, block: true, children: [] }));
const tree = fc.array(fc.oneof({ arbitrary: node, weight: 6 }, { arbitrary: blockNode, weight: 1 }), { maxLength: 14 });

/** A second version: the first with points removed, added, moved, edited, split and merged. */
const edited = (nodes: Node[]): fc.Arbitrary<Node[]> =>
  fc.array(fc.tuple(fc.nat(7), fc.nat(20), fc.nat(20), text), { maxLength: 6 }).map((edits) => {
    const out: Node[] = structuredClone(nodes);
    for (const [op, a, b, t] of edits) {
      const k = out.length === 0 ? 0 : a % out.length;
      const at = out[k];
      if (op === 0 || at === undefined) out.splice(k, 0, { text: t, children: [] });
      else if (op === 1) out.splice(k, 1);
      else if (op === 2) at.text = `${at.text} ${t}`;
      else if (op === 3) out.splice(b % (out.length + 1), 0, ...out.splice(k, 1));
      else if (op === 4) out.splice(k, 1, { ...at, text: at.text.slice(0, at.text.length >> 1) }, { text: at.text.slice(at.text.length >> 1), children: [] });
      else if (op === 5 && out[k + 1] !== undefined) out.splice(k, 2, { ...at, text: `${at.text} ${out[k + 1]!.text}`, children: [...at.children, ...out[k + 1]!.children] });
      else if (op === 6 && at.children.length > 0) at.children.splice(b % at.children.length, 1);
      else if (op === 7) at.children.push({ text: t, children: [] });
    }
    return out;
  });

function toItems(nodes: Node[], depth = 0): Item[] {
  let n = 0;
  const ids = new Set<string>();
  return nodes.map((node): Item => {
    if (node.block === true) return { block: node.text };
    n++;
    const spec: ClauseSpec = { num: depth === 0 ? `${n}.` : `(${String.fromCharCode(96 + Math.min(n, 26))})`, text: node.text, children: toItems(node.children, depth + 1) };
    if (node.heading !== undefined) spec.heading = node.heading;
    // Author ids must be unique within a draft; repeated ones are left out (the alignment's duplicate rule is for parsed drafts).
    if (node.id !== undefined && !ids.has(node.id)) {
      ids.add(node.id);
      spec.id = node.id;
    }
    return spec;
  });
}

const pairOfDrafts = tree.chain((base) => edited(base).map((changed) => ({ old: makeDraft(toItems(base), { id: 'old' }), neu: makeDraft(toItems(changed), { id: 'new' }) })));

/** What an alignment decided, as plain data. */
function decided(a: UnitAlignment | ReferenceAlignment): unknown {
  return { oldPartner: [...a.oldPartner], newPartner: [...a.newPartner], reason: a.reason, groups: a.groups, moved: a.moved };
}

function expectSameAlignment(oldDraft: Draft, newDraft: Draft, options = resolveOptions({})): void {
  for (const [x, y] of [[oldDraft, newDraft], [newDraft, oldDraft]] as const) {
    const fast = alignClauses(x, y, options);
    const plain = alignClausesReference(x, y, options);
    expect(decided(fast.clauses)).toEqual(decided(plain.clauses));
    expect(decided(fast.blocks)).toEqual(decided(plain.blocks));
  }
}

describe('alignment shortcuts', () => {
  test('pair exactly what the plain alignment pairs, on generated drafts', () => {
    fc.assert(
      fc.property(pairOfDrafts, fc.constantFrom(0.2, 0.35, 0.5), ({ old, neu }, threshold) => {
        expectSameAlignment(old, neu, resolveOptions({ matchThreshold: threshold }));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  test('pair exactly what the plain alignment pairs, on the benchmark’s treaties', () => {
    for (const seed of [1, 2, 3]) {
      for (const numbered of [true, false]) {
        const pair = generatePair({ words: 6000, numbered }, seed);
        expectSameAlignment(parseDraft(pair.old).draft!, parseDraft(pair.new).draft!);
      }
    }
  });

  test('same texts pair exactly as the plain alignment pairs them when fingerprints collide', () => {
    // Texts of two letters and a few lengths: many differ only where the fingerprint does not look, or in case
    // and spacing only (the normalised pass), so both the fingerprint shortcut and the whole-text groups are used.
    const collider = fc.array(fc.constantFrom('ab', 'ba', 'aa', 'ab', 'ba', 'AB', 'a b'), { minLength: 4, maxLength: 4 }).map((parts) => parts.join(''));
    const flat = fc.array(collider, { maxLength: 16 });
    const drafts = fc.tuple(flat, flat).map(([a, b]) => ({
      old: makeDraft(a.map((t, k) => ({ num: `${k + 1}.`, text: t })), { id: 'old' }),
      neu: makeDraft(b.map((t, k) => ({ num: `${k + 1}.`, text: t })), { id: 'new' }),
    }));
    fc.assert(
      fc.property(drafts, ({ old, neu }) => expectSameAlignment(old, neu)),
      { numRuns: propertyRuns(400) },
    );
    expect(fingerprint('aaababab')).toBe(fingerprint('abababab'));
  });

  test('topHits keeps what sorting all by most hits, then index, keeps', () => {
    const input = fc.uniqueArray(fc.nat(40), { maxLength: 40 }).chain((indexes) =>
      fc.tuple(fc.constant(indexes), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 41, maxLength: 41 }), fc.integer({ min: 0, max: 8 })),
    );
    fc.assert(
      fc.property(input, ([indexes, counts, limit]) => {
        const hits = Int32Array.from(counts);
        const sorted = [...indexes].sort((x, y) => hits[y]! - hits[x]! || x - y).slice(0, limit);
        expect(topHits(indexes, hits, limit)).toEqual(sorted);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  test('the weights read the same content words as `unit.words`', () => {
    fc.assert(
      fc.property(pairOfDrafts, ({ old, neu }) => {
        const units = [...clauseUnits(old), ...clauseUnits(neu)];
        const weights = new WordWeights(units.slice(0, units.length >> 1));
        for (const unit of units) expect(weights.contentWordsOf(unit)).toEqual(unit.words);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  test('weights that share units (each keeps its words on the unit) measure what weights of their own measure', () => {
    fc.assert(
      fc.property(pairOfDrafts, ({ old, neu }) => {
        const units = [...clauseUnits(old), ...clauseUnits(neu)];
        const half = units.slice(0, units.length >> 1);
        const first = new WordWeights(units);
        const second = new WordWeights(half);
        const measures = (weights: WordWeights): number[] =>
          units.flatMap((a) => [weights.mass(a), ...weights.probeIds(a), ...units.map((b) => weights.dice(a, b))]);
        // Interleaved, so that each takes the units over from the other.
        const [a1, b1, a2, b2] = [measures(first), measures(second), measures(first), measures(second)];
        expect(a1).toEqual(a2);
        expect(b1).toEqual(b2);
        const freshUnits = [...clauseUnits(old), ...clauseUnits(neu)];
        const fresh = new WordWeights(freshUnits.slice(0, freshUnits.length >> 1));
        expect(b1).toEqual(freshUnits.flatMap((a) => [fresh.mass(a), ...fresh.probeIds(a), ...freshUnits.map((b) => fresh.dice(a, b))]));
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});
