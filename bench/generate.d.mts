/** Types of the benchmark's corpus generator (bench/generate.mjs), for the tests that reuse it. */
export declare const GENERATOR_VERSION: number;
export declare const DEFAULT_SEED: number;
export declare const PAIRS: readonly { name: string; words: number; numbered: boolean }[];
export declare function seededRandom(seed: number): () => number;
/** The true pairing: `[oldUnit, newUnit]` indexes (clauses in pre-order, or blocks), null on the side a unit is missing from. */
export interface Truth {
  kind: 'clauses' | 'blocks';
  oldUnits: number;
  newUnits: number;
  pairs: [number | null, number | null][];
}
export declare function generatePair(
  options: { words: number; numbered: boolean },
  seed: number,
): { old: string; new: string; truth: Truth; words: { old: number; new: number } };
export declare function generateCorpus(dir: string, options?: { seed?: number }): unknown;
