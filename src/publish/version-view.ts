import type { Draft } from '../model/draft.js';

/** How many colour tones the attribution uses before they repeat (the version tag always tells versions apart). */
export const TONES = 8;

/** A version's provenance as the site shows it: who reported it, how complete it is, whose words it holds. */
export interface ProvenanceView {
  /** Draft id. */
  id: string;
  /** Draft title. */
  title: string;
  /** ISO date, or null. */
  date: string | null;
  /** `reported`, `leaked`, `official`, `reference`, or `unknown`. */
  statusKey: string;
  /** Words for the status (`Reported by the press`, `Leaked document`…). */
  statusLabel: string;
  /** Words for the completeness (`Full text`, `Partial: only what was reported`). */
  completenessLabel: string;
  /** True for a partial version. */
  partial: boolean;
  /** Whose words the text is: the reporter's paraphrase with verbatim quotes, or the document's own wording. */
  wordingLabel: string;
  /** True when the text is a report (quotes verbatim, the rest paraphrase). */
  paraphrase: boolean;
  /** The outlet that reported or published it, or null. */
  outlet: string | null;
  /** Who obtained the document, or null. */
  obtainedBy: string | null;
  /** When it was reported, or null. */
  reported: string | null;
  /** The source link, only when it is an `http(s)` address; null otherwise. */
  url: string | null;
  /** Free notes on provenance, or null. */
  notes: string | null;
  /** Parties as `Name (role, role)`. */
  parties: string[];
  /** The file's name and the start of its SHA-256, to tell which file was published. */
  file: string;
}

/** A version of the history: its provenance plus its place on the timeline. */
export interface VersionView extends ProvenanceView {
  /** 1-based position on the timeline. */
  number: number;
  /** `v1`, `v2`, … (the attribution tag). */
  tag: string;
  /** Colour tone 1..TONES of the attribution. */
  tone: number;
  /** Anchor of the version on the index page (`v-<slug>`). */
  anchor: string;
}

const STATUS_LABELS: Record<string, string> = {
  reported: 'Reported by the press (not the document itself)',
  leaked: 'Leaked document',
  official: 'Official text',
  reference: 'Reference text',
  unknown: 'Status not stated',
};

/** The source address when it is `http:` or `https:`, else null (a `javascript:` or relative address is never linked). */
export function safeUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** Shapes a draft's provenance for the site. */
export function provenanceView(draft: Draft): ProvenanceView {
  const statusKey = draft.status ?? 'unknown';
  const paraphrase = draft.status === 'reported';
  return {
    id: draft.id,
    title: draft.title,
    date: draft.date,
    statusKey,
    statusLabel: STATUS_LABELS[statusKey] ?? statusKey,
    completenessLabel: draft.completeness === 'full' ? 'Full text' : paraphrase ? 'Partial: only what was reported' : 'Partial: only part of the text',
    partial: draft.completeness === 'partial',
    wordingLabel: paraphrase
      ? 'Reported: words in quotation marks are quoted verbatim from the draft; the rest is the reporter’s paraphrase'
      : draft.status === null && draft.hasFrontMatter
        ? 'Taken as the document’s own wording (no status given)'
        : 'The document’s own wording',
    paraphrase,
    outlet: draft.source?.outlet ?? null,
    obtainedBy: draft.source?.obtainedBy ?? null,
    reported: draft.source?.reported ?? null,
    url: safeUrl(draft.source?.url),
    notes: draft.notes,
    parties: draft.parties.map((p) => (p.roles.length === 0 ? p.name : `${p.name} (${p.roles.join(', ')})`)),
    file: `${baseName(draft.file.path)} · sha256 ${draft.file.sha256.slice(0, 12)}`,
  };
}

/** Shapes a version of the history: provenance, number, tag and index anchor. */
export function versionView(draft: Draft, index: number, slug: string): VersionView {
  const number = index + 1;
  return { ...provenanceView(draft), number, tag: `v${number}`, tone: (index % TONES) + 1, anchor: `v-${slug}` };
}
