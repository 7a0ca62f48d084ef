import type { CompareOptionsInput } from '../compare/options.js';
import type { Draft, Wording } from '../model/draft.js';
import type { Lineage, LineageStep } from '../model/history.js';
import { findingView } from '../render/change-view.js';
import type { FindingView } from '../render/change-view.js';
import { printedNumber } from '../render/names.js';
import { toParagraphs, toSegments, visibleOps } from '../render/segments.js';
import type { Paragraph, Segment } from '../render/segments.js';
import { attributionView } from './attribution-view.js';
import type { AttributionView } from './attribution-view.js';
import { modelViews } from './model-view.js';
import type { ModelView } from './model-view.js';
import type { PageView } from './redline-page.js';
import { clauseById, clauseName, lineageName, pairInto, siteNav } from './site-context.js';
import type { LinkView, OptionalLinkView, SiteContext } from './site-context.js';
import { hrefFrom } from './site-paths.js';
import type { VersionView } from './version-view.js';

/** One version of a clause's timeline. */
export interface StepView {
  /** The version. */
  version: VersionView;
  /** Href of the version on the timeline, or null when it is not part of the output. */
  versionHref: string | null;
  /** `present`, `absent` or `not-reported`. */
  state: string;
  /** The event (`introduced`, `modified`, …) or `none`. */
  event: string;
  /** What happened, in words. */
  eventLabel: string;
  /** The clause's number in that version (`5`, `(b)`, `•`), or null. */
  number: string | null;
  /** `Renumbered 1 → 2`, or null. */
  renumbered: string | null;
  /** True when the clause moved. */
  moved: boolean;
  /** Words before the related lineages (`Merged into`), or null. */
  relatedLabel: string | null;
  /** The other lineages in a split or merge, linked when their history is part of the output. */
  related: OptionalLinkView[];
  /** Says which version the redline is against when it is not the previous one, else null. */
  baseNote: string | null;
  /** The heading as redlined runs, or empty. */
  heading: Segment[];
  /** True when there is a heading. */
  hasHeading: boolean;
  /** The text in that version, redlined against its base when there is one. */
  paragraphs: Paragraph[];
  /** True when `paragraphs` show changes. */
  redlined: boolean;
  /** Whose words the clause is in that version, or null when absent. */
  wordingLabel: string | null;
  /** What the change means. */
  findings: FindingView[];
  /** True when there are findings. */
  hasFindings: boolean;
  /** The redline of that version against the previous one, at this clause, or null. */
  redline: LinkView | null;
}

/** A clause lineage's page. */
export interface ClausePageView {
  /** Page head. */
  page: PageView;
  /** Put before every id of the lineage's content, so several lineages can share one page (empty on its own page). */
  idPrefix: string;
  /** Href of the page that holds the versions' timeline (`../index.html`; empty when it is this page). */
  versionsHref: string;
  /** Lineage id. */
  id: string;
  /** True when the id is the author's `{#id}`. */
  authorId: boolean;
  /** Name of its latest clause (`Point 6`, `Point “The security…”`). */
  name: string;
  /** Where it stands in the latest version, in words. */
  statusLabel: string;
  /** The version it was first seen in. */
  appeared: LinkView | null;
  /** The versions where it changed. */
  changed: LinkView[];
  /** Its latest wording, phrase by phrase. */
  attribution: AttributionView;
  /** One step per version. */
  steps: StepView[];
  /** Comparisons with the texts it is modelled on. */
  models: ModelView[];
  /** True when there are some. */
  hasModels: boolean;
}

const WORDING_LABELS: Record<Wording, string> = {
  verbatim: 'the draft’s own words',
  paraphrase: 'the reporter’s paraphrase',
  mixed: 'the reporter’s paraphrase with words quoted from the draft',
};

function eventLabel(step: LineageStep, k: number): string {
  switch (step.event) {
    case 'introduced':
      return k === 0 ? 'In the first version' : 'Introduced';
    case 'first-reported':
      return 'First reported: the version before reports only part of the draft, so whether it is new here is unknown';
    case 'unchanged':
      return 'Wording unchanged';
    case 'modified':
      return 'Wording changed';
    case 'split':
      return 'Split into several clauses';
    case 'split-from':
      return 'Starts as part of a split clause';
    case 'merged':
      return 'Merged: other clauses were joined into it';
    case 'merged-into':
      return 'Merged into another clause';
    case 'removed':
      return 'Removed';
    case 'restored':
      return 'Restored after it had been dropped';
    case null:
      if (step.state === 'not-reported') return 'Not reported: this version reports only part of the draft';
      return 'Not in this version';
  }
}

const RELATED_LABELS: Record<string, string> = { split: 'Its other parts:', 'split-from': 'Split from:', merged: 'Took in:', 'merged-into': 'Merged into:' };

function wordingIn(draft: Draft | undefined, clauseId: string | undefined): string | null {
  if (draft === undefined || clauseId === undefined) return null;
  const clause = clauseById(draft, clauseId);
  return clause === undefined ? null : WORDING_LABELS[clause.wording];
}

/** The clause's number as printed, or null for a bullet (a bare `•` says nothing). */
function numberOf(clause: LineageStep['clause']): string | null {
  if (clause === null) return null;
  const num = printedNumber({ ...clause, parent: null, blockKind: null });
  return num === '•' ? null : num;
}

/** A number as printed without its trailing dot (`5.` → `5`); `•` for a bullet. */
function shortNumber(num: string | null): string {
  return num === null ? '•' : num.trim().replace(/\.$/u, '');
}

function stepView(ctx: SiteContext, lineage: Lineage, step: LineageStep, k: number, page: string): StepView {
  const version = ctx.versionViews[k]!;
  const clause = step.clause;
  const redlined = step.diff.length > 0;
  const ops = redlined ? visibleOps(step.diff, 'redline') : clause === null || clause.text === '' ? [] : [{ op: 'equal' as const, text: clause.text }];
  const heading = clause?.heading ? toSegments([{ op: 'equal', text: clause.heading }]) : [];
  const baseIndex = step.base === null ? -1 : ctx.versionViews.findIndex((v) => v.id === step.base);
  const pair = pairInto(ctx, k);
  const anchor = pair?.lineageAnchors.get(lineage.id);
  const related = step.related.flatMap((id) => {
    const path = ctx.lineagePaths.get(id);
    const other = ctx.history.lineages.find((l) => l.id === id);
    return path === undefined || other === undefined ? [] : [{ href: ctx.linkTo(page, path), label: lineageName(other) }];
  });
  const findings = step.findings.map(findingView);
  const redline = pair === undefined ? null : ctx.linkTo(page, pair.path, anchor);
  return {
    version,
    versionHref: ctx.linkTo(page, 'index.html', version.anchor),
    state: step.state,
    event: step.event ?? 'none',
    eventLabel: eventLabel(step, k),
    number: numberOf(clause),
    renumbered: step.renumbered === null ? null : `Renumbered ${shortNumber(step.renumbered.from)} → ${shortNumber(step.renumbered.to)}`,
    moved: step.moved,
    relatedLabel: related.length === 0 ? null : (RELATED_LABELS[step.event ?? ''] ?? 'Related:'),
    related,
    baseNote: baseIndex !== -1 && baseIndex !== k - 1 ? `Compared with ${ctx.versionViews[baseIndex]!.tag} (${step.base}), the last version where it was present.` : null,
    heading,
    hasHeading: heading.length > 0,
    paragraphs: toParagraphs(ops),
    redlined,
    wordingLabel: wordingIn(ctx.versions[k], clause?.id),
    findings,
    hasFindings: findings.length > 0,
    redline: redline === null ? null : { href: redline, label: `Redline ${ctx.versionViews[k - 1]!.tag} → ${version.tag}` },
  };
}

function statusLabel(ctx: SiteContext, lineage: Lineage): string {
  const last = ctx.versionViews.find((v) => v.id === lineage.latestVersion);
  const seen = last === undefined ? lineage.latestVersion : `${last.tag} (${last.id})`;
  switch (lineage.status) {
    case 'present':
      return `In the latest version, ${seen}`;
    case 'removed':
      return `Removed; last seen in ${seen}`;
    case 'merged':
      return `Merged into another clause; last seen in ${seen}`;
    case 'split':
      return `Split into other clauses; last seen in ${seen}`;
    case 'not-reported':
      return `Not reported in the latest version (it reports only part of the draft); last seen in ${seen}`;
  }
}

/**
 * Builds the page of one clause lineage: timeline, attribution of its latest wording, comparisons with its models.
 * `idPrefix` goes before every id of its content (for a page that shows several lineages).
 */
export function buildClausePage(ctx: SiteContext, lineage: Lineage, drafts: readonly Draft[], options: CompareOptionsInput, idPrefix = ''): ClausePageView {
  const page = ctx.lineagePaths.get(lineage.id)!;
  const versionLink = (id: string): LinkView[] => {
    const v = ctx.versionViews.find((x) => x.id === id);
    const href = v === undefined ? null : ctx.linkTo(page, 'index.html', v.anchor);
    return v === undefined || href === null ? [] : [{ href, label: `${v.tag} · ${v.id}` }];
  };
  const models = modelViews(ctx, lineage, drafts, page, options, idPrefix);
  const name = clauseName(lineage.latest);
  const title = lineageName(lineage);
  return {
    page: {
      title: `Clause history: ${title}`,
      kicker: 'Clause history',
      heading: lineage.idSource === 'author' ? `${title}: ${name}` : name,
      homeHref: hrefFrom(page, 'index.html'),
      nav: siteNav(ctx, page),
    },
    idPrefix,
    versionsHref: ctx.linkTo(page, 'index.html') ?? '',
    id: lineage.id,
    authorId: lineage.idSource === 'author',
    name,
    statusLabel: statusLabel(ctx, lineage),
    appeared: versionLink(lineage.appeared)[0] ?? null,
    changed: lineage.changed.flatMap(versionLink),
    attribution: attributionView(lineage.attribution, ctx.versionViews),
    steps: lineage.steps.map((step, k) => stepView(ctx, lineage, step, k, page)),
    models,
    hasModels: models.length > 0,
  };
}
