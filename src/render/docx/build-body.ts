import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  Tab,
  TextRun,
} from 'docx';
import type { ICommentOptions, ParagraphChild } from 'docx';
import type { Change, Finding } from '../../model/comparison.js';
import { sidesOf } from '../names.js';
import { layoutChange } from './layout-change.js';
import type { Piece } from './layout-change.js';
import type { Revision } from './revision.js';
import { sanitizeXmlText } from './sanitize-xml-text.js';

/** Indentation of one level of sub-points, in twips (1 cm). */
const INDENT = 567;

/** The body of a redline and the comments anchored in it. */
export interface Body {
  /** Paragraphs of the body section, in reading order. */
  paragraphs: Paragraph[];
  /** Comments (findings, moves, not-reported notes) for the document's comments part. */
  comments: ICommentOptions[];
}

/** Hands out the `w:id`s of comments and revisions; one counter for both keeps them unique across the document. */
class Ids {
  private next = 0;
  take(): number {
    return this.next++;
  }
}

function runChildren(text: string): (string | Tab)[] {
  const out: (string | Tab)[] = [];
  text.split('\t').forEach((part, i) => {
    if (i > 0) out.push(new Tab());
    if (part !== '') out.push(part);
  });
  return out;
}

/** The runs of one piece: one run per line, with a line break before every line but the first. */
function runsOf(piece: Piece, revision: Revision, ids: Ids): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  sanitizeXmlText(piece.text)
    .split('\n')
    .forEach((line, i) => {
      if (i === 0 && line === '') return;
      const base = { children: runChildren(line), ...(piece.bold ? { bold: true } : {}), ...(i > 0 ? { break: 1 } : {}) };
      if (piece.op === 'equal') out.push(new TextRun(base));
      else if (piece.op === 'insert') out.push(new InsertedTextRun({ ...base, id: ids.take(), author: revision.author, date: revision.date }));
      else out.push(new DeletedTextRun({ ...base, id: ids.take(), author: revision.author, date: revision.date }));
    });
  return out;
}

function initials(author: string): string {
  const letters = author
    .split(/\s+/u)
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
  return letters === '' ? 'DD' : letters.slice(0, 4);
}

/** The notes a change gets as comments: its findings, plus a move or not-reported note when no finding says so. */
export function notesOf(change: Change): Finding[] {
  const notes = [...change.findings];
  const what = change.kind === 'clause' ? 'clause' : 'text';
  if (change.moved && !notes.some((f) => f.rule === 'clause-moved')) {
    notes.unshift({ rule: 'clause-moved', severity: 'info', message: `This ${what} was moved: the old version has it elsewhere.` });
  }
  if (change.notReported && !notes.some((f) => f.rule === 'not-reported')) {
    notes.unshift({
      rule: 'not-reported',
      severity: 'info',
      message: `This ${what} is not reported in one version, which is partial: whether it is new or dropped is unknown.`,
    });
  }
  return notes;
}

function commentOf(note: Finding, id: number, revision: Revision): ICommentOptions {
  const line = (value: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text: sanitizeXmlText(value), bold })] });
  const children = [line(`[${note.severity}] ${note.rule}`, true), line(note.message)];
  if (note.old !== undefined || note.new !== undefined) children.push(line(`Old: ${note.old ?? '—'} · New: ${note.new ?? '—'}`));
  return { id, author: revision.author, initials: initials(revision.author), date: new Date(revision.date), children };
}

/** Builds the redline body: each change laid out as tracked paragraphs, its notes as comments spanning its paragraphs. */
export function buildBody(changes: readonly Change[], revision: Revision): Body {
  const ids = new Ids();
  const paragraphs: Paragraph[] = [];
  const comments: ICommentOptions[] = [];
  for (const change of changes) {
    const laid = layoutChange(change);
    const emphasis = change.kind === 'block' && [...sidesOf(change.old), ...sidesOf(change.new)].some((side) => side.blockKind === 'heading' || side.blockKind === 'section');
    const commentIds = notesOf(change).map((note) => {
      const id = ids.take();
      comments.push(commentOf(note, id, revision));
      return id;
    });
    laid.forEach((p, index) => {
      const children: ParagraphChild[] = [];
      if (index === 0) for (const id of commentIds) children.push(new CommentRangeStart(id));
      for (const piece of p.pieces) children.push(...runsOf(emphasis ? { ...piece, bold: true } : piece, revision, ids));
      if (index === laid.length - 1) {
        for (const id of commentIds) children.push(new CommentRangeEnd(id));
        for (const id of commentIds) children.push(new TextRun({ children: [new CommentReference(id)] }));
      }
      const mark = p.mark === 'equal' ? {} : { run: { [p.mark === 'insert' ? 'insertion' : 'deletion']: { id: ids.take(), author: revision.author, date: revision.date } } };
      paragraphs.push(
        new Paragraph({
          children,
          spacing: { after: 120 },
          ...(change.depth > 0 ? { indent: { left: change.depth * INDENT } } : {}),
          ...mark,
        }),
      );
    });
  }
  return { paragraphs, comments };
}
