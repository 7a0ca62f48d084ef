import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { takeId } from '../../src/parse/read-paragraph.js';

/** `takeId` as first written: the two patterns tried on every text. */
function takeIdPlain(text: string, where: 'end' | 'both'): { text: string; id: string | null } {
  const atStart = where === 'both' ? /^\{#([^}\s]*)\}[ \t\u00a0]*/.exec(text) : null;
  if (atStart) return { text: text.slice(atStart[0].length), id: atStart[1]! };
  const atEnd = /[ \t\u00a0]*\{#([^}\s]*)\}$/.exec(text);
  if (atEnd) return { text: text.slice(0, atEnd.index), id: atEnd[1]! };
  return { text, id: null };
}

describe('takeId', () => {
  test('gives what the plain patterns give, on texts made of id pieces and near misses', () => {
    const piece = fc.constantFrom('{#', '}', 'id', ' ', '\t', '\u00a0', '\n', 'x', '{', '#', '} ', '}\n', '.');
    const text = fc.oneof(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), fc.string());
    fc.assert(
      fc.property(text, fc.constantFrom('end' as const, 'both' as const), (value, where) => {
        expect(takeId(value, where)).toEqual(takeIdPlain(value, where));
      }),
      { numRuns: 3000 },
    );
  });
});
