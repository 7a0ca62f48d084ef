import { z } from 'zod';
import { BlockKind, Completeness, IsoDate, Status } from './draft.js';

/** Every kind of finding a comparison can report; the default severity of each is in `src/compare/finding-rules.ts`. */
export const FindingRule = z.enum([
  'clause-added',
  'clause-removed',
  'clause-moved',
  'clause-renumbered',
  'clause-split',
  'clause-merged',
  'not-reported',
  'number-changed',
  'duration-changed',
  'date-changed',
  'party-added',
  'party-removed',
  'obligation-strengthened',
  'obligation-weakened',
  'obligation-reversed',
  'condition-changed',
  'qualifier-changed',
  'quote-changed',
  'paraphrase-changed',
  'reference-broken',
  'reference-updated',
  'typography-changed',
]);
export type FindingRule = z.infer<typeof FindingRule>;

/** How much a finding matters to a reader: `major` changes what is agreed, `info` is bookkeeping. */
export const Severity = z.enum(['info', 'notice', 'major']);
export type Severity = z.infer<typeof Severity>;

/** What a change means, in words a journalist understands. */
export const Finding = z.object({
  /** Kebab-case rule id, e.g. `number-changed`. */
  rule: FindingRule,
  /** How much it matters (the rule's default severity). */
  severity: Severity,
  /** One sentence for the reader, e.g. `Troop ceiling changed: 600,000 → 800,000 (+33 %).` */
  message: z.string(),
  /** The old wording or value the finding is about, when there is one. */
  old: z.string().optional(),
  /** The new wording or value the finding is about, when there is one. */
  new: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** One step of a word diff; joining `equal`+`delete` gives the old text, `equal`+`insert` the new text. */
export const DiffOp = z.object({
  /** Whether the text is in both versions, only the old, or only the new. */
  op: z.enum(['equal', 'delete', 'insert']),
  /** The exact characters. */
  text: z.string(),
  /** True on a delete/insert pair that differs only in ways the options ignore (case, spacing, typography); renderers may show it as equal. */
  ignored: z.boolean().optional(),
});
export type DiffOp = z.infer<typeof DiffOp>;

/** A clause or block as one side of a change. */
export const ChangeSide = z.object({
  /** The clause's stable id or the block's id in its draft. */
  id: z.string(),
  /** Whether `id` was written by the author (`{#id}`) or derived from numbering or reading order (always for blocks). */
  idSource: z.enum(['author', 'derived']),
  /** The number as printed (`5.`, `(b)`); null for bullets and blocks. */
  num: z.string().nullable(),
  /** The label word before the number (`Article`, `Point`); null when none. */
  label: z.string().nullable(),
  /** The clause's heading; null when none (always null for blocks). */
  heading: z.string().nullable(),
  /** The clause's own text (without number, heading or sub-clauses), or the block's text. */
  text: z.string(),
  /** Number values from the top clause down (`["10","d"]`); empty for blocks. */
  path: z.array(z.string()),
  /** Id of the enclosing clause, or null at the top. */
  parent: z.string().nullable(),
  /** What kind of block it is; null for clauses. */
  blockKind: BlockKind.nullable(),
  /** Index in the draft's reading order (`Clause.order` / `Block.order`). */
  order: z.number().int().min(0),
});
export type ChangeSide = z.infer<typeof ChangeSide>;

/** What happened to a clause or block between the two versions. */
export const ChangeStatus = z.enum(['unchanged', 'modified', 'added', 'removed', 'split', 'merged']);
export type ChangeStatus = z.infer<typeof ChangeStatus>;

/** One entry of a comparison: a clause or block of one or both versions and what happened to it. */
export const Change = z.object({
  /** Stable key for links and anchors, built from the ids on both sides, e.g. `clause:5>6`. */
  key: z.string(),
  /** `clause` for numbered or bulleted points, `block` for non-clause text. */
  kind: z.enum(['clause', 'block']),
  /** What happened to the text (a renumbering or move alone leaves it `unchanged`). */
  status: ChangeStatus,
  /** True when the clause is out of its old order among its siblings, or now sits under another parent. */
  moved: z.boolean(),
  /** True when the number value changed (`5` → `6`). */
  renumbered: z.boolean(),
  /** True when the clause is absent from a version marked `completeness: partial`: unknown there, neither added nor removed. */
  notReported: z.boolean(),
  /** Depth in the clause tree (0 for top-level clauses and for blocks), on the new side when there is one. */
  depth: z.number().int().min(0),
  /** Old side: null when added; an array (in reading order) for a merge. */
  old: z.union([ChangeSide, z.array(ChangeSide)]).nullable(),
  /** New side: null when removed; an array (in reading order) for a split. */
  new: z.union([ChangeSide, z.array(ChangeSide)]).nullable(),
  /** Share of words kept, 0..1 (1 for unchanged, 0 for added/removed). */
  similarity: z.number().min(0).max(1),
  /** Word diff of the texts; an array side's text is its items' texts joined by a blank line (`\n\n`). */
  diff: z.array(DiffOp),
  /** Word diff of the headings when either side has one; null otherwise and for splits and merges. */
  headingDiff: z.array(DiffOp).nullable(),
  /** What the change means. */
  findings: z.array(Finding),
});
export type Change = z.infer<typeof Change>;
/** Alias named after the DESIGN's wording: a change of one clause. */
export const ClauseChange = Change;
export type ClauseChange = Change;

/** The identity of a compared version. */
export const VersionHeader = z.object({
  /** Draft id. */
  id: z.string(),
  /** Draft title. */
  title: z.string(),
  /** Draft date, or null. */
  date: IsoDate.nullable(),
  /** How the version became known, or null. */
  status: Status.nullable(),
  /** Whether the file holds the whole version. */
  completeness: Completeness,
});
export type VersionHeader = z.infer<typeof VersionHeader>;

/** Counts over the changes; status counts are over clause changes only, word counts over clauses and blocks. */
export const Summary = z.object({
  /** Clauses only in the new version (not counting not-reported ones). */
  added: z.number().int().min(0),
  /** Clauses only in the old version (not counting not-reported ones). */
  removed: z.number().int().min(0),
  /** Clauses whose text or heading changed. */
  modified: z.number().int().min(0),
  /** Of the modified clauses, those whose only change is cross-references that follow the renumbering (`reference-updated`). */
  referencesOnly: z.number().int().min(0),
  /** Clauses whose text and heading are the same. */
  unchanged: z.number().int().min(0),
  /** Clauses that moved. */
  moved: z.number().int().min(0),
  /** Clauses whose number changed. */
  renumbered: z.number().int().min(0),
  /** Old clauses split into several new ones. */
  split: z.number().int().min(0),
  /** New clauses made of several old ones. */
  merged: z.number().int().min(0),
  /** Clauses missing from a partial version: unknown there. */
  notReported: z.number().int().min(0),
  /** Blocks (non-clause text) added, removed or changed. */
  blocksChanged: z.number().int().min(0),
  /** Words inserted, over all changes (not-reported ones excluded). */
  wordsInserted: z.number().int().min(0),
  /** Words deleted, over all changes (not-reported ones excluded). */
  wordsDeleted: z.number().int().min(0),
  /** Findings by severity. */
  findings: z.object({
    /** Findings of severity `info`. */
    info: z.number().int().min(0),
    /** Findings of severity `notice`. */
    notice: z.number().int().min(0),
    /** Findings of severity `major`. */
    major: z.number().int().min(0),
  }),
});
export type Summary = z.infer<typeof Summary>;

/** The result of comparing two versions: the JSON contract every renderer consumes (DESIGN §4). */
export const Comparison = z.object({
  /** The older version. */
  old: VersionHeader,
  /** The newer version. */
  new: VersionHeader,
  /** Counts. */
  summary: Summary,
  /** Share of the text kept over both versions, 0..1: each change's similarity weighted by its length (not-reported ones left out). */
  similarity: z.number().min(0).max(1),
  /** Every clause (any depth) and block of both versions exactly once, in reading order. */
  changes: z.array(Change),
});
export type Comparison = z.infer<typeof Comparison>;
