/**
 * Markdown text → mdast, fast on treaty-sized files and with the same tree as one `remark` parse of the whole text.
 *
 * How: the text is cut into chunks at lines where CommonMark always starts a new top-level block (a line at the
 * margin after a blank line that is no list item, block quote or setext underline), and each chunk is parsed on its
 * own, with positions shifted back into the whole text. A chunk is parsed with GFM only when it holds a character
 * a GFM construct needs (`|` `~` `[` `@` `www.` `://`): GFM's tokenizers cost most of the time on plain prose.
 * Texts where a construct can span a blank line or act at a distance (fenced code, HTML blocks, link or footnote
 * definitions, an unclosed front matter) are parsed whole, as before.
 * A chunk (or a whole small text) made only of simple blocks — headings, plain paragraphs, flat lists, no inline
 * markup — is read by the line scanner of `parse-markdown-fast.ts` instead of remark, with the same tree.
 * Remark itself is passed in (`parse-remark.ts`), so that a caller reading only simple text never loads it.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fastPaths } from './find-shared.js';
import { parseSimpleBlocks } from './parse-markdown-fast.js';

/** A full Markdown parser for one chunk (remark: `parseRemark`); throws `RangeError` when nesting is too deep. */
export type RemarkParse = (text: string) => Root;

/** Chunks smaller than this are not cut further (characters). */
const CHUNK_CHARS = 64 * 1024;
/** Whole-text constructs that can reach across a blank line or affect other blocks. */
const NOT_CUTTABLE = /```|~~~|^[ \t>]*<|\[[^\]\n]*\]:/m;
/** The link or footnote definition alternative of `NOT_CUTTABLE`. */
const LINK_DEFINITION = /\[[^\]\n]*\]:/;
/** Characters after which the `m` flag's `^` matches: line terminators. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/** A line at the margin that may start a new top-level block after a blank line. */
const STARTS_BLOCK = /^(?![-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[=-]+[ \t]*$)[^\s>]/;

/**
 * Parses Markdown into mdast (front matter as a `yaml` node, GFM); throws `RangeError` when nesting is too deep.
 * Returns null only when `remark` is null and some chunk is not simple enough for the line scanner.
 * `chunkChars` is the least size of a chunk (tests make it small to cut small texts).
 */
export function parseMarkdown(text: string, remark: RemarkParse | null, chunkChars = CHUNK_CHARS): Root | null {
  const children: RootContent[] = [];
  const lines = visitMarkdown(text, remark, (nodes) => {
    for (const node of nodes) children.push(node);
  }, chunkChars);
  return lines === null ? null : rootOf(children, text, lines);
}

/**
 * Parses Markdown as `parseMarkdown` does, but hands the top-level nodes to `visit` chunk by chunk, in reading order
 * and with positions in the whole text, instead of keeping the whole tree: a caller that consumes each chunk's nodes
 * at once lets them die young, so the garbage collector never copies the tree of a large text. Returns the number of
 * line endings in the text, or null (after visiting the chunks before it) when `remark` is null and a chunk needs it.
 */
export function visitMarkdown(text: string, remark: RemarkParse | null, visit: (nodes: RootContent[]) => void, chunkChars = CHUNK_CHARS): number | null {
  const cuts = text.length > 2 * chunkChars && !isUncuttable(text) ? findCuts(text, chunkChars) : null;
  let start = 0;
  let line = 0;
  for (const end of cuts === null ? [text.length] : [...cuts, text.length]) {
    const chunk = text.slice(start, end);
    // The line scanner places its nodes in the whole text itself; remark's are moved there.
    const simple = parseSimpleBlocks(chunk, line, start);
    const nodes = simple ?? remark?.(chunk).children;
    if (nodes === undefined) return null;
    if (simple === null && start > 0) for (const child of nodes) shift(child, line, start);
    visit(nodes);
    line += countLines(chunk);
    start = end;
  }
  return line;
}

/** The root of a whole text whose top-level nodes are known; `lines` is the number of line endings in the text. */
function rootOf(children: RootContent[], text: string, lines: number): Root {
  const lastColumn = text.length - (text.lastIndexOf('\n') + 1) + 1;
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines + 1, column: lastColumn, offset: text.length } } };
}

/**
 * `NOT_CUTTABLE.test(text)` by plain searches: the regex tries its `^[ \t>]*<` alternative at every line of the
 * text, while a treaty most often holds no `<`, `[`, fence at all, which a search for the character rules out.
 */
export function isUncuttable(text: string): boolean {
  if (!fastPaths.enabled) return NOT_CUTTABLE.test(text);
  return text.includes('```') || text.includes('~~~') || (text.includes('[') && LINK_DEFINITION.test(text)) || hasTagAtLineStart(text);
}

/** Whether some `<` has only spaces, tabs and `>` before it on its line (`/^[ \t>]*</m`). */
function hasTagAtLineStart(text: string): boolean {
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    let i = at - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i--;
    if (i < 0 || LINE_TERMINATOR.test(text[i]!)) return true;
  }
  return false;
}

/** Offsets where chunks start: every `CHUNK_CHARS` or so, at a line that starts a top-level block after a blank line. */
function findCuts(text: string, chunkChars: number): number[] | null {
  let from = 0;
  if (/^---[ \t]*\n/.test(text)) {
    const close = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
    if (close === null) return null;
    from = 3 + close.index + close[0].length;
  }
  const cuts: number[] = [];
  let last = 0;
  let at = text.indexOf('\n', Math.max(from, chunkChars));
  while (at !== -1 && at < text.length - chunkChars) {
    // `at` is the end of a line; the line after it starts at `at + 1`.
    const next = at + 1;
    const lineEnd = text.indexOf('\n', next);
    const prevStart = text.lastIndexOf('\n', at - 1) + 1;
    const blankBefore = /^[ \t]*$/.test(text.slice(prevStart, at));
    const nextLine = text.slice(next, lineEnd === -1 ? text.length : lineEnd);
    if (blankBefore && prevStart > last && STARTS_BLOCK.test(nextLine) && !/^[ \t]*$/.test(nextLine)) {
      cuts.push(next);
      last = next;
      at = text.indexOf('\n', next + chunkChars);
      continue;
    }
    at = lineEnd;
  }
  return cuts;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Moves a chunk's node (and its descendants) to where the chunk sits in the whole text. */
function shift(node: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const position = current.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if ('children' in current) for (const child of current.children as Nodes[]) stack.push(child);
  }
}
