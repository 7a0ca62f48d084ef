import type { Change, ChangeSide, DiffOp, Finding } from '../model/comparison.js';
import type { Draft, Facts } from '../model/index.js';
import { capitalise, describeSide, describeSides, excerpt, finding } from './describe.js';
import { diffText, ignoreReplacements } from './diff-words.js';
import { findTextChanges, joinFacts } from './find-changes.js';
import type { ReferenceCheck, TextSide } from './find-changes.js';
import type { CompareOptions } from './options.js';
import { isWordToken, tokenize } from './tokens.js';
import type { Unit } from './units.js';

/** A change with the bookkeeping the comparison needs to order and count it. */
export interface Entry {
  /** The change as it goes into the JSON. */
  change: Change;
  /** Old units on this change. */
  old: Unit[];
  /** New units on this change. */
  new: Unit[];
  /** Words inserted and deleted (0 for not-reported changes). */
  wordsInserted: number;
  /** Words deleted. */
  wordsDeleted: number;
  /** Characters on both sides, weighting this change in the overall similarity (0 for not-reported changes). */
  size: number;
  /** Characters counted as kept (similarity × size). */
  kept: number;
  /** Whether the text changed only by cross-references that follow the renumbering (and the heading not at all). */
  referencesOnly: boolean;
}

/** What building a change needs from the comparison. */
export interface BuildContext {
  /** Resolved options. */
  options: CompareOptions;
  /** The old version. */
  oldDraft: Draft;
  /** The new version. */
  newDraft: Draft;
  /** Clause units of the old version (to name parents). */
  oldUnits: readonly Unit[];
  /** Clause units of the new version. */
  newUnits: readonly Unit[];
  /** Checks a cross-reference made by a pair of clauses (old, new), or null when references are not checked. */
  checkReference: ((from: { old: Unit; new: Unit }) => ReferenceCheck) | null;
}

const EMPTY_FACTS: Facts = { parties: [], obligations: [], terms: [], numbers: [], dates: [], references: [] };
/** What joins the texts of the several sides of a split or merge before they are diffed. */
export const PART_SEPARATOR = '\n\n';

/** The side of a change for a unit. */
export function sideOf(unit: Unit, units: readonly Unit[]): ChangeSide {
  if (unit.block !== null) {
    const b = unit.block;
    return { id: b.id, idSource: 'derived', num: null, label: null, heading: null, text: b.text, path: [], parent: b.parent, blockKind: b.kind, order: b.order };
  }
  const c = unit.clause!;
  const parent = unit.parent === -1 ? null : (units[unit.parent]?.id ?? null);
  return { id: c.id, idSource: c.idSource, num: c.num, label: c.label, heading: c.heading, text: c.text, path: [...c.path], parent, blockKind: null, order: c.order };
}

function countWords(text: string): number {
  let words = 0;
  for (const t of tokenize(text)) if (isWordToken(t)) words++;
  return words;
}

function textSide(units: readonly Unit[], draft: Draft): TextSide {
  const reported = draft.status === 'reported';
  if (units.length === 1) {
    const u = units[0]!;
    return { text: u.clause?.text ?? u.block?.text ?? '', facts: u.clause?.facts ?? null, quotes: u.clause?.quotes ?? u.block?.quotes ?? [], reported };
  }
  const facts = units.every((u) => u.clause === null) ? null : joinFacts(units.map((u) => u.clause?.facts ?? EMPTY_FACTS));
  return { text: units.map((u) => u.clause?.text ?? u.block?.text ?? '').join(PART_SEPARATOR), facts, quotes: [], reported };
}

function headingOf(units: readonly Unit[]): string | null {
  return units.length === 1 ? (units[0]!.clause?.heading ?? null) : null;
}

/** The key of a change: kind and the ids on both sides, e.g. `clause:5>6`, `clause:3>3+4`, `block:-block-2`. */
function keyOf(kind: string, olds: readonly ChangeSide[], news: readonly ChangeSide[]): string {
  const ids = (sides: readonly ChangeSide[]): string => (sides.length === 0 ? '-' : sides.map((s) => s.id).join('+'));
  return `${kind}:${ids(olds)}>${ids(news)}`;
}

/** Builds the change of one pair, one split or merge, or one lone unit (added, removed or not reported). */
export function buildChange(olds: Unit[], news: Unit[], moved: boolean, ctx: BuildContext): Entry {
  const kind = (olds[0] ?? news[0])!.clause !== null ? 'clause' : 'block';
  const oldSides = olds.map((u) => sideOf(u, ctx.oldUnits));
  const newSides = news.map((u) => sideOf(u, ctx.newUnits));
  const oldText = textSide(olds, ctx.oldDraft);
  const newText = textSide(news, ctx.newDraft);
  const findings: Finding[] = [];
  let status: Change['status'];
  let diff: DiffOp[];
  let headingDiff: DiffOp[] | null = null;
  let similarity = 0;
  let notReported = false;
  let renumbered = false;
  let wordsInserted = 0;
  let wordsDeleted = 0;
  let referencesOnly = false;

  if (olds.length === 0 || news.length === 0) {
    const adding = olds.length === 0;
    const side = (adding ? newSides : oldSides)[0]!;
    const otherDraft = adding ? ctx.oldDraft : ctx.newDraft;
    status = adding ? 'added' : 'removed';
    const text = side.text;
    diff = text === '' ? [] : [{ op: adding ? 'insert' : 'delete', text }];
    notReported = otherDraft.completeness === 'partial';
    const name = describeSide(side);
    if (notReported) {
      const which = adding ? 'old' : 'new';
      findings.push(finding('not-reported', `${capitalise(name)} is not in the ${which} version, which reports only part of the draft: whether it ${adding ? 'is new' : 'was dropped'} is unknown.`));
    } else {
      const what = `${capitalise(name)} was ${adding ? 'added' : 'removed'}: “${excerpt(side.heading ?? text)}”`;
      if (kind === 'clause') findings.push(finding(adding ? 'clause-added' : 'clause-removed', /[.!?…]”$/u.test(what) ? what : `${what}.`));
      if (adding) wordsInserted = countWords(text);
      else wordsDeleted = countWords(text);
    }
  } else {
    const options = ctx.options;
    const single = olds.length === 1 && news.length === 1;
    const check = single && ctx.checkReference !== null ? ctx.checkReference({ old: olds[0]!, new: news[0]! }) : null;
    let textDiff = diffText(oldText.text, newText.text, options);
    const found = findTextChanges(oldText, newText, textDiff.wordOps, check, single, options.ignoreNumbering);
    // Cross-references rewritten to follow the renumbering are part of the numbering: ignored with it.
    if (options.ignoreNumbering) textDiff = ignoreReplacements(textDiff, found.updates);
    diff = textDiff.ops;
    similarity = textDiff.similarity;
    wordsInserted = textDiff.wordsInserted;
    wordsDeleted = textDiff.wordsDeleted;
    let changed = textDiff.changed;
    let headingChanged = false;
    const oldHeading = headingOf(olds);
    const newHeading = headingOf(news);
    if (single && (oldHeading !== null || newHeading !== null)) {
      const h = diffText(oldHeading ?? '', newHeading ?? '', options);
      headingDiff = h.ops;
      headingChanged = h.changed;
      changed ||= h.changed;
      if (oldText.text.trim() === '' && newText.text.trim() === '') similarity = h.similarity;
    }
    if (single) {
      status = changed ? 'modified' : 'unchanged';
      const a = olds[0]!;
      const b = news[0]!;
      renumbered = kind === 'clause' && !options.ignoreNumbering && (a.numValue !== b.numValue || (a.numValue === null) !== (b.numValue === null));
      const oldSide = oldSides[0]!;
      const newSide = newSides[0]!;
      if (moved) findings.push(finding('clause-moved', `${capitalise(describeSide(oldSide))} was moved${renumbered ? ` (now ${describeSide(newSide)})` : ''}.`));
      if (renumbered) findings.push(finding('clause-renumbered', `${capitalise(describeSide(oldSide))} is now ${describeSide(newSide)}.`, oldSide.num, newSide.num));
    } else {
      status = olds.length === 1 ? 'split' : 'merged';
      const message =
        status === 'split'
          ? `${capitalise(describeSide(oldSides[0]!))} was split into ${describeSides(newSides)}.`
          : `${capitalise(describeSides(oldSides))} were merged into ${describeSide(newSides[0]!)}.`;
      findings.push(finding(status === 'split' ? 'clause-split' : 'clause-merged', message));
    }
    if (kind === 'block' && findings.length > 0) findings.length = 0;
    findings.push(...found.findings);
    referencesOnly = found.referencesOnly && !headingChanged;
  }
  const change: Change = {
    key: keyOf(kind, oldSides, newSides),
    kind,
    status,
    moved,
    renumbered,
    notReported,
    depth: (news[0] ?? olds[0])!.depth,
    old: oldSides.length === 0 ? null : oldSides.length === 1 ? oldSides[0]! : oldSides,
    new: newSides.length === 0 ? null : newSides.length === 1 ? newSides[0]! : newSides,
    similarity,
    diff,
    headingDiff,
    findings,
  };
  const size = notReported ? 0 : oldText.text.length + newText.text.length;
  return { change, old: olds, new: news, wordsInserted, wordsDeleted, size, kept: similarity * size, referencesOnly };
}
