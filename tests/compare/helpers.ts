import { Draft } from '../../src/model/index.js';
import type { Block, BlockKind, Clause, Facts, Quote } from '../../src/model/index.js';

/** Runs of a property test: `DRAFTDIFF_PROPERTY_RUNS` when set, else the given default. */
export function propertyRuns(fallback: number): number {
  const value = Number(process.env['DRAFTDIFF_PROPERTY_RUNS']);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

/** A clause in a test draft. */
export interface ClauseSpec {
  /** Number as printed (`5.`, `(b)`, `Article 5`); omitted or null for a bullet. */
  num?: string | null;
  /** Author id (`{#id}`), making `idSource: 'author'`. */
  id?: string;
  heading?: string;
  text: string;
  facts?: Partial<Facts>;
  quotes?: Quote[];
  children?: Item[];
}

/** A non-clause block in a test draft. */
export interface BlockSpec {
  block: string;
  kind?: BlockKind;
  quotes?: Quote[];
}

/** A clause or a block. */
export type Item = ClauseSpec | BlockSpec;

/** Draft-level settings of a test draft. */
export interface DraftSpec {
  id?: string;
  status?: Draft['status'];
  completeness?: Draft['completeness'];
  date?: string | null;
}

const EMPTY_FACTS: Facts = { parties: [], obligations: [], terms: [], numbers: [], dates: [], references: [] };
const SHA = '0'.repeat(64);

function parseNum(num: string): { label: string | null; value: string } {
  const match = /^(?:([\p{L}§]+)\s*)?\(?([0-9]+(?:\.[0-9]+)*|[a-z]+|[A-Z]+)\)?\.?$/u.exec(num.trim());
  if (match === null) return { label: null, value: num };
  return { label: match[1] ?? null, value: match[2] ?? num };
}

/** Builds a `Draft` directly (validated with `Draft.parse`), numbering and ordering it as the reader would. */
export function makeDraft(items: readonly Item[], spec: DraftSpec = {}): Draft {
  let order = 0;
  const blocks: Block[] = [];
  const pos = (): Draft['clauses'][number]['position'] => ({
    start: { line: order + 1, column: 1, offset: order * 10 },
    end: { line: order + 1, column: 2, offset: order * 10 + 1 },
  });
  const build = (list: readonly Item[], parentPath: string[], parent: string | null): Clause[] => {
    const clauses: Clause[] = [];
    let bullet = 0;
    for (const item of list) {
      if ('block' in item) {
        blocks.push({
          id: `block-${blocks.length + 1}`,
          kind: item.kind ?? 'paragraph',
          text: item.block,
          parent,
          wording: 'verbatim',
          quotes: item.quotes ?? [],
          order,
          position: pos(),
        });
        order++;
        continue;
      }
      const parsed = item.num === undefined || item.num === null ? null : parseNum(item.num);
      const value = parsed === null ? `•${++bullet}` : parsed.value;
      const path = [...parentPath, value];
      const id = item.id ?? path.join('.');
      const clause: Clause = {
        id,
        idSource: item.id === undefined ? 'derived' : 'author',
        num: item.num ?? null,
        numValue: parsed === null ? null : parsed.value,
        label: parsed?.label ?? null,
        style: parsed === null ? 'bullet' : /^\d/.test(parsed.value) ? 'decimal' : 'lower-alpha',
        path,
        heading: item.heading ?? null,
        text: item.text,
        wording: 'verbatim',
        quotes: item.quotes ?? [],
        facts: { ...EMPTY_FACTS, ...item.facts },
        order,
        position: pos(),
        children: [],
      };
      order++;
      clause.children = build(item.children ?? [], path, id);
      clauses.push(clause);
    }
    return clauses;
  };
  const clauses = build(items, [], null);
  const id = spec.id ?? 'draft';
  return Draft.parse({
    id,
    title: id,
    date: spec.date ?? null,
    follows: null,
    agreement: null,
    source: null,
    status: spec.status ?? null,
    completeness: spec.completeness ?? 'full',
    parties: [],
    modelledOn: [],
    notes: null,
    hasFrontMatter: false,
    blocks,
    clauses,
    file: { path: `${id}.md`, sha256: SHA },
  });
}

/** Numbered top-level clauses `1.`, `2.`, … from texts. */
export function numbered(texts: readonly string[], spec: DraftSpec = {}): Draft {
  return makeDraft(
    texts.map((text, index) => ({ num: `${index + 1}.`, text })),
    spec,
  );
}

/** All clauses of a draft, any depth, in reading order. */
export function allClauses(draft: Draft): Clause[] {
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
