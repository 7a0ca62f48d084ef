import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { heaviestIncreasing } from '../../src/compare/align-clauses.js';
import { compareDrafts } from '../../src/compare/compare-drafts.js';
import { draftOf } from '../parse/helpers.js';

/** The best weight over all increasing subsequences, by brute force. */
function bestWeight(values: number[], weights: number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << values.length; mask++) {
    let last = -Infinity;
    let total = 0;
    let ok = true;
    for (let k = 0; k < values.length && ok; k++) {
      if (!(mask & (1 << k))) continue;
      if (values[k]! <= last) ok = false;
      last = values[k]!;
      total += weights[k]!;
    }
    if (ok) best = Math.max(best, total);
  }
  return best;
}

describe('heaviestIncreasing', () => {
  test('returns an increasing run of maximal weight', () => {
    const input = fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 10 }).chain((values) =>
      fc.tuple(fc.constant(values), fc.array(fc.integer({ min: 1, max: 20 }), { minLength: values.length, maxLength: values.length })),
    );
    fc.assert(
      fc.property(input, ([values, weights]) => {
        const kept = [...heaviestIncreasing(values, weights)].sort((a, b) => a - b);
        for (let k = 1; k < kept.length; k++) expect(values[kept[k]!]!).toBeGreaterThan(values[kept[k - 1]!]!);
        expect(kept.reduce((sum, k) => sum + weights[k]!, 0)).toBe(bestWeight(values, weights));
      }),
    );
  });

  test('keeps every index of increasing values (what the alignment skips it for)', () => {
    const input = fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { maxLength: 12 }).chain((values) =>
      fc.tuple(fc.constant(values.sort((a, b) => a - b)), fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: values.length, maxLength: values.length })),
    );
    fc.assert(
      fc.property(input, ([values, weights]) => {
        expect([...heaviestIncreasing(values, weights)].sort((a, b) => a - b)).toEqual([...values.keys()]);
      }),
    );
  });

  test('when a short point and a long one swap places, the short one is reported as moved', () => {
    const before = draftOf('1. Short.\n2. A long point with sub-points:\n   a. one;\n   b. two.\n3. Elections in 100 days.\n');
    const after = draftOf('1. Short.\n2. Elections in 100 days.\n3. A long point with sub-points:\n   a. one;\n   b. two.\n');
    const moved = compareDrafts(before, after).changes.filter((c) => c.moved).map((c) => (Array.isArray(c.new) ? '' : c.new?.text));
    expect(moved).toEqual(['Elections in 100 days.']);
  });
});

describe('moves under a merge', () => {
  test('children of merged clauses are one sibling run, so both directions report the same moves', () => {
    const before = draftOf('1. One.\n2. Two text.\n   (a) two a;\n   (b) two b.\n3. Three text.\n   (a) three a;\n   (b) three b;\n   (c) three c.\n');
    const after = draftOf('1. One.\n2. Three text. Two text.\n   (a) three a;\n   (b) three b;\n   (c) three c;\n   (d) two a;\n   (e) two b.\n');
    const forward = compareDrafts(before, after);
    const backward = compareDrafts(after, before);
    expect(forward.summary.merged).toBe(1);
    expect(backward.summary.split).toBe(1);
    expect(forward.summary.moved).toBe(backward.summary.moved);
    expect(forward.summary.moved).toBe(2);
  });
});
