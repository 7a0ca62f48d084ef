/**
 * The comparison itself, on options already resolved: what `compareDrafts` runs after checking the caller's options.
 * It does not load zod, so the CLI, which builds its options from its own flags, starts faster.
 */
import type { Change, Comparison, Summary, VersionHeader } from '../model/comparison.js';
import type { Draft } from '../model/index.js';
import { alignClauses } from './align-clauses.js';
import type { Group, UnitAlignment } from './align-clauses.js';
import { buildChange, sideOf } from './build-change.js';
import type { BuildContext, Entry } from './build-change.js';
import { describeSide, describeSides, excerpt } from './describe.js';
import type { ReferenceCheck } from './find-changes.js';
import type { CompareOptions } from './options.js';
import { clauseUnits } from './units.js';
import type { Unit } from './units.js';

function header(draft: Draft): VersionHeader {
  return { id: draft.id, title: draft.title, date: draft.date, status: draft.status, completeness: draft.completeness };
}

/** Labels that name a point among the referring clause's siblings ("paragraph 1", "point 3", "(b)"), not a top clause. */
const LOCAL_LABEL = /^(?:|point|points|paragraph|paragraphs|para\.?|subparagraph|sub-paragraph|item|items|clause|clauses|sub-clause|subclause)$/i;

/** Abbreviated labels and the word they stand for (`§` also stands for a bare `§§` or an empty label). */
const SHORT_LABELS = new Map([
  ['art', 'article'],
  ['para', 'paragraph'],
  ['sec', 'section'],
  ['§§', '§'],
  ['', '§'],
]);

/** A label in one spelling for comparing a reference with a clause: `Articles`, `Art.`, `ARTICLE` → `article`. */
function labelKey(label: string | null): string {
  const word = (label ?? '').toLowerCase().replace(/\.$/, '');
  return SHORT_LABELS.get(word) ?? word.replace(/s$/, '');
}

/**
 * Finds the clause a reference names, seen from the clause that makes it: a local label ("paragraph 1") looks among
 * that clause's siblings first; then, among the clauses with that number, those whose own label agrees ("Article 5"
 * → the clause headed `Article 5`, "Clause 216" → the point numbered `216.` rather than `Article 216`), preferring a
 * top-level one; then a full path (`3.2`). -1 when nothing, or more than one clause equally, fits.
 */
function resolver(units: readonly Unit[]): (reference: { label: string; target: string }, from: Unit) => number {
  const byNum = new Map<string, number[]>();
  for (const u of units) {
    const value = u.numValue;
    if (value === null) continue;
    const list = byNum.get(value);
    if (list === undefined) byNum.set(value, [u.index]);
    else list.push(u.index);
  }
  // Full paths are the last resort: built on first use.
  let byPath: Map<string, number> | null = null;
  const pathOf = (target: string): number => {
    if (byPath === null) {
      byPath = new Map();
      for (const u of units) {
        const path = u.clause !== null && u.numValue !== null ? u.clause.path.join('.') : null;
        if (path !== null && !byPath.has(path)) byPath.set(path, u.index);
      }
    }
    return byPath.get(target) ?? -1;
  };
  // A draft uses a handful of labels, each written many times: what each means is worked out once.
  const labels = new Map<string, { local: boolean; key: string }>();
  const meaning = (label: string): { local: boolean; key: string } => {
    let found = labels.get(label);
    if (found === undefined) {
      found = { local: LOCAL_LABEL.test(label), key: labelKey(label) };
      labels.set(label, found);
    }
    return found;
  };
  // How well a clause's own label fits a reference's: the same label, no label (a plain `216.`), another label.
  const fit = (unit: Unit, key: string): number => (unit.clause?.label == null ? 1 : meaning(unit.clause.label).key === key ? 0 : 2);
  return ({ label, target }, from) => {
    const numbered = byNum.get(target);
    if (numbered === undefined) return pathOf(target);
    const { local, key } = meaning(label);
    // Siblings are the units with the same parent; `numbered` is in unit order, so the first found is the first sibling.
    if (local) for (const i of numbered) if (units[i]!.parent === from.parent) return i;
    if (numbered.length === 1) return numbered[0]!;
    let best: number[] = [];
    let bestFit = 3;
    for (const i of numbered) {
      const f = fit(units[i]!, key);
      if (f < bestFit) {
        best = [i];
        bestFit = f;
      } else if (f === bestFit) best.push(i);
    }
    const top = best.find((i) => units[i]!.parent === -1);
    if (top !== undefined) return top;
    if (best.length === 1) return best[0]!;
    return pathOf(target);
  };
}

/**
 * The cross-references of a pair of clauses, each resolved in its own version: a reference is broken when the clause
 * it named in the old version is not the one the same words name now; an old and a new reference follow each other
 * when they name partners (or parts of the same split or merge).
 */
function referenceCheck(a: UnitAlignment): (from: { old: Unit; new: Unit }) => ReferenceCheck {
  let resolveOld: ReturnType<typeof resolver> | null = null;
  let resolveNew: ReturnType<typeof resolver> | null = null;
  const groupOf = (oi: number): Group | undefined => a.groups.find((g) => g.old.includes(oi));
  const sameClause = (oi: number, ni: number): boolean => ni !== -1 && (a.oldPartner[oi] === ni || (groupOf(oi)?.new.includes(ni) ?? false));
  return (from) => ({
    broken: (reference) => {
      resolveOld ??= resolver(a.old);
      resolveNew ??= resolver(a.new);
      const oi = resolveOld(reference, from.old);
      if (oi === -1) return null;
      if (sameClause(oi, resolveNew(reference, from.new))) return null;
      const p = a.oldPartner[oi]!;
      const group = groupOf(oi);
      const oldUnit = a.old[oi]!;
      const was = `${describeSide(sideOf(oldUnit, a.old))}, “${excerpt(oldUnit.clause?.heading ?? oldUnit.clause?.text ?? '')}”`;
      if (p !== -1) return { was, now: describeSide(sideOf(a.new[p]!, a.new)) };
      if (group !== undefined) return { was, now: `part of ${describeSides(group.new.map((j) => sideOf(a.new[j]!, a.new)))}` };
      return { was, now: null };
    },
    follows: (older, newer) => {
      resolveOld ??= resolver(a.old);
      resolveNew ??= resolver(a.new);
      const oi = resolveOld(older, from.old);
      return oi !== -1 && sameClause(oi, resolveNew(newer, from.new));
    },
  });
}

/** Every change of one kind: pairs, splits and merges, and lone units. */
function entriesOf(a: UnitAlignment, ctx: BuildContext): Entry[] {
  const out: Entry[] = [];
  const grouped = new Set<Unit>();
  for (const g of a.groups) {
    const olds = g.old.map((i) => a.old[i]!);
    const news = g.new.map((j) => a.new[j]!);
    for (const u of [...olds, ...news]) grouped.add(u);
    out.push(buildChange(olds, news, false, ctx));
  }
  for (const u of a.old) {
    const j = a.oldPartner[u.index]!;
    if (j !== -1) out.push(buildChange([u], [a.new[j]!], a.moved[u.index] ?? false, ctx));
    else if (!grouped.has(u)) out.push(buildChange([u], [], false, ctx));
  }
  for (const v of a.new) if (a.newPartner[v.index] === -1 && !grouped.has(v)) out.push(buildChange([], [v], false, ctx));
  return out;
}

/** Reading order: changes with a new side in the new version's order; the others after the change of the nearest earlier old unit that stayed in place. */
function orderEntries(entries: readonly Entry[]): Entry[] {
  const placed = entries.filter((e) => e.new.length > 0).sort((x, y) => x.new[0]!.order - y.new[0]!.order);
  const entryOf = new Map<Unit, Entry>();
  for (const e of entries) for (const u of e.old) entryOf.set(u, e);
  const oldUnits = [...entryOf.keys()].sort((x, y) => x.order - y.order);
  const after = new Map<Entry | null, Entry[]>();
  let anchor: Entry | null = null;
  for (const u of oldUnits) {
    const e = entryOf.get(u)!;
    if (e.new.length > 0) {
      if (!e.change.moved) anchor = e;
      continue;
    }
    if (e.old[0] !== u) continue;
    const list = after.get(anchor);
    if (list === undefined) after.set(anchor, [e]);
    else list.push(e);
  }
  const out: Entry[] = [...(after.get(null) ?? [])];
  for (const e of placed) out.push(e, ...(after.get(e) ?? []));
  return out;
}

function summarise(entries: readonly Entry[]): Summary {
  const s: Summary = {
    added: 0,
    removed: 0,
    modified: 0,
    referencesOnly: 0,
    unchanged: 0,
    moved: 0,
    renumbered: 0,
    split: 0,
    merged: 0,
    notReported: 0,
    blocksChanged: 0,
    wordsInserted: 0,
    wordsDeleted: 0,
    findings: { info: 0, notice: 0, major: 0 },
  };
  for (const { change, wordsInserted, wordsDeleted, referencesOnly } of entries) {
    s.wordsInserted += wordsInserted;
    s.wordsDeleted += wordsDeleted;
    for (const f of change.findings) s.findings[f.severity]++;
    if (change.kind === 'block') {
      if (change.status !== 'unchanged' && !change.notReported) s.blocksChanged++;
      continue;
    }
    if (change.notReported) s.notReported++;
    else s[change.status]++;
    if (referencesOnly && change.status === 'modified') s.referencesOnly++;
    if (change.moved) s.moved++;
    if (change.renumbered) s.renumbered++;
  }
  return s;
}

/** `compareDrafts` with options already resolved (every field given and valid, as `resolveOptions` returns them). */
export function compareResolved(oldDraft: Draft, newDraft: Draft, resolved: CompareOptions): Comparison {
  const alignment = alignClauses(oldDraft, newDraft, resolved);
  const ctx: BuildContext = {
    options: resolved,
    oldDraft,
    newDraft,
    oldUnits: alignment.clauses.old,
    newUnits: alignment.clauses.new,
    checkReference: referenceCheck(alignment.clauses),
  };
  // Blocks first: their few changes take the code's other branches while it is still being learnt, instead of after it
  // was compiled for clauses alone (which would then be compiled again). The order of the result is the sort's.
  const blockEntries = entriesOf(alignment.blocks, ctx);
  const entries = orderEntries([...entriesOf(alignment.clauses, ctx), ...blockEntries]);
  const size = entries.reduce((n, e) => n + e.size, 0);
  const kept = entries.reduce((n, e) => n + e.kept, 0);
  return {
    old: header(oldDraft),
    new: header(newDraft),
    summary: summarise(entries),
    similarity: size === 0 ? 1 : Math.min(1, Math.round((kept / size) * 1e6) / 1e6),
    changes: entries.map((e) => e.change),
  };
}
