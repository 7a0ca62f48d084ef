export { parseDraft, computeLineStarts } from './parse-draft.js';
export type { ParseOptions, ParseResult } from './parse-draft.js';
export { readDraftFile, readDrafts, listDraftFiles } from './read-draft-file.js';
export { forEachClause } from './assemble-draft.js';
export { findFacts } from './find-facts.js';
export { findQuotes } from './find-quotes.js';
export { LIMITS } from './limits.js';
