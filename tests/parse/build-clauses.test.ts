import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildClauses, startClauses } from '../../src/parse/build-clauses.js';
import { computeLineStarts } from '../../src/parse/parse-draft.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { parseRemark } from '../../src/parse/parse-remark.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LINES = [
  '## Article 5 — Title', '# Title', 'The Parties shall cooperate.', '1. First point.', '2. Second point:', '   (a) a sub-point;',
  '(b) a lettered paragraph', '- bullet', 'Ceasefire:', '(Note in parentheses.)', 'Point 6: text', '3. {#id} an id', '> quoted',
  'i. roman one', 'ii. roman two', '**Article 7. Bold.** Text', '| a | b |\n|---|---|\n| 1 | 2 |', '---', '    code', '1. a\n   - nested',
];
const documentArb = fc
  .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom('\n', '\n\n')), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([line, separator]) => line + separator).join(''));

/** Builds from the top-level nodes cut into pieces at the given places, as `visitMarkdown` hands out chunks. */
function buildInPieces(text: string, cuts: number[]): string {
  const tree = parseMarkdown(text, parseRemark)!;
  const builder = startClauses(computeLineStarts(text), text);
  let start = 0;
  for (const cut of [...cuts.map((c) => c % (tree.children.length + 1)).sort((a, b) => a - b), tree.children.length]) {
    builder.add(tree.children.slice(start, Math.max(start, cut)));
    start = Math.max(start, cut);
  }
  return JSON.stringify(builder.finish());
}

describe('startClauses', () => {
  test('builds, from top-level nodes added a piece at a time, what buildClauses builds from the whole tree', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.nat(40), { maxLength: 6 }), (text, cuts) => {
        const whole = JSON.stringify(buildClauses(parseMarkdown(text, parseRemark)!, computeLineStarts(text), text));
        expect(buildInPieces(text, cuts)).toBe(whole);
      }),
      { numRuns: 500 },
    );
  });

  test('does so on the shipped drafts, one node at a time', () => {
    for (const file of ['drafts/1-initial-plan.md', 'drafts/2-current-draft.md', 'tests/fixtures/parse/lists.md']) {
      const text = readFileSync(`${root}${file}`, 'utf8');
      const tree = parseMarkdown(text, parseRemark)!;
      const everyNode = tree.children.map((_, index) => index);
      expect(buildInPieces(text, everyNode)).toBe(JSON.stringify(buildClauses(tree, computeLineStarts(text), text)));
    }
  });
});
