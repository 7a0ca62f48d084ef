import type { CompareOptionsInput } from '../compare/options.js';
import type { History } from '../model/history.js';
import type { Message } from '../model/message.js';

/** Which pairs of versions get a redline page. */
export type PairMode = 'consecutive' | 'all';

/** One step of the work, for a progress line: the `done`-th of `total` comparisons, about to run. */
export interface PublishProgress {
  /** 1-based number of the comparison about to run. */
  done: number;
  /** How many comparisons the site needs. */
  total: number;
  /** Id of the older version. */
  old: string;
  /** Id of the newer version. */
  new: string;
}

/** Options of `publishSite`; only `out` is required. */
export interface PublishOptions {
  /** Directory the site is written to; it is replaced whole (only an empty folder or an earlier site is replaced). */
  out: string;
  /** `consecutive` (default): a redline per consecutive pair of versions; `all`: one for every pair. */
  pairs?: PairMode;
  /** A directory of user templates: `DIR/site/<name>.hbs` and `DIR/html/<name>.hbs` replace ours by name. */
  templates?: string;
  /** Id of the agreement to publish when the drafts hold several (default: the one most drafts name). */
  agreement?: string;
  /** Options for every comparison (ignore case, whitespace, typography, numbering; thresholds). */
  compare?: CompareOptionsInput;
  /** Called before each comparison (the CLI prints `[k/n] comparing a → b` on a terminal). */
  onProgress?: (progress: PublishProgress) => void;
}

/** What `publishSite` did. */
export interface PublishResult {
  /** False when a draft had an error: nothing was written. */
  ok: boolean;
  /** Problems found in the drafts (errors and warnings), as `file:line:column` messages. */
  messages: Message[];
  /** Path of the site's `index.html` (under `out` as given), or null when nothing was written. */
  index: string | null;
  /** Every file written, site-relative (posix), sorted. */
  files: string[];
}

/** Options of `renderHistoryPage`; all optional. */
export interface HistoryPageOptions {
  /** Show only this clause: a lineage id, or the id its clause has in any version (default: every lineage). */
  clause?: string;
  /** Id of the agreement to follow when the drafts hold several (default: the one most drafts name); ignored with `history`. */
  agreement?: string;
  /** Options for the comparisons (the history's, when it is built here, and each clause's with its model). */
  compare?: CompareOptionsInput;
  /** A history already built from these drafts with `buildHistory`, so the versions are not compared again. */
  history?: History;
}
