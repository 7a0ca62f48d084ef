import type { Draft } from '../model/index.js';
import { assignPairs } from './assign.js';
import type { Edge } from './assign.js';
import type { CompareOptions } from './options.js';
import { WordIndex, WordWeights } from './similarity.js';
import { findGroups } from './split-merge.js';
import type { Group } from './split-merge.js';
import { blockUnits, clauseUnits } from './units.js';
import type { Unit } from './units.js';

export type { Group } from './split-merge.js';

/** How a pair was found. */
export type PairReason = 'author-id' | 'same-text' | 'similar';

/** The alignment of one kind of unit (clauses or blocks) of two versions. */
export interface UnitAlignment {
  /** Old units in their flat order. */
  old: Unit[];
  /** New units in their flat order. */
  new: Unit[];
  /** For each old unit, the index of its one-to-one partner in `new`, or -1. */
  oldPartner: Int32Array;
  /** For each new unit, the index of its one-to-one partner in `old`, or -1. */
  newPartner: Int32Array;
  /** For each old unit with a partner, how it was found. */
  reason: (PairReason | null)[];
  /** Splits and merges. */
  groups: Group[];
  /** For each old unit with a partner, whether it moved (out of order among siblings, or to another parent). */
  moved: boolean[];
}

/** The alignment of two versions: clauses (all depths) and blocks, each aligned among their own kind. */
export interface Alignment {
  /** Clauses, flattened in pre-order. */
  clauses: UnitAlignment;
  /** Non-clause blocks, in reading order. */
  blocks: UnitAlignment;
}

/** Candidates proposed per unit from the inverted index. */
const INDEX_CANDIDATES = 6;
/** Rounds of similarity matching; each round sees the anchors of the previous ones. */
const ROUNDS = 2;

function link(a: Int32Array, b: Int32Array, i: number, j: number): void {
  a[i] = j;
  b[j] = i;
}

/** Step 1: the author's stable ids, when unique in both versions. */
function matchAuthorIds(olds: readonly Unit[], news: readonly Unit[], pa: Int32Array, pb: Int32Array, reason: (PairReason | null)[]): void {
  const byId = new Map<string, number>();
  const duplicate = new Set<string>();
  for (const unit of news) {
    if (unit.authorId === null) continue;
    if (byId.has(unit.authorId)) duplicate.add(unit.authorId);
    byId.set(unit.authorId, unit.index);
  }
  const seen = new Set<string>();
  for (const unit of olds) {
    if (unit.authorId === null) continue;
    const j = byId.get(unit.authorId);
    if (j !== undefined && !duplicate.has(unit.authorId) && !seen.has(unit.authorId)) {
      link(pa, pb, unit.index, j);
      reason[unit.index] = 'author-id';
    }
    seen.add(unit.authorId);
  }
}

/** The units of `indexes` grouped by `keyOf` (in the order given within a group). */
function groupByKey(units: readonly Unit[], indexes: readonly number[], keyOf: (u: Unit) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const index of indexes) {
    const key = keyOf(units[index]!);
    const list = map.get(key);
    if (list === undefined) map.set(key, [index]);
    else list.push(index);
  }
  return map;
}

/** For each unit, 1 when its `body` is only white space. */
function blanks(units: readonly Unit[]): Uint8Array {
  const blank = new Uint8Array(units.length);
  for (const unit of units) if (unit.body.trim() === '') blank[unit.index] = 1;
  return blank;
}

/**
 * A cheap fingerprint of a text: its length and five of its characters, as a small integer. Equal texts have equal
 * fingerprints, so two texts need comparing (or hashing whole) only when their fingerprints agree.
 */
export function fingerprint(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let h = n;
  h = (Math.imul(h, 31) + text.charCodeAt(0)) | 0;
  h = (Math.imul(h, 31) + text.charCodeAt(n >> 2)) | 0;
  h = (Math.imul(h, 31) + text.charCodeAt(n >> 1)) | 0;
  h = (Math.imul(h, 31) + text.charCodeAt(n - 1 - (n >> 2))) | 0;
  h = (Math.imul(h, 31) + text.charCodeAt(n - 1)) | 0;
  // Kept to 30 bits, so that it is a small integer, the cheapest key of a Map.
  return h & 0x3fffffff;
}

/** Where each fingerprint occurs among `indexes`: the one index holding it, or -1 when several do. */
function whereFingerprints(prints: Int32Array, indexes: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const index of indexes) {
    const print = prints[index]!;
    map.set(print, map.has(print) ? -1 : index);
  }
  return map;
}

/** The indexes of the units without a partner and with some text, in flat order. */
function freeIndexes(units: readonly Unit[], partner: Int32Array, blank: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < units.length; i++) if (partner[i] === -1 && blank[i] === 0) out.push(i);
  return out;
}

/**
 * Pairs the free units whose `keyOf` texts are equal, when a text occurs as often among the free units of both
 * versions (in order). Most texts are told apart by their fingerprints alone: a fingerprint held by one free unit on
 * each side pairs those two exactly when their texts are equal (any other unit with that text would share the
 * fingerprint), and one held on one side only pairs nothing. Only the units of the other fingerprints are grouped
 * by their whole texts, with the rule applied as it reads.
 */
function matchSameKey(olds: readonly Unit[], news: readonly Unit[], pa: Int32Array, pb: Int32Array, blanks: [Uint8Array, Uint8Array], keyOf: (u: Unit) => string, reason: (PairReason | null)[]): void {
  const freeOld = freeIndexes(olds, pa, blanks[0]);
  const freeNew = freeIndexes(news, pb, blanks[1]);
  const oldPrints = new Int32Array(olds.length);
  const newPrints = new Int32Array(news.length);
  for (const i of freeOld) oldPrints[i] = fingerprint(keyOf(olds[i]!));
  for (const j of freeNew) newPrints[j] = fingerprint(keyOf(news[j]!));
  const oldWhere = whereFingerprints(oldPrints, freeOld);
  const newWhere = whereFingerprints(newPrints, freeNew);
  const pairs: [number, number][] = [];
  const slowOld: number[] = [];
  for (const i of freeOld) {
    const j = newWhere.get(oldPrints[i]!);
    if (j === undefined) continue;
    if (j !== -1 && oldWhere.get(oldPrints[i]!) === i) {
      if (keyOf(olds[i]!) === keyOf(news[j]!)) pairs.push([i, j]);
    } else slowOld.push(i);
  }
  const slowNew = freeNew.filter((j) => {
    const i = oldWhere.get(newPrints[j]!);
    return i !== undefined && (i === -1 || newWhere.get(newPrints[j]!) === -1);
  });
  const newByKey = groupByKey(news, slowNew, keyOf);
  for (const [key, list] of groupByKey(olds, slowOld, keyOf)) {
    const other = newByKey.get(key);
    if (other === undefined || other.length !== list.length) continue;
    list.forEach((i, k) => pairs.push([i, other[k]!]));
  }
  for (const [i, j] of pairs) {
    link(pa, pb, i, j);
    reason[i] = 'same-text';
  }
}

/** The texts `matchSameText` compares (made once: optimised code holding a closure made per call is thrown away with it). */
const unitBody = (u: Unit): string => u.body;
const unitKey = (u: Unit): string => u.key;

/** Step 2: identical text, then identical normalised text, when a text occurs as often in both versions (paired in order). */
function matchSameText(olds: readonly Unit[], news: readonly Unit[], pa: Int32Array, pb: Int32Array, reason: (PairReason | null)[]): void {
  const blank: [Uint8Array, Uint8Array] = [blanks(olds), blanks(news)];
  matchSameKey(olds, news, pa, pb, blank, unitBody, reason);
  matchSameKey(olds, news, pa, pb, blank, unitKey, reason);
}

/** Number/position priors: same parent, same number, matched neighbours, matched children. */
function prior(u: Unit, v: Unit, olds: readonly Unit[], news: readonly Unit[], pa: Int32Array): number {
  let score = 0;
  if ((u.parent === -1 && v.parent === -1) || (u.parent !== -1 && v.parent !== -1 && pa[u.parent] === v.parent)) score += 0.05;
  if (u.numValue !== null && u.numValue === v.numValue) score += 0.1;
  if ((u.index === 0 && v.index === 0) || (u.index > 0 && v.index > 0 && pa[u.index - 1] === v.index - 1)) score += 0.1;
  const lastOld = u.index === olds.length - 1;
  const lastNew = v.index === news.length - 1;
  if ((lastOld && lastNew) || (!lastOld && !lastNew && pa[u.index + 1] === v.index + 1)) score += 0.1;
  const width = Math.max(u.children.length, v.children.length);
  if (width > 0) {
    let shared = 0;
    for (const c of u.children) if (pa[c] !== -1 && news[pa[c]!]?.parent === v.index) shared++;
    score += (0.2 * shared) / width;
  }
  return score;
}

/** A tiny preference, the same whichever version is old, for pairs at the same relative place and of similar length. */
function tieBreak(u: Unit, v: Unit, oldCount: number, newCount: number): number {
  const place = Math.abs(u.index / Math.max(1, oldCount) - v.index / Math.max(1, newCount));
  const a = u.key.length;
  const b = v.key.length;
  const length = Math.abs(a - b) / Math.max(1, a, b);
  return 1e-6 * (2 - place - length);
}

/** Key of a numbered child in `childrenByNumber`. */
const childKey = (parent: number, numValue: string): string => `${parent} ${numValue}`;

/**
 * The numbered children of each unit by number, in order: looking a number up among a parent's children directly,
 * since a parent may have hundreds of children and each of them looks up its own number.
 */
function childrenByNumber(units: readonly Unit[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const unit of units) {
    if (unit.parent === -1 || unit.numValue === null) continue;
    const key = childKey(unit.parent, unit.numValue);
    const list = map.get(key);
    if (list === undefined) map.set(key, [unit.index]);
    else list.push(unit.index);
  }
  return map;
}

/**
 * Candidates of an old unit from its structure: the slot between matched neighbours, same number under the matched
 * parent (`numbered` is `childrenByNumber(news)`), the parent of matched children. Each free candidate `j` is
 * appended to `sink` as `base + stride · j` (a proposal, see `proposePairs`), in that order.
 */
function structuralCandidates(
  u: Unit,
  news: readonly Unit[],
  numbered: Map<string, number[]>,
  pa: Int32Array,
  pb: Int32Array,
  sink: number[],
  base: number,
  stride: number,
): void {
  const add = (j: number): void => {
    if (j >= 0 && j < news.length && pb[j] === -1) sink.push(base + stride * j);
  };
  const prev = u.index > 0 ? pa[u.index - 1]! : -1;
  if (u.index === 0) add(0);
  if (prev !== -1) add(prev + 1);
  // (Not `pa[u.index + 1]` for the last unit: a read past the end throws optimised code away.)
  const next = u.index + 1 < pa.length ? pa[u.index + 1]! : -1;
  if (next > 0) add(next - 1);
  const siblings = u.parent === -1 ? null : pa[u.parent]!;
  if (siblings !== null && siblings !== -1 && u.numValue !== null) for (const c of numbered.get(childKey(siblings, u.numValue)) ?? []) add(c);
  for (const c of u.children) {
    const d = pa[c]!;
    if (d !== -1 && news[d]!.parent !== -1) add(news[d]!.parent);
  }
}

/**
 * Pairs worth scoring: for each free unit on either side, the units of the other side sharing its rarest words and
 * those its structure points to. Each pair is the number `i · news.length + j`, so that one numeric sort orders them
 * by old unit, then new unit, and puts repeated proposals side by side.
 */
function proposePairs(
  freeOld: readonly Unit[],
  freeNew: readonly Unit[],
  olds: readonly Unit[],
  news: readonly Unit[],
  pa: Int32Array,
  pb: Int32Array,
  weights: WordWeights,
  oldByNumber: Map<string, number[]>,
  newByNumber: Map<string, number[]>,
): Float64Array {
  const newIndex = new WordIndex(freeNew, weights);
  const oldIndex = new WordIndex(freeOld, weights);
  const proposals: number[] = [];
  const width = news.length;
  proposeFrom(freeOld, news, newIndex, newByNumber, pa, pb, proposals, width, 1);
  proposeFrom(freeNew, olds, oldIndex, oldByNumber, pb, pa, proposals, 1, width);
  return new Float64Array(proposals).sort();
}

/**
 * The proposals of one side (see `proposePairs`): for each unit `p` of `probes`, its candidates `c` among `others`
 * (from `index`, then from its structure) as `p.index · probeStride + c · otherStride`. One function serves both
 * sides, so that its code is compiled once, while proposing from the old side, and serves the new one as it is.
 */
function proposeFrom(
  probes: readonly Unit[],
  others: readonly Unit[],
  index: WordIndex,
  numbered: Map<string, number[]>,
  mine: Int32Array,
  theirs: Int32Array,
  sink: number[],
  probeStride: number,
  otherStride: number,
): void {
  for (const p of probes) {
    const base = p.index * probeStride;
    for (const c of index.candidates(p, INDEX_CANDIDATES)) sink.push(base + c * otherStride);
    structuralCandidates(p, others, numbered, mine, theirs, sink, base, otherStride);
  }
}

/** The proposed pairs (sorted, see `proposePairs`) similar enough, and scoring enough with their priors, as edges. */
function scorePairs(proposals: Float64Array, olds: readonly Unit[], news: readonly Unit[], pa: Int32Array, weights: WordWeights, options: CompareOptions): Edge[] {
  const width = news.length;
  const edges: Edge[] = [];
  for (let k = 0; k < proposals.length; k++) {
    if (k > 0 && proposals[k] === proposals[k - 1]) continue;
    const j = proposals[k]! % width;
    const i = (proposals[k]! - j) / width;
    const u = olds[i]!;
    const v = news[j]!;
    const sim = weights.dice(u, v);
    if (sim < options.minPairSimilarity) continue;
    const score = sim + prior(u, v, olds, news, pa) + tieBreak(u, v, olds.length, news.length);
    if (score >= options.matchThreshold) edges.push({ left: i, right: j, score });
  }
  return edges;
}

/** Step 3: similarity plus priors on candidate pairs only, solved as an assignment; repeated so later rounds see new anchors. */
function matchSimilar(
  olds: readonly Unit[],
  news: readonly Unit[],
  pa: Int32Array,
  pb: Int32Array,
  reason: (PairReason | null)[],
  weights: WordWeights,
  options: CompareOptions,
): void {
  const oldByNumber = childrenByNumber(olds);
  const newByNumber = childrenByNumber(news);
  for (let round = 0; round < ROUNDS; round++) {
    const freeOld = olds.filter((u) => pa[u.index] === -1);
    const freeNew = news.filter((v) => pb[v.index] === -1);
    if (freeOld.length === 0 || freeNew.length === 0) return;
    const proposals = proposePairs(freeOld, freeNew, olds, news, pa, pb, weights, oldByNumber, newByNumber);
    const edges = scorePairs(proposals, olds, news, pa, weights, options);
    const chosen = assignPairs(edges);
    if (chosen.length === 0) return;
    for (const edge of chosen) {
      link(pa, pb, edge.left, edge.right);
      reason[edge.left] = 'similar';
    }
  }
}

/** Most units on either side of a gap that the repair pass compares all against all. */
const GAP_MAX = 48;
/** How much more similar a pair found inside a gap must be than the pairs it replaces. */
const GAP_MARGIN = 0.15;
/** Passes of the gap repair (each sees the anchors the previous one made). */
const GAP_PASSES = 3;

/**
 * Step 3b: on long, repetitive texts the index proposes too few candidates (every word is common) and a unit can
 * be paired far away, or not at all, while its true partner sits between the partners of its neighbours. Anchors are
 * pairs that agree with a neighbour (`i-1 ↔ j-1` or `i+1 ↔ j+1`); between two anchors that follow each other on both
 * sides, the units of the gap are compared all against all and solved as an assignment, and a pair found there
 * replaces the current pairs of its two units when it is clearly more similar than both. Symmetric: the anchors,
 * the gaps and the rule read the same whichever version is old. Pairs by author id or same text are never undone.
 */
function repairGaps(
  olds: readonly Unit[],
  news: readonly Unit[],
  pa: Int32Array,
  pb: Int32Array,
  reason: (PairReason | null)[],
  weights: WordWeights,
  options: CompareOptions,
): void {
  const n = olds.length;
  const m = news.length;
  if (n === 0 || m === 0) return;
  const locked = (i: number): boolean => reason[i] === 'author-id' || reason[i] === 'same-text';
  const partnerDice = (u: Unit, j: number): number => (j === -1 ? 0 : weights.dice(u, news[j]!));
  for (let pass = 0; pass < GAP_PASSES; pass++) {
    // Anchors: pairs in place relative to a neighbour (or at both starts or both ends).
    const anchorOld = new Uint8Array(n);
    const anchorNewBefore = new Int32Array(m + 1); // anchors among new units [0, j)
    const isAnchor = (i: number): boolean => {
      const j = pa[i]!;
      if (j === -1) return false;
      if ((i === 0 && j === 0) || (i === n - 1 && j === m - 1)) return true;
      return (i > 0 && j > 0 && pa[i - 1] === j - 1) || (i + 1 < n && j + 1 < m && pa[i + 1] === j + 1);
    };
    const anchorNew = new Uint8Array(m);
    for (let i = 0; i < n; i++) {
      if (isAnchor(i)) {
        anchorOld[i] = 1;
        anchorNew[pa[i]!] = 1;
      }
    }
    for (let j = 0; j < m; j++) anchorNewBefore[j + 1] = anchorNewBefore[j]! + anchorNew[j]!;
    let changed = false;
    let i0 = -1;
    let j0 = -1;
    for (let i1 = 0; i1 <= n; i1++) {
      if (i1 < n && anchorOld[i1] === 0) continue;
      const j1 = i1 === n ? m : pa[i1]!;
      // A gap: the two anchors follow each other in both versions, and both sides hold units.
      const gapOld = i1 - i0 - 1;
      const gapNew = j1 - j0 - 1;
      if (j1 > j0 && anchorNewBefore[j1]! - anchorNewBefore[j0 + 1]! === 0 && gapOld > 0 && gapNew > 0 && gapOld <= GAP_MAX && gapNew <= GAP_MAX) {
        if (repairGap(i0 + 1, i1, j0 + 1, j1)) changed = true;
      }
      i0 = i1;
      j0 = j1;
    }
    if (!changed) return;
  }

  function repairGap(oldFrom: number, oldTo: number, newFrom: number, newTo: number): boolean {
    const edges: Edge[] = [];
    for (let i = oldFrom; i < oldTo; i++) {
      if (locked(i)) continue;
      const u = olds[i]!;
      for (let j = newFrom; j < newTo; j++) {
        if (pb[j] !== -1 && locked(pb[j]!)) continue;
        const v = news[j]!;
        const sim = weights.dice(u, v);
        if (sim < options.minPairSimilarity) continue;
        const score = sim + prior(u, v, olds, news, pa) + tieBreak(u, v, n, m);
        if (score >= options.matchThreshold) edges.push({ left: i, right: j, score });
      }
    }
    if (edges.length === 0) return false;
    const proposals = assignPairs(edges)
      .filter((e) => pa[e.left] !== e.right)
      .map((e) => ({ i: e.left, j: e.right, sim: weights.dice(olds[e.left]!, news[e.right]!) }))
      .sort((x, y) => y.sim - x.sim || x.i + x.j - (y.i + y.j) || x.i - y.i);
    let changed = false;
    for (const { i, j, sim } of proposals) {
      if (pa[i] === j) continue;
      const oldNow = pa[i]!;
      const newNow = pb[j]!;
      if (sim < partnerDice(olds[i]!, oldNow) + GAP_MARGIN) continue;
      if (newNow !== -1 && sim < partnerDice(olds[newNow]!, j) + GAP_MARGIN) continue;
      if (oldNow !== -1) pb[oldNow] = -1;
      if (newNow !== -1) {
        pa[newNow] = -1;
        reason[newNow] = null;
      }
      link(pa, pb, i, j);
      reason[i] = 'similar';
      changed = true;
    }
    return changed;
  }
}

/**
 * Indexes (into `values`) of the heaviest strictly increasing subsequence: the in-order run that keeps the most
 * text in place, so that when a short point and a long one swap, the short one is the one reported as moved.
 * O(n log n) with a Fenwick tree of prefix maxima over the ranks of the values; ties keep the earlier run.
 */
export function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  const n = values.length;
  const ranks = [...values.keys()].sort((a, b) => values[a]! - values[b]!);
  const rankOf = new Int32Array(n);
  ranks.forEach((k, r) => {
    rankOf[k] = r + 1;
  });
  const treeWeight = new Float64Array(n + 1);
  const treeIndex = new Int32Array(n + 1).fill(-1);
  const best = new Float64Array(n);
  const previous = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    let bestWeight = 0;
    let bestIndex = -1;
    for (let r = rankOf[k]! - 1; r > 0; r -= r & -r) {
      if (treeWeight[r]! > bestWeight) {
        bestWeight = treeWeight[r]!;
        bestIndex = treeIndex[r]!;
      }
    }
    best[k] = bestWeight + weights[k]!;
    previous[k] = bestIndex;
    for (let r = rankOf[k]!; r <= n; r += r & -r) {
      if (best[k]! > treeWeight[r]!) {
        treeWeight[r] = best[k]!;
        treeIndex[r] = k;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < n; k++) if (end === -1 || best[k]! > best[end]!) end = k;
  const out = new Set<number>();
  for (let k = end; k !== -1; k = previous[k]!) out.add(k);
  return out;
}

/** Text length of each unit plus that of all its sub-units (units are in pre-order, so children follow parents). */
function subtreeWeights(units: readonly Unit[]): number[] {
  const weight = units.map((u) => 1 + (u.clause?.text.length ?? u.block?.text.length ?? 0));
  for (let i = units.length - 1; i >= 0; i--) {
    const parent = units[i]!.parent;
    if (parent !== -1) weight[parent]! += weight[i]!;
  }
  return weight;
}

/** Whether the partners of `list` are strictly increasing. */
function isIncreasing(list: readonly number[], pa: Int32Array): boolean {
  for (let k = 1; k < list.length; k++) if (pa[list[k]!]! <= pa[list[k - 1]!]!) return false;
  return true;
}

/** Which paired old units moved: to another parent, or out of the longest in-order run among their siblings. */
function findMoved(olds: readonly Unit[], news: readonly Unit[], pa: Int32Array, groupOfOld: Int32Array, groupOfNew: Int32Array): boolean[] {
  const moved = olds.map(() => false);
  const siblings = new Map<number, number[]>();
  for (const u of olds) {
    const j = pa[u.index]!;
    if (j === -1) continue;
    const v = news[j]!;
    const sameParent =
      (u.parent === -1 && v.parent === -1) ||
      (u.parent !== -1 && v.parent !== -1 && (pa[u.parent] === v.parent || (groupOfOld[u.parent] !== -1 && groupOfOld[u.parent] === groupOfNew[v.parent])));
    if (!sameParent) {
      moved[u.index] = true;
      continue;
    }
    // Children of the parts of a split or merge are siblings of one another: key them by the group, so the
    // order of all of them is compared (and the same sets of siblings are formed in both directions).
    const key = u.parent !== -1 && groupOfOld[u.parent] !== -1 ? -2 - groupOfOld[u.parent]! : u.parent;
    const list = siblings.get(key);
    if (list === undefined) siblings.set(key, [u.index]);
    else list.push(u.index);
  }
  // A pair weighs the text of both its sides and of their sub-points, so a long point stays in place and a short
  // one that jumped it is the one marked moved. The weight is the same whichever version is called old, and the
  // number of pairs breaks ties, so both directions mark the same number of moves.
  const oldWeight = subtreeWeights(olds);
  const newWeight = subtreeWeights(news);
  const tieBreak = olds.length + news.length + 1;
  for (const list of siblings.values()) {
    // Partners already in order: the whole list is the heaviest increasing run (every weight is positive).
    if (isIncreasing(list, pa)) continue;
    const weights = list.map((i) => (oldWeight[i]! + newWeight[pa[i]!]!) * tieBreak + 1);
    const keep = heaviestIncreasing(list.map((i) => pa[i]!), weights);
    list.forEach((i, k) => {
      if (!keep.has(k)) moved[i] = true;
    });
  }
  return moved;
}

/** Aligns two lists of units: author ids, same text, similarity with priors, then splits and merges. */
export function alignUnits(olds: Unit[], news: Unit[], options: CompareOptions): UnitAlignment {
  const pa = new Int32Array(olds.length).fill(-1);
  const pb = new Int32Array(news.length).fill(-1);
  const reason: (PairReason | null)[] = olds.map(() => null);
  matchAuthorIds(olds, news, pa, pb, reason);
  matchSameText(olds, news, pa, pb, reason);
  const weights = new WordWeights([...olds.filter((u) => pa[u.index] === -1), ...news.filter((v) => pb[v.index] === -1)]);
  matchSimilar(olds, news, pa, pb, reason, weights, options);
  repairGaps(olds, news, pa, pb, reason, weights, options);
  const groups = findGroups(olds, news, pa, pb, weights, options);
  const groupOfOld = new Int32Array(olds.length).fill(-1);
  const groupOfNew = new Int32Array(news.length).fill(-1);
  groups.forEach((group, g) => {
    for (const i of group.old) groupOfOld[i] = g;
    for (const j of group.new) groupOfNew[j] = g;
  });
  for (let i = 0; i < olds.length; i++) if (groupOfOld[i] !== -1) reason[i] = null;
  const moved = findMoved(olds, news, pa, groupOfOld, groupOfNew);
  return { old: olds, new: news, oldPartner: pa, newPartner: pb, reason, groups, moved };
}

/** Aligns the clauses (every depth, across parents) and the blocks of two versions. */
export function alignClauses(oldDraft: Draft, newDraft: Draft, options: CompareOptions): Alignment {
  // Blocks first, for the reason `compareResolved` builds their changes first.
  const blocks = alignUnits(blockUnits(oldDraft), blockUnits(newDraft), options);
  return { clauses: alignUnits(clauseUnits(oldDraft), clauseUnits(newDraft), options), blocks };
}
