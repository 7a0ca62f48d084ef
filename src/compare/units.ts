import type { Block, Clause, Draft } from '../model/index.js';
import { SMALL_WORDS, normalisePlain, plainTypography, wordsOf, wordsOfPlain } from './tokens.js';

/**
 * What word weights need of one unit, computed once: its words as ids, the sum of their weights, its rarest words.
 * Kept on the unit itself, since looking it up in a map keyed by units costs as much as the measures that use it.
 */
export interface UnitWords {
  /** The weights that computed it: the ids are theirs. */
  owner: object;
  /** The unit's content words as ids, in the order of `unit.words`. */
  ids: Int32Array;
  /** Sum of the weights of the unit's words, added in that order. */
  mass: number;
  /** The ids of the unit's rarest words, once asked for. */
  probes: Int32Array | null;
}

/** A clause or block flattened for alignment, with what matching needs computed on first use. */
export class Unit {
  private cachedBody: string | undefined;
  private cachedPlainBody: string | undefined;
  private cachedKey: string | undefined;
  private cachedWords: string[] | undefined;
  /** Indexes of the child units. */
  readonly children: number[] = [];
  /** What the word weights last built over this unit computed of it (see `WordWeights`), or null. */
  weighed: UnitWords | null = null;

  constructor(
    /** Index in the flat list of its kind (clauses in pre-order, or blocks in reading order). */
    readonly index: number,
    /** The clause, when the unit is one. */
    readonly clause: Clause | null,
    /** The block, when the unit is one. */
    readonly block: Block | null,
    /** Index of the parent unit, or -1 at the top. */
    readonly parent: number,
    /** Depth in the clause tree (0 at the top; blocks 0). */
    readonly depth: number,
  ) {}

  /** Id of the clause or block. */
  get id(): string {
    return this.clause?.id ?? this.block!.id;
  }

  /** The author's stable id, when the author gave one. */
  get authorId(): string | null {
    return this.clause?.idSource === 'author' ? this.clause.id : null;
  }

  /** Reading order in the draft. */
  get order(): number {
    return this.clause?.order ?? this.block!.order;
  }

  /** Number value, or null. */
  get numValue(): string | null {
    return this.clause?.numValue ?? null;
  }

  /** The text matched exactly: the clause's text, or its heading when the text is empty. */
  get body(): string {
    if (this.cachedBody === undefined) {
      const clause = this.clause;
      if (clause === null) this.cachedBody = this.block!.text;
      else this.cachedBody = clause.text.trim() === '' ? (clause.heading ?? '') : clause.text;
    }
    return this.cachedBody;
  }

  /** `body` normalised for matching; '' when there is nothing. */
  get key(): string {
    this.cachedKey ??= normalisePlain(this.plainBody);
    return this.cachedKey;
  }

  /** `body` in plain typography and lower case: what `key` and, mostly, `allWords` are read from. */
  private get plainBody(): string {
    this.cachedPlainBody ??= plainTypography(this.body).toLowerCase();
    return this.cachedPlainBody;
  }

  /** `wordsOf(this.wordText)`: every word, repeats and small words included. */
  get allWords(): string[] {
    // Without a heading, `wordText` is `body` (or a space and `body`, or white space when `body` is empty), and a
    // space before a text adds no word and changes neither its plain nor its lower-case form: `plainBody` serves.
    if (this.block !== null || !this.clause!.heading) return wordsOfPlain(this.plainBody);
    return wordsOf(this.wordText);
  }

  /** Distinct content words of heading and text, small words left out, for similarity. */
  get words(): string[] {
    this.cachedWords ??= contentWords(this.wordText);
    return this.cachedWords;
  }

  /** The text `words` come from: heading and text. */
  get wordText(): string {
    return this.block !== null ? this.block.text : `${this.clause!.heading ?? ''} ${this.clause!.text}`;
  }
}

/** The distinct words of a text that carry meaning (small words left out, unless there is nothing else). */
export function contentWords(text: string): string[] {
  const words = wordsOf(text);
  const seen = new Set<string>();
  for (const word of words) if (!SMALL_WORDS.has(word)) seen.add(word);
  if (seen.size === 0) for (const word of words) seen.add(word);
  return [...seen];
}

/** Flattens a draft's clause tree (pre-order) into units. */
export function clauseUnits(draft: Draft): Unit[] {
  const units: Unit[] = [];
  const walk = (list: readonly Clause[], parent: number, depth: number): void => {
    for (const clause of list) {
      const index = units.length;
      units.push(new Unit(index, clause, null, parent, depth));
      // (Not `units[parent]?.`: reading index -1 of an array is a slow look-up, up the prototype chain.)
      if (parent !== -1) units[parent]!.children.push(index);
      walk(clause.children, index, depth + 1);
    }
  };
  walk(draft.clauses, -1, 0);
  return units;
}

/** Flattens a draft's blocks (reading order) into units. */
export function blockUnits(draft: Draft): Unit[] {
  return [...draft.blocks].sort((x, y) => x.order - y.order).map((block, index) => new Unit(index, null, block, -1, 0));
}
