import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Party } from '../../src/model/draft.js';
import { findParties } from '../../src/parse/find-parties.js';

const names = (text: string, parties: Party[] = []): string[] => findParties(text, parties).map((m) => m.name);
const raws = (text: string, parties: Party[] = []): string[] => findParties(text, parties).map((m) => m.raw);

describe('findParties', () => {
  test('resolves aliases to canonical names, with spans', () => {
    const text = 'Any "significant, deliberate, and sustained armed attack" by Russia on Ukraine "shall be regarded as an attack threatening the peace and security of the transatlantic community."';
    const mentions = findParties(text, []);
    expect(mentions.map((m) => m.name)).toEqual(['Russia', 'Ukraine', 'transatlantic community']);
    for (const m of mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.raw);
    expect(mentions[2]?.raw).toBe('the transatlantic community');
  });

  test('knows the capitals, acronyms and long names', () => {
    expect(names('Kyiv, Kiev, Moscow, the Kremlin, Washington, U.S., USA, America')).toEqual([
      'Ukraine', 'Ukraine', 'Russia', 'Russia', 'United States', 'United States', 'United States', 'United States',
    ]);
    expect(names('the Russian Federation, the European Union, the EU, NATO, the Alliance, the UN, the United Nations')).toEqual([
      'Russia', 'European Union', 'European Union', 'NATO', 'NATO', 'United Nations', 'United Nations',
    ]);
    expect(names('the UK, Britain, France, Germany, Poland, Turkey, Türkiye, China')).toEqual([
      'United Kingdom', 'United Kingdom', 'France', 'Germany', 'Poland', 'Turkey', 'Turkey', 'China',
    ]);
  });

  test('Europe and European allies are one party, apart from the European Union', () => {
    expect(names('European allies and Europe, but the European Union')).toEqual(['Europe', 'Europe', 'European Union']);
  });

  test('demonyms Ukrainian and Russian name the state', () => {
    expect(names('Ukrainian forces and any future Russian attack; Ukrainians')).toEqual(['Ukraine', 'Russia', 'Ukraine']);
  });

  test('includes a leading article in raw for names that take one', () => {
    expect(raws('The US and the United States and The Kremlin')).toEqual(['The US', 'the United States', 'The Kremlin']);
  });

  test('whole words only, acronyms case-sensitive, longest match first', () => {
    expect(names('USA')).toEqual(['United States']);
    expect(raws('USA')).toEqual(['USA']);
    expect(names('use us because US$100 Ukraineish')).toEqual([]);
    expect(names('the unanimous EUR zone; a turkey')).toEqual([]);
    expect(names('the Washington Post in North America and Latin America')).toEqual([]);
    expect(names('the alliance')).toEqual([]);
  });

  test('possessives and hyphenated pairs', () => {
    expect(names("NATO's Article 5, the Ukraine-Russia conflict, Russia’s")).toEqual(['NATO', 'Ukraine', 'Russia', 'Russia']);
  });

  test('front-matter parties add names and take precedence', () => {
    const parties: Party[] = [
      { name: 'Board of Peace', aliases: ['the Board'], roles: [], signatureRequired: null },
      { name: 'USA', aliases: ['US'], roles: ['guarantor'], signatureRequired: true },
    ];
    expect(names('The Board of Peace and the Board; the US and Washington', parties)).toEqual([
      'Board of Peace', 'Board of Peace', 'USA', 'United States',
    ]);
  });

  test('front-matter aliases with regular-expression characters are literal', () => {
    const parties: Party[] = [{ name: 'G(7)+', aliases: ['a.b', ''], roles: [], signatureRequired: null }];
    expect(names('G(7)+ and a.b but not axb', parties)).toEqual(['G(7)+', 'G(7)+']);
  });

  test('names split by one to three white-space characters of any kind, never by more', () => {
    expect(raws('the\u00a0US and the United \n States met; the\tEuropean\u2003Union agreed')).toEqual(['the\u00a0US', 'the United \n States', 'the\tEuropean\u2003Union']);
    // Four in a row: not one name (the shorter one after them is).
    expect(raws('the    EU, United    States, the \n\n EU')).toEqual(['EU', 'EU']);
    expect(names('the\u00a0\u00a0\u00a0EU')).toEqual(['European Union']);
  });

  test('mentions do not overlap and are in reading order', () => {
    const mentions = findParties('the United States of America, the US, America', []);
    expect(mentions.map((m) => m.raw)).toEqual(['the United States of America', 'the US', 'America']);
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.span.start).toBeGreaterThanOrEqual(mentions[i - 1]!.span.end);
    }
  });
});

describe('findParties with any front matter', () => {
  test('any party names and aliases: no throw, spans slice to raw', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
    const party = fc.record({ name, aliases: fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(party, { maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 80 }), (raw, text) => {
        const parties: Party[] = raw.map((p) => ({ ...p, roles: [], signatureRequired: null }));
        const withAlias = parties[0] === undefined ? text : `${text} ${parties[0].name} `;
        for (const m of findParties(withAlias, parties)) expect(withAlias.slice(m.span.start, m.span.end)).toBe(m.raw);
      }),
      { numRuns: 300 },
    );
  });
});
