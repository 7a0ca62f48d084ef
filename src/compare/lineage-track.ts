/** A lineage while the history is being traced, and how it becomes a `Lineage`. */
import type { Clause, Draft } from '../model/draft.js';
import type { AttributedSpan, HistoryClause, Lineage, LineageModel, LineageStatus, LineageStep } from '../model/history.js';

/** How a lineage left the text in a full version, or null while it is in it (or merely not reported). */
export type Ending = 'removed' | 'merged' | 'split' | null;

/** The clause of a version as a lineage step names it. */
export function historyClause(clause: Clause): HistoryClause {
  return {
    id: clause.id,
    idSource: clause.idSource,
    num: clause.num,
    label: clause.label,
    heading: clause.heading,
    text: clause.text,
    path: [...clause.path],
    order: clause.order,
  };
}

/** A step with nothing to say: the lineage's clause is not in the version. */
export function emptyStep(draft: Draft): LineageStep {
  return {
    version: draft.id,
    state: draft.completeness === 'partial' ? 'not-reported' : 'absent',
    event: null,
    clause: null,
    base: null,
    renumbered: null,
    moved: false,
    related: [],
    diff: [],
    findings: [],
  };
}

/** One lineage being traced across the versions. */
export class Track {
  /** Steps by version index; filled as the versions are walked. */
  readonly steps: (LineageStep | undefined)[] = [];
  /** Versions where it was dropped. */
  readonly removed: string[] = [];
  /** Versions where it came back. */
  readonly restored: string[] = [];
  /** Links to model texts. */
  readonly modelledOn: LineageModel[] = [];
  /** How it left the text, if it did. */
  ending: Ending = null;

  constructor(
    /** Lineage id, unique in the history. */
    readonly id: string,
    /** Whether the id is the author's. */
    readonly idSource: 'author' | 'derived',
    /** Index of the version where it was first seen. */
    readonly appeared: number,
    /** Index of the last version where it was present. */
    public lastVersion: number,
    /** Its clause there. */
    public lastClause: Clause,
    /** Attribution of that clause's text. */
    public spans: AttributedSpan[],
    /** Attribution of that clause's heading, or null without one. */
    public headingSpans: AttributedSpan[] | null,
  ) {}

  /** Records its step in version `index`. */
  record(index: number, step: LineageStep): void {
    this.steps[index] = step;
  }

  /** Where it stands in the latest version. */
  status(last: LineageStep): LineageStatus {
    if (last.state === 'present') return 'present';
    if (last.state === 'not-reported' && this.ending === null) return 'not-reported';
    return this.ending === 'merged' ? 'merged' : this.ending === 'split' ? 'split' : 'removed';
  }

  /** The finished lineage over all versions. */
  toLineage(versions: readonly Draft[]): Lineage {
    const steps = versions.map((draft, index) => this.steps[index] ?? emptyStep(draft));
    const changed = steps
      .filter((s) => s.event === 'modified' || s.event === 'split' || s.event === 'merged' || s.renumbered !== null || (s.event === 'restored' && s.diff.some((op) => op.op !== 'equal')))
      .map((s) => s.version);
    const latestVersion = versions[this.lastVersion]!.id;
    return {
      id: this.id,
      idSource: this.idSource,
      appeared: versions[this.appeared]!.id,
      removed: [...this.removed],
      restored: [...this.restored],
      changed,
      status: this.status(steps[steps.length - 1]!),
      latest: historyClause(this.lastClause),
      latestVersion,
      attribution: { version: latestVersion, heading: this.lastClause.heading === null ? null : (this.headingSpans ?? []), text: this.spans },
      modelledOn: [...this.modelledOn],
      steps,
    };
  }
}
