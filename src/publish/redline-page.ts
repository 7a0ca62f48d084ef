import type { Change } from '../model/comparison.js';
import { sidesOf } from '../render/names.js';
import { buildViewModel } from '../render/view-model.js';
import type { EntryView, ViewModel } from '../render/view-model.js';
import { lineageName, siteNav } from './site-context.js';
import type { LinkView, SiteContext, SitePair } from './site-context.js';
import { hrefFrom } from './site-paths.js';
import type { VersionView } from './version-view.js';

/** The head of every page: title, navigation. */
export interface PageView {
  /** `<title>`. */
  title: string;
  /** Small line above the heading (`Redline`, `Clause history`). */
  kicker: string;
  /** The `<h1>`. */
  heading: string;
  /** Href of the index page; empty on a page that stands alone (no Home link). */
  homeHref: string;
  /** Site-wide navigation. */
  nav: LinkView[];
}

/** One item of a redline page's body: the report's entry plus links to the clause pages of its change. */
export interface SiteEntryView extends EntryView {
  /** Clause history pages of the lineages of this change. */
  clauseLinks: LinkView[];
}

/** A redline page: the HTML report's view model, with the site's navigation and clause links. */
export interface RedlinePageView {
  /** Page head. */
  page: PageView;
  /** The redline report's view model (`templates/html` partials read it). */
  report: ViewModel;
  /** The body, entry by entry, with clause links. */
  entries: SiteEntryView[];
  /** The older version's provenance and place on the timeline. */
  old: VersionView;
  /** The newer version's. */
  new: VersionView;
  /** Href of the older version on the index. */
  oldHref: string;
  /** Href of the newer version on the index. */
  newHref: string;
  /** The previous and next consecutive redlines, when this is one. */
  previous: LinkView | null;
  /** See `previous`. */
  next: LinkView | null;
  /** Every clause history page reached from this redline, in reading order. */
  clauses: LinkView[];
}

/** The lineage ids of a change: its new sides' clauses in the newer version, else its old sides' in the older. */
function lineagesOf(ctx: SiteContext, pair: SitePair, change: Change): string[] {
  if (change.kind !== 'clause') return [];
  const pick = (sides: ReturnType<typeof sidesOf>, index: number): string[] =>
    sides.flatMap((s) => {
      const id = ctx.clauseLineage[index]?.get(s.id);
      return id === undefined ? [] : [id];
    });
  const found = pick(sidesOf(change.new), pair.newIndex);
  const ids = found.length > 0 ? found : pick(sidesOf(change.old), pair.oldIndex);
  return [...new Set(ids)];
}

const lineageIndexes = new WeakMap<SiteContext, Map<string, SiteContext['history']['lineages'][number]>>();

/** The lineage with this id (indexed once per site). */
function lineageById(ctx: SiteContext, id: string): SiteContext['history']['lineages'][number] | undefined {
  let index = lineageIndexes.get(ctx);
  if (index === undefined) {
    index = new Map(ctx.history.lineages.map((l) => [l.id, l] as const));
    lineageIndexes.set(ctx, index);
  }
  return index.get(id);
}

/** How a link to a clause page reads: `History of guarantee`, `History of Point 5`. */
function lineageLabel(ctx: SiteContext, lineageId: string): string {
  const lineage = lineageById(ctx, lineageId);
  return `History of ${lineage === undefined ? lineageId : lineageName(lineage)}`;
}

/** Builds a redline page and records, on the pair, where each lineage's change is on it. */
export function buildRedlinePage(ctx: SiteContext, pair: SitePair): RedlinePageView {
  const report = buildViewModel(pair.comparison, { format: 'html', color: false, showUnchanged: true });
  const link = (lineageId: string): LinkView[] => {
    const path = ctx.lineagePaths.get(lineageId);
    return path === undefined ? [] : [{ href: hrefFrom(pair.path, path), label: lineageLabel(ctx, lineageId) }];
  };
  const byKey = new Map(pair.comparison.changes.map((c) => [c.key, c] as const));
  const clauses: LinkView[] = [];
  const listed = new Set<string>();
  const entries: SiteEntryView[] = report.entries.map((entry) => {
    const change = entry.change === null ? undefined : byKey.get(entry.change.key);
    const ids = change === undefined ? [] : lineagesOf(ctx, pair, change);
    for (const id of ids) if (!pair.lineageAnchors.has(id)) pair.lineageAnchors.set(id, entry.change!.anchor);
    const clauseLinks = ids.flatMap(link);
    for (const l of clauseLinks) {
      if (listed.has(l.href)) continue;
      listed.add(l.href);
      clauses.push(l);
    }
    return { ...entry, clauseLinks };
  });
  const old = ctx.versionViews[pair.oldIndex]!;
  const neu = ctx.versionViews[pair.newIndex]!;
  const consecutive = pair.newIndex === pair.oldIndex + 1;
  const neighbour = (oldIndex: number): LinkView | null => {
    const p = ctx.pairs.find((q) => q.oldIndex === oldIndex && q.newIndex === oldIndex + 1);
    if (p === undefined) return null;
    return { href: hrefFrom(pair.path, p.path), label: `${ctx.versionViews[p.oldIndex]!.tag} → ${ctx.versionViews[p.newIndex]!.tag}` };
  };
  return {
    page: {
      title: `Redline ${old.tag} → ${neu.tag}: ${old.title} → ${neu.title}`,
      kicker: `Redline · ${old.tag} → ${neu.tag}`,
      heading: `${old.title} → ${neu.title}`,
      homeHref: hrefFrom(pair.path, 'index.html'),
      nav: siteNav(ctx, pair.path),
    },
    report,
    entries,
    old,
    new: neu,
    oldHref: hrefFrom(pair.path, 'index.html', old.anchor),
    newHref: hrefFrom(pair.path, 'index.html', neu.anchor),
    previous: consecutive ? neighbour(pair.oldIndex - 1) : null,
    next: consecutive ? neighbour(pair.oldIndex + 1) : null,
    clauses,
  };
}
