export { publishSite } from './publish-site.js';
export type { PairMode, PublishOptions, PublishProgress, PublishResult } from './options.js';
export { sanitisePathSegment, SlugAllocator } from './site-paths.js';
export { SITE_MARKER, SiteOutError } from './write-site.js';
export { buildHistoryPage, renderHistoryPage } from './history-page.js';
export type { HistoryLineageView, HistoryPageView, LeftOutView } from './history-page.js';
export type { HistoryPageOptions } from './options.js';
export { findLineage } from './find-lineage.js';
