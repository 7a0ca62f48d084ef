import { PART_SEPARATOR } from '../compare/build-change.js';
import type { Change, ChangeSide, Finding, Severity } from '../model/index.js';
import { blockLabel, printedNumber, printedNumbers, SEVERITY_LABELS, sidesName, sidesOf } from './names.js';
import { cutParts, sideOps, toParagraphs, toSegments, visibleOps } from './segments.js';
import type { OpsMode, Paragraph, Segment } from './segments.js';

/** A short label on a change (`modified`, `moved`, `renumbered 5 → 6`), optionally linking elsewhere in the report. */
export interface Badge {
  /** Stable key for styling: `modified`, `added`, `removed`, `split`, `merged`, `moved`, `renumbered`, `not-reported`, `unchanged`. */
  key: string;
  /** The words shown. */
  label: string;
  /** Anchor (without `#`) of the place it links to, or null. */
  href: string | null;
  /** Words of the link, or null. */
  linkLabel: string | null;
}

/** A finding as templates show it. */
export interface FindingView {
  /** Kebab-case rule id, e.g. `number-changed`. */
  rule: string;
  /** `info`, `notice` or `major`. */
  severity: Severity;
  /** `Info`, `Notice` or `Major`. */
  severityLabel: string;
  /** The sentence for the reader. */
  message: string;
  /** The old value or wording, or null. */
  old: string | null;
  /** The new value or wording, or null. */
  new: string | null;
  /** True for a major finding. */
  isMajor: boolean;
  /** True for a notice. */
  isNotice: boolean;
  /** True for an info finding. */
  isInfo: boolean;
}

/** One clause or block of one side, for the side-by-side view. */
export interface PartView {
  /** Its number as printed (`5`, `(b)`, `Article 5`, `•`), or null for a block. */
  number: string | null;
  /** Its heading as runs (deletions only on the old side, insertions only on the new side); empty when none. */
  heading: Segment[];
  /** True when it has a heading. */
  hasHeading: boolean;
  /** Its text as paragraphs of runs. */
  paragraphs: Paragraph[];
}

/** A stretch of the inline redline: the whole text, or one part of a split (new numbers) or merge (old numbers). */
export interface InlinePart {
  /** The part's number (`6`), or null when the text is not cut into parts. */
  number: string | null;
  /** True when `number` is an old number (the parts of a merge). */
  isOld: boolean;
  /** Its text as redlined paragraphs. */
  paragraphs: Paragraph[];
}

/** One change of the comparison, shaped for templates. */
export interface ChangeView {
  /** The comparison's key, e.g. `clause:5>6`. */
  key: string;
  /** Unique, sanitised HTML id for permalinks, e.g. `c-6`, `c-old-7`, `b-block-2`. */
  anchor: string;
  /** `clause` or `block`. */
  kind: 'clause' | 'block';
  /** True for a clause. */
  isClause: boolean;
  /** True for a block (non-clause text). */
  isBlock: boolean;
  /** Label of a block's kind (`Text`, `Note`, `Section line`), or null for a clause. */
  blockLabel: string | null;
  /** The comparison's status: `unchanged`, `modified`, `added`, `removed`, `split`, `merged`. */
  status: Change['status'];
  /** Words for the status; for a not-reported clause `not reported in the old version` (never `added`/`removed`). */
  statusLabel: string;
  /** True when the text and heading are the same. */
  unchanged: boolean;
  /** True when the text or heading changed. */
  modified: boolean;
  /** True when only in the new version (and not merely unreported in the old one). */
  added: boolean;
  /** True when only in the old version (and not merely unreported in the new one). */
  removed: boolean;
  /** True when one old clause became several new ones. */
  split: boolean;
  /** True when several old clauses became one new one. */
  merged: boolean;
  /** True when the clause moved. */
  moved: boolean;
  /** True when its number changed. */
  renumbered: boolean;
  /** True when it is missing from a partial version: unknown there. */
  notReported: boolean;
  /** Which version did not report it, or null. */
  notReportedIn: 'old' | 'new' | null;
  /** True when nothing about it changed (no move, renumbering, finding or missing side): shown quietly or collapsed. */
  quiet: boolean;
  /** Depth in the clause tree (0 at the top). */
  depth: number;
  /** How to name it in links: the new side's name, else the old side's (`Point 6`, `Article 5`). */
  name: string;
  /** Number(s) on the old side (`5`, `2 + 3`), or null. */
  oldNumber: string | null;
  /** Number(s) on the new side, or null. */
  newNumber: string | null;
  /** The number to show when it did not change (or exists on one side only), or null for blocks. */
  number: string | null;
  /** True when both sides have numbers and they differ: show `oldNumber → newNumber`. */
  numberChanged: boolean;
  /** The heading as redlined runs; empty when neither side has one. */
  heading: Segment[];
  /** True when there is a heading to show. */
  hasHeading: boolean;
  /** The heading of the new version as plain text (of the old one when there is no new side), or null. */
  headingText: string | null;
  /** The text as redlined runs, not split into paragraphs (Markdown keeps blank lines inside CriticMarkup). */
  segments: Segment[];
  /** The text as redlined paragraphs (HTML and terminal). */
  paragraphs: Paragraph[];
  /** The text as redlined parts: one part, or a split's new clauses / a merge's old clauses each with its number. */
  parts: InlinePart[];
  /** True when there is any text. */
  hasText: boolean;
  /** The old side's clauses or block for the side-by-side view (several for a merge); empty when missing. */
  oldParts: PartView[];
  /** The new side's clauses or block (several for a split); empty when missing. */
  newParts: PartView[];
  /** What to say where the old side is missing (`Not in the old version`, `Not reported in this version`), or null. */
  oldMissing: string | null;
  /** What to say where the new side is missing, or null. */
  newMissing: string | null;
  /** Labels to show beside the heading. */
  badges: Badge[];
  /** Anchor of the note left at a moved clause's old place, or null. */
  movedFrom: string | null;
  /** What the change means. */
  findings: FindingView[];
  /** True when there are findings. */
  hasFindings: boolean;
  /** Share of words kept, 0..100. */
  similarityPercent: number;
}

/** Shapes one finding for templates. */
export function findingView(f: Finding): FindingView {
  return {
    rule: f.rule,
    severity: f.severity,
    severityLabel: SEVERITY_LABELS[f.severity],
    message: f.message,
    old: f.old ?? null,
    new: f.new ?? null,
    isMajor: f.severity === 'major',
    isNotice: f.severity === 'notice',
    isInfo: f.severity === 'info',
  };
}

function plain(text: string | null): Segment[] {
  return text === null || text === '' ? [] : toSegments([{ op: 'equal', text }]);
}

function partsOf(change: Change, sides: readonly ChangeSide[], side: 'old' | 'new', mode: OpsMode): PartView[] {
  if (sides.length === 0) return [];
  const ops = sideOps(change.diff, side, mode);
  const cut = sides.length > 1 ? cutParts(ops, sides.map((s) => s.text.length), PART_SEPARATOR, side) : [ops];
  if (cut === null) {
    return [{ number: printedNumbers(sides), heading: [], hasHeading: false, paragraphs: toParagraphs(ops) }];
  }
  return sides.map((s, index) => {
    const heading =
      sides.length === 1 && change.headingDiff !== null ? toSegments(sideOps(change.headingDiff, side, mode)) : plain(s.heading);
    return { number: printedNumber(s), heading, hasHeading: heading.length > 0, paragraphs: toParagraphs(cut[index] ?? []) };
  });
}

function inlineParts(ops: ReturnType<typeof visibleOps>, olds: readonly ChangeSide[], news: readonly ChangeSide[]): InlinePart[] {
  const whole: InlinePart[] = [{ number: null, isOld: false, paragraphs: toParagraphs(ops) }];
  const isOld = olds.length > 1;
  const sides = isOld ? olds : news;
  if (sides.length < 2) return whole;
  const cut = cutParts(ops, sides.map((s) => s.text.length), PART_SEPARATOR, isOld ? 'old' : 'new');
  if (cut === null) return whole;
  return sides.map((s, index) => ({ number: printedNumber(s), isOld, paragraphs: toParagraphs(cut[index] ?? []) }));
}

function statusLabel(change: Change, notReportedIn: 'old' | 'new' | null): string {
  if (notReportedIn !== null) return `not reported in the ${notReportedIn} version`;
  return change.status;
}

function badgesOf(change: Change, view: ChangeView, olds: readonly ChangeSide[], news: readonly ChangeSide[]): Badge[] {
  const badge = (key: string, label: string): Badge => ({ key, label, href: null, linkLabel: null });
  const out: Badge[] = [];
  if (view.notReportedIn !== null) out.push(badge('not-reported', view.statusLabel));
  else if (change.status === 'split') out.push(badge('split', `split into ${sidesName(news).replace(/^Points? /u, '')}`));
  else if (change.status === 'merged') out.push(badge('merged', `merged from ${sidesName(olds).replace(/^Points? /u, '')}`));
  else if (change.status !== 'unchanged') out.push(badge(change.status, change.status));
  if (change.moved) out.push(badge('moved', 'moved'));
  if (change.renumbered && view.oldNumber !== null && view.newNumber !== null) out.push(badge('renumbered', `renumbered ${view.oldNumber} → ${view.newNumber}`));
  if (out.length === 0) out.push(badge('unchanged', 'unchanged'));
  return out;
}

function headingSegments(change: Change, olds: readonly ChangeSide[], news: readonly ChangeSide[], mode: OpsMode): Segment[] {
  if (change.headingDiff !== null) return toSegments(visibleOps(change.headingDiff, mode));
  const sides = news.length > 0 ? news : olds;
  return sides.length === 1 ? plain(sides[0]!.heading) : [];
}

/** Shapes one change for templates (its `movedFrom` is filled in later, when the moved-from notes are placed). */
export function buildChangeView(change: Change, anchor: string): ChangeView {
  const olds = sidesOf(change.old);
  const news = sidesOf(change.new);
  const notReportedIn = !change.notReported ? null : olds.length === 0 ? 'old' : 'new';
  const mode: OpsMode = change.notReported ? 'neutral' : 'redline';
  const oldNumber = printedNumbers(olds);
  const newNumber = printedNumbers(news);
  const numberChanged = oldNumber !== null && newNumber !== null && oldNumber !== newNumber;
  const heading = headingSegments(change, olds, news, mode);
  const ops = visibleOps(change.diff, mode);
  const segments = toSegments(ops);
  const missing = (side: ChangeSide[]): string | null =>
    side.length > 0 ? null : change.notReported ? 'Not reported in this version' : `Not in the ${side === olds ? 'old' : 'new'} version`;
  const view: ChangeView = {
    key: change.key,
    anchor,
    kind: change.kind,
    isClause: change.kind === 'clause',
    isBlock: change.kind === 'block',
    blockLabel: change.kind === 'block' ? blockLabel((news[0] ?? olds[0])?.blockKind ?? 'paragraph') : null,
    status: change.status,
    statusLabel: statusLabel(change, notReportedIn),
    unchanged: change.status === 'unchanged',
    modified: change.status === 'modified',
    added: change.status === 'added' && !change.notReported,
    removed: change.status === 'removed' && !change.notReported,
    split: change.status === 'split',
    merged: change.status === 'merged',
    moved: change.moved,
    renumbered: change.renumbered,
    notReported: change.notReported,
    notReportedIn,
    quiet: change.status === 'unchanged' && !change.moved && !change.renumbered && !change.notReported && change.findings.length === 0,
    depth: change.depth,
    name: sidesName(news.length > 0 ? news : olds),
    oldNumber,
    newNumber,
    number: numberChanged ? newNumber : (newNumber ?? oldNumber),
    numberChanged,
    heading,
    hasHeading: heading.length > 0,
    headingText: (news[0] ?? olds[0])?.heading ?? null,
    segments,
    paragraphs: toParagraphs(ops),
    parts: inlineParts(ops, olds, news),
    hasText: segments.length > 0,
    oldParts: partsOf(change, olds, 'old', mode),
    newParts: partsOf(change, news, 'new', mode),
    oldMissing: missing(olds),
    newMissing: missing(news),
    badges: [],
    movedFrom: null,
    findings: change.findings.map(findingView),
    hasFindings: change.findings.length > 0,
    similarityPercent: Math.round(change.similarity * 100),
  };
  view.badges = badgesOf(change, view, olds, news);
  return view;
}
