import { describe, expect, it } from 'vitest';
// The benchmark's generator: long, very repetitive legal English, every clause renumbered and every
// cross-reference rewritten (see bench/README.md).
import { DEFAULT_SEED, generatePair } from '../../bench/generate.mjs';
import { compareDrafts } from '../../src/compare/index.js';
import type { Clause, Draft } from '../../src/model/index.js';
import { parseDraft } from '../../src/parse/index.js';

function clausesInPreOrder(draft: Draft): Clause[] {
  const out: Clause[] = [];
  const walk = (list: readonly Clause[]): void => {
    for (const clause of list) {
      out.push(clause);
      walk(clause.children);
    }
  };
  walk(draft.clauses);
  return out;
}

/** How many of the generator's true pairs of clauses the comparison pairs, and how many there are. */
function truePairsFound(words: number, seed: number): { found: number; total: number } {
  const pair = generatePair({ words, numbered: true }, seed);
  const oldDraft = parseDraft(pair.old, { path: 'old.md' }).draft!;
  const newDraft = parseDraft(pair.new, { path: 'new.md' }).draft!;
  const olds = clausesInPreOrder(oldDraft);
  const news = clausesInPreOrder(newDraft);
  const paired = new Set<string>();
  for (const change of compareDrafts(oldDraft, newDraft).changes) {
    if (change.old !== null && change.new !== null && !Array.isArray(change.old) && !Array.isArray(change.new)) paired.add(`${change.old.id}>${change.new.id}`);
  }
  let found = 0;
  let total = 0;
  for (const [i, j] of pair.truth.pairs) {
    if (i === null || j === null) continue;
    total++;
    if (paired.has(`${olds[i]!.id}>${news[j]!.id}`)) found++;
  }
  return { found, total };
}

describe('alignment of long repetitive treaties', () => {
  it('finds every true pair when every clause is renumbered and cross-references are rewritten', { timeout: 120_000 }, () => {
    for (const [words, seed] of [
      [100_000, DEFAULT_SEED],
      [60_000, 7],
    ] as const) {
      const { found, total } = truePairsFound(words, seed);
      expect(total).toBeGreaterThan(500);
      expect(found).toBe(total);
    }
  });
});
