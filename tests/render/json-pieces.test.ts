import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/render/json-pieces.js';
import { compare, everyChangeDrafts, hostileDrafts, partialDrafts } from './fixture.js';

const runs = Number(process.env['DRAFTDIFF_PROPERTY_RUNS'] ?? 300);
const whole = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonPieces', () => {
  it('joins to the comparison as JSON.stringify gives it, whatever the size of a piece', () => {
    for (const comparison of [compare(everyChangeDrafts()), compare(partialDrafts()), compare(hostileDrafts())]) {
      for (const per of [1, 2, 3, 7, 256]) expect([...jsonPieces(comparison, 'changes', per)].join('')).toBe(whole(comparison));
    }
  });

  it('cuts the array into pieces of the given number of items, each comma a piece of its own', () => {
    const value = { title: 'x', items: [1, 2, 3, 4, 5] };
    const pieces = [...jsonPieces(value, 'items', 2)];
    // The head, three pieces of items with a comma between them, the close.
    expect(pieces).toHaveLength(1 + 3 + 2 + 1);
    expect(pieces.slice(1, -1)).toEqual(['    1,\n    2', ',\n', '    3,\n    4', ',\n', '    5']);
  });

  it('gives the whole text as one piece when the key is not last, holds no array, or an empty one', () => {
    expect([...jsonPieces({ items: [1, 2], after: true }, 'items', 1)]).toEqual([whole({ items: [1, 2], after: true })]);
    expect([...jsonPieces({ items: 'abc' }, 'items', 1)]).toEqual([whole({ items: 'abc' })]);
    expect([...jsonPieces({ a: 1, items: [] }, 'items', 1)]).toEqual([whole({ a: 1, items: [] })]);
  });

  it('joins to JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue(), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (rest, items, per) => {
        const value: Record<string, unknown> = { ...rest };
        delete value['items'];
        value['items'] = items;
        expect([...jsonPieces(value, 'items', per)].join('')).toBe(whole(value));
      }),
      { numRuns: runs },
    );
  });
});
