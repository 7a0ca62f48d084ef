import { z } from 'zod';
import { CompareOptions } from './options.js';

/** Options of the clause history: the comparison's options (used for every consecutive pair) and the history's own. */
export const HistoryOptions = CompareOptions.extend({
  /** Id of the agreement whose versions form the history; by default the one most non-reference drafts name. */
  agreement: z.string().nullable().optional(),
  /** Least word similarity (Dice of content words) for a clause new against the previous version to continue a lineage that is not in it (restored, or back after not being reported). */
  restoreThreshold: z.number().min(0).max(1).default(0.6),
});
/** Options after defaults are applied. */
export type HistoryOptions = z.infer<typeof HistoryOptions>;
/** Options as a caller gives them. */
export type HistoryOptionsInput = z.input<typeof HistoryOptions>;

/** Applies the defaults (throws on a misuse such as a threshold above 1). */
export function resolveHistoryOptions(options: HistoryOptionsInput = {}): HistoryOptions {
  return HistoryOptions.parse(options);
}
