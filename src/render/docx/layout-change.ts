import { PART_SEPARATOR, rebuilds } from '../../compare/index.js';
import { sidesOf } from '../names.js';
import type { Change, ChangeSide, DiffOp } from '../../model/comparison.js';

/** Whether a piece of the redline is in both versions, only the new one, or only the old one. */
export type PieceOp = DiffOp['op'];

/** A stretch of text with one tracked status; `\n` in it is a line break inside the paragraph. */
export interface Piece {
  /** In both versions (`equal`), only the new (`insert`) or only the old (`delete`). */
  op: PieceOp;
  /** The characters, unsanitised. */
  text: string;
  /** True for a clause heading. */
  bold: boolean;
}

/** One paragraph of the redline body: its pieces and the tracked status of its paragraph mark. */
export interface LaidParagraph {
  /** The pieces in reading order. */
  pieces: Piece[];
  /** The paragraph mark: `insert` when the paragraph exists only in the new version, `delete` only in the old. */
  mark: PieceOp;
}

/** Where a numbered clause's number ends and its heading or text begins. */
function numberSeparator(side: ChangeSide): string {
  return side.heading !== null && /[\p{L}\p{N}]$/u.test(side.num ?? '') ? ' — ' : ' ';
}

/** The printed number of a side with what follows it: `5. `, `Article 5 — `, `• ` for a bullet, empty for a block. */
export function sidePrefix(side: ChangeSide, kind: Change['kind']): string {
  if (side.num !== null) return side.num + numberSeparator(side);
  return kind === 'clause' && side.blockKind === null ? '• ' : '';
}

/** The heading of a side, empty when it has none. */
export function sideHeading(side: ChangeSide): string {
  return side.heading ?? '';
}

/** The line break between heading and text: present only when the side has both. */
export function sideBreak(side: ChangeSide): string {
  return side.heading !== null && side.text !== '' ? '\n' : '';
}


type Item = Piece | { mark: PieceOp };

class Stream {
  readonly items: Item[] = [];
  /** Adds text with a status; empty text adds nothing. */
  text(op: PieceOp, text: string, bold = false): void {
    if (text !== '') this.items.push({ op, text, bold });
  }
  /** Adds the same slot of both versions: equal when the texts agree, else a deletion then an insertion. */
  pair(oldText: string, newText: string, bold = false): void {
    if (oldText === newText) this.text('equal', oldText, bold);
    else {
      this.text('delete', oldText, bold);
      this.text('insert', newText, bold);
    }
  }
  /** Adds a paragraph mark with a status. */
  mark(op: PieceOp): void {
    this.items.push({ mark: op });
  }
  /** Adds the number, heading and break of a side that is in one version only. */
  header(op: PieceOp, side: ChangeSide, kind: Change['kind']): void {
    this.text(op, sidePrefix(side, kind));
    this.text(op, sideHeading(side), true);
    this.text(op, sideBreak(side));
  }
}

/** True when the ops give back both texts exactly (the lossless law of the comparison). */
function givesBack(ops: readonly DiffOp[], oldText: string, newText: string): boolean {
  return rebuilds(ops, 'old', oldText) && rebuilds(ops, 'new', newText);
}

/** Start offsets of the separators between parts joined by `PART_SEPARATOR`. */
function separatorStarts(sides: readonly ChangeSide[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < sides.length - 1; i++) {
    at += sides[i]!.text.length;
    starts.push(at);
    at += PART_SEPARATOR.length;
  }
  return starts;
}

/**
 * Adds the text diff of a change whose sides may be several (split, merge): where the joined text of one version
 * has a separator between two of its parts, that version gets a paragraph mark and the next part's number and
 * heading instead; separator characters the other version also has stay as text there.
 */
function addTextDiff(stream: Stream, ops: readonly DiffOp[], olds: readonly ChangeSide[], news: readonly ChangeSide[], kind: Change['kind']): void {
  const oldSeps = separatorStarts(olds);
  const newSeps = separatorStarts(news);
  const inSep = (seps: readonly number[], pos: number): number => seps.findIndex((s) => pos >= s && pos < s + PART_SEPARATOR.length);
  let oldPos = 0;
  let newPos = 0;
  let oldNext = 0; // index of the next old separator whose structure is still to be written
  let newNext = 0;
  const flush = (): void => {
    while (oldNext < oldSeps.length && oldPos >= oldSeps[oldNext]! + PART_SEPARATOR.length) {
      stream.mark('delete');
      stream.header('delete', olds[++oldNext]!, kind);
    }
    while (newNext < newSeps.length && newPos >= newSeps[newNext]! + PART_SEPARATOR.length) {
      stream.mark('insert');
      stream.header('insert', news[++newNext]!, kind);
    }
  };
  for (const op of ops) {
    const usesOld = op.op !== 'insert';
    const usesNew = op.op !== 'delete';
    let run = '';
    let runOp: PieceOp = op.op;
    const emit = (): void => {
      stream.text(runOp, run);
      run = '';
    };
    for (const ch of op.text) {
      // Characters are code points; positions are UTF-16 offsets like the separators'.
      const inOld = usesOld && inSep(oldSeps, oldPos) !== -1;
      const inNew = usesNew && inSep(newSeps, newPos) !== -1;
      let charOp: PieceOp | null;
      if (op.op === 'equal') charOp = inOld && inNew ? null : inNew ? 'delete' : inOld ? 'insert' : 'equal';
      else charOp = inOld || inNew ? null : op.op;
      if (charOp !== null) {
        if (charOp !== runOp) emit();
        runOp = charOp;
        run += ch;
      }
      if (usesOld) oldPos += ch.length;
      if (usesNew) newPos += ch.length;
      if (inOld || inNew) {
        emit();
        flush();
      }
    }
    emit();
    flush();
  }
}

/** Lays a change out as paragraphs of tracked pieces: the new version's layout with the old one's tracked against it. */
export function layoutChange(change: Change): LaidParagraph[] {
  const stream = new Stream();
  const olds = sidesOf(change.old);
  const news = sidesOf(change.new);
  const kind = change.kind;
  if (olds.length === 0 || news.length === 0) {
    const op: PieceOp = olds.length === 0 ? 'insert' : 'delete';
    for (const side of olds.length === 0 ? news : olds) {
      stream.header(op, side, kind);
      stream.text(op, side.text);
      stream.mark(op);
    }
  } else {
    const [o, n] = [olds[0]!, news[0]!];
    stream.pair(sidePrefix(o, kind), sidePrefix(n, kind));
    const headingOps = change.headingDiff;
    if (headingOps !== null && olds.length === 1 && news.length === 1 && givesBack(headingOps, sideHeading(o), sideHeading(n))) {
      for (const op of headingOps) stream.text(op.op, op.text, true);
    } else stream.pair(sideHeading(o), sideHeading(n), true);
    stream.pair(sideBreak(o), sideBreak(n));
    const oldText = olds.map((s) => s.text).join(PART_SEPARATOR);
    const newText = news.map((s) => s.text).join(PART_SEPARATOR);
    const ops: DiffOp[] = givesBack(change.diff, oldText, newText)
      ? change.diff
      : [
          { op: 'delete', text: oldText },
          { op: 'insert', text: newText },
        ];
    addTextDiff(stream, ops, olds, news, kind);
    stream.mark('equal');
  }
  const paragraphs: LaidParagraph[] = [];
  let pieces: Piece[] = [];
  for (const item of stream.items) {
    if ('mark' in item) {
      paragraphs.push({ pieces, mark: item.mark });
      pieces = [];
    } else pieces.push(item);
  }
  return paragraphs;
}
