import type { DiffOp, Finding } from '../model/comparison.js';
import type { Facts, Quote, Reference } from '../model/facts.js';
import { excerpt, excerptPair, finding } from './describe.js';
import type { Replacement } from './diff-words.js';
import { findFactChanges } from './find-fact-changes.js';
import { isWordToken, normaliseText, plainTypography, tokenize } from './tokens.js';

export { findFactChanges, joinFacts, formatRelative, MODALITY_RANK } from './find-fact-changes.js';

/** One side of a changed text, with what findings need. */
export interface TextSide {
  /** The text. */
  text: string;
  /** Facts found in it, or null for blocks (which carry none). */
  facts: Facts | null;
  /** Quoted spans of `text`. */
  quotes: readonly Quote[];
  /** Whether the draft is a `reported` one (only quotes are the draft's own words). */
  reported: boolean;
}

/**
 * Cross-references of one pair of clauses, resolved in each version from the clause that makes them. The label
 * matters: "paragraph 1" means a sibling, "Article 1" a top clause.
 */
export interface ReferenceCheck {
  /** What became of the clause a reference named in the old version, when the same words now name another clause (else null). */
  broken: (reference: { label: string; target: string }) => { was: string; now: string | null } | null;
  /** Whether a reference of the old text and one of the new text name the same clause (the number follows a renumbering). */
  follows: (older: { label: string; target: string }, newer: { label: string; target: string }) => boolean;
}

/** Words that open a condition. */
const CONDITION = /\b(?:only if|if|unless|provided that|providing that|subject to|on condition that|in the event that|as long as|so long as|until|conditional (?:up)?on|contingent (?:up)?on|in case)\b[^.;:]*/giu;

/** Qualifying words whose change alters how firm or broad a commitment is. */
const QUALIFIERS = new Set(
  (
    'robust strong firm full fully complete total binding legally solid effective immediate immediately prompt lasting durable ' +
    'credible meaningful strict strictly reliable real genuine adequate sufficient substantial temporary permanent permanently ' +
    'limited unlimited partial partially significant major minor key ironclad concrete clear final interim provisional mutual ' +
    'joint unconditional unconditionally conditional unilateral collective comprehensive specific formal informal irreversible ' +
    'reversible fair free independent neutral firmly swift swiftly appropriate necessary reasonable'
  ).split(' '),
);
/** Quantifiers: "all prisoners" → "some prisoners" changes how far a commitment reaches. */
const QUANTIFIERS = new Set('all some any every each no none most many few several'.split(' '));
const NOT_QUALIFIERS = new Set(
  (
    'only family early daily apply supply reply rely ally italy ' +
    // Nouns with an adjective's ending.
    'president resident student parent agent client talent patent participant applicant assistant merchant tenant ' +
    'servant defendant secretary boundary library summary beneficiary anniversary salary commentary dictionary ' +
    'ordinary capital'
  ).split(' '),
);
/** `-ment` words are nouns ("agreement", "settlement", "government"), never qualifiers. */
const NOUN_SUFFIX = /ment$/u;
const QUALIFIER_SUFFIX = /(?:ly|ive|ous|ful|able|ible|ent|ant|ary|less)$/u;

function isQualifier(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_QUALIFIERS.has(w) || /\d/.test(w)) return false;
  return QUALIFIERS.has(w) || (w.length > 5 && QUALIFIER_SUFFIX.test(w) && !NOUN_SUFFIX.test(w));
}

/** A real (not ignored) replacement of a diff, with its offsets in both texts. */
type Run = Replacement;

/** The runs of a diff: each real (not ignored) replacement with its offsets in both texts. */
function runs(ops: readonly DiffOp[]): Run[] {
  const out: Run[] = [];
  let oldAt = 0;
  let newAt = 0;
  let current: Run | null = null;
  for (const op of ops) {
    if (op.op === 'equal' || op.ignored === true) {
      if (current !== null) out.push(current);
      current = null;
      if (op.op !== 'insert') oldAt += op.text.length;
      if (op.op !== 'delete') newAt += op.text.length;
      continue;
    }
    current ??= { del: '', ins: '', oldAt, newAt };
    if (op.op === 'delete') {
      current.del += op.text;
      oldAt += op.text.length;
    } else {
      current.ins += op.text;
      newAt += op.text.length;
    }
  }
  if (current !== null) out.push(current);
  return out;
}

function conditionsOf(text: string): string[] {
  return [...text.matchAll(CONDITION)].map((m) => m[0].trim());
}

function conditionChanges(oldText: string, newText: string): Finding[] {
  const olds = conditionsOf(oldText);
  const news = conditionsOf(newText);
  const newKeys = new Set(news.map(normaliseText));
  const oldKeys = new Set(olds.map(normaliseText));
  const gone = olds.filter((c) => !newKeys.has(normaliseText(c)));
  const come = news.filter((c) => !oldKeys.has(normaliseText(c)));
  if (gone.length === 0 && come.length === 0) return [];
  const quote = (list: string[]): string => list.map((c) => `“${excerpt(c, 12)}”`).join('; ');
  const pair = (a: string, b: string): string => {
    const [x, y] = excerptPair(a, b, 12);
    return `“${x}” → “${y}”`;
  };
  const message =
    gone.length === 1 && come.length === 1
      ? `Condition changed: ${pair(gone[0]!, come[0]!)}.`
      : gone.length > 0 && come.length > 0
        ? `Condition changed: ${quote(gone)} → ${quote(come)}.`
        : gone.length > 0
          ? `Condition dropped: ${quote(gone)}.`
          : `Condition added: ${quote(come)}.`;
  return [finding('condition-changed', message, gone.length > 0 ? gone.join('; ') : null, come.length > 0 ? come.join('; ') : null)];
}

function qualifierChanges(changes: readonly Run[]): Finding[] {
  const out: Finding[] = [];
  for (const run of changes) {
    const del = tokenize(run.del).filter(isWordToken);
    const ins = tokenize(run.ins).filter(isWordToken);
    if (del.length > 2 || ins.length > 2 || del.length + ins.length === 0) continue;
    // Qualifiers for qualifiers, or quantifiers for quantifiers: "all" → "promptly" is no change of either.
    const words = [...del, ...ins];
    if (!words.every(isQualifier) && !words.every((w) => QUANTIFIERS.has(w.toLowerCase()))) continue;
    // The same words in other letter case ("Agreement" → "AGREEMENT") qualify nothing anew.
    if (del.join(' ').toLowerCase() === ins.join(' ').toLowerCase()) continue;
    const a = del.join(' ');
    const b = ins.join(' ');
    const message = del.length === 0 ? `Qualifier added: “${b}”.` : ins.length === 0 ? `Qualifier dropped: “${a}”.` : `Qualifier changed: “${a}” → “${b}”.`;
    out.push(finding('qualifier-changed', message, a === '' ? null : a, b === '' ? null : b));
  }
  return out;
}

function inside(quotes: readonly Quote[], start: number, end: number, reported: boolean): boolean {
  if (!reported) return true;
  return quotes.some((q) => (start === end ? q.span.start <= start && start <= q.span.end : q.span.start <= start && end <= q.span.end));
}

function provenanceChanges(changes: readonly Run[], old: TextSide, neu: TextSide): Finding[] {
  if (!old.reported && !neu.reported) return [];
  const quoted: { del: string; ins: string }[] = [];
  const paraphrased: { del: string; ins: string }[] = [];
  for (const run of changes) {
    const verbatim = inside(old.quotes, run.oldAt, run.oldAt + run.del.length, old.reported) && inside(neu.quotes, run.newAt, run.newAt + run.ins.length, neu.reported);
    (verbatim ? quoted : paraphrased).push(run);
  }
  const out: Finding[] = [];
  const show = (run: { del: string; ins: string }): string => `“${excerpt(run.del, 10)}” → “${excerpt(run.ins, 10)}”`;
  const more = (n: number): string => (n > 1 ? ` (and ${n - 1} more change${n > 2 ? 's' : ''})` : '');
  const firstQuoted = quoted[0];
  if (firstQuoted !== undefined) {
    out.push(finding('quote-changed', `The draft's quoted wording changed: ${show(firstQuoted)}${more(quoted.length)}.`, firstQuoted.del, firstQuoted.ins));
  }
  const firstParaphrased = paraphrased[0];
  if (firstParaphrased !== undefined) {
    out.push(
      finding(
        'paraphrase-changed',
        `The reporter's paraphrase changed, not necessarily the draft: ${show(firstParaphrased)}${more(paraphrased.length)}.`,
        firstParaphrased.del,
        firstParaphrased.ins,
      ),
    );
  }
  return out;
}

/**
 * References written the same in both texts that now name another clause. `updated` holds the references that were
 * rewritten to follow the renumbering, on both sides: they are left out, since after a shift "Clause 44" in the new
 * text can be the update of the old "Clause 43" while the old "Clause 44" became "Clause 45".
 */
function referenceChanges(old: Facts, neu: Facts, check: ReferenceCheck, updated: ReadonlySet<Reference> = new Set()): Finding[] {
  const out: Finding[] = [];
  const key = (r: { label: string; target: string }): string => `${r.label.toLowerCase()} ${r.target}`;
  const before = new Set(old.references.filter((r) => !r.external && !updated.has(r)).map(key));
  const seen = new Set<string>();
  for (const ref of neu.references) {
    if (ref.external || updated.has(ref) || !before.has(key(ref)) || seen.has(key(ref))) continue;
    seen.add(key(ref));
    const result = check.broken(ref);
    if (result === null) continue;
    const now = result.now === null ? 'is gone' : `is now ${result.now}`;
    out.push(finding('reference-broken', `“${ref.raw}” now points at another clause: the clause it meant (${result.was}) ${now}.`, result.was, result.now));
  }
  return out;
}

/** The internal reference of a text whose span holds `[start, end)`, if any. */
function referenceAround(references: readonly Reference[], start: number, end: number): Reference | null {
  for (const r of references) if (!r.external && r.span.start <= start && end <= r.span.end) return r;
  return null;
}

/**
 * The runs that only renumber a cross-reference: the deleted words lie inside a reference of the old text, the
 * inserted ones inside a reference of the new text with the same label, and both name the same clause ("Clause 45"
 * → "Clause 46" after clause 45 became 46). Such a run follows the renumbering; it changes no meaning.
 */
function referenceUpdates(changes: readonly Run[], old: Facts, neu: Facts, check: ReferenceCheck): Map<Run, { from: Reference; to: Reference }> {
  const out = new Map<Run, { from: Reference; to: Reference }>();
  if (old.references.length === 0 || neu.references.length === 0) return out;
  for (const run of changes) {
    const from = referenceAround(old.references, run.oldAt, run.oldAt + run.del.length);
    const to = referenceAround(neu.references, run.newAt, run.newAt + run.ins.length);
    if (from === null || to === null || from.label.toLowerCase() !== to.label.toLowerCase() || from.raw === to.raw) continue;
    if (check.follows(from, to)) out.set(run, { from, to });
  }
  return out;
}

function referenceUpdateFinding(updates: readonly { from: Reference; to: Reference }[]): Finding {
  const distinct = new Map<string, { from: Reference; to: Reference }>();
  for (const update of updates) {
    const key = `${update.from.raw}\u0000${update.to.raw}`;
    if (!distinct.has(key)) distinct.set(key, update);
  }
  const first = updates[0]!;
  const more = distinct.size > 1 ? ` (and ${distinct.size - 1} more)` : '';
  return finding(
    'reference-updated',
    `Cross-reference “${first.from.raw}” now reads “${first.to.raw}”${more}: it follows the renumbering and still names the same clause.`,
    first.from.raw,
    first.to.raw,
  );
}

/** The old text with the given runs applied: what it says once its references follow the new numbering. */
function applyRuns(text: string, applied: readonly Run[]): string {
  let out = '';
  let at = 0;
  for (const run of [...applied].sort((x, y) => x.oldAt - y.oldAt)) {
    out += text.slice(at, run.oldAt) + run.ins;
    at = run.oldAt + run.del.length;
  }
  return out + text.slice(at);
}

/**
 * Findings of one changed text: from the facts (numbers, terms, dates, parties, obligations), the conditions, and the word
 * diff (qualifiers, quoted vs paraphrased wording); `wordLevel` is false for splits and merges, whose offsets are not per side.
 * Cross-references that only follow a renumbering are named once (`reference-updated`) and take no part in the other
 * findings: when nothing else changed, the facts are not compared at all.
 */
export function findChanges(old: TextSide, neu: TextSide, ops: readonly DiffOp[], check: ReferenceCheck | null, wordLevel = true): Finding[] {
  return findTextChanges(old, neu, ops, check, wordLevel).findings;
}

/** What `findTextChanges` finds in one changed text. */
export interface TextChanges {
  /** The findings. */
  findings: Finding[];
  /** Whether the text changed only by cross-references that follow the renumbering. */
  referencesOnly: boolean;
  /** The replacements of the diff that only rewrite such a cross-reference (see `referenceUpdates`). */
  updates: Replacement[];
}

/**
 * `findChanges`, also saying whether the text changed only by cross-references that follow the renumbering, and
 * which replacements they are. With `ignoreNumbering` they are not reported (no `reference-updated` finding): the
 * caller marks them as ignored, as it does the renumbering itself.
 */
export function findTextChanges(
  old: TextSide,
  neu: TextSide,
  ops: readonly DiffOp[],
  check: ReferenceCheck | null,
  wordLevel = true,
  ignoreNumbering = false,
): TextChanges {
  const changed = ops.some((op) => op.op !== 'equal' && op.ignored !== true);
  const out: Finding[] = [];
  if (changed && plainTypography(old.text) === plainTypography(neu.text)) {
    // Curly vs straight quotes, dashes, non-breaking spaces: the wording is the same, so no fact changed either.
    out.push(finding('typography-changed', 'Only typography changed (quotation marks, apostrophes, dashes or spaces); the wording is the same.'));
    if (old.facts !== null && neu.facts !== null && check !== null) out.push(...referenceChanges(old.facts, neu.facts, check));
    return { findings: out, referencesOnly: false, updates: [] };
  }
  let changes = changed ? runs(ops) : [];
  let oldText = old.text;
  let updates = new Map<Run, { from: Reference; to: Reference }>();
  const followers = new Set<Reference>();
  if (changed && wordLevel && check !== null && old.facts !== null && neu.facts !== null) {
    updates = referenceUpdates(changes, old.facts, neu.facts, check);
    if (updates.size > 0) {
      for (const { from, to } of updates.values()) followers.add(from).add(to);
      if (!ignoreNumbering) out.push(referenceUpdateFinding([...updates.values()]));
      changes = changes.filter((run) => !updates.has(run));
      oldText = applyRuns(old.text, [...updates.keys()]);
    }
  }
  const substantive = changes.length > 0;
  if (old.facts !== null && neu.facts !== null) {
    if (substantive) out.push(...findFactChanges(old.facts, neu.facts));
    if (check !== null) out.push(...referenceChanges(old.facts, neu.facts, check, followers));
  }
  const updateRuns = [...updates.keys()];
  if (!substantive) return { findings: out, referencesOnly: updates.size > 0 && !ignoreNumbering, updates: updateRuns };
  out.push(...conditionChanges(oldText, neu.text));
  if (wordLevel) out.push(...qualifierChanges(changes), ...provenanceChanges(changes, old, neu));
  return { findings: out, referencesOnly: false, updates: updateRuns };
}
