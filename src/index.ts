/**
 * draftdiff: compare versions of a draft agreement clause by clause.
 * This module only re-exports the public API; each stage lives in its own folder.
 */
export { parseDraft, readDraftFile, readDrafts, listDraftFiles, LIMITS } from './parse/index.js';
export type { ParseOptions, ParseResult } from './parse/index.js';
export { compareDrafts, compareClauseWithModel, compareWithModels, orderVersions, findingRules, resolveOptions, joinDiff } from './compare/index.js';
export type { CompareOptionsInput, HistoryOptionsInput } from './compare/index.js';
export { buildHistory, compareConsecutive, attributeText } from './compare/index.js';
export { renderComparison } from './render/render-comparison.js';
export { renderDocx } from './render/render-docx.js';
export type { RenderDocxOptions } from './render/render-docx.js';
export { publishSite, renderHistoryPage } from './publish/index.js';
export type { PublishOptions, PublishResult, PublishProgress, PairMode, HistoryPageOptions } from './publish/index.js';
export * from './model/index.js';
