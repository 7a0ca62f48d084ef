import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/parse/find-quotes.js';

const texts = (text: string): string[] => findQuotes(text).map((q) => q.text);

describe('findQuotes', () => {
  test('finds straight double quotes, without the marks', () => {
    const text = 'Any "significant, deliberate, and sustained armed attack" by Russia on Ukraine "shall be regarded as an attack threatening the peace and security of the transatlantic community."';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual([
      'significant, deliberate, and sustained armed attack',
      'shall be regarded as an attack threatening the peace and security of the transatlantic community.',
    ]);
    for (const q of quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(quotes[0]?.span).toEqual({ start: 5, end: 56 });
  });

  test('finds curly double quotes', () => {
    expect(texts('a “big win” for Ukraine and “reliable security guarantees”')).toEqual(['big win', 'reliable security guarantees']);
  });

  test('finds curly single quotes used as quotation marks', () => {
    expect(texts('offered only ‘reliable security guarantees’ to Kyiv')).toEqual(['reliable security guarantees']);
  });

  test('apostrophes are not quotation marks', () => {
    expect(findQuotes("Ukraine's and Russia’s positions; the allies’ view; don’t")).toEqual([]);
    expect(texts('‘Russia’s attack’ was named')).toEqual(['Russia’s attack']);
  });

  test('nested quotes belong to the outer one', () => {
    expect(texts('He said “the ‘big’ plan” and "a ‘small’ one"')).toEqual(['the ‘big’ plan', 'a ‘small’ one']);
  });

  test('unbalanced quotes give no quote for the unterminated one and do not throw', () => {
    expect(findQuotes('an "unterminated quote')).toEqual([]);
    expect(findQuotes('an “unterminated quote')).toEqual([]);
    expect(findQuotes('a stray " mark and "a real one"')).toMatchObject([{ text: 'a real one' }]);
    expect(texts('he said "first and then "second" ok')).toEqual(['second']);
    expect(findQuotes('"')).toEqual([]);
    expect(findQuotes('""')).toEqual([]);
    expect(findQuotes('')).toEqual([]);
  });

  test('a quotation does not cross a blank line', () => {
    expect(texts('"open\n\nnext "closed"')).toEqual(['closed']);
  });
});
