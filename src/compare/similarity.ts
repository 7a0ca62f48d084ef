import { SMALL_WORDS } from './tokens.js';
import type { Unit, UnitWords } from './units.js';

/** How many rarest words of a unit are looked up in the inverted index. */
const PROBE_WORDS = 6;
/** Postings longer than this are too common to propose candidates. */
const MAX_POSTINGS = 32;

/** An Int32Array of at least `size` entries: `array` itself when large enough, else a larger copy of it. */
function atLeast(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (array.length >= size) return array;
  const larger = new Int32Array(Math.max(size, 2 * array.length));
  larger.set(array);
  return larger;
}

/**
 * Word weights over both versions (rare words weigh more), and weighted set measures on units.
 *
 * Words are small integers, so that the measures compare numbers instead of looking strings up in sets: each
 * spelling gets an id on first sight (small words too), with its weight by id; each unit's content words become ids once, in the order
 * of `unit.words` (read from the unit's text directly, without building the strings twice), so every sum adds the
 * same weights in the same order as it would over the words.
 */
export class WordWeights {
  private readonly idOf = new Map<string, number>();
  private readonly spelling: string[] = [];
  private readonly weightOfId: number[] = [];
  /** 1 for the ids of small words. */
  private readonly small: number[] = [];
  /** Document frequency by id, over the units the weights were built from (ids given later count 0). */
  private readonly df: Int32Array;
  private readonly total: number;
  private readonly unseen: number;
  /** Marks per id: for the words of the unit last seen as `b` of `shared`, or of the parts in `coverage`. */
  private marks = new Int32Array(0);
  private mark = 0;
  private marked: Unit | null = null;
  /** Marks per id for dropping the repeated words of a unit. */
  private seen = new Int32Array(0);
  private seenMark = 0;

  /** Counts in how many units each word occurs. */
  constructor(units: readonly Unit[]) {
    this.total = Math.max(1, units.length);
    this.unseen = Math.log(1 + this.total);
    const lists = units.map((unit) => this.wordIds(unit));
    const df = new Int32Array(this.spelling.length);
    for (const ids of lists) for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
    for (let id = 0; id < df.length; id++) if (df[id]! > 0) this.weightOfId[id] = Math.log(1 + this.total / df[id]!);
    this.df = df;
    units.forEach((unit, k) => {
      unit.weighed = { owner: this, ids: lists[k]!, mass: this.sum(lists[k]!), probes: null };
    });
  }

  /** Document frequency of a word. */
  frequency(word: string): number {
    const id = this.idOf.get(word);
    return id === undefined ? 0 : this.frequencyOf(id);
  }

  /** Inverse document frequency weight of a word. */
  weight(word: string): number {
    const id = this.idOf.get(word);
    return id === undefined ? this.unseen : this.weightOfId[id]!;
  }

  /** The id of a spelling, given on first sight (weighing as unseen until the constructor counts it). */
  private idFor(word: string): number {
    let id = this.idOf.get(word);
    if (id === undefined) {
      id = this.spelling.length;
      this.idOf.set(word, id);
      this.spelling.push(word);
      this.weightOfId.push(this.unseen);
      this.small.push(SMALL_WORDS.has(word) ? 1 : 0);
      this.seen = atLeast(this.seen, id + 1);
    }
    return id;
  }

  /** `contentWords(unit.wordText)` as ids: the distinct words that are not small, or all distinct words if none is. */
  private wordIds(unit: Unit): Int32Array {
    // Repeats are dropped by marking ids, which is cheaper than a Set of the words (one look-up per word either way).
    const words = unit.allWords;
    const out: number[] = [];
    let mark = ++this.seenMark;
    for (const word of words) {
      const id = this.idOf.get(word) ?? this.idFor(word);
      if (this.small[id] === 1 || this.seen[id] === mark) continue;
      this.seen[id] = mark;
      out.push(id);
    }
    if (out.length === 0) {
      mark = ++this.seenMark;
      for (const word of words) {
        const id = this.idOf.get(word)!;
        if (this.seen[id] === mark) continue;
        this.seen[id] = mark;
        out.push(id);
      }
    }
    return new Int32Array(out);
  }

  /** Sum of the weights of ids, in their order. */
  private sum(ids: Int32Array): number {
    let sum = 0;
    for (let k = 0; k < ids.length; k++) sum += this.weightOfId[ids[k]!]!;
    return sum;
  }

  private frequencyOf(id: number): number {
    return id < this.df.length ? this.df[id]! : 0;
  }

  /** What similarity needs of a unit (see `UnitWords`), computed on first use. */
  private of(unit: Unit): UnitWords {
    let entry = unit.weighed;
    if (entry === null || entry.owner !== this) {
      const ids = this.wordIds(unit);
      entry = { owner: this, ids, mass: this.sum(ids), probes: null };
      unit.weighed = entry;
    }
    return entry;
  }

  /** A unit's content words as ids (in the order of `unit.words`), for the index. */
  idsOf(unit: Unit): Int32Array {
    return this.of(unit).ids;
  }

  /** A unit's content words as the weights see them: the same as `unit.words`. */
  contentWordsOf(unit: Unit): string[] {
    return [...this.idsOf(unit)].map((id) => this.spelling[id]!);
  }

  /** Sum of the weights of a unit's words. */
  mass(unit: Unit): number {
    return this.of(unit).mass;
  }

  /** Marks the ids of `units` (the marks grown to every id given so far) and returns the mark. */
  private markAll(units: readonly Unit[]): number {
    const lists = units.map((unit) => this.idsOf(unit));
    const mark = this.nextMark();
    for (const ids of lists) this.markIds(ids, mark);
    return mark;
  }

  /** A fresh mark, the marks grown to every id given so far. */
  private nextMark(): number {
    if (this.marks.length < this.spelling.length) this.marks = atLeast(this.marks, this.spelling.length);
    return ++this.mark;
  }

  private markIds(ids: Int32Array, mark: number): void {
    const marks = this.marks;
    for (let k = 0; k < ids.length; k++) marks[ids[k]!] = mark;
  }

  /** Sum of the weights of `ids` that carry `mark`, in their order. */
  private markedSum(ids: Int32Array, mark: number): number {
    const marks = this.marks;
    const weightOfId = this.weightOfId;
    let sum = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (marks[id] === mark) sum += weightOfId[id]!;
    }
    return sum;
  }

  /** Weight of the words two units share: the weights of `a`'s words that `b` holds, summed in `a`'s order. */
  shared(a: Unit, b: Unit): number {
    return this.sharedOf(this.idsOf(a), b);
  }

  /** `shared` for `a`'s ids. */
  private sharedOf(inA: Int32Array, b: Unit): number {
    if (this.marked !== b || this.marks.length < this.spelling.length) {
      const inB = this.idsOf(b);
      this.markIds(inB, this.nextMark());
      this.marked = b;
    }
    return this.markedSum(inA, this.mark);
  }

  /** Weighted Dice similarity of two units' word sets, 0..1 (1 when both are empty). */
  dice(a: Unit, b: Unit): number {
    const inA = this.of(a);
    const total = inA.mass + this.of(b).mass;
    if (total === 0) return a.key === b.key ? 1 : 0;
    return (2 * this.sharedOf(inA.ids, b)) / total;
  }

  /** Share of `part`'s word weight found in `whole`, 0..1. */
  containment(part: Unit, whole: Unit): number {
    const mass = this.mass(part);
    return mass === 0 ? 0 : this.shared(part, whole) / mass;
  }

  /** Weighted share of `whole`'s words found in any of `parts`, 0..1. */
  coverage(whole: Unit, parts: readonly Unit[]): number {
    const mass = this.mass(whole);
    if (mass === 0) return 0;
    const mark = this.markAll(parts);
    this.marked = null;
    return this.markedSum(this.idsOf(whole), mark) / mass;
  }

  /** The ids of a unit's rarest words (ties by spelling), the ones worth looking up. */
  probeIds(unit: Unit): Int32Array {
    const entry = this.of(unit);
    if (entry.probes === null) {
      // The first PROBE_WORDS of the words sorted by (frequency, spelling), kept by insertion instead of sorting them
      // all: the words of a unit are distinct, so the order is total and the result the same.
      const list: number[] = [];
      const counts: number[] = [];
      for (const id of entry.ids) {
        const n = this.frequencyOf(id);
        // A word more frequent than the last of the six kept cannot be kept: skip it without reading its spelling.
        if (list.length === PROBE_WORDS && n > counts[PROBE_WORDS - 1]!) continue;
        const word = this.spelling[id]!;
        let k = list.length;
        while (k > 0 && (n < counts[k - 1]! || (n === counts[k - 1]! && word < this.spelling[list[k - 1]!]!))) k--;
        if (k >= PROBE_WORDS) continue;
        list.splice(k, 0, id);
        counts.splice(k, 0, n);
        if (list.length > PROBE_WORDS) {
          list.pop();
          counts.pop();
        }
      }
      entry.probes = new Int32Array(list);
    }
    return entry.probes;
  }

  /** A unit's rarest words (ties by spelling), the ones worth looking up. */
  probes(unit: Unit): string[] {
    return [...this.probeIds(unit)].map((id) => this.spelling[id]!);
  }
}

/**
 * The first `limit` of `indexes` in the order of most `hits` first, then lowest index: what sorting them all and
 * keeping the first `limit` gives (the order is total, as the indexes are distinct), kept by insertion instead, since
 * a probe touches dozens of units and only a few are kept.
 */
export function topHits(indexes: readonly number[], hits: Int32Array, limit: number): number[] {
  const best: number[] = [];
  for (const index of indexes) {
    const h = hits[index]!;
    let k = best.length;
    while (k > 0 && (h > hits[best[k - 1]!]! || (h === hits[best[k - 1]!]! && index < best[k - 1]!))) k--;
    if (k >= limit) continue;
    best.splice(k, 0, index);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** How many of `lists` hold each id (the ids are distinct within a list). */
function countIds(lists: readonly Int32Array[]): Int32Array {
  const count = new Int32Array(vocabularyOf(lists));
  for (const ids of lists) for (let k = 0; k < ids.length; k++) count[ids[k]!]!++;
  return count;
}

/** One more than the largest id of `lists` (0 when there is none). */
function vocabularyOf(lists: readonly Int32Array[]): number {
  let vocabulary = 0;
  for (const ids of lists) for (let k = 0; k < ids.length; k++) vocabulary = Math.max(vocabulary, ids[k]! + 1);
  return vocabulary;
}

/** Where each id's postings start, only ids in at most MAX_POSTINGS lists holding any (one more entry: the end). */
function postingStarts(count: Int32Array): Int32Array {
  const start = new Int32Array(count.length + 1);
  for (let id = 0; id < count.length; id++) start[id + 1] = start[id]! + (count[id]! <= MAX_POSTINGS ? count[id]! : 0);
  return start;
}

/** The postings: for each kept id, the `indexes` of the lists holding it, in the order of the lists. */
function fillPostings(lists: readonly Int32Array[], indexes: readonly number[], count: Int32Array, start: Int32Array): Int32Array {
  const postings = new Int32Array(start[count.length]!);
  const fill = start.slice(0, count.length);
  for (let u = 0; u < lists.length; u++) {
    const ids = lists[u]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (count[id]! <= MAX_POSTINGS) postings[fill[id]!++] = indexes[u]!;
    }
  }
  return postings;
}

/**
 * An inverted index from words (as ids of the weights) to units, for proposing candidates without comparing all
 * pairs. Only the postings of words in at most MAX_POSTINGS units are kept: longer ones are never read.
 */
export class WordIndex {
  /** How many indexed units hold each id (ids given after the index was built hold none). */
  private readonly count: Int32Array;
  /** Where each id's postings start in `postings` (and end, at the next id's start). */
  private readonly start: Int32Array;
  /** Unit indexes, by id, in the order the units were given. */
  private readonly postings: Int32Array;
  private readonly hits: Int32Array;

  /** Indexes the given units (by their `index`). */
  constructor(
    units: Iterable<Unit>,
    private readonly weights: WordWeights,
  ) {
    // Each loop is a function of its own: a constructor of several long loops is compiled while in its first loop,
    // then thrown away on reaching the next one (never run yet), again and again, on every index built.
    const indexes: number[] = [];
    const lists: Int32Array[] = [];
    for (const unit of units) {
      indexes.push(unit.index);
      lists.push(weights.idsOf(unit));
    }
    const count = countIds(lists);
    const start = postingStarts(count);
    const postings = fillPostings(lists, indexes, count, start);
    const size = indexes.reduce((most, index) => Math.max(most, index + 1), 0);
    this.count = count;
    this.start = start;
    this.postings = postings;
    this.hits = new Int32Array(size);
  }

  /** Up to `limit` indexed units sharing the most of the probe's rare words, best first, ties by index. */
  candidates(probe: Unit, limit: number): number[] {
    const hits = this.hits;
    const touched: number[] = [];
    const probes = this.weights.probeIds(probe);
    for (let q = 0; q < probes.length; q++) {
      const id = probes[q]!;
      if (id >= this.count.length) continue;
      for (let p = this.start[id]!; p < this.start[id + 1]!; p++) {
        const index = this.postings[p]!;
        if (hits[index]!++ === 0) touched.push(index);
      }
    }
    const best = topHits(touched, hits, limit);
    for (const index of touched) hits[index] = 0;
    return best;
  }
}
