import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';

const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Lines of every kind the cutting must not change the meaning of. */
const PIECES = [
  '## Article 5 — Title', '# Title', 'Plain paragraph text with words.', '1. First item', '2. Second item', '   (a) sub point;',
  '    indented code?', '- bullet', '* star bullet', '+ plus', '> quote line', '>', '| a | b |', '|---|---|', '| 1 | 2 |',
  'Setext', '===', '---', '***', 'text with ~~strike~~ and www.example.com and a@b.org', 'a [^1] footnote ref', '- [ ] task',
  '- [x] done', 'hard break  ', 'back\\', '**Bold lead.** then text', '*emph note*', '(Note in parens.)', '10) paren item',
  '  2. indented item', '\tTabbed', 'Ceasefire:', '&amp; entity &#35;', 'line with `code`', '3. {#id} item with id',
  '   continuation of item', '', '   ', '#', '1.', '-', '2)', 'http://x.y/_a_', '   - nested bullet', '      1. nested number',
  '> - quoted list', '> 1. quoted',
];
const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\n \n'];

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('parseMarkdown', () => {
  it('gives the same tree as one parse of the whole text, however small the chunks', () => {
    const random = lcg(7);
    for (let k = 0; k < 300; k++) {
      let text = random() < 0.1 ? '---\ntitle: x\n\nid: y\n---\n' : '';
      const n = 5 + Math.floor(random() * 60);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)]! + SEPARATORS[Math.floor(random() * SEPARATORS.length)]!;
      const expected = whole.parse(text);
      for (const size of [1, 8, 40]) expect(parseMarkdown(text, size)).toEqual(expected);
    }
  });

  it('parses texts with fenced code, HTML or definitions whole', () => {
    const text = '# A\n\n```\n\n## not a heading\n\n```\n\n[x]: https://example.org\n\nSee [x].\n\n<div>\n\n## B\n\n</div>\n';
    expect(parseMarkdown(text, 1)).toEqual(whole.parse(text));
  });
});
