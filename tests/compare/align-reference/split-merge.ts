// Frozen copy of src/compare/split-merge.ts before the speed work (commit 8cf1940): the plain definition the
// alignment's shortcuts are proved equal to in tests/compare/align-fast-paths.test.ts. Deliberately duplicated; do not edit.
import type { CompareOptions } from '../../../src/compare/options.js';
import { WordIndex } from './similarity.js';
import type { WordWeights } from './similarity.js';
import type { Unit } from './units.js';

/** A split (one old unit → several new ones) or a merge (several old units → one new one). */
export interface Group {
  /** `split` when `old` has one unit, `merge` when `new` has one. */
  kind: 'split' | 'merge';
  /** Old unit indexes, in reading order. */
  old: number[];
  /** New unit indexes, in reading order. */
  new: number[];
  /** Share of the single unit's words covered by the parts. */
  coverage: number;
}

/** Candidates looked up per part. */
const PART_CANDIDATES = 5;
/** How far (in flat order) from a free part the partners of its neighbours are considered as the whole it came from. */
const NEIGHBOURS = 3;
/** Least share of the whole the parts must add beyond the whole's one-to-one partner. */
const MIN_GAIN = 0.2;

/** Weighted share of `whole`'s words found in any of `parts`. */
function coverage(whole: Unit, parts: readonly Unit[], weights: WordWeights): number {
  const mass = weights.mass(whole);
  if (mass === 0) return 0;
  const seen = new Set<string>();
  for (const part of parts) for (const word of part.words) seen.add(word);
  let sum = 0;
  for (const word of whole.words) if (seen.has(word)) sum += weights.weight(word);
  return sum / mass;
}

/** Groups with `wholes` as the single side: each whole largely covered by two or more parts (free, or its partner). */
function proposeGroups(
  wholes: readonly Unit[],
  parts: readonly Unit[],
  wholePartner: Int32Array,
  partPartner: Int32Array,
  weights: WordWeights,
  options: CompareOptions,
): { whole: number; parts: number[]; coverage: number }[] {
  const index = new WordIndex(
    wholes.filter((w) => wholePartner[w.index] === -1),
    weights,
  );
  const byWhole = new Map<number, number[]>();
  for (const part of parts) {
    if (partPartner[part.index] !== -1 || part.words.length === 0) continue;
    const near: number[] = [];
    for (let d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
      const whole = partPartner[part.index + d];
      if (d !== 0 && whole !== undefined && whole !== -1) near.push(whole);
    }
    for (const w of new Set([...index.candidates(part, PART_CANDIDATES), ...near])) {
      if (weights.containment(part, wholes[w]!) < options.splitPartContainment) continue;
      const list = byWhole.get(w);
      if (list === undefined) byWhole.set(w, [part.index]);
      else list.push(part.index);
    }
  }
  const out: { whole: number; parts: number[]; coverage: number }[] = [];
  for (const w of [...byWhole.keys()].sort((x, y) => x - y)) {
    const whole = wholes[w]!;
    const free = byWhole.get(w)!;
    const partner = wholePartner[w]!;
    const chosen = [...free];
    let base = 0;
    if (partner !== -1) {
      if (weights.containment(parts[partner]!, whole) < options.splitPartContainment) continue;
      base = coverage(whole, [parts[partner]!], weights);
      chosen.push(partner);
    }
    if (chosen.length < 2) continue;
    chosen.sort((x, y) => x - y);
    const covered = coverage(whole, chosen.map((k) => parts[k]!), weights);
    if (covered >= options.splitCoverage && covered - base >= MIN_GAIN) out.push({ whole: w, parts: chosen, coverage: covered });
  }
  return out;
}

/** Text of units, for a tie-break that reads the same in both directions. */
function textOf(units: readonly Unit[], indexes: readonly number[]): string {
  return indexes.map((k) => units[k]!.key).join('\u0000');
}

/**
 * Step 4: finds splits and merges among what stayed unmatched (a whole's partner may be one of the parts), resolves
 * overlaps the same way whichever version is old, and unlinks the partners that became parts.
 */
export function findGroups(
  olds: readonly Unit[],
  news: readonly Unit[],
  pa: Int32Array,
  pb: Int32Array,
  weights: WordWeights,
  options: CompareOptions,
): Group[] {
  const splits = proposeGroups(olds, news, pa, pb, weights, options).map(
    (g): Group => ({ kind: 'split', old: [g.whole], new: g.parts, coverage: g.coverage }),
  );
  const merges = proposeGroups(news, olds, pb, pa, weights, options).map(
    (g): Group => ({ kind: 'merge', old: g.parts, new: [g.whole], coverage: g.coverage }),
  );
  const rank = (g: Group): [string, string] => {
    const single = g.kind === 'split' ? textOf(olds, g.old) : textOf(news, g.new);
    const many = g.kind === 'split' ? textOf(news, g.new) : textOf(olds, g.old);
    return [single, many];
  };
  const all = [...splits, ...merges].sort((x, y) => {
    if (x.coverage !== y.coverage) return y.coverage - x.coverage;
    const [xs, xm] = rank(x);
    const [ys, ym] = rank(y);
    return xs < ys ? -1 : xs > ys ? 1 : xm < ym ? -1 : xm > ym ? 1 : 0;
  });
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const accepted: Group[] = [];
  for (const group of all) {
    if (group.old.some((i) => usedOld.has(i)) || group.new.some((j) => usedNew.has(j))) continue;
    for (const i of group.old) usedOld.add(i);
    for (const j of group.new) usedNew.add(j);
    accepted.push(group);
  }
  for (const group of accepted) {
    for (const i of group.old) if (pa[i] !== -1) pb[pa[i]!] = -1;
    for (const j of group.new) if (pb[j] !== -1) pa[pb[j]!] = -1;
    for (const i of group.old) pa[i] = -1;
    for (const j of group.new) pb[j] = -1;
  }
  return accepted.sort((x, y) => Math.min(...x.new) - Math.min(...y.new));
}
