import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDraft } from '../../src/parse/parse-draft.js';
import { parseDraftWith } from '../../src/parse/parse-draft-with.js';
import { readDraftFile } from '../../src/parse/read-draft-file.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const markdownIn = (dir: string): string[] => readdirSync(`${root}${dir}`).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`);
const FILES = [...markdownIn('tests/fixtures/parse'), ...markdownIn('drafts')];

/** Lines of simple Markdown, and near misses that need remark, so that both outcomes are exercised. */
const SIMPLE = [
  '## Article 5 — Title', '# Title', 'The Parties shall cooperate under Article 3.', '1. First point.', '2. Second point.',
  '   (a) a sub-point;', '- bullet', '+ plus', 'Ceasefire:', '(Note in parentheses.)', 'Point 6: text', 'See “quoted” words.',
  'Article 7. Final provisions.', '1. a sub-list item', '   continued line',
];
const NEAR_MISSES = ['3. {#id} an id', '*emphasis*', '> quote', '| a | b |', '---', 'p\n===', '    code?', '1. a\n  - nested', '---\nid: x\n---'];
const documentArb = fc
  .array(fc.tuple(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...SIMPLE) }, fc.constantFrom(...NEAR_MISSES)), fc.constantFrom('\n', '\n\n')), {
    minLength: 1,
    maxLength: 25,
  })
  .map((parts) => parts.map(([line, separator]) => line + separator).join(''));

/** Every fact of every clause, positions and messages: what `show --format json --full` prints. */
const serialise = (value: unknown): string => JSON.stringify(value);

describe('reading without remark and yaml', () => {
  test('gives what parseDraft gives, or null when the text needs them (generated documents)', () => {
    let quick = 0;
    let runs = 0;
    fc.assert(
      fc.property(documentArb, fc.boolean(), (text, asBytes) => {
        runs++;
        const input = asBytes ? new TextEncoder().encode(text) : text;
        const without = parseDraftWith(input, { path: 'gen.md' }, null);
        if (without !== null) {
          quick++;
          expect(serialise(without)).toBe(serialise(parseDraft(input, { path: 'gen.md' })));
        }
      }),
      { numRuns: 400 },
    );
    expect(quick).toBeGreaterThan(runs / 10);
    expect(quick).toBeLessThan(runs);
  });

  test('gives what parseDraft gives on the fixtures and shipped drafts, and needs remark for front matter', () => {
    for (const file of FILES) {
      const bytes = readFileSync(`${root}${file}`);
      const without = parseDraftWith(bytes, { path: file }, null);
      if (bytes.subarray(0, 3).toString() === '---') expect(without).toBeNull();
      if (without !== null) expect(serialise(without)).toBe(serialise(parseDraft(bytes, { path: file })));
    }
    expect(parseDraftWith(readFileSync(`${root}tests/fixtures/parse/pasted-plan.md`), { path: 'p.md' }, null)).not.toBeNull();
  });

  test('readDraftFile gives what parseDraft gives, whether or not the file needs remark', async () => {
    for (const file of FILES) {
      const expected = parseDraft(readFileSync(`${root}${file}`), { path: `${root}${file}` });
      expect(serialise(await readDraftFile(`${root}${file}`))).toBe(serialise(expected));
    }
  });
});
