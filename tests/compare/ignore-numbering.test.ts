/**
 * `ignoreNumbering` on renumbered treaties (the benchmark's generator: every clause renumbered and every
 * cross-reference rewritten): what it ignores is exactly the renumbering, and the comparison keeps its laws.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generatePair } from '../../bench/generate.mjs';
import { compareDrafts } from '../../src/compare/index.js';
import type { Change } from '../../src/model/index.js';
import { parseDraft } from '../../src/parse/index.js';
import { expectComparisonLaws } from './laws.js';

const read = (text: string, path: string) => {
  const result = parseDraft(text, { path });
  if (!result.draft) throw new Error(`${path} did not parse`);
  return result.draft;
};

describe('ignoreNumbering on a renumbered treaty', () => {
  for (const seed of [DEFAULT_SEED, 7]) {
    it(`turns every clause changed only by the renumbering unchanged, and nothing else (seed ${seed})`, () => {
      const pair = generatePair({ words: 20_000, numbered: true }, seed);
      const old = read(pair.old, 'old.md');
      const neu = read(pair.new, 'new.md');
      const plain = compareDrafts(old, neu);
      const ignoring = compareDrafts(old, neu, { ignoreNumbering: true });
      expectComparisonLaws(ignoring, old, neu);

      const key = (c: Change): string => c.key;
      const byKey = new Map(ignoring.changes.map((c) => [key(c), c]));
      // The same pairs either way: ignoring changes what is reported, not what is aligned.
      expect(ignoring.changes.map(key).sort()).toEqual(plain.changes.map(key).sort());
      const renumbering = new Set(['reference-updated', 'clause-renumbered']);
      // A move is still reported, only without the new number ("was moved (now point 7)" → "was moved").
      const withoutRenumbering = (c: Change) => c.findings.filter((f) => !renumbering.has(f.rule)).map((f) => (f.rule === 'clause-moved' ? f.rule : f));
      const findings = (c: Change) => c.findings.map((f) => (f.rule === 'clause-moved' ? f.rule : f));
      const updatesOnly = plain.changes.filter((c) => c.status === 'modified' && byKey.get(key(c))!.status === 'unchanged');
      expect(updatesOnly.length).toBe(plain.summary.referencesOnly);
      expect(updatesOnly.length).toBeGreaterThan(20);
      for (const change of updatesOnly) {
        expect(change.findings.map((f) => f.rule)).toContain('reference-updated');
        const now = byKey.get(key(change))!;
        expect(findings(now)).toEqual(withoutRenumbering(change));
        expect(now.findings.every((f) => f.rule === 'clause-moved')).toBe(true);
        expect(now.diff.filter((op) => op.op !== 'equal').every((op) => op.ignored === true)).toBe(true);
      }
      // Every other clause keeps its status, and its findings but the renumbering ones.
      for (const change of plain.changes) {
        if (updatesOnly.includes(change)) continue;
        const now = byKey.get(key(change))!;
        expect(now.status).toBe(change.status);
        expect(findings(now)).toEqual(withoutRenumbering(change));
      }
      expect(ignoring.summary).toMatchObject({
        modified: plain.summary.modified - plain.summary.referencesOnly,
        unchanged: plain.summary.unchanged + plain.summary.referencesOnly,
        referencesOnly: 0,
        renumbered: 0,
      });
    });
  }
});
