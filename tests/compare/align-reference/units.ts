// Frozen copy of src/compare/units.ts before the speed work (commit 8cf1940): the plain definition the
// alignment's shortcuts are proved equal to in tests/compare/align-fast-paths.test.ts. Deliberately duplicated; do not edit.
import type { Block, Clause, Draft } from '../../../src/model/index.js';
import { SMALL_WORDS, normaliseText, wordsOf } from '../../../src/compare/tokens.js';

/** A clause or block flattened for alignment, with what matching needs computed on first use. */
export class Unit {
  private cachedKey: string | undefined;
  private cachedWords: string[] | undefined;
  /** Indexes of the child units. */
  readonly children: number[] = [];

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
    if (this.block !== null) return this.block.text;
    const clause = this.clause!;
    return clause.text.trim() === '' ? (clause.heading ?? '') : clause.text;
  }

  /** `body` normalised for matching; '' when there is nothing. */
  get key(): string {
    this.cachedKey ??= normaliseText(this.body);
    return this.cachedKey;
  }

  /** Distinct content words of heading and text, small words left out, for similarity. */
  get words(): string[] {
    this.cachedWords ??= contentWords(this.block !== null ? this.block.text : `${this.clause!.heading ?? ''} ${this.clause!.text}`);
    return this.cachedWords;
  }
}

/** The distinct words of a text that carry meaning (small words left out, unless there is nothing else). */
export function contentWords(text: string): string[] {
  const seen = new Set<string>();
  for (const word of wordsOf(text)) if (!SMALL_WORDS.has(word)) seen.add(word);
  if (seen.size === 0) for (const word of wordsOf(text)) seen.add(word);
  return [...seen];
}

/** Flattens a draft's clause tree (pre-order) into units. */
export function clauseUnits(draft: Draft): Unit[] {
  const units: Unit[] = [];
  const walk = (list: readonly Clause[], parent: number, depth: number): void => {
    for (const clause of list) {
      const index = units.length;
      units.push(new Unit(index, clause, null, parent, depth));
      units[parent]?.children.push(index);
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
