import { z } from 'zod';

const Share = z.number().min(0).max(1);

/** Options of the comparison, with their defaults; every field may be left out. */
export const CompareOptions = z.object({
  /** Treat upper and lower case as equal (the diff keeps both spellings as an `ignored` delete/insert pair). */
  ignoreCase: z.boolean().default(false),
  /** Treat any run of whitespace as equal to any other run (kept as an `ignored` pair when the characters differ). */
  ignoreWhitespace: z.boolean().default(false),
  /** Treat curly and straight quotes, en/em dashes and hyphens, NBSP and space as equal (kept as an `ignored` pair). */
  ignoreTypography: z.boolean().default(false),
  /**
   * Do not report renumbering: `renumbered` stays false and no `clause-renumbered` finding is made; a cross-reference
   * rewritten to follow the renumbering is an `ignored` pair of the diff, with no `reference-updated` finding.
   */
  ignoreNumbering: z.boolean().default(false),
  /** Least score (text similarity plus number/position priors) for two different clauses to be paired. */
  matchThreshold: Share.default(0.45),
  /** Least text similarity for any similarity-based pairing, whatever the priors say. */
  minPairSimilarity: Share.default(0.08),
  /** Below this share of kept words a modified clause's diff is one delete and one insert (shown as replaced). */
  replaceThreshold: Share.default(0.3),
  /** Least share of a clause's words covered by the parts for a split or merge. */
  splitCoverage: Share.default(0.7),
  /** Least share of each part's words found in the whole for it to count as a part of a split or merge. */
  splitPartContainment: Share.default(0.6),
  /** Fold equal islands made only of small words ("the", "of", punctuation) between changes into the change. */
  foldSmallWords: z.boolean().default(true),
  /** Most small words an equal island may have to be folded. */
  foldMaxWords: z.number().int().min(0).default(3),
  /** Guard for jsdiff: most edits considered inside one pair before falling back to a coarse diff. */
  maxEditLength: z.number().int().min(0).default(2000),
  /** Optional wall-clock guard for jsdiff in milliseconds per pair; off by default, since it would make output depend on machine speed. */
  timeout: z.number().int().min(1).optional(),
});
/** Options after defaults are applied. */
export type CompareOptions = z.infer<typeof CompareOptions>;
/** Options as a caller gives them. */
export type CompareOptionsInput = z.input<typeof CompareOptions>;

/** Applies the defaults to caller options (throws on a misuse such as a threshold above 1). */
export function resolveOptions(options: CompareOptionsInput = {}): CompareOptions {
  return CompareOptions.parse(options);
}
