/**
 * Finds everything a clause's text says by running all the fact finders.
 *
 * Decisions:
 * - No double counting: a number inside a reference ("Article 5"), a duration ("10 years") or a date
 *   ("20 November 2025", "in 2026") is not also reported as a number.
 * - Every list is sorted by span start (then longer first), so the result is deterministic.
 * - Quotes are not facts (`Clause.quotes` holds them); call `findQuotes` for them.
 */
import type { Party } from '../model/draft.js';
import type { Facts } from '../model/facts.js';
import type { Span } from '../model/position.js';
import { findDates } from './find-dates.js';
import { findNumbers } from './find-numbers.js';
import { findObligations } from './find-obligations.js';
import { findParties } from './find-parties.js';
import { findReferences } from './find-references.js';
import { sortBySpan } from './find-shared.js';
import { findTerms } from './find-terms.js';

/** The spans whose numbers are not numbers of their own: references, dates and durations. */
function takenSpans(references: Facts['references'], dates: Facts['dates'], terms: Facts['terms']): Span[] {
  const taken: Span[] = [];
  for (const reference of references) taken.push(reference.span);
  for (const date of dates) taken.push(date.span);
  for (const term of terms) if (term.kind === 'duration') taken.push(term.span);
  return taken;
}

/** Finds the parties, obligations, terms, numbers, dates and references of a clause's text. */
export function findFacts(text: string, parties: readonly Party[] = []): Facts {
  const mentions = sortBySpan(findParties(text, parties));
  const terms = sortBySpan(findTerms(text));
  const dates = sortBySpan(findDates(text));
  const references = sortBySpan(findReferences(text));
  const taken = takenSpans(references, dates, terms);
  return {
    parties: mentions,
    obligations: sortBySpan(findObligations(text, mentions)),
    terms,
    numbers: sortBySpan(findNumbers(text, taken)),
    dates,
    references,
  };
}

/**
 * The facts of a clause's text, each kind found on first use: equal to `findFacts(text, parties)` (same values, same
 * key order when serialised), but a comparison that only reads the references of unchanged clauses does not pay
 * for the other finders.
 */
export function findFactsLazily(text: string, parties: readonly Party[] = []): Facts {
  let mentions: Facts['parties'] | undefined;
  let obligations: Facts['obligations'] | undefined;
  let terms: Facts['terms'] | undefined;
  let numbers: Facts['numbers'] | undefined;
  let dates: Facts['dates'] | undefined;
  let references: Facts['references'] | undefined;
  return {
    get parties() {
      mentions ??= sortBySpan(findParties(text, parties));
      return mentions;
    },
    get obligations() {
      obligations ??= sortBySpan(findObligations(text, this.parties));
      return obligations;
    },
    get terms() {
      terms ??= sortBySpan(findTerms(text));
      return terms;
    },
    get numbers() {
      numbers ??= sortBySpan(findNumbers(text, takenSpans(this.references, this.dates, this.terms)));
      return numbers;
    },
    get dates() {
      dates ??= sortBySpan(findDates(text));
      return dates;
    },
    get references() {
      references ??= sortBySpan(findReferences(text));
      return references;
    },
  };
}
