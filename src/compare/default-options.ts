import type { CompareOptions } from './options.js';

/**
 * The defaults of every comparison option, written out so that a caller who builds valid options itself (the CLI,
 * from its own flags) need not load zod: equal to `resolveOptions({})`, key for key (a test checks it).
 */
export const DEFAULT_OPTIONS: Readonly<CompareOptions> = Object.freeze({
  ignoreCase: false,
  ignoreWhitespace: false,
  ignoreTypography: false,
  ignoreNumbering: false,
  matchThreshold: 0.45,
  minPairSimilarity: 0.08,
  replaceThreshold: 0.3,
  splitCoverage: 0.7,
  splitPartContainment: 0.6,
  foldSmallWords: true,
  foldMaxWords: 3,
  maxEditLength: 2000,
});
