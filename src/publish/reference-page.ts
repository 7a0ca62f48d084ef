import { blockLabel } from '../render/names.js';
import type { PageView } from './redline-page.js';
import { allClauses, clauseById, clauseName, lineageName, siteNav } from './site-context.js';
import type { LinkView, SiteContext, SiteReference } from './site-context.js';
import { hrefFrom } from './site-paths.js';
import { provenanceView } from './version-view.js';
import type { ProvenanceView } from './version-view.js';

/** A clause or block of a reference text, in reading order. */
export interface ReferenceItemView {
  /** Anchor of a clause (`c-article-5`), or null for a block. */
  anchor: string | null;
  /** Name of a clause (`Article 5`), or the block's kind (`Text`, `Heading`). */
  label: string;
  /** The clause's heading, or null. */
  heading: string | null;
  /** True for a clause. */
  isClause: boolean;
  /** The text, by paragraph. */
  paragraphs: string[];
}

/** A clause of the history that says it is modelled on this text. */
export interface ModelledByView {
  /** Link to the clause's page. */
  clause: LinkView;
  /** Which clause of the reference text, or null for the whole text. */
  target: LinkView | null;
  /** The version that says so. */
  declaredBy: string;
}

/** The page of a reference text: its provenance and whole text. */
export interface ReferencePageView {
  /** Page head. */
  page: PageView;
  /** Its provenance. */
  provenance: ProvenanceView;
  /** Clauses of the history modelled on it. */
  modelledBy: ModelledByView[];
  /** Its text. */
  items: ReferenceItemView[];
}

function targetName(reference: SiteReference, target: string): string {
  const clause = clauseById(reference.draft, target);
  return clause === undefined ? target : clauseName({ ...clause });
}

/** The clauses of the history that name `reference` as their model, with links from `page`. */
export function modelledBy(ctx: SiteContext, reference: SiteReference, page: string): ModelledByView[] {
  return ctx.history.lineages.flatMap((lineage) =>
    lineage.modelledOn
      .filter((m) => m.draft === reference.draft.id)
      .map((m) => {
        const anchor = m.target === null ? undefined : reference.anchors.get(m.target);
        return {
          clause: { href: hrefFrom(page, ctx.lineagePaths.get(lineage.id)!), label: lineageName(lineage) },
          target: m.target === null ? null : { href: hrefFrom(page, reference.path, anchor), label: targetName(reference, m.target) },
          declaredBy: m.version,
        };
      }),
  );
}

/** Builds a reference text's page. */
export function buildReferencePage(ctx: SiteContext, reference: SiteReference): ReferencePageView {
  const { draft, path } = reference;
  const clauses = allClauses(draft).map((c) => ({
    order: c.order,
    item: { anchor: reference.anchors.get(c.id) ?? null, label: clauseName({ ...c }), heading: c.heading, isClause: true, paragraphs: c.text.split('\n\n').filter((p) => p !== '') },
  }));
  const blocks = draft.blocks.map((b) => ({
    order: b.order,
    item: { anchor: null, label: blockLabel(b.kind), heading: null, isClause: false, paragraphs: b.text.split('\n\n').filter((p) => p !== '') },
  }));
  const items = [...clauses, ...blocks].sort((a, b) => a.order - b.order).map((x) => x.item);
  return {
    page: { title: `Reference text: ${draft.title}`, kicker: 'Reference text', heading: draft.title, homeHref: hrefFrom(path, 'index.html'), nav: siteNav(ctx, path) },
    provenance: provenanceView(draft),
    modelledBy: modelledBy(ctx, reference, path),
    items,
  };
}
