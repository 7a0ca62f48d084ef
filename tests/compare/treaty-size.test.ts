import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../src/compare/index.js';
import { makeDraft } from './helpers.js';
import type { Item } from './helpers.js';

/** A deterministic pseudo-random generator (no Math.random in tests of determinism). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = Array.from({ length: 4000 }, (_, k) => `w${k.toString(36)}`).concat(
  'the of and to in shall will may must party parties agreement territory forces security guarantee'.split(' '),
);

function treaty(articles: number, random: () => number): string[][] {
  const word = (): string => {
    const r = random();
    return r < 0.5 ? VOCABULARY[4000 + Math.floor(random() * 15)]! : VOCABULARY[Math.floor(random() ** 2 * 4000)]!;
  };
  const sentence = (): string => Array.from({ length: 45 }, word).join(' ') + '.';
  return Array.from({ length: articles }, () => Array.from({ length: 4 }, sentence));
}

function toDraft(articles: string[][], id: string): ReturnType<typeof makeDraft> {
  const items: Item[] = articles.map((points, k) => ({
    num: `Article ${k + 1}`,
    text: points[0]!,
    children: points.slice(1).map((text, j) => ({ num: `(${String.fromCharCode(97 + j)})`, text })),
  }));
  return makeDraft(items, { id });
}

// Speed is measured by `npm run bench`; this only proves a treaty-sized comparison is complete.
describe('treaty-sized comparison', () => {
  it('covers every clause of ~10,000-clause, ~450,000-word treaties', () => {
    const random = lcg(42);
    const old = treaty(2500, random);
    const neu = old.map((points) => [...points]);
    for (let k = 0; k < 150; k++) {
      const a = Math.floor(random() * neu.length);
      const r = random();
      if (r < 0.4) neu[a]![1] = `${neu[a]![1]!.slice(0, 60)} amended ${neu[a]![1]!.slice(60)}`;
      else if (r < 0.6) neu.splice(a, 1);
      else if (r < 0.8) neu.splice(a, 0, treaty(1, random)[0]!);
      else neu.splice(Math.floor(random() * neu.length), 0, neu.splice(a, 1)[0]!);
    }
    const oldDraft = toDraft(old, 'old');
    const newDraft = toDraft(neu, 'new');
    const comparison = compareDrafts(oldDraft, newDraft);
    expect(comparison.changes.length).toBeGreaterThan(9_800);
    expect(comparison.summary.unchanged).toBeGreaterThan(9_000);
  });
});
