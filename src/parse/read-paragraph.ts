/**
 * How the clause builder reads one paragraph or line: its stable id, whether a marker continues the one before,
 * and whether an unnumbered paragraph is a note or a section line.
 */
import type { NumberingStyle } from '../model/draft.js';
import { nextValue, type Marker } from './clause-markers.js';
import { fastPaths } from './find-shared.js';

const ID_AT_START = /^\{#([^}\s]*)\}[ \t\u00a0]*/;
const ID_AT_END = /[ \t\u00a0]*\{#([^}\s]*)\}$/;

/** Whether `next` is the marker that follows `previous` in some numbering style (`a.` → `b.`, `(i)` → `(ii)`). */
export function continues(previous: Marker | null, next: Marker): boolean {
  if (!previous || previous.parenthesised !== next.parenthesised || previous.label !== next.label) return false;
  return previous.styles.some((style) => nextValue(previous.numValue, style) === next.numValue);
}

/** Removes `{#id}` from the start and/or end of a text and returns it. */
export function takeId(text: string, where: 'end' | 'both'): { text: string; id: string | null } {
  const atStart = where === 'both' ? ID_AT_START.exec(text) : null;
  if (atStart) return { text: text.slice(atStart[0].length), id: atStart[1]! };
  // The pattern ends in `}` at the end of the text: a text ending otherwise cannot match (and most texts are long).
  const atEnd = text.endsWith('}') ? ID_AT_END.exec(text) : null;
  if (atEnd) return { text: text.slice(0, atEnd.index), id: atEnd[1]! };
  return { text, id: null };
}

/** The key of a marker style on the stack: label, style and, for numbers, whether parenthesised. */
export function flowKey(marker: Marker, style: NumberingStyle): string {
  const bracket = style === 'decimal' && marker.parenthesised ? '(' : '';
  return `${bracket}${marker.label ?? ''}:${style}`;
}

/** A heading without the separator that ends it (`Collective defence.` → `Collective defence`). */
export function stripTrailingSeparator(text: string): string {
  return text.replace(/[ \t\u00a0]*[.:—–-]+$/, '').trim();
}

/** A note: a whole paragraph in parentheses or brackets, an emphasised aside, or one starting "Note:". */
export function isNote(text: string, emphasised: boolean): boolean {
  if (/^\(.*\)[.]?$/s.test(text) || /^\[.*\][.]?$/s.test(text)) return true;
  if (/^(?:Note|NB|N\.B\.|Editor['’]s note|Editorial note)\b[:.]?/i.test(text)) return true;
  return emphasised && text.length < 400;
}

/** A section line: a short label ending with a colon ("Ceasefire:"), or a short paragraph that is all bold. */
export function isSectionLine(text: string, boldLead: string | null): boolean {
  // Words are counted only for a text that could be one: most paragraphs are long and neither end in a colon nor bold.
  if (fastPaths.enabled && !text.endsWith(':') && (boldLead === null || boldLead !== text)) return false;
  const words = text.split(/\s+/).length;
  if (words <= 12 && /:$/.test(text) && !/[.;!?]\s/.test(text)) return true;
  return boldLead !== null && boldLead === text && words <= 12;
}
