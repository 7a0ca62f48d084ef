/**
 * Word-level attribution: which version brought in each phrase of a text. Attribution is a list of spans whose texts
 * join to the text exactly; it is carried forward over each diff (equal text keeps its origin, inserted text takes
 * the new version, deleted text drops out).
 */
import type { DiffOp } from '../model/comparison.js';
import type { AttributedSpan } from '../model/history.js';
import { diffText } from './diff-words.js';
import type { DiffTextOptions } from './diff-words.js';

/** Joins the spans' texts: the attributed text itself. */
export function joinSpans(spans: readonly AttributedSpan[]): string {
  let text = '';
  for (const span of spans) text += span.text;
  return text;
}

/** Appends text with its origin, merging it into the last span when the origin is the same; empty text is skipped. */
function push(out: AttributedSpan[], text: string, version: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last !== undefined && last.version === version) last.text += text;
  else out.push({ text, version });
}

/** The whole of a text attributed to one version (no spans for an empty text). */
export function wholeSpans(text: string, version: string): AttributedSpan[] {
  return text === '' ? [] : [{ text, version }];
}

/** The spans of the characters `start` to `end` (exclusive) of the attributed text. */
export function sliceSpans(spans: readonly AttributedSpan[], start: number, end: number): AttributedSpan[] {
  const out: AttributedSpan[] = [];
  let at = 0;
  for (const span of spans) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + span.text.length);
    if (from < to) push(out, span.text.slice(from - at, to - at), span.version);
    at += span.text.length;
    if (at >= end) break;
  }
  return out;
}

/** Concatenates attributed texts with a separator between them; the separator takes the origin of the text before it (else `fallback`). */
export function concatSpans(parts: readonly (readonly AttributedSpan[])[], separator: string, fallback: string): AttributedSpan[] {
  const out: AttributedSpan[] = [];
  parts.forEach((part, index) => {
    if (index > 0) push(out, separator, out[out.length - 1]?.version ?? fallback);
    for (const span of part) push(out, span.text, span.version);
  });
  return out;
}

/**
 * Carries attribution over one diff whose old side is the attributed text: equal text keeps its origin, inserted text
 * is attributed to `version` (an insert the options ignore, such as a change of quote style, keeps the origin of
 * what it replaces). Returns null when the diff's old side is not the attributed text.
 */
export function carrySpans(spans: readonly AttributedSpan[], ops: readonly DiffOp[], version: string): AttributedSpan[] | null {
  let oldText = '';
  for (const op of ops) if (op.op !== 'insert') oldText += op.text;
  if (oldText !== joinSpans(spans)) return null;
  const out: AttributedSpan[] = [];
  let at = 0;
  let lastDeletedOrigin: string | null = null;
  for (const op of ops) {
    const length = op.text.length;
    if (op.op === 'equal') {
      for (const span of sliceSpans(spans, at, at + length)) push(out, span.text, span.version);
      at += length;
      lastDeletedOrigin = null;
    } else if (op.op === 'delete') {
      lastDeletedOrigin = op.ignored === true ? (sliceSpans(spans, at, at + 1)[0]?.version ?? null) : null;
      at += length;
    } else {
      push(out, op.text, op.ignored === true && lastDeletedOrigin !== null ? lastDeletedOrigin : version);
      lastDeletedOrigin = null;
    }
  }
  return out;
}

/** Carries attribution to a new text: over `ops` when they fit, else over a fresh word diff, else the new text is all `version`'s. */
export function carryText(
  spans: readonly AttributedSpan[],
  ops: readonly DiffOp[] | null,
  newText: string,
  version: string,
  options: Partial<DiffTextOptions> = {},
): AttributedSpan[] {
  const viaOps = ops === null ? null : carrySpans(spans, ops, version);
  if (viaOps !== null && joinSpans(viaOps) === newText) return viaOps;
  const viaDiff = carrySpans(spans, diffText(joinSpans(spans), newText, options).ops, version);
  return viaDiff !== null && joinSpans(viaDiff) === newText ? viaDiff : wholeSpans(newText, version);
}

/** One version of a text in a chain of versions. */
export interface TextVersion {
  /** Id of the version. */
  version: string;
  /** The text in that version. */
  text: string;
}

/**
 * Attributes the last text of a chain of versions (oldest first) phrase by phrase to the version that introduced it,
 * diffing each consecutive pair (with the comparison's readable word diff).
 *
 * @example
 * attributeText([{ version: 'a', text: 'Troops leave.' }, { version: 'b', text: 'All troops leave.' }]);
 * // [{ text: 'All troops', version: 'b' }, { text: ' leave.', version: 'a' }]  (spans join to the last text)
 */
export function attributeText(chain: readonly TextVersion[], options: Partial<DiffTextOptions> = {}): AttributedSpan[] {
  let spans: AttributedSpan[] = [];
  chain.forEach((step, index) => {
    spans = index === 0 ? wholeSpans(step.text, step.version) : carryText(spans, diffText(joinSpans(spans), step.text, options).ops, step.text, step.version, options);
  });
  return spans;
}
