/**
 * Finds references to clauses by number: "point 5", "Article 5", "clauses 4 and 5", "§ 4", "paragraph (b)".
 *
 * Decisions:
 * - Labels (lower case, Capitalised or UPPER CASE; targets are case-sensitive): point(s), article(s),
 *   `Art.`, clause(s), section(s), paragraph(s), `para.`, `§`, `§§`.
 *   `label` is the word as written (`Articles`, `Art.`); empty for `§`/`§§` as the model says.
 * - Targets, normalised like `Clause.numValue`: digits and dotted numbers as written (`5`, `3.2`, `5a`);
 *   a letter or roman numeral in brackets without them (`(b)` → `b`, `(iv)` → `iv`); upper-case roman
 *   numerals as written (`Article V` → `V`, never converted to digits); a number with bracketed sub-points
 *   joined by dots like a derived clause id (`5(b)` → `5.b`, `4(2)(a)` → `4.2.a`).
 * - Lists and ranges give one reference per written target: "clauses 4 and 5", "points 3, 4 or 6",
 *   "points 3-5" (→ 3 and 5; numbers between are not written, so they are not reported). The first
 *   reference's `raw` includes the label; later ones are the target alone, with the list's label.
 * - `external` when the reference (or list) is followed by `of the <Capitalised Name>` / `of <Capitalised>`
 *   ("Article 5 of the North Atlantic Treaty", "Article 51 of the Charter of the United Nations") unless the
 *   name is this text itself (`the Agreement`, `the Plan`, `the Framework`, …), or when the label is
 *   preceded by a possessive ("NATO's Article 5", "NATO’s Article 5").
 */
import type { Reference } from '../model/facts.js';
import { allMatches, fastPaths, matchesAtCandidates } from './find-shared.js';

const S = String.raw`\s{1,3}`;
/** Label words in lower case, Capitalised or UPPER CASE (targets stay case-sensitive). */
const LABEL = `(${['points?', 'articles?', 'art\\.', 'clauses?', 'sections?', 'paragraphs?', 'para\\.']
  .flatMap((w) => [w, `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`, w.toUpperCase()])
  .join('|')}|§§|§)`;
const NUMERIC = String.raw`\d{1,4}(?:\.\d{1,4}){0,4}[a-z]?(?:\s?\((?:[a-z]{1,4}|\d{1,3})\)){0,3}`;
const TARGET = String.raw`(?:${NUMERIC}|\((?:[a-z]{1,4}|[A-Z]|\d{1,3})\)|[IVXLCDM]{1,7}(?![\p{L}\p{N}]))`;
const JOIN = String.raw`(?:\s{0,3},\s{0,3}(?:(?:and|or)${S})?|[-–]|${S}(?:and|or|to|through)${S})`;
const REFERENCE_SOURCE = String.raw`(?<![\p{L}\p{N}])${LABEL}(?:\s{0,3})(${TARGET}(?:${JOIN}${TARGET}){0,20})(?![\p{L}\p{N}])`;
const REFERENCE = new RegExp(REFERENCE_SOURCE, 'gu');
/** `REFERENCE` tried at one position only. */
const REFERENCE_AT = new RegExp(REFERENCE_SOURCE, 'uy');
/**
 * Where a label may start: every label, in any of its casings, starts with one of these (ASCII, any case) or `§`,
 * after no ASCII letter or digit (`(?<![\p{L}\p{N}])` in `REFERENCE` implies it). A search for these is much cheaper
 * than `REFERENCE` tried at every position, and skips words such as `Party` that hold a label's letters.
 */
const LABEL_START = /(?<![A-Za-z0-9])(?:point|art|clause|section|para)|§/gi;
const DIGITS_ONLY = /^[0-9]+$/;
const ONE_TARGET = new RegExp(TARGET, 'gu');
const SELF_NAMES = new Set([
  'Agreement', 'Plan', 'Framework', 'Memorandum', 'Document', 'Accord', 'Arrangement', 'Protocol',
]);
const EXTERNAL_AFTER = /^\s{1,3}of\s{1,3}(?:the\s{1,3})?(\p{Lu}[\p{L}'’-]{0,40})/u;
const POSSESSIVE_BEFORE = /(?:['’]s|s['’])\s{1,3}$/u;

/** Normalises a target as written into a clause number value: `(b)` → `b`, `5(b)` → `5.b`. */
function normalise(target: string): string {
  if (DIGITS_ONLY.test(target)) return target;
  return target
    .replace(/\s+/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\(([^()]*)\)/g, '.$1');
}

function targetKindOf(target: string): 'number' | 'bracket' | 'roman' {
  const first = target.charCodeAt(0);
  if (fastPaths.enabled ? first >= 0x30 && first <= 0x39 : /^\d/.test(target)) return 'number';
  return target.startsWith('(') ? 'bracket' : 'roman';
}

function isExternal(text: string, labelStart: number, end: number): boolean {
  // A possessive ends in `s`, `'` or `’` and spaces: a label after another character (most often a space after a
  // word, or nothing) is not after one.
  if (mayEndPossessive(text, labelStart) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, labelStart - 8), labelStart))) return true;
  // `of` after one to three spaces: nothing else after the reference can start it.
  if (fastPaths.enabled && !/\s/.test(text.charAt(end))) return false;
  const name = EXTERNAL_AFTER.exec(text.slice(end, end + 80))?.[1];
  return name !== undefined && !SELF_NAMES.has(name);
}

/** Whether the text before `at` could end as `POSSESSIVE_BEFORE` matches: a space there, after `s`, `'` or `’`. */
function mayEndPossessive(text: string, at: number): boolean {
  if (!fastPaths.enabled) return true;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  if (i === at - 1) return false;
  const c = text.charAt(i);
  return c === 's' || c === "'" || c === '’';
}

/** The matches of `REFERENCE` in `text`, as `allMatches(text, REFERENCE)` gives them (every match starts with a label). */
function referenceMatches(text: string): Iterable<RegExpExecArray> {
  return fastPaths.enabled ? matchesAtCandidates(text, LABEL_START, REFERENCE_AT) : allMatches(text, REFERENCE);
}

/** Finds references to numbered clauses, one per written target, marking those into other texts. */
export function findReferences(text: string): Reference[] {
  const references: Reference[] = [];
  for (const match of referenceMatches(text)) {
    const label = match[1] ?? '';
    const list = match[2] ?? '';
    // Words need a space before the number ("Article5" is not a reference); `§` and `Art.` do not.
    const gap = match[0].length - label.length - list.length;
    if (gap === 0 && /\p{L}$/u.test(label)) continue;
    const start = match.index;
    const listStart = start + label.length + gap;
    const end = start + match[0].length;
    const external = isExternal(text, start, end);
    const shownLabel = label.startsWith('§') ? '' : label;
    let first = true;
    let kind = '';
    for (const target of allMatches(list, ONE_TARGET)) {
      // A list holds targets of one kind ("Article 5 and I agree" is not a list); roman numerals only
      // after a capitalised label ("Article V", not "at this point I think").
      const targetKind = targetKindOf(target[0]);
      if (kind === '' && targetKind === 'roman' && !/^\p{Lu}/u.test(label)) break;
      if (kind !== '' && targetKind !== kind) break;
      kind = targetKind;
      const targetStart = listStart + target.index;
      const targetEnd = targetStart + target[0].length;
      const refStart = first ? start : targetStart;
      references.push({
        label: shownLabel,
        target: normalise(target[0]),
        external,
        raw: text.slice(refStart, targetEnd),
        span: { start: refStart, end: targetEnd },
      });
      first = false;
    }
  }
  return references;
}
