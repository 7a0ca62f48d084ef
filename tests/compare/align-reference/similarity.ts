// Frozen copy of src/compare/similarity.ts before the speed work (commit 8cf1940): the plain definition the
// alignment's shortcuts are proved equal to in tests/compare/align-fast-paths.test.ts. Deliberately duplicated; do not edit.
import type { Unit } from './units.js';

/** How many rarest words of a unit are looked up in the inverted index. */
const PROBE_WORDS = 6;
/** Postings longer than this are too common to propose candidates. */
const MAX_POSTINGS = 32;

/** Word weights over both versions (rare words weigh more), and weighted set measures on units. */
export class WordWeights {
  private readonly df = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private readonly total: number;
  private readonly unseen: number;
  private readonly sums = new Map<Unit, number>();
  private readonly rare = new Map<Unit, string[]>();
  /**
   * Words as small integers, so that `shared` compares numbers instead of looking strings up in sets: each word's
   * id, its weight by id, each unit's words as ids (in the order of `unit.words`, so every sum adds the same
   * weights in the same order as it would over the words), and a mark per id for the words of the unit last seen
   * as `b` of `shared`.
   */
  private readonly ids = new Map<string, number>();
  private readonly weightOfId: number[] = [];
  private readonly unitIds = new Map<Unit, Int32Array>();
  private marks = new Int32Array(0);
  private mark = 0;
  private marked: Unit | null = null;

  /** Counts in how many units each word occurs. */
  constructor(units: readonly Unit[]) {
    for (const unit of units) for (const word of unit.words) this.df.set(word, (this.df.get(word) ?? 0) + 1);
    this.total = Math.max(1, units.length);
    for (const [word, n] of this.df) this.weights.set(word, Math.log(1 + this.total / n));
    this.unseen = Math.log(1 + this.total);
  }

  /** Document frequency of a word. */
  frequency(word: string): number {
    return this.df.get(word) ?? 0;
  }

  /** Inverse document frequency weight of a word. */
  weight(word: string): number {
    return this.weights.get(word) ?? this.unseen;
  }

  /** A unit's words as ids (see `ids`), given on first use. */
  private idsOf(unit: Unit): Int32Array {
    let list = this.unitIds.get(unit);
    if (list === undefined) {
      const words = unit.words;
      list = new Int32Array(words.length);
      for (let k = 0; k < words.length; k++) {
        const word = words[k]!;
        let id = this.ids.get(word);
        if (id === undefined) {
          id = this.weightOfId.length;
          this.ids.set(word, id);
          this.weightOfId.push(this.weight(word));
        }
        list[k] = id;
      }
      this.unitIds.set(unit, list);
    }
    return list;
  }

  /** Sum of the weights of a unit's words. */
  mass(unit: Unit): number {
    let sum = this.sums.get(unit);
    if (sum === undefined) {
      sum = 0;
      for (const word of unit.words) sum += this.weight(word);
      this.sums.set(unit, sum);
    }
    return sum;
  }

  /** Weight of the words two units share: the weights of `a`'s words that `b` holds, summed in `a`'s order. */
  shared(a: Unit, b: Unit): number {
    const inA = this.idsOf(a);
    const inB = this.idsOf(b);
    if (this.marks.length < this.weightOfId.length) {
      this.marks = new Int32Array(Math.max(this.weightOfId.length, 2 * this.marks.length));
      this.marked = null;
    }
    if (this.marked !== b) {
      this.mark++;
      for (let k = 0; k < inB.length; k++) this.marks[inB[k]!] = this.mark;
      this.marked = b;
    }
    const marks = this.marks;
    const mark = this.mark;
    const weightOfId = this.weightOfId;
    let sum = 0;
    for (let k = 0; k < inA.length; k++) {
      const id = inA[k]!;
      if (marks[id] === mark) sum += weightOfId[id]!;
    }
    return sum;
  }

  /** Weighted Dice similarity of two units' word sets, 0..1 (1 when both are empty). */
  dice(a: Unit, b: Unit): number {
    const total = this.mass(a) + this.mass(b);
    if (total === 0) return a.key === b.key ? 1 : 0;
    return (2 * this.shared(a, b)) / total;
  }

  /** Share of `part`'s word weight found in `whole`, 0..1. */
  containment(part: Unit, whole: Unit): number {
    const mass = this.mass(part);
    return mass === 0 ? 0 : this.shared(part, whole) / mass;
  }

  /** A unit's rarest words (ties by spelling), the ones worth looking up. */
  probes(unit: Unit): string[] {
    let probes = this.rare.get(unit);
    if (probes === undefined) {
      // The first PROBE_WORDS of the words sorted by (frequency, spelling), kept by insertion instead of sorting them
      // all: the words of a unit are distinct, so the order is total and the result the same.
      const list: string[] = [];
      const counts: number[] = [];
      for (const word of unit.words) {
        const n = this.frequency(word);
        let k = list.length;
        while (k > 0 && (n < counts[k - 1]! || (n === counts[k - 1]! && word < list[k - 1]!))) k--;
        if (k >= PROBE_WORDS) continue;
        list.splice(k, 0, word);
        counts.splice(k, 0, n);
        if (list.length > PROBE_WORDS) {
          list.pop();
          counts.pop();
        }
      }
      probes = list;
      this.rare.set(unit, probes);
    }
    return probes;
  }
}

/** An inverted index from words to units, for proposing candidates without comparing all pairs. */
export class WordIndex {
  private readonly postings = new Map<string, number[]>();
  private hits = new Int32Array(0);

  /** Indexes the given units (by their `index`). */
  constructor(
    units: Iterable<Unit>,
    private readonly weights: WordWeights,
  ) {
    let size = 0;
    for (const unit of units) {
      size = Math.max(size, unit.index + 1);
      for (const word of unit.words) {
        const list = this.postings.get(word);
        if (list === undefined) this.postings.set(word, [unit.index]);
        else if (list.length <= MAX_POSTINGS) list.push(unit.index);
      }
    }
    this.hits = new Int32Array(size);
  }

  /** Up to `limit` indexed units sharing the most of the probe's rare words, best first, ties by index. */
  candidates(probe: Unit, limit: number): number[] {
    const hits = this.hits;
    const touched: number[] = [];
    for (const word of this.weights.probes(probe)) {
      const list = this.postings.get(word);
      if (list === undefined || list.length > MAX_POSTINGS) continue;
      for (const index of list) if (hits[index]!++ === 0) touched.push(index);
    }
    touched.sort((x, y) => hits[y]! - hits[x]! || x - y);
    for (const index of touched) hits[index] = 0;
    if (touched.length > limit) touched.length = limit;
    return touched;
  }
}
