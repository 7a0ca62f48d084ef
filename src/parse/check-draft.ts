/**
 * Checks a parsed draft for problems a reader of the file should fix: duplicate or invalid ids, two clauses
 * with the same number at the same level, cross-references to clauses that do not exist, dangling model links.
 */
import type { Clause, Draft } from '../model/draft.js';
import { isSafeId } from '../model/safe-id.js';
import type { RawClause } from './build-clauses.js';
import { forEachClause } from './assemble-draft.js';
import { error, warning, type Problem } from './problem.js';

/** Returns the problems of a draft; `raw` gives where each clause's author id was written. */
export function checkDraft(draft: Draft, rawClauses: readonly RawClause[]): Problem[] {
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

  const checkSiblings = (siblings: readonly Clause[]): void => {
    const byNumber = new Map<string, Clause>();
    for (const clause of siblings) {
      if (clause.numValue === null) continue;
      const key = `${clause.label ?? ''}|${clause.style}|${clause.numValue}`;
      const first = byNumber.get(key);
      if (first) {
        const { line, column } = clause.position.start;
        problems.push(warning(line, column, 'duplicate-number', `"${clause.num}" is used twice at the same level (first at line ${first.position.start.line}); one of them is probably misnumbered`));
      } else {
        byNumber.set(key, clause);
      }
    }
  };
  checkSiblings(draft.clauses);
  const numbers = new Set<string>();
  const all: Clause[] = [];
  forEachClause(draft.clauses, (clause) => {
    checkSiblings(clause.children);
    all.push(clause);
    if (clause.numValue !== null) numbers.add(clause.numValue.toLowerCase());
    numbers.add(clause.id.toLowerCase());
  });

  if (draft.completeness === 'full' && all.length > 0) {
    for (const clause of all) {
      for (const reference of clause.facts.references) {
        if (reference.external || numbers.has(reference.target.toLowerCase())) continue;
        const { line, column } = clause.position.start;
        problems.push(warning(line, column, 'reference-unresolved', `"${reference.raw}" refers to a clause that is not in this draft`));
      }
    }
  }

  const ids = new Set(all.map((c) => c.id));
  for (const link of draft.modelledOn) {
    if (link.clause !== null && !ids.has(link.clause)) {
      problems.push(warning(1, 1, 'modelled-on-unknown-clause', `modelledOn names clause "${link.clause}", which is not in this draft`));
    }
  }
  if (draft.follows !== null && draft.follows === draft.id) {
    problems.push(error(1, 1, 'follows-itself', `"follows" names this draft's own id "${draft.id}"`));
  }
  return problems;
}
