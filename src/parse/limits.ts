/** Size limits of the reader; inputs beyond them get a clear message instead of exhausting memory or the stack. */
export const LIMITS = {
  /** Largest draft file read, in bytes (a 1,200-page treaty of 500,000 words is about 3.5 MB). */
  maxFileBytes: 32 * 1024 * 1024,
  /** Deepest nesting of block quotes and lists accepted in a file. */
  maxNesting: 100,
  /** Deepest clause nesting kept as a tree; deeper sub-points are kept as text of their ancestor. */
  maxClauseDepth: 32,
} as const;
