import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SafeId } from '../../src/model/front-matter.js';
import { isSafeId, safeIdFrom } from '../../src/model/safe-id.js';
import { parseDraft } from '../../src/parse/parse-draft.js';

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

describe('safeIdFrom', () => {
  test('makes a safe id of a file name, or none', () => {
    expect(safeIdFrom('Peace plan (v2)')).toBe('Peace-plan-v2');
    expect(safeIdFrom('Projet d’accord — final')).toBe('Projet-d-accord-final');
    expect(safeIdFrom('<stdin>')).toBe('stdin');
    expect(safeIdFrom('__notes')).toBe('notes');
    for (const nothing of ['', '...', 'مسودة', 'a..b']) expect(safeIdFrom(nothing)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (name) => {
        const id = safeIdFrom(name);
        expect(id === null || isSafeId(id)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('a draft without an id in its front matter takes it from its file name, made safe', () => {
    expect(parseDraft('1. Text.\n', { path: 'drafts/Peace plan (v2).txt' }).draft?.id).toBe('Peace-plan-v2');
    expect(parseDraft('1. Text.\n', { path: 'مسودة.md' }).draft?.id).toBe('draft');
  });
});
