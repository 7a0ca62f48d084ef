/**
 * Recognises the number at the start of a heading or paragraph: `5.`, `(b)`, `b)`, `(iv)`, `Article 5 —`,
 * `Point 12:`, `Section 3.2`, `§ 4`. Lettered markers that are also roman numerals (`i`, `v`, `x`, …) keep
 * both readings; the clause builder decides from the sequence they continue.
 */
import type { NumberingStyle } from '../model/draft.js';
import { fastPaths } from './find-shared.js';

/** A clause number found at the start of a text. */
export interface Marker {
  /** As printed, without surrounding spaces: `5.`, `(b)`, `Article 5`, `§ 4`. */
  num: string;
  /** Normalised value: `5`, `b`, `iv`, `3.2`, `V`. */
  numValue: string;
  /** Label word before the number (`Article`, `Point`, `§`), or null. */
  label: string | null;
  /** Possible styles, most likely first; two when a letter is also a roman numeral. */
  styles: NumberingStyle[];
  /** Whether the number is written in parentheses: `(a)`, `(1)`. */
  parenthesised: boolean;
  /** Characters taken by the marker, its separator and the spaces after it. */
  length: number;
}

const LABELS = 'Article|Art\\.|Point|Section|Sec\\.|Clause|Paragraph|Para\\.|Chapter|Part|Annex|Appendix|Schedule|Item';
const NUMBER = '(\\d{1,4}(?:\\.\\d{1,4})*[a-z]?|[IVXLCDM]{1,7}|[A-Z](?![a-z]))';
const LABELLED = new RegExp(`^(${LABELS}|${LABELS.toUpperCase()})[ \\t\\u00a0]+${NUMBER}(?![\\w.]\\w)`);
const SECTION_SIGN = /^(§§?)[ \t\u00a0]*(\d{1,4}(?:\.\d{1,4})*[a-z]?)/;
const PARENTHESISED = /^\((\d{1,3}|[a-z]|([a-z])\2|[ivxlcdm]{2,7}|[A-Z]|[IVXLCDM]{2,7})\)(?=[ \t\u00a0]|$)/;
const DELIMITED = /^(\d{1,3}(?:\.\d{1,3})*|[a-z]|([a-z])\2|[ivxlcdm]{2,7}|[A-Z]|[IVXLCDM]{2,7})([.)])(?=[ \t\u00a0]|$)/;
const DOTTED = /^(\d{1,3}(?:\.\d{1,3})+)(?=[ \t\u00a0])/;
const SEPARATOR = /^[ \t\u00a0]*(?:[.:)—–]|-(?=[ \t\u00a0]))?[ \t\u00a0]*/;
const ORDERED_MARKER = /^(\d{1,9})[.)]/;
const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/**
 * How many digits the ordered-list marker at `at` in `text` has (`12.`, `3)`: one to nine digits, then `.` or `)`),
 * or 0 when there is none: what `/^(\d{1,9})[.)]/` finds in `text.slice(at, at + 12)`, without the slice and the match.
 */
export function orderedMarkerDigits(text: string, at: number): number {
  if (!fastPaths.enabled) return ORDERED_MARKER.exec(text.slice(at, at + 12))?.[1]!.length ?? 0;
  let digits = 0;
  for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39 && digits < 10; c = text.charCodeAt(at + digits)) digits += 1;
  const delimiter = text.charCodeAt(at + digits);
  return digits >= 1 && digits <= 9 && (delimiter === 0x2e || delimiter === 0x29) ? digits : 0;
}

/** Says whether a string is a well-formed roman numeral. */
export function isRoman(value: string): boolean {
  return value.length > 0 && ROMAN.test(value);
}

/**
 * Finds a clause number at the start of a paragraph. Labelled numbers need a separator so that a sentence such
 * as "Article 5 of the treaty says…" is not taken for a clause.
 * @example matchParagraphMarker('(b) Sanctions will be lifted.')?.numValue // 'b'
 */
export function matchParagraphMarker(text: string): Marker | null {
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const after = text.slice(labelled[0].length);
    const separator = /^[ \t\u00a0]*(?:[.:)—–]|-(?=[ \t\u00a0]))[ \t\u00a0]*/.exec(after);
    if (!separator && after.trim() !== '') return null;
    return labelledMarker(labelled[1]!, labelled[2]!, labelled[0].length + (separator?.[0].length ?? after.length));
  }
  return matchCommonMarker(text, true);
}

/**
 * Finds a clause number at the start of a heading's text; the separator after a labelled number is optional.
 * @example matchHeadingMarker('Article 5 — Collective defence')?.label // 'Article'
 */
export function matchHeadingMarker(text: string): Marker | null {
  const labelled = LABELLED.exec(text);
  if (labelled) {
    const separator = SEPARATOR.exec(text.slice(labelled[0].length));
    return labelledMarker(labelled[1]!, labelled[2]!, labelled[0].length + (separator?.[0].length ?? 0));
  }
  const marker = matchCommonMarker(text, false);
  if (marker) return marker;
  // A bare number as the whole heading: "## 12".
  const bare = /^(\d{1,4})[ \t]*$/.exec(text);
  return bare ? { num: bare[1]!, numValue: bare[1]!, label: null, styles: ['decimal'], parenthesised: false, length: bare[0].length } : null;
}

function matchCommonMarker(text: string, paragraph: boolean): Marker | null {
  const sign = SECTION_SIGN.exec(text);
  if (sign) {
    const separator = SEPARATOR.exec(text.slice(sign[0].length));
    if (paragraph && !separator?.[0] && text.length > sign[0].length) return null;
    return {
      num: `${sign[1]} ${sign[2]}`,
      numValue: sign[2]!,
      label: '§',
      styles: ['decimal'],
      parenthesised: false,
      length: sign[0].length + (separator?.[0].length ?? 0),
    };
  }
  const parenthesised = PARENTHESISED.exec(text);
  if (parenthesised) return simpleMarker(parenthesised[0], parenthesised[1]!, true, text);
  const delimited = DELIMITED.exec(text);
  if (delimited) return simpleMarker(delimited[0], delimited[1]!, false, text);
  const dotted = DOTTED.exec(text);
  if (dotted) return simpleMarker(dotted[0], dotted[1]!, false, text);
  return null;
}

function simpleMarker(num: string, value: string, parenthesised: boolean, text: string): Marker {
  let spaces = 0;
  for (let c = text.charCodeAt(num.length); c === 0x20 || c === 0x09 || c === 0xa0; c = text.charCodeAt(num.length + spaces)) spaces += 1;
  return { num, numValue: value, label: null, styles: stylesOf(value), parenthesised, length: num.length + spaces };
}

function labelledMarker(label: string, value: string, length: number): Marker {
  const styles: NumberingStyle[] = /^\d/.test(value) ? ['decimal'] : isRoman(value) ? ['upper-roman'] : ['upper-alpha'];
  const normalisedLabel = label.charAt(0).toUpperCase() + label.slice(1).toLowerCase();
  return { num: `${label} ${value}`, numValue: value, label: normalisedLabel, styles, parenthesised: false, length };
}

/** Possible numbering styles of a marker value, most likely first. */
export function stylesOf(value: string): NumberingStyle[] {
  if (/^\d/.test(value)) return ['decimal'];
  const lower = value === value.toLowerCase();
  const alpha: NumberingStyle = lower ? 'lower-alpha' : 'upper-alpha';
  const roman: NumberingStyle = lower ? 'lower-roman' : 'upper-roman';
  if (value.length === 1) return isRoman(value) ? [alpha, roman] : [alpha];
  if (value.length === 2 && value[0] === value[1] && !isRoman(value)) return [alpha];
  return isRoman(value) ? [roman] : [alpha];
}

/** The value a letter or roman sequence continues with: `h` → `i`, `iv` → `v`; null for other styles. */
export function nextValue(value: string, style: NumberingStyle): string | null {
  if (style === 'decimal') return /^\d+$/.test(value) ? String(Number(value) + 1) : null;
  if (style === 'lower-alpha' || style === 'upper-alpha') {
    if (value.length !== 1) return null;
    return String.fromCharCode(value.charCodeAt(0) + 1);
  }
  if (style === 'lower-roman' || style === 'upper-roman') {
    const n = romanValue(value);
    if (n === null) return null;
    const next = toRoman(n + 1);
    return style === 'lower-roman' ? next.toLowerCase() : next;
  }
  return null;
}

/** The integer value of a roman numeral, or null. */
export function romanValue(value: string): number | null {
  if (!isRoman(value)) return null;
  const digits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = value.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    const current = digits[lower[i]!]!;
    const next = digits[lower[i + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
