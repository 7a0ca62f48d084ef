import type { ExcludedDraft, Lineage } from '../model/history.js';
import type { PageView } from './redline-page.js';
import { modelledBy } from './reference-page.js';
import type { ModelledByView } from './reference-page.js';
import { clauseName, lineageName, pairInto, siteNav } from './site-context.js';
import type { LinkView, SiteContext } from './site-context.js';
import { hrefFrom } from './site-paths.js';
import { provenanceView } from './version-view.js';
import type { ProvenanceView, VersionView } from './version-view.js';

/** A version on the index's timeline. */
export interface TimelineItemView extends VersionView {
  /** The redline from the previous version, or null for the first. */
  redline: LinkView | null;
  /** Id of the version it says it follows, or null. */
  follows: string | null;
}

/** A redline listed on the index. */
export interface PairItemView {
  /** Link to the page. */
  link: LinkView;
  /** The older version. */
  old: VersionView;
  /** The newer version. */
  new: VersionView;
  /** `3 modified, 1 added · 2 major findings`. */
  summary: string;
  /** True for a pair of consecutive versions. */
  consecutive: boolean;
}

/** A clause lineage listed on the index. */
export interface LineageItemView {
  /** Link to its page. */
  link: LinkView;
  /** Name of its latest clause. */
  name: string;
  /** Lineage id. */
  id: string;
  /** Where it stands in the latest version (`present`, `removed`, …). */
  status: string;
  /** Tag of the version it appeared in. */
  appeared: string;
  /** Tags of the versions where it changed. */
  changed: string[];
  /** Ids of the texts it is modelled on (`north-atlantic-treaty#article-5`). */
  modelledOn: string[];
}

/** A reference text listed on the index. */
export interface ReferenceItemView extends ProvenanceView {
  /** Link to its page. */
  link: LinkView;
  /** Clauses of the history modelled on it. */
  modelledBy: ModelledByView[];
}

/** The index page. */
export interface IndexPageView {
  /** Page head. */
  page: PageView;
  /** Agreement id, or null. */
  agreement: string | null;
  /** The versions, oldest first. */
  timeline: TimelineItemView[];
  /** Every redline page. */
  pairs: PairItemView[];
  /** True when there is at least one redline. */
  hasPairs: boolean;
  /** Every clause page. */
  lineages: LineageItemView[];
  /** Reference texts. */
  references: ReferenceItemView[];
  /** Drafts of other agreements, not published. */
  others: ExcludedDraft[];
  /** True when there are partial versions (the page explains "not reported"). */
  hasPartial: boolean;
}

function pairSummary(ctx: SiteContext, index: number): string {
  const s = ctx.pairs[index]!.comparison.summary;
  const parts: string[] = [];
  const add = (n: number, label: string): void => void (n > 0 && parts.push(`${n} ${label}`));
  add(s.modified, 'modified');
  add(s.added, 'added');
  add(s.removed, 'removed');
  add(s.moved, 'moved');
  add(s.renumbered, 'renumbered');
  add(s.split, 'split');
  add(s.merged, 'merged');
  add(s.notReported, 'not reported');
  const clauses = parts.length === 0 ? 'no clause changed' : parts.join(', ');
  const f = s.findings;
  const total = f.major + f.notice + f.info;
  return total === 0 ? clauses : `${clauses} · ${total} ${total === 1 ? 'finding' : 'findings'} (${f.major} major)`;
}

/** The versions on the timeline as `page` shows them, each with its provenance and the redline from the version before (when it is part of the output). */
export function timelineItems(ctx: SiteContext, page: string): TimelineItemView[] {
  return ctx.versionViews.map((v, k) => {
    const pair = pairInto(ctx, k);
    const href = pair === undefined ? null : ctx.linkTo(page, pair.path);
    return {
      ...v,
      follows: ctx.versions[k]!.follows,
      redline: href === null ? null : { href, label: `Redline ${ctx.versionViews[k - 1]!.tag} → ${v.tag}` },
    };
  });
}

/** The given lineages as `page` lists them (each linked to its history; one whose history is not part of the output is left out). */
export function lineageItems(ctx: SiteContext, page: string, lineages: readonly Lineage[]): LineageItemView[] {
  const tag = (id: string): string => ctx.versionViews.find((v) => v.id === id)?.tag ?? id;
  return lineages.flatMap((l) => {
    const href = ctx.linkTo(page, ctx.lineagePaths.get(l.id)!);
    if (href === null) return [];
    return [
      {
        link: { href, label: lineageName(l) },
        name: clauseName(l.latest),
        id: l.id,
        status: l.status,
        appeared: tag(l.appeared),
        changed: l.changed.map(tag),
        modelledOn: l.modelledOn.map((m) => (m.target === null ? m.draft : `${m.draft}#${m.target}`)),
      },
    ];
  });
}

/** Builds the index: the timeline with provenance, the redlines, the clauses and the reference texts. */
export function buildIndexPage(ctx: SiteContext): IndexPageView {
  const page = 'index.html';
  const heading = ctx.history.agreement === null ? 'Versions of the draft' : `Versions of ${ctx.history.agreement}`;
  return {
    page: { title: heading, kicker: 'Draft history', heading, homeHref: page, nav: siteNav(ctx, page) },
    agreement: ctx.history.agreement,
    timeline: timelineItems(ctx, page),
    pairs: ctx.pairs.map((p, i) => ({
      link: { href: hrefFrom(page, p.path), label: `${ctx.versionViews[p.oldIndex]!.tag} → ${ctx.versionViews[p.newIndex]!.tag}` },
      old: ctx.versionViews[p.oldIndex]!,
      new: ctx.versionViews[p.newIndex]!,
      summary: pairSummary(ctx, i),
      consecutive: p.newIndex === p.oldIndex + 1,
    })),
    hasPairs: ctx.pairs.length > 0,
    lineages: lineageItems(ctx, page, ctx.history.lineages),
    references: ctx.references.map((r) => ({ ...provenanceView(r.draft), link: { href: hrefFrom(page, r.path), label: r.draft.title }, modelledBy: modelledBy(ctx, r, page) })),
    others: ctx.others,
    hasPartial: ctx.versionViews.some((v) => v.partial),
  };
}
