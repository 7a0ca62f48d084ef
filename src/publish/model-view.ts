import { compareClauseWithModel } from '../compare/compare-drafts.js';
import type { CompareOptionsInput } from '../compare/options.js';
import type { Draft } from '../model/draft.js';
import type { Lineage, LineageModel } from '../model/history.js';
import { buildChangeView } from '../render/change-view.js';
import type { ChangeView } from '../render/change-view.js';
import { clauseById, clauseName } from './site-context.js';
import type { LinkView, SiteContext } from './site-context.js';
import { provenanceView } from './version-view.js';
import type { ProvenanceView, VersionView } from './version-view.js';

/** A clause compared with the text it is declared to be modelled on (`modelledOn`). */
export interface ModelView {
  /** Unique id of this comparison on the page (`model-1`). */
  anchor: string;
  /** The version that declares the link. */
  declaredBy: VersionView | null;
  /** Id of the model draft. */
  draft: string;
  /** Id of the model clause, or null for the whole draft. */
  target: string | null;
  /** Name of the model clause (`Article 5`), or the draft's title. */
  targetName: string;
  /** The model draft's provenance, or null when it is not among the drafts. */
  model: ProvenanceView | null;
  /** Link to the model text in full (its reference page), or null when it has none. */
  read: LinkView | null;
  /** The comparison (model = old side, clause = new side), or null when it could not be made. */
  change: ChangeView | null;
  /** Why there is no comparison, or null. */
  missing: string | null;
}

/** Compares a lineage's clause with each text it is modelled on (the clause as it stands in the version that declares the link); `idPrefix` goes before each anchor. */
export function modelViews(ctx: SiteContext, lineage: Lineage, drafts: readonly Draft[], page: string, options: CompareOptionsInput, idPrefix = ''): ModelView[] {
  return lineage.modelledOn.map((link: LineageModel, index): ModelView => {
    const k = ctx.versionViews.findIndex((v, i) => v.id === link.version && lineage.steps[i]?.clause != null);
    const version = k === -1 ? undefined : ctx.versions[k];
    const clauseId = k === -1 ? undefined : lineage.steps[k]?.clause?.id;
    const modelDraft = drafts.find((d) => d.id === link.draft && d.status === 'reference') ?? drafts.find((d) => d.id === link.draft);
    const reference = ctx.references.find((r) => r.draft === modelDraft);
    const modelClause = modelDraft === undefined || link.target === null ? undefined : clauseById(modelDraft, link.target);
    const targetName = modelClause !== undefined ? clauseName({ ...modelClause }) : link.target ?? modelDraft?.title ?? link.draft;
    const anchor = link.target === null ? undefined : reference?.anchors.get(link.target);
    const read = reference === undefined ? null : ctx.linkTo(page, reference.path, anchor);
    const base: ModelView = {
      anchor: `${idPrefix}model-${index + 1}`,
      declaredBy: k === -1 ? null : ctx.versionViews[k]!,
      draft: link.draft,
      target: link.target,
      targetName,
      model: modelDraft === undefined ? null : provenanceView(modelDraft),
      read: read === null ? null : { href: read, label: `Read ${targetName} in full` },
      change: null,
      missing: null,
    };
    if (modelDraft === undefined) return { ...base, missing: `The model text (${link.draft}) is not among the published drafts.` };
    if (version === undefined || clauseId === undefined || link.target === null) return { ...base, missing: 'There is no single clause to compare with.' };
    const change = compareClauseWithModel(version, clauseId, modelDraft, link.target, options);
    if (change === null) return { ...base, missing: `${link.target} is not a clause of ${link.draft}.` };
    return { ...base, change: buildChangeView(change, `${base.anchor}-change`) };
  });
}
