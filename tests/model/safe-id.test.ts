import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SafeId } from '../../src/model/front-matter.js';
import { isSafeId } from '../../src/model/safe-id.js';

describe('isSafeId', () => {
  test('says what the SafeId schema says, on any string', () => {
    const pieces = fc.constantFrom('a', 'Z', '0', '9', '.', '..', '_', '-', '/', ' ', 'é', '\n', '~');
    const idLike = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(idLike, fc.string(), fc.string({ unit: 'binary' })), (value) => {
        expect(isSafeId(value)).toBe(SafeId.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
    expect(['v1', 'a.b', '2-current_draft'].every(isSafeId)).toBe(true);
    expect(['', '.a', 'a..b', 'a/b', 'a b'].some(isSafeId)).toBe(false);
  });
});
