import type { AttributedSpan, Attribution } from '../model/history.js';
import type { VersionView } from './version-view.js';

/** A phrase of a clause's latest wording with the version that introduced it. */
export interface AttributedSpanView {
  /** The exact characters. */
  text: string;
  /** `v1`, `v2`, … or `?` when the version is unknown. */
  tag: string;
  /** Colour tone of the version (1..8, 0 when unknown). */
  tone: number;
  /** Id of the version. */
  version: string;
  /** Tooltip: `Introduced in v2 (current-draft)`. */
  title: string;
}

/** A paragraph of attributed phrases. */
export interface AttributedParagraph {
  /** Its phrases, in order. */
  spans: AttributedSpanView[];
}

/** The latest wording of a lineage, phrase by phrase, with a legend of the versions that wrote it. */
export interface AttributionView {
  /** The version the wording is from. */
  from: VersionView | null;
  /** The heading's phrases, or empty. */
  heading: AttributedSpanView[];
  /** True when there is a heading. */
  hasHeading: boolean;
  /** The text's phrases, by paragraph. */
  paragraphs: AttributedParagraph[];
  /** The versions that wrote some of it, in timeline order. */
  legend: VersionView[];
}

function spanView(span: AttributedSpan, text: string, versions: readonly VersionView[]): AttributedSpanView {
  const v = versions.find((x) => x.id === span.version);
  return {
    text,
    tag: v?.tag ?? '?',
    tone: v?.tone ?? 0,
    version: span.version,
    title: v === undefined ? `Introduced in ${span.version}` : `Introduced in ${v.tag} (${v.id}), ${v.date ?? 'undated'}`,
  };
}

/** Cuts attributed spans into paragraphs at blank lines, keeping each phrase's version. */
export function attributedParagraphs(spans: readonly AttributedSpan[], versions: readonly VersionView[]): AttributedParagraph[] {
  const out: AttributedParagraph[] = [{ spans: [] }];
  for (const span of spans) {
    span.text.split('\n\n').forEach((piece, index) => {
      if (index > 0) out.push({ spans: [] });
      if (piece !== '') out[out.length - 1]!.spans.push(spanView(span, piece, versions));
    });
  }
  return out.filter((p) => p.spans.length > 0);
}

/** Shapes a lineage's attribution for the clause page. */
export function attributionView(attribution: Attribution, versions: readonly VersionView[]): AttributionView {
  const heading = (attribution.heading ?? []).filter((s) => s.text !== '').map((s) => spanView(s, s.text, versions));
  const paragraphs = attributedParagraphs(attribution.text, versions);
  const used = new Set([...heading, ...paragraphs.flatMap((p) => p.spans)].map((s) => s.version));
  return {
    from: versions.find((v) => v.id === attribution.version) ?? null,
    heading,
    hasHeading: heading.length > 0,
    paragraphs,
    legend: versions.filter((v) => used.has(v.id)),
  };
}
