import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, joinDiff, rebuilds } from '../../src/compare/diff-words.js';
import { propertyRuns } from './helpers.js';

function expectLossless(oldText: string, newText: string, options: Parameters<typeof diffText>[2] = {}): ReturnType<typeof diffText> {
  const result = diffText(oldText, newText, options);
  expect(joinDiff(result.ops, 'old')).toBe(oldText);
  expect(joinDiff(result.ops, 'new')).toBe(newText);
  for (let k = 1; k < result.ops.length; k++) {
    const prev = result.ops[k - 1]!;
    const op = result.ops[k]!;
    expect(prev.op === op.op && prev.ignored === op.ignored).toBe(false);
    expect(prev.op === 'insert' && op.op === 'delete' && prev.ignored === op.ignored).toBe(false);
  }
  for (const op of result.ops) expect(op.text).not.toBe('');
  return result;
}

describe('diffText', () => {
  it('gives back both texts where diffWords did not ("… in Ukraine.")', () => {
    const result = expectLossless(
      'Security guarantees shall be provided in Ukraine.',
      'Security guarantees shall be provided in Ukraine and its territorial waters.',
    );
    expect(result.ops).toEqual([
      { op: 'equal', text: 'Security guarantees shall be provided in Ukraine' },
      { op: 'insert', text: ' and its territorial waters' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('shows a changed word as one delete then one insert', () => {
    const result = expectLossless('Ukraine will receive reliable guarantees.', 'Ukraine will receive robust guarantees.');
    expect(result.ops).toEqual([
      { op: 'equal', text: 'Ukraine will receive ' },
      { op: 'delete', text: 'reliable' },
      { op: 'insert', text: 'robust' },
      { op: 'equal', text: ' guarantees.' },
    ]);
    expect(result.wordsDeleted).toBe(1);
    expect(result.wordsInserted).toBe(1);
  });

  it('folds islands of small words between changes into one replacement', () => {
    const result = expectLossless(
      'The size of the armed forces will be capped at a fixed level.',
      'The size of the army shall be limited for the duration of the agreement.',
      { replaceThreshold: 0 },
    );
    const equalWords = result.ops.filter((op) => op.op === 'equal').map((op) => op.text.trim());
    expect(equalWords).not.toContain('the');
    expect(equalWords).not.toContain('of the');
  });

  it('shows a clause rewritten below the threshold as replaced whole', () => {
    const result = expectLossless('Elections will be held in 100 days.', 'Russia shall withdraw its forces from the region.');
    expect(result.coarse).toBe('replaced');
    expect(result.ops.map((op) => op.op)).toEqual(['delete', 'insert']);
  });

  it('keeps typography-only differences as an ignored pair when asked to', () => {
    const result = expectLossless('Ukraine’s “neutral” status — agreed', 'Ukraine\'s "neutral" status - agreed', { ignoreTypography: true });
    expect(result.changed).toBe(false);
    expect(result.similarity).toBe(1);
    expect(result.ops.filter((op) => op.op !== 'equal').every((op) => op.ignored === true)).toBe(true);
    const strict = expectLossless('Ukraine’s “neutral” status — agreed', 'Ukraine\'s "neutral" status - agreed');
    expect(strict.changed).toBe(true);
  });

  it('ignores case and whitespace runs when asked to, losslessly', () => {
    expect(expectLossless('The  Parties agree', 'the parties\nagree', { ignoreCase: true, ignoreWhitespace: true }).changed).toBe(false);
    expect(expectLossless('The  Parties agree', 'the parties\nagree').changed).toBe(true);
  });

  it('falls back to a correct coarse diff when the guard trips', () => {
    const result = expectLossless('a b c d e f g h', 'a x c y e z g h', { maxEditLength: 1 });
    expect(result.coarse).toBe('guard');
    expect(result.ops[0]).toEqual({ op: 'equal', text: 'a ' });
  });

  it('is lossless over arbitrary strings', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\n', '.', ',', '’', '"', '—', '\u00a0', 'é', '😀', 'the ', 'of '), maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const options = fc.record({
      ignoreCase: fc.boolean(),
      ignoreWhitespace: fc.boolean(),
      ignoreTypography: fc.boolean(),
      maxEditLength: fc.constantFrom(0, 1, 3, 2000),
      replaceThreshold: fc.constantFrom(0, 0.3, 1),
    });
    fc.assert(
      fc.property(text, text, options, (a, b, o) => {
        const result = diffText(a, b, o);
        return joinDiff(result.ops, 'old') === a && joinDiff(result.ops, 'new') === b;
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('checks a rebuilt side exactly as joining it would (rebuilds ≡ joinDiff === text)', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '’', '😀'), maxLength: 4 });
    const op = fc.record({ op: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const), text: piece });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 6 }), piece, fc.constantFrom('old' as const, 'new' as const), fc.boolean(), (ops, other, side, own) => {
        // Half the time the text is the side's own join (so `true` is exercised), else an arbitrary string.
        const text = own ? joinDiff(ops, side) : other;
        return rebuilds(ops, side, text) === (joinDiff(ops, side) === text);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
