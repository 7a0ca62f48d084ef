/**
 * Matches clauses that are new against the previous version to lineages that are not in it (removed, merged away, or
 * not reported), so a restored clause continues its lineage instead of starting another.
 */
import { contentWords } from './units.js';

/** A lineage that could come back: not in the previous version. */
export interface DormantLineage {
  /** Lineage id. */
  id: string;
  /** The author's `{#id}` of its last clause, or null. */
  authorId: string | null;
  /** Heading and text of its last known clause. */
  text: string;
}

/** A clause with no lineage from the previous version. */
export interface NewcomerClause {
  /** Reading-order index of the clause in its version. */
  order: number;
  /** The author's `{#id}`, or null. */
  authorId: string | null;
  /** Heading and text of the clause. */
  text: string;
}


/** Dice similarity of two word sets, 0..1. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Pairs newcomers with dormant lineages: first by the author's id, then by word similarity of the newcomer with the
 * lineage's last known text (at least `threshold`), best pairs first. Returns newcomer order → lineage id.
 */
export function matchDormant(dormant: readonly DormantLineage[], newcomers: readonly NewcomerClause[], threshold: number): Map<number, string> {
  const out = new Map<number, string>();
  const taken = new Set<string>();
  for (const clause of newcomers) {
    if (clause.authorId === null) continue;
    const lineage = dormant.find((l) => !taken.has(l.id) && (l.authorId === clause.authorId || l.id === clause.authorId));
    if (lineage === undefined) continue;
    out.set(clause.order, lineage.id);
    taken.add(lineage.id);
  }
  const candidates: { order: number; id: string; score: number; rank: number }[] = [];
  const lineageWords = dormant.map((l) => new Set(contentWords(l.text)));
  for (const clause of newcomers) {
    if (out.has(clause.order)) continue;
    const words = new Set(contentWords(clause.text));
    dormant.forEach((l, rank) => {
      if (taken.has(l.id) || (clause.authorId !== null && l.authorId !== null)) return;
      const score = dice(words, lineageWords[rank]!);
      if (score >= threshold) candidates.push({ order: clause.order, id: l.id, score, rank });
    });
  }
  candidates.sort((x, y) => y.score - x.score || x.order - y.order || x.rank - y.rank);
  for (const c of candidates) {
    if (out.has(c.order) || taken.has(c.id)) continue;
    out.set(c.order, c.id);
    taken.add(c.id);
  }
  return out;
}
