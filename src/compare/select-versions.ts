/**
 * Which of the given drafts are versions of one agreement. Drafts of the same `agreement` form one line; a draft
 * with no agreement joins the line (it is an unlabelled version) unless the line is only reference texts'; a
 * `status: reference` draft joins only the line of its own agreement, never another (it stays reachable through `modelledOn`).
 */
import type { Draft } from '../model/draft.js';
import type { ExcludedDraft } from '../model/history.js';
import { orderVersions } from './order-versions.js';

/** The versions of one agreement, oldest first, and the drafts left out. */
export interface VersionSelection {
  /** The agreement's id, or null when no draft of the line names one. */
  agreement: string | null;
  /** Its versions, ordered by `follows`, else by date. */
  versions: Draft[];
  /** The drafts given but not in the line, with why. */
  excluded: ExcludedDraft[];
}

/** The agreement with the most drafts among `drafts` (ties by id), or null when none names one. */
function largestAgreement(drafts: readonly Draft[]): string | null {
  const counts = new Map<string, number>();
  for (const d of drafts) if (d.agreement !== null) counts.set(d.agreement, (counts.get(d.agreement) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) {
    const bestCount = best === null ? -1 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && best !== null && id < best)) best = id;
  }
  return best;
}

/** Every agreement id the drafts name (reference texts included), sorted. */
export function listAgreements(drafts: readonly Draft[]): string[] {
  return [...new Set(drafts.flatMap((d) => (d.agreement === null ? [] : [d.agreement])))].sort();
}

/**
 * Picks the drafts of one agreement: `agreement` when given, else the agreement most non-reference drafts name
 * (else, when all drafts are reference texts, the one most of them name).
 */
export function selectVersions(drafts: readonly Draft[], agreement?: string | null): VersionSelection {
  const working = drafts.filter((d) => d.status !== 'reference');
  const onlyReferences = working.length === 0;
  const chosen = agreement !== undefined ? agreement : largestAgreement(onlyReferences ? drafts : working);
  // A line only reference texts name (a treaty and its amendments) takes no unlabelled working drafts.
  const referenceLine = chosen !== null && !working.some((d) => d.agreement === chosen);
  const versions: Draft[] = [];
  const excluded: ExcludedDraft[] = [];
  for (const d of drafts) {
    const isReference = d.status === 'reference';
    const joins = isReference ? d.agreement === chosen && (chosen !== null || onlyReferences) : d.agreement === chosen || (d.agreement === null && !referenceLine);
    if (joins) versions.push(d);
    else excluded.push({ id: d.id, agreement: d.agreement, status: d.status, reason: isReference ? 'reference' : 'other-agreement' });
  }
  return { agreement: chosen, versions: orderVersions(versions), excluded };
}
