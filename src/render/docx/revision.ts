import type { IsoDate } from '../../model/draft.js';

/** Who and when every tracked change and comment of a redline is attributed to. */
export interface Revision {
  /** Author name written on every `w:ins`, `w:del` and comment. */
  author: string;
  /** ISO 8601 date-time written on every `w:ins`, `w:del` and comment, e.g. `2025-11-01T00:00:00Z`. */
  date: string;
}

/** Author used when none is given. */
export const DEFAULT_AUTHOR = 'draftdiff';
/** Date used when the new version has none: fixed, so the output stays reproducible. */
export const FALLBACK_DATE = '1970-01-01T00:00:00Z';

/** The date-time of a draft date as precise as known (`2025`, `2025-11`, `2025-11-20`): its first day at midnight UTC. */
export function revisionDate(date: IsoDate | null): string {
  if (date === null) return FALLBACK_DATE;
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}
