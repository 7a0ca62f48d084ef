import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Facts } from '../../src/model/facts.js';
import type { Party } from '../../src/model/draft.js';
import { findFacts } from '../../src/parse/find-facts.js';
import { findQuotes } from '../../src/parse/find-quotes.js';

const GUARANTEE =
  'Any "significant, deliberate, and sustained armed attack" by Russia on Ukraine "shall be regarded as an attack threatening the peace and security of the transatlantic community."';
const TERM = 'The guarantee would initially last for ten years and could be renewed with mutual consent.';
const CEDE = 'Kyiv would be required to cede more territory than Russia currently controls.';
const NAT =
  'The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all, recognised by Article 51 of the Charter of the United Nations.';
const NUMBERS = 'Ukraine’s army is capped at 600,000 personnel; the US gives $100 billion and 50% of the profits under the 28-point plan.';
const OTHERS = 'By 20 November 2025 and in 2026, ‘points 3-5’, § 4, 90-day, Kiev won’t, may 2025, “NATO’s Article 5”, US$5m, 31 February 2025';

const FRAGMENTS = [GUARANTEE, TERM, CEDE, NAT, NUMBERS, OTHERS]
  .flatMap((t) => t.split(/(?<=\s)/))
  .concat(['"', '“', '”', '‘', '’', '\n\n', '\uD800', '\uDC00', '😀', '§', '$', '€', '-', '.', ',', ' ', '0', '9,999', 'IV', '(b)']);

const PARTIES: Party[] = [{ name: 'Board of Peace', aliases: ['the Board', 'Ukraine'], roles: [], signatureRequired: null }];

/** Checks the laws every result must keep: valid schema, spans that slice to raw, sorted lists. */
function checkLaws(text: string, parties: Party[] = []): void {
  const facts = findFacts(text, parties);
  expect(Facts.safeParse(facts).success).toBe(true);
  const problems: unknown[] = [];
  for (const list of [facts.parties, facts.obligations, facts.terms, facts.numbers, facts.dates, facts.references]) {
    let previous = -1;
    for (const item of list) {
      const ok = text.slice(item.span.start, item.span.end) === item.raw && item.span.start >= previous && item.span.end >= item.span.start;
      if (!ok) problems.push(item);
      previous = item.span.start;
    }
  }
  for (const quote of findQuotes(text)) {
    if (text.slice(quote.span.start, quote.span.end) !== quote.text) problems.push(quote);
  }
  expect(problems).toEqual([]);
}

describe('findFacts', () => {
  test('the guarantee clause', () => {
    const facts = findFacts(GUARANTEE, []);
    expect(facts.parties.map((p) => p.name)).toEqual(['Russia', 'Ukraine', 'transatlantic community']);
    expect(facts.obligations).toMatchObject([{ modality: 'shall', negated: false, actor: 'sustained armed attack' }]);
    expect(facts.numbers).toEqual([]);
    expect(facts.terms).toEqual([]);
    expect(facts.dates).toEqual([]);
    expect(facts.references).toEqual([]);
  });

  test('the term clause', () => {
    const facts = findFacts(TERM, []);
    expect(facts.terms).toMatchObject([
      { kind: 'duration', value: 10, unit: 'year' },
      { kind: 'renewal', condition: 'mutual consent' },
    ]);
    expect(facts.numbers).toEqual([]);
  });

  test('the cession clause', () => {
    expect(findFacts(CEDE, []).obligations).toMatchObject([{ modality: 'must', actor: 'Ukraine', raw: 'would be required to' }]);
  });

  test('the North Atlantic Treaty clause', () => {
    const facts = findFacts(NAT, []);
    expect(facts.obligations).toMatchObject([{ modality: 'shall', actor: 'armed attack' }]);
    expect(facts.references).toMatchObject([{ label: 'Article', target: '51', external: true }]);
    expect(facts.numbers).toEqual([]);
    expect(facts.parties.map((p) => p.name)).toEqual(['Europe', 'United Nations']);
  });

  test('numbers, without double counting durations, dates and references', () => {
    expect(findFacts(NUMBERS, []).numbers.map((n) => [n.value, n.unit])).toEqual([
      [600000, 'personnel'], [1e11, 'USD'], [50, '%'], [28, 'point'],
    ]);
    const facts = findFacts('For 10 years from 20 November 2025 under Article 5, with 3 tanks in 2026', []);
    expect(facts.numbers.map((n) => n.raw)).toEqual(['3 tanks']);
    expect(facts.terms).toHaveLength(1);
    expect(facts.dates).toHaveLength(2);
    expect(facts.references).toHaveLength(1);
  });

  test('front-matter parties are used', () => {
    expect(findFacts('The Board shall meet.', PARTIES).obligations[0]?.actor).toBe('Board of Peace');
  });

  test('the empty text has no facts', () => {
    expect(findFacts('', [])).toEqual({ parties: [], obligations: [], terms: [], numbers: [], dates: [], references: [] });
  });

  // Speed is measured by `npm run bench`; these only prove large and pathological inputs finish with correct results.
  test('half a million words of clause text are handled', () => {
    const words = [GUARANTEE, TERM, CEDE, NAT, NUMBERS, OTHERS].join(' ');
    const text = words.repeat(Math.ceil(500_000 / words.split(' ').length));
    const facts = findFacts(text, PARTIES);
    findQuotes(text);
    expect(facts.obligations.length).toBeGreaterThan(1000);
  });

  test('pathological inputs give valid facts', () => {
    for (const text of ['1'.repeat(200_000), '1,000'.repeat(50_000), 'shall' + ' '.repeat(200_000) + 'go', '"'.repeat(200_000),
      'Article 5, '.repeat(50_000), 'by Russia and '.repeat(50_000) + 'shall go', 'ten '.repeat(50_000) + 'years']) {
      checkLaws(text);
    }
  });
});

describe('findFacts laws (property tests)', () => {
  test('any string: no throw, valid facts, spans slice to raw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => checkLaws(text)), { numRuns: 300 });
  });

  test('any full-unicode or UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkLaws(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (text) => checkLaws(text)), { numRuns: 300 });
  });

  test('strings built from fragments of the corpus', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), fc.boolean(), (parts, withParties) =>
        checkLaws(parts.join(''), withParties ? PARTIES : []),
      ),
      { numRuns: 500 },
    );
  });
});
