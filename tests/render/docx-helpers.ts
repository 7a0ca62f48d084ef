import { strFromU8, unzipSync } from 'fflate';
import type { ChangeSide, Comparison } from '../../src/model/index.js';
import { sanitizeXmlText } from '../../src/render/docx/sanitize-xml-text.js';

/** Stands for a paragraph mark in extracted and expected texts (a line break inside a paragraph is `\n`). */
export const PARAGRAPH = '\u2029';

/** The parts of a .docx file as text, by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The redline body of `word/document.xml`: everything after the paragraph that closes the summary section. */
export function bodyXml(documentXml: string): string {
  const firstSection = documentXml.indexOf('<w:sectPr');
  const bodyStart = documentXml.indexOf('</w:p>', firstSection) + '</w:p>'.length;
  const bodyEnd = documentXml.lastIndexOf('<w:sectPr');
  if (firstSection === -1 || bodyEnd <= firstSection) throw new Error('document has no summary section before the body');
  return documentXml.slice(bodyStart, bodyEnd);
}

/** Both versions read back from body XML: text outside `w:del` (accept all) and text outside `w:ins` (reject all). */
export interface Extracted {
  /** Accept all: runs and paragraph marks not deleted. */
  new: string;
  /** Reject all: runs and paragraph marks not inserted. */
  old: string;
  /** Problems found while walking (text element in the wrong wrapper, nesting). */
  problems: string[];
}

/**
 * Walks body XML tag by tag: `w:t` and `w:delText` give text, `w:br` a line break, `w:tab` a tab, `</w:p>` a
 * paragraph mark whose status comes from `w:ins`/`w:del` in the paragraph's `w:pPr/w:rPr`.
 */
export function extractVersions(xml: string): Extracted {
  const out: Extracted = { new: '', old: '', problems: [] };
  let ins = false;
  let del = false;
  let inPPr = false;
  let inRun = false;
  let textTag: 't' | 'delText' | null = null;
  let mark: 'equal' | 'insert' | 'delete' = 'equal';
  const add = (text: string): void => {
    if (!del) out.new += text;
    if (!ins) out.old += text;
  };
  for (const [token] of xml.matchAll(/<[^>]+>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      if (textTag !== null) add(decode(token));
      continue;
    }
    const name = /^<\/?([\w:]+)/.exec(token)?.[1] ?? '';
    const closing = token.startsWith('</');
    const empty = token.endsWith('/>');
    if (name === 'w:p' && !closing) mark = 'equal';
    else if (name === 'w:p' && closing) {
      if (mark !== 'delete') out.new += PARAGRAPH;
      if (mark !== 'insert') out.old += PARAGRAPH;
    } else if (name === 'w:pPr') inPPr = !closing && !empty;
    else if (inPPr && (name === 'w:ins' || name === 'w:del')) {
      if (!closing) mark = name === 'w:ins' ? 'insert' : 'delete';
    } else if (name === 'w:ins' && !empty) {
      if (!closing && (ins || del)) out.problems.push('nested revision');
      ins = !closing;
    } else if (name === 'w:del' && !empty) {
      if (!closing && (ins || del)) out.problems.push('nested revision');
      del = !closing;
    } else if (name === 'w:r') inRun = !closing && !empty;
    else if (name === 'w:t' || name === 'w:delText') {
      if (name === 'w:t' && del && !closing) out.problems.push('w:t inside w:del');
      if (name === 'w:delText' && !del && !closing) out.problems.push('w:delText outside w:del');
      textTag = closing || empty ? null : name === 'w:t' ? 't' : 'delText';
    } else if (name === 'w:br' && inRun) add('\n');
    else if (name === 'w:tab' && inRun) add('\t');
  }
  return out;
}

function sidesOf(value: ChangeSide | ChangeSide[] | null): ChangeSide[] {
  return value === null ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The text of one version as the redline lays it out — the definition the accept/reject law is stated against:
 * for each change in order, for each of its sides in that version, one paragraph of
 * `number + separator`, `heading`, a line break when there are both heading and text, then `text`.
 * The number is followed by ` — ` when it ends in a letter or digit and a heading follows, else by a space;
 * an unnumbered clause starts with `• `; a block has no number. Characters XML cannot hold are U+FFFD.
 */
export function versionText(comparison: Comparison, version: 'old' | 'new'): string {
  let text = '';
  for (const change of comparison.changes) {
    for (const side of sidesOf(change[version])) {
      let prefix = '';
      if (side.num !== null) prefix = side.num + (side.heading !== null && /[\p{L}\p{N}]$/u.test(side.num) ? ' — ' : ' ');
      else if (change.kind === 'clause') prefix = '• ';
      const heading = side.heading ?? '';
      const brk = side.heading !== null && side.text !== '' ? '\n' : '';
      text += sanitizeXmlText(prefix + heading + brk + side.text) + PARAGRAPH;
    }
  }
  return text;
}

/** Attributes of every `w:ins` and `w:del` start tag in a document part. */
export function revisionTags(xml: string): Array<{ tag: string; author: string | null; date: string | null }> {
  return [...xml.matchAll(/<w:(ins|del)\b([^>]*)>/g)].map((m) => ({
    tag: m[1]!,
    author: /w:author="([^"]*)"/.exec(m[2]!)?.[1] ?? null,
    date: /w:date="([^"]*)"/.exec(m[2]!)?.[1] ?? null,
  }));
}
