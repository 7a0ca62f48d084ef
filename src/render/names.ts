import { excerpt } from '../compare/describe.js';
import type { BlockKind, Change, ChangeSide, Severity } from '../model/index.js';

/** Words a report uses for the kinds of non-clause text. */
const BLOCK_LABELS: Record<BlockKind, string> = {
  heading: 'Heading',
  section: 'Section line',
  note: 'Note',
  paragraph: 'Text',
  table: 'Table',
  code: 'Code',
  html: 'HTML',
};

/** Words a report uses for severities. */
export const SEVERITY_LABELS: Record<Severity, string> = { major: 'Major', notice: 'Notice', info: 'Info' };

/** The sides of a change as a list (empty when the side is missing). */
export function sidesOf(side: Change['old']): ChangeSide[] {
  if (side === null) return [];
  return Array.isArray(side) ? side : [side];
}

/** A clause number as a reader expects it: `5` (trailing dot dropped), `(b)`, `Article 5`; `•` for a bullet; null for a block. */
export function printedNumber(side: ChangeSide): string | null {
  if (side.blockKind !== null) return null;
  if (side.num === null) return '•';
  const num = side.num.trim().replace(/\.$/u, '');
  if (side.label !== null && !num.toLowerCase().startsWith(side.label.toLowerCase())) return `${side.label} ${num}`;
  return num;
}

/** The numbers of several sides, joined with ` + ` (a split's parts); null when there are none. */
export function printedNumbers(sides: readonly ChangeSide[]): string | null {
  const nums = sides.map(printedNumber).filter((n): n is string => n !== null);
  return nums.length === 0 ? null : nums.join(' + ');
}


/** How a report names one side in links and notes: `Point 5`, `Point 10 (b)`, `Article 5`, `Point #guarantee` (a bullet with an author id), `Point “Ceasefire…”`, `Note “Point 3…”`. */
export function sideName(side: ChangeSide): string {
  if (side.blockKind !== null) return `${BLOCK_LABELS[side.blockKind]} “${excerpt(side.text, 6)}”`;
  const num = printedNumber(side);
  if (num === '•' || num === null) return side.idSource === 'author' ? `Point #${side.id}` : `Point “${excerpt(side.heading ?? side.text, 6)}”`;
  if (side.label !== null) return num;
  const parents = side.path.slice(0, -1).filter((p) => !p.startsWith('•')).join('.');
  // A sub-point is named with its parents' numbers: `1.2` for a numbered point under point 1, `10 (b)` for a letter.
  const full = parents === '' || num.startsWith(`${parents}.`) ? num : /^\d/u.test(num) ? `${parents}.${num}` : `${parents} ${num}`;
  return /^\d/u.test(full) ? `Point ${full}` : full;
}

/** How a report names several sides: `Point 4 + 5`, or the names joined with `and`. */
export function sidesName(sides: readonly ChangeSide[]): string {
  if (sides.length === 1) return sideName(sides[0]!);
  const names = sides.map(sideName);
  if (names.every((n) => n.startsWith('Point ') && !n.includes('“'))) return `Points ${names.map((n) => n.slice(6)).join(', ')}`;
  return names.join(' and ');
}

/** The label of a block kind (`Text`, `Note`, `Section line`). */
export function blockLabel(kind: BlockKind): string {
  return BLOCK_LABELS[kind];
}
