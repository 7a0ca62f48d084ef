/**
 * The reader: Markdown text (or file bytes) → `Draft`, with every problem as a positioned message.
 * Never throws on any input; bad input gives messages, and `draft` is null only when the input cannot be read
 * as a draft at all (binary, too large, nested too deeply).
 * The heavy readers (remark, yaml) are passed in, so that reading a simple draft need not load them: `parseDraft`
 * passes them always, `readDraftFile` only when the text needs them.
 */
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import type { RootContent } from 'mdast';
import type { Draft } from '../model/draft.js';
import type { FrontMatter } from '../model/front-matter.js';
import { compareMessages } from '../model/format-message.js';
import type { Message } from '../model/message.js';
import { safeIdFrom } from '../model/safe-id.js';
import { assembleDraft } from './assemble-draft.js';
import { startClauses } from './build-clauses.js';
import { checkDraft } from './check-draft.js';
import { orderedMarkerDigits } from './clause-markers.js';
import { decodeText, looksBinary } from './decode-text.js';
import { LIMITS } from './limits.js';
import { visitMarkdown, type RemarkParse } from './parse-markdown.js';
import { error, warning, type Problem } from './problem.js';
import type { FrontMatterResult } from './read-front-matter.js';

/** Loads Node's crypto module on first use: a comparison never reads a file's SHA-256, so it need not load it. */
const load = createRequire(import.meta.url);

/**
 * The SHA-256 of `bytes` in hex, computed when called. A function of its own, so that the closure holds the bytes
 * only: made inside the reader, it would keep alive everything the reader's other closures hold (the whole tree of
 * raw clauses), for as long as the draft.
 */
function digestOf(bytes: Uint8Array): () => string {
  return () => (load('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
}

/** Options of `parseDraft`. */
export interface ParseOptions {
  /** Path of the file, used in messages and for the default id; `<input>` when not given. */
  path?: string;
}

/** The outcome of reading one draft: errors are values, never exceptions. */
export interface ParseResult {
  /** True when there is a draft and no message is an error. */
  ok: boolean;
  /** The draft, or null when the input could not be read as one. */
  draft: Draft | null;
  /** Errors and warnings, sorted by position. */
  messages: Message[];
}

/** The parts of the reader that are heavy to load (about 0.1 s): remark and yaml. */
export interface FullReaders {
  /** Parses Markdown the line scanner cannot read (`parseRemark`). */
  remark: RemarkParse;
  /** Reads the YAML front matter (`readFrontMatter`). */
  readFrontMatter: (yamlText: string, firstLine: number) => FrontMatterResult;
}

/**
 * Reads a draft from Markdown text or the bytes of a file, as `parseDraft` does. Without `readers`, it returns null
 * when the text needs them (Markdown beyond the line scanner's simple blocks, which includes any front matter).
 */
export function parseDraftWith(input: string | Uint8Array, options: ParseOptions, readers: FullReaders): ParseResult;
export function parseDraftWith(input: string | Uint8Array, options: ParseOptions, readers: FullReaders | null): ParseResult | null;
export function parseDraftWith(input: string | Uint8Array, options: ParseOptions, readers: FullReaders | null): ParseResult | null {
  const path = options.path ?? '<input>';
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const fail = (problem: Problem): ParseResult => ({ ok: false, draft: null, messages: [{ file: path, ...problem }] });
  if (bytes.length > LIMITS.maxFileBytes) {
    return fail(error(1, 1, 'file-too-large', `the file is ${mebibytes(bytes.length)} MiB; drafts larger than ${mebibytes(LIMITS.maxFileBytes)} MiB are not read`));
  }
  if (typeof input !== 'string' && looksBinary(bytes)) {
    return fail(error(1, 1, 'binary-file', 'this is a binary file, not a Markdown text; save the draft as plain text (.md)'));
  }
  const decoded = decodeText(input);
  const problems: Problem[] = decoded.problems.map((p) => ({ line: p.line, column: p.column, rule: p.rule, message: p.message, severity: p.rule === 'nul-byte' ? 'warning' : 'error' }));
  const text = decoded.text;
  const deep = findDeepNesting(text);
  if (deep) {
    return { ok: false, draft: null, messages: finish(path, [...problems, error(deep.line, deep.column, 'nesting-too-deep', `block quotes or lists are nested more than ${LIMITS.maxNesting} levels deep here; flatten them`)]) };
  }
  const lineStarts = computeLineStarts(text);
  // Clauses are built from each chunk of the Markdown as soon as it is parsed, so no tree of the whole text is kept.
  const builder = startClauses(lineStarts, text);
  let first: RootContent | undefined;
  try {
    const read = visitMarkdown(text, readers?.remark ?? null, (nodes) => {
      first ??= nodes[0];
      builder.add(nodes);
    });
    if (read === null) return null;
  } catch (cause) {
    if (cause instanceof RangeError) return { ok: false, draft: null, messages: finish(path, [...problems, error(1, 1, 'nesting-too-deep', 'the Markdown is nested too deeply to be read')]) };
    throw cause;
  }

  let frontMatter: FrontMatter = {};
  const hasFrontMatter = first?.type === 'yaml';
  if (first?.type === 'yaml') {
    // Only remark makes a `yaml` node, so the readers are there.
    if (readers === null) return null;
    const result = readers.readFrontMatter(first.value, (first.position?.start.line ?? 1) + 1);
    frontMatter = result.value;
    problems.push(...result.problems);
  } else if (/^---[ \t]*\n/.test(text)) {
    problems.push(warning(1, 1, 'front-matter-unclosed', 'the file starts with "---" but the front matter is never closed by another "---" line; it was read as text'));
  }

  const body = builder.finish();
  problems.push(...body.problems);
  const stem = basename(path, extname(path));
  const { draft, inOrder } = assembleDraft({
    body,
    frontMatter,
    hasFrontMatter,
    lineStarts,
    path,
    sha256: digestOf(bytes),
    fallbackId: safeIdFrom(stem) ?? 'draft',
  });
  // The raw clauses are read for their author ids only.
  problems.push(...checkDraft(draft, body.hasAuthorIds ? body.clauses : [], inOrder));
  const messages = finish(path, problems);
  return { ok: !messages.some((m) => m.severity === 'error'), draft, messages };
}

/** Offsets at which each line of a text starts. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Finds the first line whose block quotes and list markers nest deeper than the limit (remark would overflow). */
function findDeepNesting(text: string): { line: number; column: number } | null {
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const end = text.indexOf('\n', lineStart);
    const lineEnd = end === -1 ? text.length : end;
    let depth = 0;
    let i = lineStart;
    let indent = 0;
    while (indent + lineStart < lineEnd && (text.charCodeAt(lineStart + indent) === 0x20 || text.charCodeAt(lineStart + indent) === 0x09)) indent += 1;
    while (i < lineEnd) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) i += 1;
      else if (c === 0x3e /* > */) {
        depth += 1;
        i += 1;
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
        depth += 1;
        i += 2;
      } else {
        // An ordered marker and a space or tab: `/^\d{1,9}[.)][ \t]/`.
        const digits = orderedMarkerDigits(text, i);
        const after = text.charCodeAt(i + digits + 1);
        if (digits === 0 || (after !== 0x20 && after !== 0x09)) break;
        depth += 1;
        i += digits + 2;
      }
      if (depth > LIMITS.maxNesting) return { line, column: i - lineStart };
    }
    // Lists nested by indentation alone: a list item indented past what 100 levels of nesting can take. (A deeply
    // indented line of plain text is only a code block, and harmless.)
    if (depth > 0 && indent > LIMITS.maxNesting * 4) return { line, column: indent + 1 };
    if (end === -1) break;
    lineStart = end + 1;
    line += 1;
  }
  return null;
}

function finish(path: string, problems: Problem[]): Message[] {
  return problems.map((p) => ({ file: path, ...p })).sort(compareMessages);
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
