import { expect } from 'vitest';
import { joinDiff, PART_SEPARATOR } from '../../src/compare/index.js';
import { Comparison } from '../../src/model/comparison.js';
import type { ChangeSide, Draft } from '../../src/model/index.js';
import { forEachClause } from '../../src/parse/assemble-draft.js';

const sides = (value: ChangeSide | ChangeSide[] | null): ChangeSide[] => (value === null ? [] : Array.isArray(value) ? value : [value]);

/** Every key `kind:id` of a draft's clauses (any depth) and blocks, sorted. */
function keys(draft: Draft): string[] {
  const out: string[] = draft.blocks.map((b) => `block:${b.id}`);
  forEachClause(draft.clauses, (c) => out.push(`clause:${c.id}`));
  return out.sort();
}

/**
 * Asserts the laws of the comparison contract: schema-valid; lossless (each side's text rebuilt exactly from its
 * diff, headings too); complete (every clause and block of both versions appears exactly once).
 */
export function expectComparisonLaws(comparison: Comparison, old: Draft, neu: Draft): void {
  expect(Comparison.safeParse(JSON.parse(JSON.stringify(comparison))).success).toBe(true);
  for (const change of comparison.changes) {
    expect(joinDiff(change.diff, 'old')).toBe(sides(change.old).map((s) => s.text).join(PART_SEPARATOR));
    expect(joinDiff(change.diff, 'new')).toBe(sides(change.new).map((s) => s.text).join(PART_SEPARATOR));
    if (change.headingDiff !== null) {
      expect(joinDiff(change.headingDiff, 'old')).toBe(sides(change.old)[0]?.heading ?? '');
      expect(joinDiff(change.headingDiff, 'new')).toBe(sides(change.new)[0]?.heading ?? '');
    }
  }
  const covered = (which: 'old' | 'new'): string[] => comparison.changes.flatMap((c) => sides(c[which]).map((s) => `${c.kind}:${s.id}`)).sort();
  expect(covered('old')).toEqual(keys(old));
  expect(covered('new')).toEqual(keys(neu));
}
