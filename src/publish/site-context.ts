import type { Comparison } from '../model/comparison.js';
import type { Draft } from '../model/draft.js';
import type { ExcludedDraft, History, HistoryClause, Lineage } from '../model/history.js';
import { sanitiseAnchor } from '../render/escape.js';
import { sideName } from '../render/names.js';
import { clausePath, comparePath, hrefFrom, referencePath, SlugAllocator } from './site-paths.js';
import { versionView } from './version-view.js';
import type { VersionView } from './version-view.js';
import { forEachClause } from '../parse/assemble-draft.js';

/** A pair of versions with a redline page. */
export interface SitePair {
  /** Index of the older version in `versions`. */
  oldIndex: number;
  /** Index of the newer version. */
  newIndex: number;
  /** The comparison (computed once, shared with the history when consecutive). */
  comparison: Comparison;
  /** Site-relative path of its page. */
  path: string;
  /** Anchor of each lineage's change on that page (filled when the page is built). */
  lineageAnchors: Map<string, string>;
}

/** A reference text (a `status: reference` draft outside the history) with its page. */
export interface SiteReference {
  /** The draft. */
  draft: Draft;
  /** Site-relative path of its page. */
  path: string;
  /** Anchor of each clause on its page, by clause id. */
  anchors: Map<string, string>;
}

/** Everything the page builders share: versions, pages and how clauses map to lineages. */
export interface SiteContext {
  /** The clause history. */
  history: History;
  /** The versions, in the history's order. */
  versions: Draft[];
  /** Their views (provenance, tags, anchors), in the same order. */
  versionViews: VersionView[];
  /** Pairs with a redline page: consecutive first, then (with `pairs: 'all'`) the others. */
  pairs: SitePair[];
  /** Site-relative page path of each lineage, by lineage id. */
  lineagePaths: Map<string, string>;
  /** Reference texts with pages. */
  references: SiteReference[];
  /** Drafts of other agreements, left out of the site. */
  others: ExcludedDraft[];
  /** For each version index, the lineage of each clause id in that version. */
  clauseLineage: Map<string, string>[];
  /** The href from one site page to another (with a fragment), or null when the target is not part of the output (the link is then dropped). */
  linkTo: (fromPage: string, toPage: string, fragment?: string) => string | null;
}

const clauseLists = new WeakMap<Draft, Draft['clauses']>();
const clauseIndexes = new WeakMap<Draft, Map<string, Draft['clauses'][number]>>();

/** Every clause of a draft at any depth, in reading order (computed once per draft). */
export function allClauses(draft: Draft): Draft['clauses'] {
  let list = clauseLists.get(draft);
  if (list === undefined) {
    const out: Draft['clauses'] = [];
    forEachClause(draft.clauses, (c) => out.push(c));
    list = out;
    clauseLists.set(draft, list);
  }
  return list;
}

/** The clause of a draft with this id, at any depth (indexed once per draft). */
export function clauseById(draft: Draft, id: string): Draft['clauses'][number] | undefined {
  let index = clauseIndexes.get(draft);
  if (index === undefined) {
    index = new Map();
    for (const c of allClauses(draft)) if (!index.has(c.id)) index.set(c.id, c);
    clauseIndexes.set(draft, index);
  }
  return index.get(id);
}

function anchorsOf(draft: Draft): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const c of allClauses(draft)) {
    if (out.has(c.id)) continue;
    const base = `c-${sanitiseAnchor(c.id)}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    out.set(c.id, anchor);
  }
  return out;
}

/** Builds the shared context: slugs and paths for every page, in a fixed order so the same input gives the same names. */
export function buildSiteContext(history: History, versions: Draft[], drafts: readonly Draft[], pairs: Omit<SitePair, 'path' | 'lineageAnchors'>[]): SiteContext {
  const versionSlugs = new SlugAllocator();
  const slugs = versions.map((d) => versionSlugs.allocate(d.id));
  const lineageSlugs = new SlugAllocator();
  const lineagePaths = new Map(history.lineages.map((l) => [l.id, clausePath(lineageSlugs.allocate(l.id))] as const));
  const referenceSlugs = new SlugAllocator();
  const inHistory = new Set(versions);
  const references: SiteReference[] = drafts
    .filter((d) => !inHistory.has(d) && d.status === 'reference')
    .map((draft) => ({ draft, path: referencePath(referenceSlugs.allocate(draft.id)), anchors: anchorsOf(draft) }));
  const clauseLineage = versions.map(() => new Map<string, string>());
  for (const lineage of history.lineages) {
    lineage.steps.forEach((step, k) => {
      const map = clauseLineage[k];
      if (step.clause !== null && map !== undefined && !map.has(step.clause.id)) map.set(step.clause.id, lineage.id);
    });
  }
  return {
    history,
    versions,
    versionViews: versions.map((d, i) => versionView(d, i, slugs[i]!)),
    pairs: pairs.map((p) => ({ ...p, path: comparePath(slugs[p.oldIndex]!, slugs[p.newIndex]!), lineageAnchors: new Map() })),
    lineagePaths,
    references,
    others: history.excluded.filter((e) => e.reason === 'other-agreement'),
    clauseLineage,
    linkTo: hrefFrom,
  };
}

/** A link from one page to another page of the site. */
export interface LinkView {
  /** Relative href. */
  href: string;
  /** Words of the link. */
  label: string;
}

/** Words that link to a page when it is part of the output, else stay plain text. */
export interface OptionalLinkView {
  /** Relative href, or null when the target is not part of the output. */
  href: string | null;
  /** Words of the link. */
  label: string;
}

/** The site-wide navigation of a page. */
export function siteNav(ctx: SiteContext, page: string): LinkView[] {
  const to = (fragment: string): string => hrefFrom(page, 'index.html', fragment);
  const nav: LinkView[] = [
    { href: to('timeline'), label: 'Versions' },
    { href: to('redlines'), label: 'Redlines' },
    { href: to('clauses'), label: 'Clauses' },
  ];
  if (ctx.references.length > 0) nav.push({ href: to('references'), label: 'Reference texts' });
  return nav;
}

/** The consecutive pair whose newer version is `newIndex`, or undefined for the first version. */
export function pairInto(ctx: SiteContext, newIndex: number): SitePair | undefined {
  return ctx.pairs.find((p) => p.newIndex === newIndex && p.oldIndex === newIndex - 1);
}

/** How a report names a clause of the history (`Point 6`, `Article 5`, `Point “The security provisions…”`). */
export function clauseName(clause: HistoryClause): string {
  return sideName({ ...clause, parent: null, blockKind: null });
}

/** How the site names a lineage: its author id (`guarantee`), else the name of its latest clause (`Point 6`). */
export function lineageName(lineage: Lineage): string {
  return lineage.idSource === 'author' ? lineage.id : clauseName(lineage.latest);
}
