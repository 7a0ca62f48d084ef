import type { Change, Comparison } from '../model/comparison.js';
import type { Draft } from '../model/index.js';
import { buildChange } from './build-change.js';
import type { BuildContext } from './build-change.js';
import { compareResolved } from './compare-resolved.js';
import { resolveOptions } from './options.js';
import type { CompareOptionsInput } from './options.js';
import { clauseUnits } from './units.js';

/**
 * Compares two versions of a draft: aligns their clauses (all depths) and blocks, diffs each pair word by word and
 * says what each change means. Every clause and block of both versions is in `changes` exactly once, in reading order.
 *
 * @example
 * const comparison = compareDrafts(oldDraft, newDraft, { ignoreTypography: true });
 * comparison.summary.modified; // clauses whose wording changed
 */
export function compareDrafts(oldDraft: Draft, newDraft: Draft, options: CompareOptionsInput = {}): Comparison {
  return compareResolved(oldDraft, newDraft, resolveOptions(options));
}

/**
 * Compares a clause with the text it is modelled on (`modelledOn`), e.g. a guarantee clause against Article 5 of the
 * North Atlantic Treaty: the model is the old side; the diff is never collapsed to a whole replacement unless
 * `replaceThreshold` is given. Returns null when either clause is not found.
 */
export function compareClauseWithModel(
  draft: Draft,
  clauseId: string,
  modelDraft: Draft,
  modelClauseId: string,
  options: CompareOptionsInput = {},
): Change | null {
  const news = clauseUnits(draft);
  const olds = clauseUnits(modelDraft);
  const v = news.find((u) => u.id === clauseId);
  const u = olds.find((w) => w.id === modelClauseId);
  if (u === undefined || v === undefined) return null;
  // Numbers mean nothing between two different texts: the clause and its model are compared for wording only.
  const resolved = resolveOptions({ replaceThreshold: 0, ...options, ignoreNumbering: true });
  const ctx: BuildContext = { options: resolved, oldDraft: modelDraft, newDraft: draft, oldUnits: olds, newUnits: news, checkReference: null };
  return buildChange([u], [v], false, ctx).change;
}

/** Every `modelledOn` link of a draft that names a clause and a model clause found among `drafts`, compared. */
export function compareWithModels(draft: Draft, drafts: readonly Draft[], options: CompareOptionsInput = {}): Change[] {
  const out: Change[] = [];
  for (const link of draft.modelledOn) {
    const model = drafts.find((d) => d.id === link.draft);
    if (model === undefined || link.clause === null || link.target === null) continue;
    const change = compareClauseWithModel(draft, link.clause, model, link.target, options);
    if (change !== null) out.push(change);
  }
  return out;
}
