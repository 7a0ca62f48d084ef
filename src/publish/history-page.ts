/**
 * The clause history as one self-contained HTML page (`draftdiff history --format html`): the versions on a timeline
 * with their provenance, then each lineage exactly as its page on the published site shows it. The site's view
 * builders and `templates/site/` partials make it; every link that would lead to another page of the site becomes an
 * in-page anchor (`#v-<draft>`, `#l-<lineage>`) when its target is on the page, and is dropped otherwise.
 */
import { buildHistory } from '../compare/build-history.js';
import { selectVersions } from '../compare/select-versions.js';
import type { Draft } from '../model/draft.js';
import type { History, Lineage } from '../model/history.js';
import { buildClausePage } from './clause-page.js';
import type { ClausePageView } from './clause-page.js';
import { findLineage } from './find-lineage.js';
import { lineageItems, timelineItems } from './index-page.js';
import type { LineageItemView, TimelineItemView } from './index-page.js';
import type { HistoryPageOptions } from './options.js';
import type { PageView } from './redline-page.js';
import { buildSiteContext, lineageName } from './site-context.js';
import type { SiteContext } from './site-context.js';
import { loadSiteTemplates } from './site-templates.js';
import { sanitisePathSegment } from './site-paths.js';

/** One lineage on the history page: its clause page's view, with its ids prefixed. */
export interface HistoryLineageView extends ClausePageView {
  /** Id of its article on the page (`l-<lineage>`), the target of every link to it. */
  anchor: string;
}

/** A draft given but not in the history. */
export interface LeftOutView {
  /** Draft id. */
  id: string;
  /** Why it is left out, in words. */
  reason: string;
}

/** The history page. */
export interface HistoryPageView {
  /** Page head. */
  page: PageView;
  /** Agreement id, or null. */
  agreement: string | null;
  /** The versions, oldest first, with their provenance. */
  timeline: TimelineItemView[];
  /** True when there are partial versions (the page explains "not reported"). */
  hasPartial: boolean;
  /** The drafts given but not in the history. */
  leftOut: LeftOutView[];
  /** The lineages shown, as a table of contents. */
  lineages: LineageItemView[];
  /** True when only one lineage is shown (`clause` was given). */
  single: boolean;
  /** Each lineage shown, in full. */
  histories: HistoryLineageView[];
}

/** Anchor of a lineage's article: `l-<slug>`; its content's ids start with `l-<slug>--`, which no slug contains. */
function lineageAnchor(ctx: SiteContext, lineage: Lineage): string {
  const path = ctx.lineagePaths.get(lineage.id);
  const slug = path === undefined ? sanitisePathSegment(lineage.id) : path.slice('clauses/'.length, -'.html'.length);
  return `l-${slug}`;
}

/** The context of one page holding everything: the index is this page, a shown lineage's page is its article, other pages are not there. */
function inPageContext(ctx: SiteContext, shown: readonly Lineage[]): SiteContext {
  const anchors = new Map(shown.map((l) => [ctx.lineagePaths.get(l.id)!, lineageAnchor(ctx, l)] as const));
  return {
    ...ctx,
    linkTo: (_from, to, fragment) => {
      if (to === 'index.html') return fragment === undefined ? '' : `#${fragment}`;
      const anchor = anchors.get(to);
      return anchor === undefined ? null : `#${anchor}`;
    },
  };
}

/** The versions of `history` among `drafts`, in its order; throws when they are not the drafts it was built from. */
function versionsOf(drafts: readonly Draft[], history: History): Draft[] {
  const versions = selectVersions(drafts, history.agreement).versions;
  const same = versions.length === history.versions.length && versions.every((d, k) => d.id === history.versions[k]!.id);
  if (!same) throw new Error('renderHistoryPage: options.history was not built from these drafts');
  return versions;
}

/** Builds the view of the history page (see `renderHistoryPage`). */
export function buildHistoryPage(drafts: readonly Draft[], options: HistoryPageOptions = {}): HistoryPageView {
  const compare = options.compare ?? {};
  const history = options.history ?? buildHistory(drafts, { ...compare, ...(options.agreement === undefined ? {} : { agreement: options.agreement }) });
  const versions = versionsOf(drafts, history);
  let shown = history.lineages;
  if (options.clause !== undefined) {
    const lineage = findLineage(history, options.clause);
    if (lineage === null) throw new Error(`renderHistoryPage: no clause "${options.clause}" in the history (known: ${history.lineages.map((l) => l.id).join(', ') || 'none'})`);
    shown = [lineage];
  }
  const ctx = inPageContext(buildSiteContext(history, versions, drafts, []), shown);
  const name = history.agreement ?? 'the draft';
  const only = options.clause === undefined ? undefined : shown[0];
  const heading = only === undefined ? `Clause history of ${name}` : `History of ${lineageName(only)} in ${name}`;
  return {
    page: {
      title: heading,
      kicker: 'Clause history',
      heading,
      homeHref: '',
      nav: [
        { href: '#versions', label: 'Versions' },
        { href: '#clauses', label: only === undefined ? 'Clauses' : 'The clause' },
      ],
    },
    agreement: history.agreement,
    timeline: timelineItems(ctx, 'index.html'),
    hasPartial: ctx.versionViews.some((v) => v.partial),
    leftOut: history.excluded.map((e) => ({
      id: e.id,
      reason: e.reason === 'reference' ? 'a reference text (clauses may be modelled on it)' : `a version of another agreement (${e.agreement ?? 'none named'})`,
    })),
    lineages: lineageItems(ctx, 'index.html', shown),
    single: only !== undefined,
    histories: shown.map((lineage) => {
      const anchor = lineageAnchor(ctx, lineage);
      return { ...buildClausePage(ctx, lineage, drafts, compare, `${anchor}--`), anchor };
    }),
  };
}

/**
 * Renders the clause history of an agreement's drafts as one self-contained HTML page (inline CSS, no script, no
 * network): the versions on a timeline with their provenance, then every clause lineage (or only `clause`) as the
 * published site's clause page shows it: timeline steps with redlines and findings, the comparison with the text it
 * is modelled on, and who wrote which words. Every link is an anchor on the page. The same drafts give the same bytes.
 * Throws when `clause` names no lineage.
 *
 * @example
 * const html = renderHistoryPage(drafts, { clause: 'guarantee' });
 */
export function renderHistoryPage(drafts: readonly Draft[], options: HistoryPageOptions = {}): string {
  return loadSiteTemplates().history(buildHistoryPage(drafts, options));
}
