import { describe, expect, test } from 'vitest';
import { dropOverlaps, overlapsAny, parseDigits, parseNumberWords, wordAfter, wordBefore } from '../../src/parse/find-shared.js';

describe('find-shared', () => {
  test('parseNumberWords', () => {
    expect(parseNumberWords('ten')).toBe(10);
    expect(parseNumberWords('Twenty-five')).toBe(25);
    expect(parseNumberWords('one hundred and twenty')).toBe(120);
    expect(parseNumberWords('two thousand five hundred')).toBe(2500);
    expect(parseNumberWords('three million')).toBe(3_000_000);
    expect(parseNumberWords('tenth')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
  });

  test('parseDigits', () => {
    expect(parseDigits('600,000')).toBe(600000);
    expect(parseDigits('1.5')).toBe(1.5);
    expect(parseDigits('9'.repeat(400))).toBeNull();
  });

  test('overlapsAny and dropOverlaps', () => {
    const spans = [{ start: 0, end: 2 }, { start: 5, end: 9 }];
    expect(overlapsAny({ start: 2, end: 5 }, spans)).toBe(false);
    expect(overlapsAny({ start: 8, end: 12 }, spans)).toBe(true);
    expect(overlapsAny({ start: 1, end: 2 }, [])).toBe(false);
    const items = [{ span: { start: 3, end: 5 } }, { span: { start: 0, end: 4 } }, { span: { start: 0, end: 2 } }];
    expect(dropOverlaps(items)).toEqual([{ span: { start: 0, end: 4 } }]);
  });

  test('wordBefore and wordAfter', () => {
    expect(wordBefore("by Russia's  ", 13)).toBe("russia's");
    expect(wordBefore('"', 1)).toBe('');
    expect(wordAfter('will  of the', 4)).toBe('of');
    expect(wordAfter('will.', 4)).toBe('');
  });
});
