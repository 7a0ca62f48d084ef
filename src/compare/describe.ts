import type { ChangeSide, Finding, FindingRule } from '../model/comparison.js';
import { findingRules } from './finding-rules.js';

/** The first words of a text, with an ellipsis when cut: for naming clauses and quoting changes in messages. */
export function excerpt(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/).filter((w) => w !== '');
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

/**
 * Excerpts of two texts that show where they differ: when their first words are the same, both start a few words
 * before the first word that differs ("…in a manner which would impair…" rather than the same opening twice).
 */
export function excerptPair(a: string, b: string, words = 8): [string, string] {
  const wa = a.trim().split(/\s+/).filter((w) => w !== '');
  const wb = b.trim().split(/\s+/).filter((w) => w !== '');
  let same = 0;
  while (same < wa.length && same < wb.length && wa[same] === wb[same]) same++;
  const lead = 3;
  if (same < words || same <= lead) return [excerpt(a, words), excerpt(b, words)];
  const from = same - lead;
  return [`…${excerpt(wa.slice(from).join(' '), words)}`, `…${excerpt(wb.slice(from).join(' '), words)}`];
}

/** How a message names a clause or block: `point 5`, `Article 5`, `(b)`, or `the point “first words…”`. */
export function describeSide(side: ChangeSide): string {
  if (side.blockKind !== null) return `the ${side.blockKind === 'paragraph' ? 'text' : side.blockKind} “${excerpt(side.text, 6)}”`;
  if (side.num === null) return `the point “${excerpt(side.heading ?? side.text, 6)}”`;
  const num = side.num.trim().replace(/\.$/, '');
  if (side.label !== null && num.toLowerCase().startsWith(side.label.toLowerCase())) return num;
  if (side.label !== null) return `${side.label} ${num}`;
  return `point ${num}`;
}

/** Names several sides: `points 5 and 6`, `points 2, 3 and 4`, `Article 5 and the point “…”`. */
export function describeSides(sides: readonly ChangeSide[]): string {
  const names = sides.map(describeSide);
  const allPoints = names.length > 1 && names.every((n) => n.startsWith('point '));
  const items = allPoints ? names.map((n) => n.slice('point '.length)) : names;
  const listed = items.length <= 1 ? (items[0] ?? 'nothing') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
  return allPoints ? `points ${listed}` : listed;
}

/** Capitalises the first letter of a message. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Builds a finding with the rule's default severity (old/new only when given). */
export function finding(rule: FindingRule, message: string, old?: string | null, neu?: string | null): Finding {
  const out: Finding = { rule, severity: findingRules[rule], message };
  if (old !== undefined && old !== null) out.old = old;
  if (neu !== undefined && neu !== null) out.new = neu;
  return out;
}
