import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareDrafts } from '../../src/compare/compare-drafts.js';
import { parseDraft } from '../../src/parse/parse-draft.js';
import { expectComparisonLaws } from './laws.js';
import { propertyRuns } from './helpers.js';

const SEEDS = ['drafts/1-initial-plan.md', 'drafts/2-current-draft.md', 'drafts/0-north-atlantic-treaty.md', 'tests/fixtures/parse/pasted-plan.md', 'tests/fixtures/parse/lists.md', 'tests/fixtures/parse/headings.md'].map((p) =>
  readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'),
);
const ACTIVE = ['\n', '\n\n', '1. ', '12) ', '- ', '* ', '(a) ', 'b. ', '(iv) ', '{#x} ', '{#', '> ', '## ', '### Article 5 ', '§ 4 ', '"', '“', '”', '---\n', '**', '_', '`', '|', '<script>', '\u00a0', '\r\n', '\t', '    '];

/** One edit of a Markdown text: insert a fragment, delete a range, duplicate or swap lines. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...ACTIVE), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const lines = out.split('\n');
    if (e.kind === 'insert') {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + e.text + out.slice(at);
    } else if (e.kind === 'delete') {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + out.slice(at + e.length);
    } else if (e.kind === 'duplicate-line') {
      const at = e.at % lines.length;
      lines.splice(at, 0, lines[at]!);
      out = lines.join('\n');
    } else {
      const a = e.at % lines.length;
      const b = e.with % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      out = lines.join('\n');
    }
  }
  return out;
}

describe('fuzz: mutated Markdown through the reader and the comparer', () => {
  test('never throws; every comparison is lossless, complete and deterministic', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (seed, editsA, editsB) => {
        const base = SEEDS[seed]!;
        const a = parseDraft(apply(base, editsA), { path: 'a.md' });
        const b = parseDraft(apply(base, editsB), { path: 'b.md' });
        if (!a.draft || !b.draft) return;
        const comparison = compareDrafts(a.draft, b.draft);
        expectComparisonLaws(comparison, a.draft, b.draft);
        expect(JSON.stringify(compareDrafts(a.draft, b.draft))).toBe(JSON.stringify(comparison));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  test('random bytes against a real draft', () => {
    const real = parseDraft(SEEDS[1]!, { path: 'real.md' }).draft!;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const noise = parseDraft(bytes, { path: 'noise.md' });
        if (!noise.draft) return;
        expectComparisonLaws(compareDrafts(real, noise.draft), real, noise.draft);
        expectComparisonLaws(compareDrafts(noise.draft, real), noise.draft, real);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
