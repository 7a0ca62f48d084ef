/**
 * Follows every clause through a line of versions, using the comparison of each consecutive pair: pairs continue a
 * lineage, splits and merges branch and join lineages, removals end them, and clauses new against the previous
 * version may continue a lineage that was not in it (restored, or back after a partial version did not report it).
 */
import type { Change, ChangeSide, Comparison } from '../model/comparison.js';
import type { Clause, Draft } from '../model/draft.js';
import type { AttributedSpan, Lineage, LineageEvent, LineageStep, Renumbering } from '../model/history.js';
import { excerpt, finding } from './describe.js';
import { carryText, concatSpans, sliceSpans, wholeSpans } from './attribute-words.js';
import { PART_SEPARATOR, buildChange } from './build-change.js';
import type { BuildContext } from './build-change.js';
import type { HistoryOptions } from './history-options.js';
import { Track, historyClause } from './lineage-track.js';
import { matchDormant } from './match-lineages.js';
import { clauseUnits } from './units.js';

/** Clauses of a draft by reading-order index. */
function clausesByOrder(draft: Draft): Map<number, Clause> {
  const out = new Map<number, Clause>();
  for (const unit of clauseUnits(draft)) out.set(unit.clause!.order, unit.clause!);
  return out;
}

function sides(side: Change['old']): ChangeSide[] {
  return side === null ? [] : Array.isArray(side) ? side : [side];
}

function authorId(clause: Clause): string | null {
  return clause.idSource === 'author' ? clause.id : null;
}

/** Compares two clauses of any two versions (a lineage across a gap), as the comparison would compare a pair. */
function compareAcross(oldDraft: Draft, oldOrder: number, newDraft: Draft, newOrder: number, options: HistoryOptions): Change {
  const olds = clauseUnits(oldDraft);
  const news = clauseUnits(newDraft);
  const u = olds.find((x) => x.order === oldOrder)!;
  const v = news.find((x) => x.order === newOrder)!;
  const ctx: BuildContext = { options, oldDraft, newDraft, oldUnits: olds, newUnits: news, checkReference: null };
  return buildChange([u], [v], false, ctx).change;
}

/** The walk over the versions, keeping the lineages present in the last version walked. */
class Tracer {
  private readonly tracks: Track[] = [];
  private readonly ids = new Set<string>();
  /** Lineages present in the version being walked, by clause order. */
  private present = new Map<number, Track>();

  constructor(
    private readonly versions: readonly Draft[],
    private readonly options: HistoryOptions,
  ) {}

  /** A lineage id not yet taken: the given one, else suffixed with the version id (and a counter if need be). */
  private uniqueId(base: string, version: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = n === 2 ? `${base}@${version}` : `${base}@${version}-${n - 1}`;
    this.ids.add(id);
    return id;
  }

  /** Starts a lineage at a clause of version `index`. */
  private newTrack(index: number, clause: Clause, spans = wholeSpans(clause.text, this.versions[index]!.id)): Track {
    const version = this.versions[index]!.id;
    const heading = clause.heading === null ? null : wholeSpans(clause.heading, version);
    const track = new Track(this.uniqueId(clause.id, version), clause.idSource, index, index, clause, spans, heading);
    this.tracks.push(track);
    return track;
  }

  /** A step of version `index`; its state follows from the clause (present), the event and the version's completeness. */
  private step(index: number, clause: Clause | null, event: LineageEvent | null, extra: Partial<LineageStep> = {}): LineageStep {
    const draft = this.versions[index]!;
    const state = clause !== null ? 'present' : draft.completeness === 'partial' && event === null ? 'not-reported' : 'absent';
    return { version: draft.id, state, event, clause: clause === null ? null : historyClause(clause), base: null, renumbered: null, moved: false, related: [], diff: [], findings: [], ...extra };
  }

  /** Moves a lineage on to its clause in version `index` with the text's attribution given (else from a fresh diff) and the heading's carried over `headingOps`. */
  private advance(track: Track, index: number, clause: Clause, spans: AttributedSpan[] | null, headingOps: Change['headingDiff']): void {
    const version = this.versions[index]!.id;
    track.spans = spans ?? carryText(track.spans, null, clause.text, version, this.options);
    track.headingSpans = clause.heading === null ? null : carryText(track.headingSpans ?? [], headingOps, clause.heading, version, this.options);
    track.lastVersion = index;
    track.lastClause = clause;
  }

  /** The number change between two clauses, unless numbering is ignored or unchanged. */
  private renumbering(from: Clause, to: Clause): Renumbering | null {
    if (this.options.ignoreNumbering || from.numValue === to.numValue) return null;
    return { from: from.num, to: to.num };
  }

  /** The first version: every clause starts a lineage. */
  start(): void {
    const draft = this.versions[0]!;
    for (const clause of clausesByOrder(draft).values()) {
      const track = this.newTrack(0, clause);
      track.record(0, this.step(0, clause, 'introduced'));
      this.present.set(clause.order, track);
    }
  }

  /** Walks version `index` through its comparison with the version before. */
  walk(index: number, comparison: Comparison): void {
    const draft = this.versions[index]!;
    const version = draft.id;
    const clauses = clausesByOrder(draft);
    const previous = this.present;
    const next = new Map<number, Track>();
    const newcomers: { clause: Clause; change: Change }[] = [];
    for (const change of comparison.changes) {
      if (change.kind !== 'clause') continue;
      const olds = sides(change.old).map((s) => previous.get(s.order)!);
      const news = sides(change.new).map((s) => clauses.get(s.order)!);
      if (olds.length === 1 && news.length === 1) {
        const [track, clause] = [olds[0]!, news[0]!];
        const base = this.versions[track.lastVersion]!.id;
        const renumbered = change.renumbered ? { from: track.lastClause.num, to: clause.num } : null;
        track.record(index, this.step(index, clause, change.status === 'unchanged' ? 'unchanged' : 'modified', { base, renumbered, moved: change.moved, diff: change.diff, findings: change.findings }));
        this.advance(track, index, clause, carryText(track.spans, change.diff, clause.text, version, this.options), change.headingDiff);
        next.set(clause.order, track);
      } else if (olds.length === 1 && news.length === 0) {
        const track = olds[0]!;
        const base = this.versions[track.lastVersion]!.id;
        if (change.notReported) track.record(index, this.step(index, null, null, { base, findings: change.findings }));
        else {
          track.record(index, this.step(index, null, 'removed', { base, diff: change.diff, findings: change.findings }));
          track.ending = 'removed';
          track.removed.push(version);
        }
      } else if (olds.length === 0) {
        newcomers.push({ clause: news[0]!, change });
      } else if (olds.length === 1) {
        this.split(index, olds[0]!, news, change, next);
      } else {
        this.merge(index, olds, news[0]!, change, next);
      }
    }
    this.revive(index, newcomers, next);
    if (draft.completeness === 'full') this.closeUnreported(index);
    this.present = next;
  }

  /** A full version without a lineage last seen before a partial version that did not report it: it was removed meanwhile. */
  private closeUnreported(index: number): void {
    const version = this.versions[index]!.id;
    for (const track of this.tracks) {
      if (track.lastVersion >= index - 1 || track.ending !== null) continue;
      const base = this.versions[track.lastVersion]!.id;
      const message = `Removed: “${excerpt(track.lastClause.heading ?? track.lastClause.text)}” was last seen in ${base} and not reported in between.`;
      track.record(index, this.step(index, null, 'removed', { base, findings: [finding('clause-removed', message)] }));
      track.ending = 'removed';
      track.removed.push(version);
    }
  }

  /** One clause became several: the part with the whole's author id (else the first part without one) continues its lineage. */
  private split(index: number, whole: Track, parts: Clause[], change: Change, next: Map<number, Track>): void {
    const version = this.versions[index]!.id;
    const base = this.versions[whole.lastVersion]!.id;
    const joined = parts.map((c) => c.text).join(PART_SEPARATOR);
    const spans = carryText(whole.spans, change.diff, joined, version, this.options);
    const before = whole.lastClause;
    const wholeId = authorId(before);
    const primary = parts.find((c) => wholeId !== null && authorId(c) === wholeId) ?? (wholeId === null ? parts.find((c) => authorId(c) === null) : undefined);
    const partTracks: Track[] = [];
    let at = 0;
    for (const part of parts) {
      const own = sliceSpans(spans, at, at + part.text.length);
      at += part.text.length + PART_SEPARATOR.length;
      if (part === primary) {
        this.advance(whole, index, part, own, null);
        partTracks.push(whole);
      } else {
        const revived = this.dormantByAuthor(authorId(part), index);
        if (revived !== undefined) this.resume(revived, index, part, own);
        partTracks.push(revived ?? this.newTrack(index, part, own));
      }
      next.set(part.order, partTracks[partTracks.length - 1]!);
    }
    const ids = (except: Track): string[] => partTracks.filter((t) => t !== except).map((t) => t.id);
    for (const [k, track] of partTracks.entries()) {
      if (track === whole) continue;
      track.record(index, this.step(index, parts[k]!, 'split-from', { base, related: [whole.id], diff: change.diff, findings: change.findings }));
    }
    if (primary !== undefined) {
      whole.record(index, this.step(index, primary, 'split', { base, related: ids(whole), renumbered: this.renumbering(before, primary), diff: change.diff, findings: change.findings }));
    } else {
      whole.record(index, this.step(index, null, 'split', { base, related: ids(whole), diff: change.diff, findings: change.findings }));
      whole.ending = 'split';
      whole.removed.push(version);
    }
  }

  /** Several clauses became one: it continues the lineage with its author id (else, without one, the first part's). */
  private merge(index: number, parts: Track[], clause: Clause, change: Change, next: Map<number, Track>): void {
    const version = this.versions[index]!.id;
    const previousVersion = this.versions[index - 1]!.id;
    const base = previousVersion;
    const joined = concatSpans(parts.map((t) => t.spans), PART_SEPARATOR, previousVersion);
    const spans = carryText(joined, change.diff, clause.text, version, this.options);
    const id = authorId(clause);
    const fromParts = parts.find((t) => id !== null && authorId(t.lastClause) === id) ?? (id === null ? parts[0] : undefined);
    const revived = fromParts === undefined ? this.dormantByAuthor(id, index) : undefined;
    const target = fromParts ?? revived ?? this.newTrack(index, clause, spans);
    const before = fromParts !== undefined || revived !== undefined ? target.lastClause : null;
    if (revived !== undefined) this.resume(revived, index, clause, spans);
    else if (fromParts !== undefined) this.advance(fromParts, index, clause, spans, null);
    const others = parts.filter((t) => t !== target);
    target.record(index, this.step(index, clause, 'merged', { base, related: others.map((t) => t.id), renumbered: before === null ? null : this.renumbering(before, clause), diff: change.diff, findings: change.findings }));
    for (const track of others) {
      track.record(index, this.step(index, null, 'merged-into', { base, related: [target.id], diff: change.diff, findings: change.findings }));
      track.ending = 'merged';
      track.removed.push(version);
    }
    next.set(clause.order, target);
  }

  /** A lineage not in the previous version (nor yet in this one) whose last clause has the given author id. */
  private dormantByAuthor(id: string | null, index: number): Track | undefined {
    if (id === null) return undefined;
    return this.tracks.find((t) => t.lastVersion < index - 1 && authorId(t.lastClause) === id);
  }

  /** A dormant lineage comes back in version `index` as `clause` (attribution given): restored if it had been dropped. */
  private resume(track: Track, index: number, clause: Clause, spans: AttributedSpan[]): void {
    if (track.ending !== null) track.restored.push(this.versions[index]!.id);
    track.ending = null;
    this.advance(track, index, clause, spans, null);
  }

  /** Clauses new against the previous version: continue a dormant lineage (by author id or similar text), else start one. */
  private revive(index: number, newcomers: readonly { clause: Clause; change: Change }[], next: Map<number, Track>): void {
    const draft = this.versions[index]!;
    const dormant = this.tracks.filter((t) => t.lastVersion < index - 1);
    const text = (c: Clause): string => `${c.heading ?? ''} ${c.text}`;
    const matches = matchDormant(
      dormant.map((t) => ({ id: t.id, authorId: authorId(t.lastClause), text: text(t.lastClause) })),
      newcomers.map(({ clause }) => ({ order: clause.order, authorId: authorId(clause), text: text(clause) })),
      this.options.restoreThreshold,
    );
    for (const { clause, change } of newcomers) {
      const lineageId = matches.get(clause.order);
      const track = lineageId === undefined ? undefined : dormant.find((t) => t.id === lineageId);
      if (track === undefined) {
        const created = this.newTrack(index, clause);
        created.record(index, this.step(index, clause, change.notReported ? 'first-reported' : 'introduced', { findings: change.findings }));
        next.set(clause.order, created);
        continue;
      }
      const before = track.lastClause;
      const across = compareAcross(this.versions[track.lastVersion]!, before.order, draft, clause.order, this.options);
      const event: LineageEvent = track.ending !== null ? 'restored' : across.status === 'unchanged' ? 'unchanged' : 'modified';
      if (track.ending !== null) track.restored.push(draft.id);
      track.ending = null;
      track.record(index, this.step(index, clause, event, { base: this.versions[track.lastVersion]!.id, renumbered: this.renumbering(before, clause), diff: across.diff, findings: across.findings }));
      this.advance(track, index, clause, carryText(track.spans, across.diff, clause.text, draft.id, this.options), across.headingDiff);
      next.set(clause.order, track);
    }
  }

  /** Records the `modelledOn` links of every version on the lineages they name. */
  linkModels(): void {
    this.versions.forEach((draft, index) => {
      for (const link of draft.modelledOn) {
        if (link.clause === null) continue;
        for (const track of this.tracks) {
          if (track.steps[index]?.clause?.id === link.clause) track.modelledOn.push({ version: draft.id, draft: link.draft, target: link.target });
        }
      }
    });
  }

  /** The finished lineages: those in the latest version in its reading order, then the others, most recently seen first. */
  finish(): Lineage[] {
    const sorted = [...this.tracks].sort((x, y) => y.lastVersion - x.lastVersion || x.lastClause.order - y.lastClause.order);
    return sorted.map((t) => t.toLineage(this.versions));
  }
}

/**
 * Traces the clause lineages of versions (oldest first) from the comparisons of each consecutive pair
 * (`comparisons[k]` compares `versions[k]` with `versions[k + 1]`).
 */
export function traceLineages(versions: readonly Draft[], comparisons: readonly Comparison[], options: HistoryOptions): Lineage[] {
  if (versions.length === 0) return [];
  const tracer = new Tracer(versions, options);
  tracer.start();
  for (let index = 1; index < versions.length; index++) tracer.walk(index, comparisons[index - 1]!);
  tracer.linkModels();
  return tracer.finish();
}
