import type { Change, Comparison, Severity, Summary, VersionHeader } from '../model/index.js';
import { buildChangeView } from './change-view.js';
import type { ChangeView, FindingView } from './change-view.js';
import { sanitiseAnchor } from './escape.js';
import { SEVERITY_LABELS, sidesName, sidesOf } from './names.js';

export type { Badge, ChangeView, FindingView, InlinePart, PartView } from './change-view.js';
export type { Paragraph, Segment, SegmentOp } from './segments.js';

/** One compared version, for the summary. */
export interface VersionView {
  /** `old` or `new`. */
  role: 'old' | 'new';
  /** `Old` or `New`. */
  roleLabel: string;
  /** Draft id. */
  id: string;
  /** Draft title. */
  title: string;
  /** ISO date, or null when the draft has none. */
  date: string | null;
  /** `reported`, `leaked`, `official`, `reference`, or null. */
  status: string | null;
  /** The status, or `not stated`. */
  statusLabel: string;
  /** `full` or `partial`. */
  completeness: string;
  /** `full text` or `partial: only what was reported`. */
  completenessLabel: string;
  /** True for a partial version. */
  partial: boolean;
}

/** One count of the summary (`3 modified`). */
export interface CountView {
  /** Field of `Summary` it comes from (`modified`, `notReported`, …). */
  key: string;
  /** The count. */
  count: number;
  /** Words after the count (`modified`, `not reported`, `other passages changed`). */
  label: string;
}

/** The summary of the comparison. */
export interface SummaryView {
  /** Clause counts that are not zero, in a fixed order (unchanged last). */
  counts: CountView[];
  /** Words inserted. */
  wordsInserted: number;
  /** Words deleted. */
  wordsDeleted: number;
  /** Share of the text kept over both versions, 0..100 (meaningless when `comparable` is false). */
  similarityPercent: number;
  /** True when some clause or block is in both versions or really added/removed, so `similarityPercent` says something. */
  comparable: boolean;
  /** Findings by severity, and their total. */
  findings: { major: number; notice: number; info: number; total: number };
  /** Changes that are not quiet (worth reading). */
  changedCount: number;
  /** The comparison's own summary, unchanged. */
  totals: Summary;
}

/** A finding listed in the summary, with a link to its clause. */
export interface FindingItemView extends FindingView {
  /** Anchor of the change it belongs to. */
  anchor: string;
  /** Name of that change (`Point 6`). */
  name: string;
}

/** The findings of one severity, for the summary. */
export interface FindingGroupView {
  /** `major`, `notice` or `info`. */
  severity: Severity;
  /** `Major`, `Notice` or `Info`. */
  label: string;
  /** How many. */
  count: number;
  /** The findings, in reading order. */
  items: FindingItemView[];
}

/** A note at a moved clause's old place, linking to where it is now. */
export interface MovedFromView {
  /** Anchor of this note (the moved clause's `movedFrom`). */
  anchor: string;
  /** Anchor of the moved clause. */
  target: string;
  /** The clause's old name (`Point 7`). */
  name: string;
  /** The clause's new name (`Point 5`). */
  newName: string;
  /** Depth of the clause. */
  depth: number;
}

/** A run of quiet (unchanged) changes collapsed into a count. */
export interface GapView {
  /** How many changes. */
  count: number;
  /** How many of them are clauses. */
  clauses: number;
  /** How many are blocks. */
  blocks: number;
  /** Words for it: `3 unchanged clauses`, `1 unchanged clause and 2 unchanged passages`. */
  label: string;
  /** The changes themselves (HTML shows them inside `<details>`). */
  changes: ChangeView[];
  /**
   * The clauses of the run that hold the change after it, outermost first ("Article 2" above its changed point 1):
   * shown after the count as context lines, number and heading, so that a nested point is never shown without its
   * place. Empty when the change after the run is at the top or its parents were shown.
   */
  context: ContextView[];
}

/** An unchanged clause named as the place of the change that follows it (see `GapView.context`). */
export interface ContextView {
  /** Depth in the clause tree. */
  depth: number;
  /** Its number (`Article 2`, `3`), or null. */
  number: string | null;
  /** Its heading in the new version, or null. */
  heading: string | null;
  /** How to name it (`Article 2`). */
  name: string;
}

/** The clauses of `run` that hold `next` (a nested change): its parent, the parent's parent…, outermost first. */
function contextOf(run: readonly ChangeView[], next: ChangeView): ContextView[] {
  const out: ContextView[] = [];
  let wanted = next.depth - 1;
  for (let i = run.length - 1; i >= 0 && wanted >= 0; i--) {
    const view = run[i]!;
    if (!view.isClause || view.depth > wanted) continue;
    // In reading order the nearest clause above a point is its parent: any other depth means the place is elsewhere.
    if (view.depth < wanted) break;
    out.unshift({ depth: view.depth, number: view.number, heading: view.headingText, name: view.name });
    wanted--;
  }
  return out;
}

/** One item of the report body: exactly one of its fields is set. */
export interface EntryView {
  /** A change, or null. */
  change: ChangeView | null;
  /** A moved clause's old place, or null. */
  movedFrom: MovedFromView | null;
  /** Collapsed unchanged changes, or null. */
  gap: GapView | null;
}

/** Everything the templates receive. */
export interface ViewModel {
  /** `html`, `md` or `text`. */
  format: string;
  /** Whether terminal text is coloured (ANSI). */
  color: boolean;
  /** Whether unchanged changes are shown in full (else collapsed into gaps). */
  showUnchanged: boolean;
  /** `Old title → New title`. */
  title: string;
  /** The older version. */
  old: VersionView;
  /** The newer version. */
  new: VersionView;
  /** Both versions, old first, for tables. */
  versions: VersionView[];
  /** Counts. */
  summary: SummaryView;
  /** Findings by severity (major, notice, info), only the severities that have some. */
  findingGroups: FindingGroupView[];
  /** True when there are findings. */
  hasFindings: boolean;
  /** The body: changes in reading order, moved-from notes and gaps. */
  entries: EntryView[];
  /** Every change, in reading order (nothing collapsed). */
  changes: ChangeView[];
}

/** What `buildViewModel` needs to know about the output. */
export interface ViewModelOptions {
  /** Output format. */
  format: string;
  /** Colour for terminal text. */
  color: boolean;
  /** Show unchanged changes in full rather than as a count. */
  showUnchanged: boolean;
}

function versionView(role: 'old' | 'new', v: VersionHeader): VersionView {
  return {
    role,
    roleLabel: role === 'old' ? 'Old' : 'New',
    id: v.id,
    title: v.title,
    date: v.date,
    status: v.status,
    statusLabel: v.status ?? 'not stated',
    completeness: v.completeness,
    completenessLabel: v.completeness === 'full' ? 'full text' : 'partial: only what was reported',
    partial: v.completeness === 'partial',
  };
}

const COUNT_LABELS: [keyof Summary, string, string][] = [
  ['modified', 'modified', 'modified'],
  ['referencesOnly', 'of them only by cross-references that follow the renumbering', 'of them only by cross-references that follow the renumbering'],
  ['added', 'added', 'added'],
  ['removed', 'removed', 'removed'],
  ['moved', 'moved', 'moved'],
  ['renumbered', 'renumbered', 'renumbered'],
  ['split', 'split', 'split'],
  ['merged', 'merged', 'merged'],
  ['notReported', 'not reported', 'not reported'],
  ['blocksChanged', 'other passage changed', 'other passages changed'],
  ['unchanged', 'unchanged', 'unchanged'],
];

function summaryView(c: Comparison, changes: readonly ChangeView[]): SummaryView {
  const s = c.summary;
  const counts: CountView[] = [];
  for (const [key, one, many] of COUNT_LABELS) {
    const count = s[key] as number;
    if (count > 0) counts.push({ key, count, label: count === 1 ? one : many });
  }
  const f = s.findings;
  return {
    counts,
    wordsInserted: s.wordsInserted,
    wordsDeleted: s.wordsDeleted,
    similarityPercent: Math.round(c.similarity * 100),
    comparable: c.changes.some((change) => !change.notReported),
    findings: { ...f, total: f.major + f.notice + f.info },
    changedCount: changes.filter((v) => !v.quiet).length,
    totals: s,
  };
}

/** Unique anchors from the ids on the new side (else `old-` and the old ids), sanitised; a clash gets `-2`, `-3`, … */
function anchorsOf(changes: readonly Change[]): string[] {
  const used = new Set<string>();
  return changes.map((change) => {
    const news = sidesOf(change.new);
    const sides = news.length > 0 ? news : sidesOf(change.old);
    const ids = sides.map((s) => s.id).join('+');
    const base = `${change.kind === 'clause' ? 'c' : 'b'}-${sanitiseAnchor(news.length > 0 ? ids : `old-${ids}`)}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
  });
}

function lastOldOrder(change: Change): number {
  const olds = sidesOf(change.old);
  return olds.length === 0 ? -1 : Math.max(...olds.map((s) => s.order));
}

/** Places a note at each moved clause's old place: after the unmoved change that came just before it in the old version. */
function withMovedFrom(changes: readonly Change[], views: ChangeView[]): EntryView[] {
  const after = new Map<number, MovedFromView[]>();
  const moved = changes.map((c, i) => ({ c, i })).filter(({ c }) => c.moved && c.old !== null);
  moved.sort((x, y) => sidesOf(x.c.old)[0]!.order - sidesOf(y.c.old)[0]!.order);
  for (const { c, i } of moved) {
    const order = sidesOf(c.old)[0]!.order;
    let best = -1;
    let bestOrder = -1;
    changes.forEach((e, j) => {
      const o = lastOldOrder(e);
      if (!e.moved && o !== -1 && o < order && o > bestOrder) [best, bestOrder] = [j, o];
    });
    const view = views[i]!;
    view.movedFrom = `was-${view.anchor}`;
    for (const badge of view.badges) if (badge.key === 'moved') Object.assign(badge, { href: view.movedFrom, linkLabel: 'where it was' });
    const note: MovedFromView = { anchor: view.movedFrom, target: view.anchor, name: sidesName(sidesOf(c.old)), newName: view.name, depth: view.depth };
    const list = after.get(best);
    if (list === undefined) after.set(best, [note]);
    else list.push(note);
  }
  const entry = (change: ChangeView | null, movedFrom: MovedFromView | null): EntryView => ({ change, movedFrom, gap: null });
  const out: EntryView[] = (after.get(-1) ?? []).map((n) => entry(null, n));
  views.forEach((view, j) => {
    out.push(entry(view, null));
    for (const n of after.get(j) ?? []) out.push(entry(null, n));
  });
  return out;
}

function gapLabel(clauses: number, blocks: number): string {
  const parts: string[] = [];
  if (clauses > 0) parts.push(`${clauses} unchanged ${clauses === 1 ? 'clause' : 'clauses'}`);
  if (blocks > 0) parts.push(`${blocks} unchanged ${blocks === 1 ? 'passage' : 'passages'} of other text`);
  return parts.join(' and ');
}

/** Collapses each run of quiet changes into a gap. */
function collapse(entries: readonly EntryView[]): EntryView[] {
  const out: EntryView[] = [];
  let run: ChangeView[] = [];
  const flush = (next: ChangeView | null): void => {
    if (run.length === 0) return;
    const clauses = run.filter((v) => v.isClause).length;
    const blocks = run.length - clauses;
    const context = next !== null && next.isClause && next.depth > 0 ? contextOf(run, next) : [];
    out.push({ change: null, movedFrom: null, gap: { count: run.length, clauses, blocks, label: gapLabel(clauses, blocks), changes: run, context } });
    run = [];
  };
  for (const e of entries) {
    if (e.change !== null && e.change.quiet) {
      run.push(e.change);
      continue;
    }
    flush(e.change);
    out.push(e);
  }
  flush(null);
  return out;
}

function findingGroups(views: readonly ChangeView[]): FindingGroupView[] {
  const groups: FindingGroupView[] = (['major', 'notice', 'info'] as const).map((severity) => ({
    severity,
    label: SEVERITY_LABELS[severity],
    count: 0,
    items: [],
  }));
  for (const view of views) {
    for (const f of view.findings) {
      const group = groups.find((g) => g.severity === f.severity)!;
      group.items.push({ ...f, anchor: view.anchor, name: view.name });
      group.count++;
    }
  }
  return groups.filter((g) => g.count > 0);
}

/** Turns a comparison into what the templates need: version and summary views, findings by severity, and the body. */
export function buildViewModel(comparison: Comparison, options: ViewModelOptions): ViewModel {
  const anchors = anchorsOf(comparison.changes);
  const changes = comparison.changes.map((change, i) => buildChangeView(change, anchors[i]!));
  const placed = withMovedFrom(comparison.changes, changes);
  const groups = findingGroups(changes);
  const old = versionView('old', comparison.old);
  const neu = versionView('new', comparison.new);
  return {
    format: options.format,
    color: options.color,
    showUnchanged: options.showUnchanged,
    title: `${comparison.old.title} → ${comparison.new.title}`,
    old,
    new: neu,
    versions: [old, neu],
    summary: summaryView(comparison, changes),
    findingGroups: groups,
    hasFindings: groups.length > 0,
    entries: options.showUnchanged ? placed : collapse(placed),
    changes,
  };
}
