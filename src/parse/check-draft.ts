/**
 * Checks a parsed draft for problems a reader of the file should fix: duplicate or invalid ids, two clauses
 * with the same number at the same level, cross-references to clauses that do not exist, dangling model links.
 */
import type { Clause, Draft } from '../model/draft.js';
import { isSafeId } from '../model/safe-id.js';
import type { RawClause } from './build-clauses.js';
import { forEachClause } from './assemble-draft.js';
import { lowerCase } from './find-shared.js';
import { error, warning, type Problem } from './problem.js';

/**
 * Returns the problems of a draft; `rawClauses` give where each clause's author id was written, `inOrder` (when the
 * caller has it) every clause of the draft as `forEachClause` visits them.
 */
export function checkDraft(draft: Draft, rawClauses: readonly RawClause[], inOrder?: readonly Clause[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, RawClause>();
  forEachClause(rawClauses, (clause) => {
    const authorId = clause.authorId;
    if (!authorId) return;
    const { line, column } = authorId.at;
    if (!isSafeId(authorId.id)) {
      problems.push(error(line, column, 'clause-id-invalid', `clause id "{#${authorId.id}}" is not valid: use letters, digits, ".", "_" or "-", starting with a letter or digit`));
      return;
    }
    const first = seen.get(authorId.id);
    if (first) {
      problems.push(error(line, column, 'duplicate-id', `clause id "${authorId.id}" is already used by the clause at line ${first.start.line}; ids must be unique`));
    } else {
      seen.set(authorId.id, clause);
    }
  });

  checkSiblings(draft.clauses, problems);
  // One pass over the clauses (listed by assembleDraft as it built them): the numbers at each level, and the
  // numbers and ids a reference may name.
  const numbers = new Set<string>();
  const all = inOrder ?? clausesInOrder(draft.clauses);
  for (const clause of all) {
    checkSiblings(clause.children, problems);
    if (clause.numValue !== null) numbers.add(lowerCase(clause.numValue));
    numbers.add(lowerCase(clause.id));
  }

  if (draft.completeness === 'full' && all.length > 0) {
    checkGaps(draft.clauses, problems);
    checkLevelsAndReferences(all, numbers, problems);
  }

  const ids = draft.modelledOn.length > 0 ? new Set(all.map((c) => c.id)) : null;
  for (const link of draft.modelledOn) {
    if (link.clause !== null && !ids!.has(link.clause)) {
      problems.push(warning(1, 1, 'modelled-on-unknown-clause', `modelledOn names clause "${link.clause}", which is not in this draft`));
    }
  }
  if (draft.follows !== null && draft.follows === draft.id) {
    problems.push(error(1, 1, 'follows-itself', `"follows" names this draft's own id "${draft.id}"`));
  }
  return problems;
}

/**
 * The gaps in each level's numbers, and the cross-references that name no clause (`numbers` holds every number and
 * id, lower-cased). A loop of its own: the code after a long loop, compiled while the loop runs, has never run.
 */
function checkLevelsAndReferences(all: readonly Clause[], numbers: ReadonlySet<string>, problems: Problem[]): void {
  for (const clause of all) {
    if (clause.children.length > 1) checkGaps(clause.children, problems);
    const references = clause.facts.references;
    for (let i = 0; i < references.length; i++) {
      const reference = references[i]!;
      if (reference.external || numbers.has(lowerCase(reference.target))) continue;
      const { line, column } = clause.position.start;
      problems.push(warning(line, column, 'reference-unresolved', `"${reference.raw}" refers to a clause that is not in this draft`));
    }
  }
}

function clausesInOrder(clauses: readonly Clause[]): Clause[] {
  const all: Clause[] = [];
  forEachClause(clauses, (clause) => all.push(clause));
  return all;
}

/** Siblings of a small level are compared in pairs, without a map and its keys (a level holds a few clauses). */
const PAIRWISE_SIBLINGS = 12;

/** Warns about a number used twice among siblings (the same label and style): `checkSiblingsPlainly`, faster. */
export function checkSiblings(siblings: readonly Clause[], problems: Problem[]): void {
  if (siblings.length < 2) return;
  if (siblings.length > PAIRWISE_SIBLINGS) {
    checkSiblingsPlainly(siblings, problems);
    return;
  }
  for (let j = 1; j < siblings.length; j++) {
    const clause = siblings[j]!;
    if (clause.numValue === null) continue;
    for (let i = 0; i < j; i++) {
      const first = siblings[i]!;
      // Keys are made only for equal numbers (rare), so the rule is the plain check's own.
      if (first.numValue === clause.numValue && numberKey(first) === numberKey(clause)) {
        duplicateNumber(clause, first, problems);
        break;
      }
    }
  }
}

/** Warns about a number used twice among siblings, keyed by label, style and number. */
export function checkSiblingsPlainly(siblings: readonly Clause[], problems: Problem[]): void {
  const byNumber = new Map<string, Clause>();
  for (const clause of siblings) {
    if (clause.numValue === null) continue;
    const key = numberKey(clause);
    const first = byNumber.get(key);
    if (first) duplicateNumber(clause, first, problems);
    else byNumber.set(key, clause);
  }
}

/** How many missing ranges a `numbering-gap` warning names before "…". */
const GAPS_NAMED = 4;

/**
 * Warns, once per level, when the numbers of sibling points skip some ("5.", "12.", "20."): a text that quotes only
 * some points of a draft, and does not say it is partial, would have every point it leaves out reported as removed.
 * Only whole numbers going up are read; a number that goes down is another problem (misnumbering, a move).
 */
function checkGaps(siblings: readonly Clause[], problems: Problem[]): void {
  const last = new Map<string, number>();
  const gaps: string[] = [];
  let first: Clause | null = null;
  for (const clause of siblings) {
    const value = clause.numValue;
    if (value === null || !/^\d{1,6}$/.test(value)) continue;
    const key = `${clause.label ?? ''}|${clause.style}`;
    const n = Number(value);
    const before = last.get(key);
    last.set(key, n);
    if (before === undefined || n <= before + 1) continue;
    first ??= clause;
    gaps.push(n === before + 2 ? `${before + 1}` : `${before + 1}–${n - 1}`);
  }
  if (first === null) return;
  const named = gaps.length > GAPS_NAMED ? `${gaps.slice(0, GAPS_NAMED).join(', ')}, …` : gaps.join(', ');
  const what = gaps.length === 1 && !gaps[0]!.includes('–') ? `number ${named} is` : `numbers ${named} are`;
  const { line, column } = first.position.start;
  problems.push(
    warning(line, column, 'numbering-gap', `${what} missing at this level: if the text gives only part of the draft, say so with "completeness: partial" in its front matter, or every point it leaves out will be compared as removed`),
  );
}

/** What makes two sibling numbers the same: label, style and value. */
function numberKey(clause: Clause): string {
  return `${clause.label ?? ''}|${clause.style}|${clause.numValue}`;
}

function duplicateNumber(clause: Clause, first: Clause, problems: Problem[]): void {
  const { line, column } = clause.position.start;
  problems.push(warning(line, column, 'duplicate-number', `"${clause.num}" is used twice at the same level (first at line ${first.position.start.line}); one of them is probably misnumbered`));
}
