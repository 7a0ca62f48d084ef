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

/** What a lazy facts object knows: its text and parties, and each kind once found. */
class FactsState {
  parties: Facts['parties'] | undefined = undefined;
  obligations: Facts['obligations'] | undefined = undefined;
  terms: Facts['terms'] | undefined = undefined;
  numbers: Facts['numbers'] | undefined = undefined;
  dates: Facts['dates'] | undefined = undefined;
  references: Facts['references'] | undefined = undefined;
  constructor(
    readonly text: string,
    readonly partyList: readonly Party[],
  ) {}
}

/** Where a lazy facts object keeps its state: a symbol, not enumerable, so JSON, spreads and equality never see it. */
const STATE = Symbol('facts state');

type LazyFacts = Facts & { [STATE]: FactsState };

/**
 * The getters of every lazy facts object, one function per kind shared by all of them: an object literal with
 * getters makes six closures per clause, and V8 keeps each such object as a slow dictionary (about 1 KiB), while
 * shared getters give all of them one hidden class (about 0.2 KiB, and fast to read).
 */
const GETTERS: { [K in keyof Facts]: PropertyDescriptor & { get(this: LazyFacts): Facts[K] } } = {
  parties: lazyGetter(function parties() {
    const state = this[STATE];
    return (state.parties ??= sortBySpan(findParties(state.text, state.partyList)));
  }),
  obligations: lazyGetter(function obligations() {
    const state = this[STATE];
    return (state.obligations ??= sortBySpan(findObligations(state.text, this.parties)));
  }),
  terms: lazyGetter(function terms() {
    const state = this[STATE];
    return (state.terms ??= sortBySpan(findTerms(state.text)));
  }),
  numbers: lazyGetter(function numbers() {
    const state = this[STATE];
    return (state.numbers ??= sortBySpan(findNumbers(state.text, takenSpans(this.references, this.dates, this.terms))));
  }),
  dates: lazyGetter(function dates() {
    const state = this[STATE];
    return (state.dates ??= sortBySpan(findDates(state.text)));
  }),
  references: lazyGetter(function references() {
    const state = this[STATE];
    return (state.references ??= sortBySpan(findReferences(state.text)));
  }),
};

/** A getter as an object literal defines it: enumerable and configurable. */
function lazyGetter<T>(get: (this: LazyFacts) => T): PropertyDescriptor & { get(this: LazyFacts): T } {
  return { get, enumerable: true, configurable: true };
}

/** The state's own descriptor, filled in for each object (defining a property copies what it reads). */
const STATE_DESCRIPTOR: PropertyDescriptor = { value: undefined, writable: false, enumerable: false, configurable: false };

/**
 * The facts of a clause's text, each kind found on first use: equal to `findFacts(text, parties)` (same values, same
 * own enumerable getters in the same key order, so JSON, spreads and equality see the same), but a comparison that
 * only reads the references of unchanged clauses does not pay for the other finders.
 */
export function findFactsLazily(text: string, parties: readonly Party[] = []): Facts {
  const facts = {} as LazyFacts;
  STATE_DESCRIPTOR.value = new FactsState(text, parties);
  Object.defineProperty(facts, STATE, STATE_DESCRIPTOR);
  STATE_DESCRIPTOR.value = undefined;
  // The order of `Facts`' keys, as `findFacts` returns them.
  Object.defineProperty(facts, 'parties', GETTERS.parties);
  Object.defineProperty(facts, 'obligations', GETTERS.obligations);
  Object.defineProperty(facts, 'terms', GETTERS.terms);
  Object.defineProperty(facts, 'numbers', GETTERS.numbers);
  Object.defineProperty(facts, 'dates', GETTERS.dates);
  Object.defineProperty(facts, 'references', GETTERS.references);
  return facts;
}
