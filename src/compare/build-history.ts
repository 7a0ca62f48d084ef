import type { Comparison } from '../model/comparison.js';
import type { Draft } from '../model/draft.js';
import type { History, HistoryVersion } from '../model/history.js';
import { compareDrafts } from './compare-drafts.js';
import { resolveHistoryOptions } from './history-options.js';
import type { HistoryOptions, HistoryOptionsInput } from './history-options.js';
import { selectVersions } from './select-versions.js';
import { traceLineages } from './trace-lineages.js';

function versionOf(draft: Draft): HistoryVersion {
  return {
    id: draft.id,
    title: draft.title,
    date: draft.date,
    status: draft.status,
    completeness: draft.completeness,
    follows: draft.follows,
    file: draft.file.path,
  };
}

/** The comparison options inside the history options (the history's own fields left out). */
function compareOptionsOf(options: HistoryOptions): Omit<HistoryOptions, 'agreement' | 'restoreThreshold'> {
  const { agreement: _agreement, restoreThreshold: _threshold, ...rest } = options;
  return rest;
}

/** Compares each consecutive pair of versions (oldest first) once: `result[k]` compares `versions[k]` with `versions[k + 1]`. */
export function compareConsecutive(versions: readonly Draft[], options: HistoryOptionsInput = {}): Comparison[] {
  const compareOptions = compareOptionsOf(resolveHistoryOptions(options));
  const out: Comparison[] = [];
  for (let k = 1; k < versions.length; k++) out.push(compareDrafts(versions[k - 1]!, versions[k]!, compareOptions));
  return out;
}

/**
 * The clause history of an agreement: its versions in order (by `follows`, else by date), and every clause followed
 * across them (through renumbering, splits, merges, removal and restoration, with `not-reported` for partial
 * versions), with the version that introduced each phrase of its latest wording. Drafts of other agreements, and
 * reference texts, are listed in `excluded`. Pass `comparisons` (from `compareConsecutive`) to reuse them.
 *
 * @example
 * const history = buildHistory([initialPlan, currentDraft, natoTreaty]);
 * history.versions.map((v) => v.id); // ['initial-plan', 'current-draft']
 * history.lineages.find((l) => l.id === 'guarantee')?.steps.map((s) => s.event); // ['introduced', 'modified']
 */
export function buildHistory(drafts: readonly Draft[], options: HistoryOptionsInput = {}, comparisons?: readonly Comparison[]): History {
  const resolved = resolveHistoryOptions(options);
  const selection = selectVersions(drafts, resolved.agreement);
  const versions = selection.versions;
  const pairs = comparisons ?? compareConsecutive(versions, resolved);
  if (pairs.length !== Math.max(0, versions.length - 1) || pairs.some((c, k) => c.old.id !== versions[k]!.id || c.new.id !== versions[k + 1]!.id)) {
    throw new Error('buildHistory: the comparisons given do not compare the consecutive versions of the history');
  }
  return {
    agreement: selection.agreement,
    versions: versions.map(versionOf),
    lineages: traceLineages(versions, pairs, resolved),
    excluded: selection.excluded,
  };
}
