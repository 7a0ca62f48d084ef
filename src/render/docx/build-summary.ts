import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Comparison, VersionHeader } from '../../model/comparison.js';
import type { Revision } from './revision.js';
import { sanitizeXmlText } from './sanitize-xml-text.js';

const PROVENANCE: Record<NonNullable<VersionHeader['status']>, string> = {
  reported: 'reported by a journalist: text in quotation marks is verbatim, the rest is paraphrase',
  leaked: 'leaked document: the text is its own wording',
  official: 'published officially: the text is its own wording',
  reference: 'reference text',
};

function provenance(v: VersionHeader): string {
  const how = v.status === null ? 'not stated' : PROVENANCE[v.status];
  return v.completeness === 'partial' ? `${how}; partial: only some clauses are known` : how;
}

function text(value: string, bold = false): TextRun {
  return new TextRun({ text: sanitizeXmlText(value), ...(bold ? { bold: true } : {}) });
}

function cell(value: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [text(value, bold)] })] });
}

function table(rows: readonly (readonly string[])[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  return new Table({
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((row, r) => new TableRow({ children: row.map((value, c) => cell(value, r === 0 || c === 0)) })),
  });
}

/** The first section of a redline: what is compared, where each version comes from, and the counts. Not part of either version. */
export function buildSummary(comparison: Comparison, revision: Revision): (Paragraph | Table)[] {
  const { old: a, new: b, summary: s } = comparison;
  const versions = table([
    ['', 'Old version', 'New version'],
    ['Id', a.id, b.id],
    ['Title', a.title, b.title],
    ['Date', a.date ?? 'unknown', b.date ?? 'unknown'],
    ['Status', a.status ?? 'not stated', b.status ?? 'not stated'],
    ['Completeness', a.completeness, b.completeness],
    ['Provenance', provenance(a), provenance(b)],
  ]);
  const counts = table([
    ['Clauses', 'Count'],
    ['Added', String(s.added)],
    ['Removed', String(s.removed)],
    ['Modified', String(s.modified)],
    ['Unchanged', String(s.unchanged)],
    ['Moved', String(s.moved)],
    ['Renumbered', String(s.renumbered)],
    ['Split', String(s.split)],
    ['Merged', String(s.merged)],
    ['Not reported', String(s.notReported)],
    ['Blocks changed', String(s.blocksChanged)],
    ['Words inserted', String(s.wordsInserted)],
    ['Words deleted', String(s.wordsDeleted)],
    ['Findings (major / notice / info)', `${s.findings.major} / ${s.findings.notice} / ${s.findings.info}`],
    ['Text kept', `${Math.round(comparison.similarity * 100)} %`],
  ]);
  const para = (value: string): Paragraph => new Paragraph({ children: [text(value)], spacing: { after: 120 } });
  const major = comparison.changes.flatMap((c) => c.findings.filter((f) => f.severity === 'major'));
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text('Redline')] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: sanitizeXmlText(`${a.title} → ${b.title}`), bold: true, size: 28 })] }),
    para(
      `The pages after this summary are the new version (${b.id}) with every change from the old version (${a.id}) ` +
        `as a tracked change by ${revision.author}, dated ${revision.date}. Accept all changes to get the new version; ` +
        'reject all changes to get the old one. What each change means is in a comment on its clause. ' +
        'This summary is part of neither version.',
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('Versions')] }),
    versions,
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('Counts')] }),
    counts,
    ...(major.length === 0
      ? []
      : [
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('Major findings')] }),
          ...major.map((f) => new Paragraph({ indent: { left: 284, hanging: 284 }, children: [text(`• ${f.message}`)] })),
        ]),
    para(
      'Moved clauses are tracked where they now stand and carry a comment saying so; clauses missing from a partial ' +
        'version are tracked as inserted or deleted and carry a “not reported” comment: whether they are new or dropped is unknown.',
    ),
  ];
}
