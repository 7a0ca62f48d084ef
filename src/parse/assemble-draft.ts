/**
 * Turns the built clause tree, blocks and front matter into a `Draft`: ids and paths, positions with offsets,
 * quotes, wording (verbatim or paraphrase) and the facts of each clause.
 */
import type { Block, Clause, Draft, ModelledOn, Party, Wording } from '../model/draft.js';
import type { FrontMatter } from '../model/front-matter.js';
import { isSafeId } from '../model/safe-id.js';
import type { Point, Position } from '../model/position.js';
import type { BuiltBody, RawBlock, RawClause, SourcePoint } from './build-clauses.js';
import { findFactsLazily } from './find-facts.js';
import { findQuotes } from './find-quotes.js';

/** Everything `assembleDraft` needs. */
export interface AssembleInput {
  body: BuiltBody;
  frontMatter: FrontMatter;
  hasFrontMatter: boolean;
  lineStarts: readonly number[];
  path: string;
  /** The SHA-256 of the file's bytes, in hex; computed when first read (a comparison never reads it). */
  sha256: () => string;
  /** Id used when the front matter gives none: the file name without its extension, made safe (see `safeIdFrom`). */
  fallbackId: string;
}

/** The assembled draft. */
export interface Assembled {
  draft: Draft;
  /** Every clause, parents before children, in reading order (as `forEachClause` visits them). */
  inOrder: Clause[];
}

/**
 * The draft's `file`: its path, and its SHA-256 as a getter that computes it once, on first read (an own enumerable
 * property, so JSON, spreads and copies see it as a plain string).
 */
function fileOf(path: string, digest: () => string): Draft['file'] {
  let sha256: string | null = null;
  return {
    path,
    get sha256(): string {
      sha256 ??= digest();
      return sha256;
    },
  };
}

/** Builds the `Draft` from the parts the reader found. */
export function assembleDraft(input: AssembleInput): Assembled {
  const fm = input.frontMatter;
  const parties = (fm.parties ?? []).map(toParty);
  const reported = fm.status === 'reported';
  const toPoint = (p: SourcePoint): Point => ({ line: p.line, column: p.column, offset: (input.lineStarts[p.line - 1] ?? 0) + p.column - 1 });
  const toPosition = (start: SourcePoint, end: SourcePoint): Position => ({ start: toPoint(start), end: toPoint(end) });
  // Ids are remembered only for the clauses that hold a block (few), which is all the blocks need.
  const blockParents = new Set<RawClause>();
  for (const block of input.body.blocks) if (block.parent) blockParents.add(block.parent);
  const ids = new Map<RawClause, string>();
  const inOrder: Clause[] = [];
  const used = new Set<string>();
  const authorIds = new Set<string>();
  if (input.body.hasAuthorIds) {
    forEachClause(input.body.clauses, (c) => {
      if (c.authorId && isSafeId(c.authorId.id)) authorIds.add(c.authorId.id);
    });
  }

  /** `parentDerived` is the derived id of the parent's path (null at the top), from which the child's follows. */
  const build = (clause: RawClause, parentPath: string[], parentDerived: string | null, bulletIndex: number): Clause => {
    const segment = clause.numValue ?? `•${bulletIndex}`;
    const path = [...parentPath, segment];
    const derived = extendDerivedId(parentDerived, segment);
    const authored = clause.authorId && isSafeId(clause.authorId.id) && !used.has(clause.authorId.id) ? clause.authorId.id : null;
    const id = authored ?? unique(derived || 'clause', used, authorIds);
    used.add(id);
    if (blockParents.has(clause)) ids.set(clause, id);
    const text = clause.textParts.join('\n\n');
    const quotes = findQuotes(text);
    const built: Clause = {
      id,
      idSource: authored ? 'author' : 'derived',
      num: clause.num,
      numValue: clause.numValue,
      label: clause.label,
      style: clause.style,
      path,
      heading: clause.heading,
      text,
      wording: wordingOf(text, quotes, reported),
      quotes,
      facts: findFactsLazily(text, parties),
      order: clause.order,
      position: toPosition(clause.start, clause.end),
      children: CHILDREN_PENDING,
    };
    // Listed before its children are built: the list is in reading order, parents first.
    inOrder.push(built);
    let bullets = 0;
    built.children = clause.children.map((child) => build(child, path, derived, child.numValue === null ? ++bullets : 0));
    return built;
  };
  let bullets = 0;
  const clauses = input.body.clauses.map((c) => build(c, [], null, c.numValue === null ? ++bullets : 0));

  const blocks: Block[] = input.body.blocks.map((b: RawBlock, index) => {
    const quotes = findQuotes(b.text);
    return {
      id: `block-${index + 1}`,
      kind: b.kind,
      text: b.text,
      parent: b.parent ? ids.get(b.parent) ?? null : null,
      wording: wordingOf(b.text, quotes, reported),
      quotes,
      order: b.order,
      position: toPosition(b.start, b.end),
    };
  });

  const draft: Draft = {
    id: fm.id ?? input.fallbackId,
    title: fm.title ?? input.body.firstHeading ?? titleLine(blocks, clauses) ?? fm.id ?? input.fallbackId,
    date: fm.date ?? null,
    follows: fm.follows ?? null,
    agreement: fm.agreement ?? null,
    source: fm.source
      ? { outlet: fm.source.outlet ?? null, url: fm.source.url ?? null, reported: fm.source.reported ?? null, obtainedBy: fm.source.obtainedBy ?? null }
      : null,
    status: fm.status ?? null,
    completeness: fm.completeness ?? 'full',
    parties,
    modelledOn: toModelledOn(fm.modelledOn),
    notes: fm.notes ?? null,
    hasFrontMatter: input.hasFrontMatter,
    blocks,
    clauses,
    file: fileOf(input.path, input.sha256),
  };
  return { draft, inOrder };
}

/** What a clause's children are until they are built (never seen outside `assembleDraft`). */
const CHILDREN_PENDING: Clause[] = [];

/** Visits every clause of a tree, parents before children, without recursion limits on breadth. */
export function forEachClause<T extends { children: T[] }>(clauses: readonly T[], visit: (clause: T, parent: T | null) => void): void {
  // Two parallel stacks rather than a stack of pairs: no pair is allocated per clause.
  const stack: T[] = [];
  const parents: (T | null)[] = [];
  for (let i = clauses.length - 1; i >= 0; i -= 1) {
    stack.push(clauses[i]!);
    parents.push(null);
  }
  while (stack.length > 0) {
    const clause = stack.pop()!;
    visit(clause, parents.pop()!);
    for (let i = clause.children.length - 1; i >= 0; i -= 1) {
      stack.push(clause.children[i]!);
      parents.push(clause);
    }
  }
}

/**
 * `["10", "d"]` → `10.d`; a dotted number repeats its parents' numbers once: `["7", "7.1"]` → `7.1`,
 * `["I", "5", "5.1"]` → `I.5.1` (Chapter I, Article 5, point 5.1); bullets `•2` → `b2`. The reader builds the same
 * id one segment at a time (`extendDerivedId`).
 */
export function derivedId(path: readonly string[]): string {
  let id: string | null = null;
  for (const segment of path) id = extendDerivedId(id, segment);
  return id || 'clause';
}

/**
 * The derived id of a path one segment longer, from the derived id of the path before it (null for the empty path),
 * without the `clause` fallback, so a clause does not redo its ancestors' segments. The longest head of the new part
 * (whole dot-separated pieces) that the id so far ends with is said once: `I.5` + `5.1` → `I.5.1`.
 */
export function extendDerivedId(parentDerived: string | null, segment: string): string {
  const part = idPart(segment);
  if (parentDerived === null) return part;
  for (let cut = part.lastIndexOf('.'); cut > 0; cut = part.lastIndexOf('.', cut - 1)) {
    const head = part.slice(0, cut);
    if (parentDerived === head || parentDerived.endsWith(`.${head}`)) return parentDerived + part.slice(cut);
  }
  return `${parentDerived}.${part}`;
}

/** A path segment as a part of an id: bullets `•2` → `b2`, other characters than letters, digits and `.` left out. */
function idPart(segment: string): string {
  if (segment.startsWith('•')) return `b${segment.slice(1)}`;
  // Most segments (`5`, `b`, `3.2`) have nothing to leave out: checked without a regex replacement.
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    const kept = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e;
    if (!kept) return segment.replace(/[^A-Za-z0-9.]/g, '');
  }
  return segment;
}

function unique(base: string, used: Set<string>, reserved: Set<string>): string {
  if (!used.has(base) && !reserved.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}~${n}`;
    if (!used.has(candidate) && !reserved.has(candidate)) return candidate;
  }
}

/** In a reported draft, quoted words are the draft's own and the rest is paraphrase. */
function wordingOf(text: string, quotes: readonly { span: { start: number; end: number } }[], reported: boolean): Wording {
  if (!reported) return 'verbatim';
  if (quotes.length === 0) return 'paraphrase';
  let outside = text;
  for (const q of [...quotes].reverse()) outside = outside.slice(0, Math.max(0, q.span.start - 1)) + outside.slice(q.span.end + 1);
  return /[\p{L}\p{N}]/u.test(outside) ? 'mixed' : 'verbatim';
}

function toParty(p: NonNullable<FrontMatter['parties']>[number]): Party {
  return {
    name: p.name,
    aliases: p.aliases ?? [],
    roles: p.role === undefined ? [] : Array.isArray(p.role) ? p.role : [p.role],
    signatureRequired: p.signatureRequired ?? null,
  };
}

function toModelledOn(value: FrontMatter['modelledOn']): ModelledOn[] {
  if (value === undefined) return [];
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry) => {
    const ref = typeof entry === 'string' ? entry : entry.on;
    const [draft, target] = ref.split('#') as [string, string | undefined];
    return { clause: typeof entry === 'string' ? null : entry.clause, draft, target: target ?? null };
  });
}

/** Most words of a first line read as the title of a pasted text. */
const TITLE_LINE_WORDS = 14;

/**
 * The title of a text pasted without Markdown headings: its first line, when it comes before any clause, stands
 * alone, is short, ends with no punctuation, and is written as a title (in capitals, or most words capitalised):
 * "AGREEMENT ON SECURITY GUARANTEES", "Framework Agreement on Peace". "The full text of the plan reads:" is none.
 */
function titleLine(blocks: readonly Block[], clauses: readonly Clause[]): string | null {
  const first = blocks[0];
  if (first === undefined || (first.kind !== 'paragraph' && first.kind !== 'section')) return null;
  if (clauses.length > 0 && clauses[0]!.order < first.order) return null;
  const text = first.text.trim();
  const words = text.split(/\s+/);
  if (text.includes('\n') || words.length > TITLE_LINE_WORDS || /[.:;,!?]$/.test(text) || !/\p{L}/u.test(text)) return null;
  if (text === text.toUpperCase()) return text;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && capitalised * 2 > words.length ? text : null;
}

