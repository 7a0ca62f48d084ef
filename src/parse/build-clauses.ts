/**
 * Walks the mdast of a draft's body and builds its clause tree and non-clause blocks.
 *
 * How structure is found (see README "The draft format"):
 * - A heading that starts with a number (`## 5.`, `## Article 5 —`, `### Section 3.2`, `## § 4`) is a clause;
 *   heading levels nest clauses. Paragraphs under it are its own text.
 * - Ordered list items are clauses numbered as printed; bullet items are clauses without a number.
 * - Paragraphs (and lines inside a paragraph) that start with `a.`, `(a)`, `b)`, `(iv)`, `Point 5:`… are clauses.
 *   A marker style already open on the stack makes a sibling, a new style makes a child ("style stack").
 * - Everything else is kept as a block: headings without a number, notes in parentheses or brackets,
 *   section lines ("Ceasefire:"), narrative paragraphs outside any clause, tables, code, HTML.
 * Block quotes are transparent. The walk is iterative over siblings and bounded in depth.
 */
import type { BlockContent, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { BlockKind, NumberingStyle } from '../model/draft.js';
import { matchHeadingMarker, matchParagraphMarker, nextValue, orderedMarkerDigits, type Marker } from './clause-markers.js';
import { continues, flowKey, isNote, isSectionLine, stripTrailingSeparator, takeId } from './read-paragraph.js';
import { fastPaths } from './find-shared.js';
import { inlineText, reflow } from './inline-text.js';
import { LIMITS } from './limits.js';
import { warning, type Problem } from './problem.js';

/** A point in the source, before conversion to the model. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** A clause as built, before ids, paths and facts are added. */
export interface RawClause {
  kind: 'clause';
  num: string | null;
  numValue: string | null;
  label: string | null;
  style: NumberingStyle;
  heading: string | null;
  /** Author id from `{#id}`, with where it was written. */
  authorId: { id: string; at: SourcePoint } | null;
  textParts: string[];
  children: RawClause[];
  order: number;
  start: SourcePoint;
  end: SourcePoint;
}

/** A non-clause block as built. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  parent: RawClause | null;
  order: number;
  start: SourcePoint;
  end: SourcePoint;
}

/** The result of the walk. */
export interface BuiltBody {
  clauses: RawClause[];
  blocks: RawBlock[];
  /** Text of the first heading that is not a clause, for a title. */
  firstHeading: string | null;
  /** Whether some clause has an author id (`{#id}`): without any, nothing need look for them. */
  hasAuthorIds: boolean;
  problems: Problem[];
}

type Entry =
  | { kind: 'root' }
  | { kind: 'heading'; depth: number; clause: RawClause }
  | { kind: 'section'; depth: number }
  | { kind: 'flow'; clause: RawClause; key: string; style: NumberingStyle; value: string | null; item: boolean };

/** A paragraph, or one of the lines of a paragraph that start a new point. */
interface Segment {
  text: string;
  start: SourcePoint;
  end: SourcePoint;
  /** Visible text of a leading `**bold**` run, used as a heading for `**Article 5. Title.** Text`. */
  boldLead: string | null;
  /** Whether the whole paragraph is emphasised (a typical editor's note). */
  emphasised: boolean;
  /**
   * When the segment holds several lines: its first and second lines (trimmed), the lines after the first and those
   * after the second (reflowed); else null.
   */
  lines: { first: string; second: string; rest: string; afterSecond: string } | null;
}

const ENDS_LIST_LEAD = /(?:[.;:!?)\]"”’']|\b(?:and|or))$/;

/** How a text starts that does not run on from the line before it: a capital, a digit, a quote or a bracket. */
const STARTS_AFRESH = /^[\p{Lu}\p{N}"“(]/u;

/** Most words of a line read as a title ("Article 3 — Joint Commission", "Entry into force"). */
const TITLE_WORDS = 10;

/**
 * A line that may head the lines after it, as a pasted treaty writes it: a labelled number alone ("Article 1",
 * "ARTICLE 1.", "§ 4"), or one with a separator and a short title that does not run on ("Article 3 — Joint
 * Commission"). Its number and title (or null), or null for any other line ("Article 5 of the treaty says").
 */
function headingOfLine(line: string): { marker: Marker; title: string | null } | null {
  const marker = matchParagraphMarker(line);
  if (marker === null || marker.label === null) return null;
  const title = stripTrailingSeparator(line.slice(marker.length).trim());
  if (title === '') return { marker, title: null };
  return title.split(/\s+/).length > TITLE_WORDS || /[,;]$/.test(line) ? null : { marker, title };
}

/**
 * A segment's first line read as its heading (see `headingOfLine`), the text following on the next lines: the
 * number, the title (or null) and the text. A title needs the text to start afresh (a capital, a digit, a quote or a
 * bracket), else the line runs on into the next ("Article 5: The guarantee shall / last ten years").
 */
function headingLine(segment: Segment): { marker: Marker; heading: string | null; text: string } | null {
  if (segment.lines === null || segment.lines.rest === '') return null;
  const { first, second, rest, afterSecond } = segment.lines;
  const line = headingOfLine(first);
  if (line === null || (line.title !== null && !STARTS_AFRESH.test(rest))) return null;
  // "Article 12", then "Scope" on the next line: the title has a line of its own.
  if (line.title === null && isTitleLike(second) && (afterSecond === '' || STARTS_AFRESH.test(afterSecond))) {
    return { marker: line.marker, heading: second, text: afterSecond };
  }
  return { marker: line.marker, heading: line.title, text: rest };
}

/** A bullet typed as a character, as text pasted from a word processor or a PDF has it ("• Ukraine shall …"). */
const BULLET_GLYPH = /^[•◦▪▫●○■□‣⁃∙➢►▶][ \t\u00a0]+/u;

/** The marker of a bullet typed as a character at the start of a text, or null. */
function bulletGlyph(text: string): Marker | null {
  const glyph = BULLET_GLYPH.exec(text);
  return glyph === null ? null : { num: '', numValue: '', label: null, styles: ['bullet'], parenthesised: false, length: glyph[0].length };
}

/** Builds clauses and blocks from the body of a parsed draft. */
export function buildClauses(root: Root, lineStarts: readonly number[], source: string): BuiltBody {
  const builder = startClauses(lineStarts, source);
  builder.add(root.children);
  return builder.finish();
}

/** A clause builder fed with a draft's top-level nodes a chunk at a time. */
export interface ClauseBuilder {
  /** Reads the next top-level nodes, in reading order. */
  add(nodes: readonly RootContent[]): void;
  /** What was built from all the nodes added. */
  finish(): BuiltBody;
}

/**
 * Starts building clauses from top-level nodes given chunk by chunk (as `visitMarkdown` hands them out): the same
 * result as `buildClauses` of the whole tree, since the walk over top-level siblings carries nothing but its stack.
 */
export function startClauses(lineStarts: readonly number[], source: string): ClauseBuilder {
  const builder = new Builder(lineStarts, source);
  const stack: Entry[] = [{ kind: 'root' }];
  return {
    add: (nodes) => builder.flow(nodes, stack, 0, 0),
    finish: () => ({ clauses: builder.topLevel, blocks: builder.blocks, firstHeading: builder.firstHeading, hasAuthorIds: builder.hasAuthorIds, problems: builder.problems }),
  };
}

class Builder {
  readonly topLevel: RawClause[] = [];
  readonly blocks: RawBlock[] = [];
  readonly problems: Problem[] = [];
  firstHeading: string | null = null;
  hasAuthorIds = false;
  private order = 0;
  private warnedDepth = false;

  constructor(
    private readonly lineStarts: readonly number[],
    private readonly source: string,
  ) {}

  /** Processes sibling nodes in reading order; entries at or below `floor` belong to enclosing calls. */
  flow(nodes: readonly (RootContent | BlockContent | Nodes)[], stack: Entry[], floor: number, nesting: number): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          this.heading(node, stack, floor);
          break;
        case 'paragraph':
          for (const segment of this.segments(node)) this.paragraph(segment, stack, floor);
          break;
        case 'list':
          this.list(node, stack, floor, nesting);
          break;
        case 'blockquote':
          if (nesting >= LIMITS.maxNesting) this.block('paragraph', reflow(inlineText(node)), node, stack, floor);
          else this.flow(node.children, stack, floor, nesting + 1);
          break;
        case 'thematicBreak':
          popTo(stack, Math.max(floor + 1, lastNonFlow(stack, floor) + 1));
          break;
        case 'table':
          this.block('table', inlineText(node), node, stack, floor);
          break;
        case 'code':
          this.block('code', node.value, node, stack, floor);
          break;
        case 'html':
          if (node.value.trim() !== '') this.block('html', node.value, node, stack, floor);
          break;
        case 'yaml':
        case 'definition':
          break;
        default: {
          const text = reflow(inlineText(node as Nodes));
          if (text !== '') this.block('paragraph', text, node as Nodes, stack, floor);
        }
      }
    }
  }

  private heading(node: Heading, stack: Entry[], floor: number): void {
    const raw = reflow(inlineText(node));
    const marker = matchHeadingMarker(raw);
    while (stack.length - 1 > floor) {
      const top = stack.at(-1)!;
      if (top.kind === 'heading' && top.depth < node.depth) break;
      stack.pop();
    }
    if (!marker) {
      const { text } = takeId(raw, 'end');
      if (this.firstHeading === null) this.firstHeading = text;
      this.block('heading', text, node, stack, floor);
      stack.push({ kind: 'section', depth: node.depth });
      return;
    }
    const rest = raw.slice(marker.length);
    const { text: title, id } = takeId(rest, 'both');
    const clause = this.clause(marker, marker.styles[0]!, this.point(node, 'start'), id ? { id, at: this.point(node, 'start') } : null);
    clause.heading = stripTrailingSeparator(title) || null;
    clause.end = this.point(node, 'end');
    if (this.attach(clause, stack)) stack.push({ kind: 'heading', depth: node.depth, clause });
  }

  private paragraph(segment: Segment, stack: Entry[], floor: number): void {
    const line = headingLine(segment);
    const marker = line?.marker ?? matchParagraphMarker(segment.text) ?? bulletGlyph(segment.text);
    if (marker) {
      const style = this.chooseStyle(marker, stack, floor);
      let rest = line?.text ?? segment.text.slice(marker.length);
      let heading: string | null = line?.heading ?? null;
      if (line === null && segment.boldLead && segment.text.startsWith(segment.boldLead) && isBoldHeading(segment.boldLead, segment.text, marker)) {
        heading = stripTrailingSeparator(segment.boldLead.slice(marker.length).trim()) || null;
        rest = segment.text.slice(segment.boldLead.length);
      }
      const { text, id } = takeId(rest.trim(), 'both');
      const clause = this.clause(marker, style, segment.start, id ? { id, at: segment.start } : null);
      if (style === 'bullet') {
        clause.num = null;
        clause.numValue = null;
      }
      clause.heading = heading;
      if (text !== '') clause.textParts.push(text);
      clause.end = segment.end;
      if (marker.label !== null) {
        // "Article 5." and "Point 6:" paragraphs are document structure, never sub-points of a numbered list item:
        // they close open list points and labels of the same or a lower rank (Part > Chapter > Article > Point).
        const rank = labelRank(marker.label);
        for (let top = stack.at(-1)!; stack.length - 1 > floor && top.kind === 'flow'; top = stack.at(-1)!) {
          if (top.clause.label !== null && labelRank(top.clause.label) < rank) break;
          stack.pop();
        }
      }
      this.attachFlow(clause, flowKey(marker, style), style, marker.numValue, stack, floor, false);
      return;
    }
    const text = segment.text;
    if (isNote(text, segment.emphasised)) {
      this.rawBlock('note', text, segment.start, segment.end, blockParent(stack, floor));
      return;
    }
    if (isSectionLine(text, segment.boldLead)) {
      popTo(stack, Math.max(floor + 1, lastNonFlow(stack, floor) + 1));
      this.rawBlock('section', text, segment.start, segment.end, blockParent(stack, floor));
      return;
    }
    const owner = textOwner(stack, floor);
    if (owner) {
      // "Article 13", then "Entry into force" on a line of its own: the article's title, not its text.
      if (owner.heading === null && owner.textParts.length === 0 && owner.children.length === 0 && isStructural(owner) && isTitleLike(text)) owner.heading = text;
      else owner.textParts.push(text);
      owner.end = segment.end;
    } else {
      this.rawBlock('paragraph', text, segment.start, segment.end, blockParent(stack, floor));
    }
  }

  private list(node: List, stack: Entry[], floor: number, nesting: number): void {
    const printed = node.ordered ? this.printedNumbers(node) : [];
    node.children.forEach((item, index) => {
      const number = node.ordered ? printed[index]! : null;
      this.item(item, number, stack, floor, nesting);
    });
  }

  private item(item: ListItem, number: { value: string; delimiter: string } | null, stack: Entry[], floor: number, nesting: number): void {
    const first = item.children[0];
    if (!first) return;
    if (number === null && item.children.length === 1 && first.type === 'list') {
      this.list(first, stack, floor, nesting + 1);
      return;
    }
    const leadSegments = first.type === 'paragraph' ? this.segments(first) : [];
    const lead = leadSegments[0];
    const start = this.point(item, 'start');
    let marker: Marker;
    let style: NumberingStyle;
    let body = lead ? lead.text : '';
    let heading: string | null = null;
    if (number) {
      marker = { num: `${number.value}${number.delimiter}`, numValue: number.value, label: null, styles: ['decimal'], parenthesised: false, length: 0 };
      style = 'decimal';
    } else {
      const inner = lead ? matchParagraphMarker(lead.text) : null;
      if (inner) {
        marker = inner;
        style = this.chooseStyle(inner, stack, floor);
        body = body.slice(inner.length);
      } else {
        marker = { num: '', numValue: '', label: null, styles: ['bullet'], parenthesised: false, length: 0 };
        style = 'bullet';
      }
    }
    if (lead?.boldLead && marker.label !== null && isBoldHeading(lead.boldLead, lead.text, marker)) {
      heading = stripTrailingSeparator(lead.boldLead.slice(marker.length).trim()) || null;
      body = lead.text.slice(lead.boldLead.length);
    }
    const { text, id } = takeId(body.trim(), 'both');
    const clause = this.clause(marker, style, start, id ? { id, at: start } : null);
    if (style === 'bullet') {
      clause.num = null;
      clause.numValue = null;
    }
    clause.heading = heading;
    if (text !== '') clause.textParts.push(text);
    clause.end = lead ? lead.end : this.point(item, 'end');
    const attached = this.attachFlow(clause, flowKey(marker, style), style, clause.numValue, stack, floor, true);
    // The item's own content: further lines of its first paragraph, then its other children.
    const itemFloor = attached ? stack.length - 1 : floor;
    for (let i = 1; i < leadSegments.length; i++) this.paragraph(leadSegments[i]!, stack, itemFloor);
    // The first child is read above when it is a paragraph; the others as they come.
    const others = first.type === 'paragraph' ? item.children.slice(1) : item.children;
    if (nesting >= LIMITS.maxNesting) {
      const text = reflow(others.map((n) => inlineText(n as Nodes)).join('\n'));
      if (text !== '') clause.textParts.push(text);
    } else {
      this.flow(others, stack, itemFloor, nesting + 1);
    }
    popTo(stack, itemFloor + 1);
  }

  /** Places a flow clause (list item or marked paragraph) by the style stack; returns false if it was folded into its parent. */
  private attachFlow(clause: RawClause, key: string, style: NumberingStyle, value: string | null, stack: Entry[], floor: number, item: boolean): boolean {
    const top = stack.at(-1)!;
    const topEndsWithColon = 'clause' in top && top.kind === 'flow' && endsWithColon(top.clause.textParts.at(-1) ?? top.clause.heading ?? '');
    if (!(topEndsWithColon && top.key !== key)) {
      for (let i = stack.length - 1; i > floor; i -= 1) {
        const entry = stack[i]!;
        if (entry.kind !== 'flow') break;
        if (entry.key === key) {
          popTo(stack, i);
          break;
        }
      }
    }
    if (!this.attach(clause, stack)) return false;
    stack.push({ kind: 'flow', clause, key, style, value, item });
    return true;
  }

  /** Adds a clause under the nearest clause on the stack; past the depth limit it becomes text of that clause. */
  private attach(clause: RawClause, stack: Entry[]): boolean {
    const parent = nearestClause(stack);
    let depth = 0;
    for (const entry of stack) if ('clause' in entry) depth += 1;
    if (parent && depth >= LIMITS.maxClauseDepth) {
      if (!this.warnedDepth) {
        this.warnedDepth = true;
        this.problems.push(warning(clause.start.line, clause.start.column, 'nesting-too-deep', `sub-points nested deeper than ${LIMITS.maxClauseDepth} levels are kept as text of their parent point`));
      }
      parent.textParts.push([clause.num, clause.heading, ...clause.textParts].filter(Boolean).join(' '));
      return false;
    }
    (parent ? parent.children : this.topLevel).push(clause);
    return true;
  }

  /** Decides between a letter and a roman numeral (`i`, `v`, `x`…) from the sequence on the stack. */
  private chooseStyle(marker: Marker, stack: Entry[], floor: number): NumberingStyle {
    if (marker.styles.length === 1) return marker.styles[0]!;
    const [alpha, roman] = marker.styles as [NumberingStyle, NumberingStyle];
    const open = (style: NumberingStyle): Extract<Entry, { kind: 'flow' }> | undefined => {
      for (let i = stack.length - 1; i > floor; i -= 1) {
        const entry = stack[i]!;
        if (entry.kind === 'flow' && entry.style === style) return entry;
      }
      return undefined;
    };
    const alphaEntry = open(alpha);
    if (alphaEntry?.value && nextValue(alphaEntry.value, alpha) === marker.numValue) return alpha;
    const romanEntry = open(roman);
    if (romanEntry?.value && nextValue(romanEntry.value, roman) === marker.numValue) return roman;
    return marker.numValue.toLowerCase() === 'i' ? roman : alpha;
  }

  private clause(marker: Marker, style: NumberingStyle, start: SourcePoint, authorId: RawClause['authorId']): RawClause {
    if (authorId !== null) this.hasAuthorIds = true;
    return {
      kind: 'clause',
      num: marker.num,
      numValue: marker.numValue,
      label: marker.label,
      style,
      heading: null,
      authorId,
      textParts: [],
      children: [],
      order: this.order++,
      start,
      end: start,
    };
  }

  private block(kind: BlockKind, text: string, node: Nodes, stack: Entry[], floor: number): void {
    this.rawBlock(kind, text, this.point(node, 'start'), this.point(node, 'end'), blockParent(stack, floor));
  }

  private rawBlock(kind: BlockKind, text: string, start: SourcePoint, end: SourcePoint, parent: RawClause | null): void {
    this.blocks.push({ kind, text, parent, order: this.order++, start, end });
  }

  /** Splits a paragraph where a line starts a new point ("a. …" on the line after "5. …"). */
  private segments(node: Paragraph): Segment[] {
    const text = inlineText(node);
    const firstChild = node.children[0];
    const boldLead = firstChild?.type === 'strong' ? reflow(inlineText(firstChild)) : null;
    const emphasised = node.children.length === 1 && firstChild?.type === 'emphasis';
    const start = this.point(node, 'start');
    const end = this.point(node, 'end');
    if (!text.includes('\n')) return [{ text: text.trim(), start, end, boldLead, emphasised, lines: null }];
    const lines = text.split('\n');
    const groups: { first: number; lines: string[] }[] = [{ first: 0, lines: [] }];
    let lastMarker = matchParagraphMarker(lines[0]!.trim());
    lines.forEach((line, index) => {
      const trimmed = line.trim();
      const marker = index > 0 && trimmed !== '' ? (matchParagraphMarker(trimmed) ?? bulletGlyph(trimmed)) : null;
      // A new point starts after a line that ends a list's lead, after a heading line ("Article 2 — Guarantees"),
      // at the next number of the sequence, and at every typed bullet.
      const previous = index > 0 ? lines[index - 1]!.trim() : '';
      if (marker && (ENDS_LIST_LEAD.test(previous) || continues(lastMarker, marker) || marker.styles[0] === 'bullet' || (index === 1 && headingOfLine(previous) !== null))) {
        groups.push({ first: index, lines: [] });
        lastMarker = marker;
      }
      groups.at(-1)!.lines.push(line);
    });
    return groups.map((group, index) => {
      const next = groups[index + 1];
      const groupStart = index === 0 ? start : this.lineStart(start.line + group.first);
      const groupEnd = next ? this.lineEnd(start.line + next.first - 1) : end;
      const lines =
        group.lines.length > 1
          ? { first: group.lines[0]!.trim(), second: group.lines[1]!.trim(), rest: reflow(group.lines.slice(1).join('\n')), afterSecond: reflow(group.lines.slice(2).join('\n')) }
          : null;
      return { text: reflow(group.lines.join('\n')), start: groupStart, end: groupEnd, boldLead: index === 0 ? boldLead : null, emphasised: false, lines };
    });
  }

  /** Numbers of an ordered list as printed; lazy numbering (`1. 1. 1.`) counts up from the start. */
  private printedNumbers(node: List): { value: string; delimiter: string }[] {
    const printed = node.children.map((item) => {
      const offset = item.position?.start.offset ?? 0;
      const digits = orderedMarkerDigits(this.source, offset);
      if (digits === 0) return { value: '', delimiter: '.' };
      return { value: String(Number(this.source.slice(offset, offset + digits))), delimiter: this.source[offset + digits]! };
    });
    const lazy = printed.length > 1 && printed.every((p) => p.value === printed[0]!.value);
    const start = node.start ?? 1;
    return printed.map((p, index) => (lazy || p.value === '' ? { value: String(start + index), delimiter: p.delimiter } : p));
  }

  private point(node: Nodes, which: 'start' | 'end'): SourcePoint {
    const p = node.position?.[which];
    return p ? { line: p.line, column: p.column } : { line: 1, column: 1 };
  }

  private lineStart(line: number): SourcePoint {
    const offset = this.lineStarts[line - 1] ?? 0;
    const indent = /^[ \t>]*/.exec(this.source.slice(offset, offset + 200))![0].length;
    return { line, column: indent + 1 };
  }

  private lineEnd(line: number): SourcePoint {
    const offset = this.lineStarts[line - 1] ?? 0;
    const next = this.lineStarts[line] ?? this.source.length + 1;
    return { line, column: Math.max(1, next - offset) };
  }
}

/**
 * Whether a bold run at the start of a marked paragraph is the clause's title (`**Article 5. Collective defence.**
 * The parties…`) rather than words of its first sentence in bold (`**1. Ukraine's sovereignty** will be confirmed.`):
 * it must hold more than the marker, and end with a separator or be followed by a new sentence.
 */
function isBoldHeading(bold: string, text: string, marker: Marker): boolean {
  if (bold.length <= marker.length) return false;
  const after = text.slice(bold.length).trimStart();
  return after === '' || /[.:—–-]$/.test(bold) || /^[\p{Lu}\p{N}"“(]/u.test(after);
}

/** How high a label stands in a document's structure: 1 (Part, Annex) … 4 (Point, Paragraph, Clause). */
function labelRank(label: string): number {
  const key = label.toLowerCase().replace(/\.$/, '');
  if (['part', 'annex', 'appendix', 'schedule'].includes(key)) return 1;
  if (key === 'chapter') return 2;
  if (['article', 'art', 'section', 'sec', '§'].includes(key)) return 3;
  return 4;
}

/**
 * Whether a text ends with a colon, spaces aside: `/:\s*$/`, without that pattern's search for a colon through the
 * whole text (a clause's text is long). `trimEnd` removes what `\s` matches: white space and line terminators.
 */
export function endsWithColon(text: string): boolean {
  return fastPaths.enabled ? text.trimEnd().endsWith(':') : /:\s*$/.test(text);
}

function nearestClause(stack: readonly Entry[]): RawClause | null {
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const entry = stack[i]!;
    if ('clause' in entry) return entry.clause;
  }
  return null;
}

/** The clause a block sits in: the list item being read or the enclosing heading clause, not a sibling point. */
function blockParent(stack: readonly Entry[], floor: number): RawClause | null {
  for (let i = stack.length - 1; i >= 0; i -= 1) {
    const entry = stack[i]!;
    if (entry.kind === 'heading') return entry.clause;
    if (entry.kind === 'flow' && i <= floor) return entry.clause;
  }
  return null;
}

/** The clause whose own text a plain paragraph continues: the list item being read, or the enclosing heading clause. */
function textOwner(stack: readonly Entry[], floor: number): RawClause | null {
  for (let i = stack.length - 1; i >= floor; i -= 1) {
    const entry = stack[i]!;
    if (entry.kind === 'section' || entry.kind === 'root') return null;
    if (entry.kind === 'heading') return entry.clause;
    if (i === floor && entry.kind === 'flow' && entry.item) return entry.clause;
    // An article written as a paragraph ("Article 13", "Section 2.") heads what follows it, as a heading does.
    if (entry.kind === 'flow' && !entry.item && isStructural(entry.clause)) return entry.clause;
  }
  return null;
}

/** Whether a clause is a unit of a document's structure: an Article, Section, Chapter, Part or Annex (not a point). */
function isStructural(clause: RawClause): boolean {
  return clause.label !== null && labelRank(clause.label) <= 3;
}

/** Whether a line reads as a title: a few words, a capital first, no punctuation at its end ("Entry into force"). */
function isTitleLike(line: string): boolean {
  return line !== '' && !line.includes('\n') && line.split(/\s+/).length <= TITLE_WORDS && /^[\p{Lu}]/u.test(line) && !/[.,;:!?]$/.test(line);
}

function lastNonFlow(stack: readonly Entry[], floor: number): number {
  for (let i = stack.length - 1; i > floor; i -= 1) if (stack[i]!.kind !== 'flow') return i;
  return floor;
}

function popTo(stack: Entry[], length: number): void {
  if (stack.length > length) stack.length = Math.max(1, length);
}

