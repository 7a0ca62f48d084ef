import { z } from 'zod';
import { DiffOp, Finding, VersionHeader } from './comparison.js';
import { Status } from './draft.js';

/** Whether a clause of a lineage is in a version: `present`, `absent` (a full version lacks it), or `not-reported` (a partial version lacks it: unknown). */
export const LineageState = z.enum(['present', 'absent', 'not-reported']);
export type LineageState = z.infer<typeof LineageState>;

/**
 * What happened to a lineage in a version:
 * `introduced` (first seen, in the first version or after a full version without it),
 * `first-reported` (first seen after a partial version without it: whether it is new there is unknown),
 * `unchanged` / `modified` (against its last known text), `split` (its clause became several; see `related`),
 * `split-from` (it starts as a part of another lineage's clause), `merged` (other lineages' clauses joined its clause),
 * `merged-into` (its clause joined another lineage's clause; it ends here), `removed` (a full version dropped it),
 * `restored` (back after it was removed or merged away).
 */
export const LineageEvent = z.enum([
  'introduced',
  'first-reported',
  'unchanged',
  'modified',
  'split',
  'split-from',
  'merged',
  'merged-into',
  'removed',
  'restored',
]);
export type LineageEvent = z.infer<typeof LineageEvent>;

/** A clause of one version, as a lineage step names it. */
export const HistoryClause = z.object({
  /** The clause's id in that version (the author's `{#id}` or derived from its number). */
  id: z.string(),
  /** Whether `id` was written by the author. */
  idSource: z.enum(['author', 'derived']),
  /** The number as printed (`5.`, `(b)`), or null for a bullet. */
  num: z.string().nullable(),
  /** The label word before the number (`Article`, `Point`), or null. */
  label: z.string().nullable(),
  /** The clause's heading, or null. */
  heading: z.string().nullable(),
  /** The clause's own text (without number, heading or sub-clauses). */
  text: z.string(),
  /** Number values from the top clause down, e.g. `["10","d"]`. */
  path: z.array(z.string()),
  /** Index in that version's reading order. */
  order: z.number().int().min(0),
});
export type HistoryClause = z.infer<typeof HistoryClause>;

/** A change of number: the number as printed before and after (null for a bullet). */
export const Renumbering = z.object({
  /** The number before (in the last version where the clause was present). */
  from: z.string().nullable(),
  /** The number now. */
  to: z.string().nullable(),
});
export type Renumbering = z.infer<typeof Renumbering>;

/** One version of a lineage's timeline. */
export const LineageStep = z.object({
  /** Id of the version. */
  version: z.string(),
  /** Whether the lineage's clause is in that version. */
  state: LineageState,
  /** What happened there; null when nothing did (still absent, not reported, or not yet seen). */
  event: LineageEvent.nullable(),
  /** The clause in that version; null unless `state` is `present`. */
  clause: HistoryClause.nullable(),
  /** Id of the version the `diff` and `findings` compare against (the last where it was present); null when there is none. */
  base: z.string().nullable(),
  /** Number change against `base`, or null when the number is the same (or there is no base). */
  renumbered: Renumbering.nullable(),
  /** True when the clause moved out of its order among its siblings, or to another parent. */
  moved: z.boolean(),
  /** Ids of the other lineages in a split or merge; empty otherwise. */
  related: z.array(z.string()),
  /** Word diff of the text against `base` (for a split or merge, of the joined texts, as in the comparison); empty when there is nothing to compare. */
  diff: z.array(DiffOp),
  /** What the change means (the comparison's findings, including `not-reported`). */
  findings: z.array(Finding),
});
export type LineageStep = z.infer<typeof LineageStep>;

/** A phrase of a clause's latest text and the version that introduced it; the spans' texts join to the text exactly. */
export const AttributedSpan = z.object({
  /** The exact characters. */
  text: z.string(),
  /** Id of the version whose change brought these characters in (the first where they were seen). */
  version: z.string(),
});
export type AttributedSpan = z.infer<typeof AttributedSpan>;

/** Which version introduced each phrase of a clause's latest known wording. */
export const Attribution = z.object({
  /** Id of the version the latest known wording is from. */
  version: z.string(),
  /** The heading's phrases, or null when the clause has no heading. */
  heading: z.array(AttributedSpan).nullable(),
  /** The text's phrases; joined they give the clause's latest text exactly. */
  text: z.array(AttributedSpan),
});
export type Attribution = z.infer<typeof Attribution>;

/** Where a lineage stands in the latest version. */
export const LineageStatus = z.enum(['present', 'removed', 'merged', 'split', 'not-reported']);
export type LineageStatus = z.infer<typeof LineageStatus>;

/** A link from a lineage's clause to the text it is modelled on (`modelledOn`), e.g. Article 5 of a reference treaty. */
export const LineageModel = z.object({
  /** Id of the version that declares the link. */
  version: z.string(),
  /** Id of the draft holding the model text (often a `status: reference` draft, outside the history's versions). */
  draft: z.string(),
  /** Id of the model clause, or null for the whole draft. */
  target: z.string().nullable(),
});
export type LineageModel = z.infer<typeof LineageModel>;

/** One clause followed across all versions, through renumbering, splits, merges, removal and restoration. */
export const Lineage = z.object({
  /** Stable id: the author's `{#id}` when given, else the id of the clause where it starts (suffixed `@version` if taken). */
  id: z.string(),
  /** Whether `id` comes from the author's `{#id}`. */
  idSource: z.enum(['author', 'derived']),
  /** Id of the version where it was first seen. */
  appeared: z.string(),
  /** Ids of the versions where a full version dropped it (`removed`, `merged-into`, or a `split` it did not survive). */
  removed: z.array(z.string()),
  /** Ids of the versions where it came back after it was dropped. */
  restored: z.array(z.string()),
  /** Ids of the versions where its wording, heading or number changed, or where it was split or merged. */
  changed: z.array(z.string()),
  /** Where it stands in the latest version. */
  status: LineageStatus,
  /** Its clause in the last version where it was present. */
  latest: HistoryClause,
  /** Id of the last version where it was present. */
  latestVersion: z.string(),
  /** Which version introduced each phrase of its latest wording. */
  attribution: Attribution,
  /** Texts its clause is declared to be modelled on. */
  modelledOn: z.array(LineageModel),
  /** One step per version of the history, in version order. */
  steps: z.array(LineageStep),
});
export type Lineage = z.infer<typeof Lineage>;

/** A version of the history: the comparison header plus where it was read from. */
export const HistoryVersion = VersionHeader.extend({
  /** Id of the version it follows, or null. */
  follows: z.string().nullable(),
  /** Path of the file it was read from. */
  file: z.string(),
});
export type HistoryVersion = z.infer<typeof HistoryVersion>;

/** A draft that was given but is not a version of this history, and why. */
export const ExcludedDraft = z.object({
  /** Id of the draft. */
  id: z.string(),
  /** Its agreement, or null. */
  agreement: z.string().nullable(),
  /** Its status, or null. */
  status: Status.nullable(),
  /** `reference` (a reference text joins no other agreement's line) or `other-agreement`. */
  reason: z.enum(['reference', 'other-agreement']),
});
export type ExcludedDraft = z.infer<typeof ExcludedDraft>;

/** The clause history of one agreement across all its versions (`draftdiff history --format json`). */
export const History = z.object({
  /** Id of the agreement, or null when the drafts name none. */
  agreement: z.string().nullable(),
  /** The versions, oldest first (by `follows`, else by date). */
  versions: z.array(HistoryVersion),
  /** Every clause lineage: those in the latest version in its reading order, then the others, most recently seen first. */
  lineages: z.array(Lineage),
  /** Drafts given but left out of this history. */
  excluded: z.array(ExcludedDraft),
});
export type History = z.infer<typeof History>;
