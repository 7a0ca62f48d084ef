export { publishSite } from './publish-site.js';
export type { PairMode, PublishOptions, PublishProgress, PublishResult } from './options.js';
export { sanitisePathSegment, SlugAllocator } from './site-paths.js';
export { SITE_MARKER, SiteOutError } from './write-site.js';
