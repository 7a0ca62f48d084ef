import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parseRemark } from '../../src/parse/parse-remark.js';
import { parseSimpleBlocks } from '../../src/parse/parse-markdown-fast.js';

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
      for (const size of [1, 8, 40]) expect(parseMarkdown(text, parseRemark, size)).toEqual(expected);
    }
  });

  it('parses texts with fenced code, HTML or definitions whole', () => {
    const text = '# A\n\n```\n\n## not a heading\n\n```\n\n[x]: https://example.org\n\nSee [x].\n\n<div>\n\n## B\n\n</div>\n';
    expect(parseMarkdown(text, parseRemark, 1)).toEqual(whole.parse(text));
  });
});

/** Line pieces of the simple grammar the fast reader handles, and near misses it must hand to remark. */
const WORDS = ['Party', 'shall', 'the', 'Article', '12', '2024', '10.5', 'percent', '(a)', 'of', 'measures;', 'Annex.', '“quoted”', "Party's", '§', '$5', 'b)'];
const lineOf = (words: string[]): string => words.join(' ');
const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map(lineOf);
const markupArb = fc.constantFrom('*emph*', '_under_', '`code`', '[link](x)', '<b>', '&amp;', 'a\\', '!', 'x | y', '~~s~~', 'a@b.org', 'www.x.org', 'http://x.y', 'tab\there', 'end ', 'end  ', 'cr\r');
const simpleLine = fc.oneof(
  { weight: 6, arbitrary: textArb },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom('.', ')'), textArb).map(([n, d, t]) => `${n}${d} ${t}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('-', '+', '*'), textArb).map(([b, t]) => `${b} ${t}`) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), textArb).map(([d, t]) => `${'#'.repeat(d)} ${t}`) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), textArb).map(([s, t]) => `${' '.repeat(s)}${t}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('- x', '1. y', '2) z', '> q', '(b) p')).map(([s, t]) => `${' '.repeat(s)}${t}`) },
);
const otherLine = fc.oneof(
  fc.constantFrom(
    '> quote', '>', '> 1. quoted', '```', '~~~', '    indented code', '| a | b |', '|---|---|', '<div>', '</div>', '<!-- c -->', '---', '***', '___',
    '- - -', '===', 'Setext', '#', '# closed #', '#NoSpace', '1.', '-', '2)', '1.  two spaces', '   ', ' ', '[x]: https://example.org', '- [ ] task',
    '2024.', '10.5 per cent', '(Note.)', '+', '*', '#\tT',
  ),
  fc.tuple(textArb, markupArb).map(([t, m]) => `${t} ${m}`),
);
const lineArb = fc.oneof({ weight: 8, arbitrary: simpleLine }, { weight: 1, arbitrary: otherLine });
const separatorArb = fc.constantFrom('\n', '\n', '\n\n', '\n\n', '\n\n\n', '\n \n');
const pureSeparatorArb = fc.constantFrom('\n', '\n\n', '\n\n\n');
const documentOf = (line: fc.Arbitrary<string>, separator = separatorArb): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('', '', '', '---\ntitle: x\n---\n', '---\nid: y\n'),
      fc.array(fc.tuple(line, separator), { minLength: 1, maxLength: 40 }),
      fc.constantFrom('', '\n', '\n\n'),
    )
    .map(([front, lines, end]) => front + lines.map(([l, s]) => l + s).join('') + end);
/** Lines of the grammar itself: headings, `1.`–`9.` items with their content indented by 3, bullets, plain text. */
const pureLine = fc.oneof(
  { weight: 4, arbitrary: textArb },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), textArb).map(([n, t]) => `${n}. ${t}`) },
  { weight: 4, arbitrary: textArb.map((t) => `   ${t}`) },
  { weight: 1, arbitrary: textArb.map((t) => `- ${t}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), textArb).map(([d, t]) => `${'#'.repeat(d)} ${t}`) },
);
/** A third of the documents mix every construct, a third keep to near-simple lines, a third to the grammar. */
const documentArb = fc.oneof(documentOf(lineArb), documentOf(simpleLine), documentOf(pureLine, pureSeparatorArb));

describe('parseMarkdown with the fast reader for simple blocks', () => {
  it('gives a tree identical to remark’s (keys, order and positions) over generated documents', () => {
    let simple = 0;
    let runs = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        runs++;
        const expected = JSON.stringify(whole.parse(text));
        const fast = parseSimpleBlocks(text);
        if (fast !== null) {
          simple++;
          expect(JSON.stringify(fast)).toBe(JSON.stringify(whole.parse(text).children));
        }
        expect(JSON.stringify(parseMarkdown(text, parseRemark))).toBe(expected);
        for (const size of [1, 16, 60]) expect(JSON.stringify(parseMarkdown(text, parseRemark, size))).toBe(expected);
      }),
      { numRuns: 1500 },
    );
    // The generator must exercise the fast reader, not only the fallback.
    expect(simple).toBeGreaterThan(runs / 10);
  });

  it('reads the simple grammar itself, and hands everything else to remark', () => {
    const text = '# T\n\n1. a b\n\n   (a) x\nlazy\n\n   (b) y\n2. z\n\n3. w\n## H\n\n- p\n- q\n\nTail\n  more\n';
    expect(parseSimpleBlocks(text)).not.toBeNull();
    expect(JSON.stringify(parseMarkdown(text, parseRemark))).toBe(JSON.stringify(whole.parse(text)));
    for (const other of ['a *b*\n', 'x\n2. y\n', '    code\n', '1. a\n\n    b\n', '1. a\n  - b\n', 'p\n===\n', 'a  \nb\n', '> q\n', '1.\n']) {
      expect(parseSimpleBlocks(other)).toBeNull();
    }
  });
});
