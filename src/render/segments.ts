import type { DiffOp } from '../model/comparison.js';

/** What a run of redlined text is: kept, inserted, deleted, or a deletion directly followed by an insertion. */
export type SegmentOp = 'equal' | 'insert' | 'delete' | 'replace';

/** A run of redlined text, with flags so templates can branch without comparing strings. */
export interface Segment {
  /** What the run is. */
  op: SegmentOp;
  /** True for kept text. */
  isEqual: boolean;
  /** True for inserted text. */
  isInsert: boolean;
  /** True for deleted text. */
  isDelete: boolean;
  /** True for a deletion directly followed by an insertion (a CriticMarkup substitution). */
  isReplace: boolean;
  /** The characters of an equal, insert or delete run; empty for a replacement. */
  text: string;
  /** The deleted characters of a replacement; empty otherwise. */
  old: string;
  /** The inserted characters of a replacement; empty otherwise. */
  new: string;
  /** True when the run starts a line of the rendered text (Markdown escapes line-start markers there). */
  lineStart: boolean;
}

/** A paragraph of redlined text (texts are split at blank lines). */
export interface Paragraph {
  /** Its runs, in order. */
  segments: Segment[];
}

/** How ops are read: `redline` shows changes; `neutral` shows every op as kept text (for not-reported clauses). */
export type OpsMode = 'redline' | 'neutral';

type Op = DiffOp['op'];

/** Merges adjacent ops of one kind and drops empty ones. */
function merge(ops: readonly { op: Op; text: string }[]): { op: Op; text: string }[] {
  const out: { op: Op; text: string }[] = [];
  for (const o of ops) {
    if (o.text === '') continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.op === o.op) last.text += o.text;
    else out.push({ op: o.op, text: o.text });
  }
  return out;
}

/**
 * The ops a reader should see: a pair the comparison options ignore shows as the new text (its delete is dropped),
 * and in `neutral` mode every op is kept text (only meant for one-sided diffs, such as a not-reported clause's).
 */
export function visibleOps(ops: readonly DiffOp[], mode: OpsMode): { op: Op; text: string }[] {
  const out: { op: Op; text: string }[] = [];
  for (const o of ops) {
    if (mode === 'neutral') out.push({ op: 'equal', text: o.text });
    else if (o.ignored === true) out.push({ op: 'equal', text: o.op === 'delete' ? '' : o.text });
    else out.push({ op: o.op, text: o.text });
  }
  return merge(out);
}

/** The ops of one side only: `old` keeps equal and delete runs, `new` keeps equal and insert runs (ignored pairs as equal). */
export function sideOps(ops: readonly DiffOp[], side: 'old' | 'new', mode: OpsMode): { op: Op; text: string }[] {
  const own = side === 'old' ? 'delete' : 'insert';
  const out: { op: Op; text: string }[] = [];
  for (const o of ops) {
    if (o.op !== 'equal' && o.op !== own) continue;
    out.push({ op: mode === 'neutral' || o.ignored === true ? 'equal' : o.op, text: o.text });
  }
  return merge(out);
}

function segment(op: SegmentOp, text: string, old: string, neu: string, lineStart: boolean): Segment {
  return { op, isEqual: op === 'equal', isInsert: op === 'insert', isDelete: op === 'delete', isReplace: op === 'replace', text, old, new: neu, lineStart };
}

/** Turns ops into segments, pairing each delete directly followed by an insert into one replacement (unless either spans a blank line). */
export function toSegments(ops: readonly { op: Op; text: string }[]): Segment[] {
  const out: Segment[] = [];
  let lineStart = true;
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i]!;
    const next = ops[i + 1];
    if (o.op === 'delete' && next !== undefined && next.op === 'insert' && !o.text.includes('\n\n') && !next.text.includes('\n\n')) {
      out.push(segment('replace', '', o.text, next.text, lineStart));
      lineStart = o.text.endsWith('\n') || next.text.endsWith('\n');
      i++;
      continue;
    }
    out.push(segment(o.op, o.text, '', '', lineStart));
    lineStart = o.text.endsWith('\n');
  }
  return out;
}

/** Splits ops into paragraphs at blank lines (`\n\n`), each paragraph's ops turned into segments; empty paragraphs are dropped. */
export function toParagraphs(ops: readonly { op: Op; text: string }[]): Paragraph[] {
  const paragraphs: { op: Op; text: string }[][] = [[]];
  for (const o of ops) {
    const pieces = o.text.split('\n\n');
    pieces.forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      paragraphs[paragraphs.length - 1]!.push({ op: o.op, text: piece });
    });
  }
  return paragraphs.map((p) => ({ segments: toSegments(merge(p)) })).filter((p) => p.segments.length > 0);
}

/**
 * Cuts ops into the texts of one side's parts (a split's new clauses, a merge's old ones), which the diff saw joined
 * by `separator`. Ops of the other side take no room on this side and go with the part they stand in (at a boundary,
 * the earlier part). Returns null when the lengths do not add up, so the caller can show the text whole.
 */
export function cutParts(
  ops: readonly { op: Op; text: string }[],
  lengths: readonly number[],
  separator: string,
  side: 'old' | 'new',
): { op: Op; text: string }[][] | null {
  const other: Op = side === 'old' ? 'insert' : 'delete';
  const total = ops.reduce((n, o) => n + (o.op === other ? 0 : o.text.length), 0);
  const expected = lengths.reduce((n, l) => n + l, 0) + separator.length * Math.max(0, lengths.length - 1);
  if (total !== expected || lengths.length === 0) return null;
  const bounds: [number, number][] = [];
  let at = 0;
  for (const length of lengths) {
    bounds.push([at, at + length]);
    at += length + separator.length;
  }
  const parts: { op: Op; text: string }[][] = bounds.map(() => []);
  let offset = 0;
  for (const o of ops) {
    if (o.op === other) {
      const index = bounds.findIndex(([, to]) => offset <= to);
      parts[index === -1 ? parts.length - 1 : index]!.push(o);
      continue;
    }
    const start = offset;
    const end = offset + o.text.length;
    bounds.forEach(([from, to], index) => {
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      if (a < b) parts[index]!.push({ op: o.op, text: o.text.slice(a - start, b - start) });
    });
    offset = end;
  }
  return parts.map(merge);
}
