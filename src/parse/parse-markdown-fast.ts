/**
 * A fast reader for the common case of a Markdown chunk: only ATX headings, plain paragraphs and flat lists
 * (`1.`/`1)` ordered or `-`/`+` bullet items whose further paragraphs are indented to the item's content), with no
 * character that any inline construct needs. Such a chunk is turned into mdast directly by a line scanner, node for
 * node and position for position what `remark-parse` (with or without GFM and front matter) builds for it.
 *
 * Anything outside that small grammar — a tab, a line ending in a space, an indented line that could be code, a
 * nested list, a block quote, a setext underline, a thematic break, an empty item, a list that would interrupt a
 * paragraph, any of `` *_`[]<>&\!|~@ ``, `www.` or `://` — makes it return null, and the caller parses the chunk
 * with remark. Correctness beats speed: when in doubt, it gives up.
 */
import type { Heading, List, ListItem, Paragraph, RootContent, Text } from 'mdast';

type Point = NonNullable<Text['position']>['start'];

/**
 * Characters (or texts) with which some inline or GFM construct could start: such chunks go to remark. Two patterns
 * rather than one alternation: a character class alone is scanned much faster (a chunk is 64 KiB or more).
 */
const INLINE_MARKUP_CHARACTER = /[*_`[\]<>&\\!|~@\t\r]/;
const INLINE_MARKUP_TEXT = /www\.|:\/\//i;
/** The first character of a line of plain text (after its indentation). */
const SAFE_START = /^[\p{L}\p{N}("'“‘§$€£]/u;
/** A line that opens an ordered list item, a bullet item, or could be read as one. */
const LOOKS_LIKE_ITEM = /^(?:\d{1,9}[.)]|[-+*])(?: |$)/;
const ORDERED_ITEM = /^(\d{1,9})([.)]) (?=\S)/;
const BULLET_ITEM = /^([-+]) (?=\S)/;
const ATX_HEADING = /^(#{1,6}) (?=\S)/;

interface OpenList {
  node: List;
  /** `.`/`)` for ordered lists, the bullet character otherwise. */
  marker: string;
  /** Column (0-based) at which the content of the current item starts. */
  indent: number;
  item: ListItem;
}

interface OpenParagraph {
  node: Paragraph;
  text: Text;
  lines: string[];
}

/**
 * Parses a chunk made only of simple blocks; null when the chunk holds anything else. Positions are relative to the
 * chunk (line 1, column 1, offset 0 at its start), like a remark parse of the chunk alone, or, given where the chunk
 * sits in a whole text (the line endings and characters before it), positions in that text.
 */
export function parseSimpleBlocks(chunk: string, linesBefore = 0, offsetBefore = 0): RootContent[] | null {
  if (INLINE_MARKUP_CHARACTER.test(chunk) || INLINE_MARKUP_TEXT.test(chunk)) return null;
  const out: RootContent[] = [];
  let list: OpenList | null = null;
  let paragraph: OpenParagraph | null = null;
  /** A blank line since the last line with content. */
  let blank = false;
  let lineNo = 0;
  let lineStart = 0;
  const point = (column: number): Point => ({ line: linesBefore + lineNo + 1, column: column + 1, offset: offsetBefore + lineStart + column });

  const closeParagraph = (): void => {
    if (paragraph === null) return;
    paragraph.text.value = paragraph.lines.join('\n');
    paragraph = null;
  };
  const closeList = (): void => {
    closeParagraph();
    list = null;
  };
  const openParagraph = (column: number, content: string, into: RootContent[]): Paragraph => {
    const text: Text = { type: 'text', value: content, position: { start: point(column), end: point(column + content.length) } };
    const node: Paragraph = { type: 'paragraph', children: [text], position: { start: point(column), end: point(column + content.length) } };
    into.push(node);
    paragraph = { node, text, lines: [content] };
    return node;
  };
  const continueParagraph = (column: number, content: string): void => {
    const open = paragraph!;
    open.lines.push(content);
    const end = point(column + content.length);
    open.text.position!.end = end;
    open.node.position!.end = { ...end };
    if (list !== null) extendList(list, end);
  };
  const extendList = (open: OpenList, end: Point): void => {
    open.item.position!.end = { ...end };
    open.node.position!.end = { ...end };
  };

  while (lineStart <= chunk.length) {
    const newline = chunk.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? chunk.length : newline;
    const line = chunk.slice(lineStart, lineEnd);
    if (line === '') {
      blank = true;
      closeParagraph();
    } else {
      if (line.charCodeAt(line.length - 1) === 0x20) return null;
      let indent = 0;
      while (line.charCodeAt(indent) === 0x20) indent++;
      const rest = indent === 0 ? line : line.slice(indent);
      if (indent === 0 && rest.charCodeAt(0) === 0x23 /* # */) {
        const heading = ATX_HEADING.exec(rest);
        if (heading === null || rest.endsWith('#')) return null;
        const depth = heading[1]!.length;
        const content = rest.slice(depth + 1);
        if (!SAFE_START.test(content)) return null;
        closeList();
        closeParagraph();
        const text: Text = { type: 'text', value: content, position: { start: point(depth + 1), end: point(rest.length) } };
        const node: Heading = { type: 'heading', depth: depth as Heading['depth'], children: [text], position: { start: point(0), end: point(rest.length) } };
        out.push(node);
      } else if (indent === 0 && LOOKS_LIKE_ITEM.test(rest)) {
        const ordered = ORDERED_ITEM.exec(rest);
        const bullet = ordered === null ? BULLET_ITEM.exec(rest) : null;
        if (ordered === null && bullet === null) return null;
        const markerWidth = ordered !== null ? ordered[0].length : 2;
        const marker = ordered !== null ? ordered[2]! : bullet![1]!;
        const content = rest.slice(markerWidth);
        if (!SAFE_START.test(content) || LOOKS_LIKE_ITEM.test(content)) return null;
        const current = list as OpenList | null;
        if (current === null && paragraph !== null) return null; // would it interrupt the paragraph? leave it to remark
        if (current !== null && (current.marker !== marker || (current.node.ordered === true) !== (ordered !== null))) return null;
        closeParagraph();
        const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: { start: point(0), end: point(0) } };
        if (current === null) {
          const node: List = {
            type: 'list',
            ordered: ordered !== null,
            start: ordered !== null ? Number.parseInt(ordered[1]!, 10) : null,
            spread: false,
            children: [item],
            position: { start: point(0), end: point(0) },
          };
          out.push(node);
          list = { node, marker, indent: markerWidth, item };
        } else {
          if (blank) current.node.spread = true;
          current.node.children.push(item);
          current.item = item;
          current.indent = markerWidth;
        }
        openParagraph(markerWidth, content, item.children);
        extendList(list!, point(line.length));
      } else {
        if (!SAFE_START.test(rest) || LOOKS_LIKE_ITEM.test(rest)) return null;
        const current = list as OpenList | null;
        if (!blank && paragraph !== null) {
          // A continuation line (lazy or indented) of the open paragraph.
          continueParagraph(indent, rest);
        } else if (current !== null && blank && indent === current.indent) {
          current.item.spread = true;
          openParagraph(indent, rest, current.item.children);
          extendList(current, point(line.length));
        } else if (indent === 0) {
          closeList();
          openParagraph(0, rest, out);
        } else return null;
      }
      blank = false;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
    lineNo++;
  }
  closeParagraph();
  return out;
}
