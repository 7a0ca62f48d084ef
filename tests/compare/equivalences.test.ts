import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareDrafts } from '../../src/compare/compare-drafts.js';
import { parseDraft } from '../../src/parse/parse-draft.js';

const original = readFileSync(new URL('../../drafts/2-current-draft.md', import.meta.url), 'utf8');
const read = (text: string | Uint8Array) => parseDraft(text, { path: 'x.md' }).draft!;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('copies that differ only in encoding compare as unchanged', () => {
  const base = read(encode(original));
  for (const [name, copy] of [
    ['CRLF line endings', encode(original.replace(/\n/g, '\r\n'))],
    ['a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...encode(original)])],
    ['NFD instead of NFC', encode(`${original}\nThe café’s “entente” in Zürich.\n`.normalize('NFD'))],
  ] as const) {
    test(name, () => {
      const other = read(copy);
      const against = name.startsWith('NFD') ? read(encode(`${original}\nThe café’s “entente” in Zürich.\n`)) : base;
      const comparison = compareDrafts(against, other);
      expect(comparison.changes.every((c) => c.status === 'unchanged' && c.findings.length === 0)).toBe(true);
    });
  }
});

describe('typographic variants', () => {
  const curly = '1. Ukraine’s sovereignty — “confirmed” in 2025–2026, with\u00a0guarantees.\n2. Second point.\n';
  const straight = '1. Ukraine\'s sovereignty - "confirmed" in 2025-2026, with guarantees.\n2. Second point.\n';

  test('are shown as a typography-only change, never as rewritten wording or changed facts', () => {
    const comparison = compareDrafts(read(curly), read(straight));
    const first = comparison.changes[0]!;
    expect(first.status).toBe('modified');
    expect(first.findings.map((f) => f.rule)).toEqual(['typography-changed']);
    expect(first.similarity).toBeGreaterThan(0.5);
    expect(comparison.summary.findings.major).toBe(0);
  });

  test('are ignored with ignoreTypography, and the diff still rebuilds both texts', () => {
    const comparison = compareDrafts(read(curly), read(straight), { ignoreTypography: true });
    expect(comparison.changes.map((c) => c.status)).toEqual(['unchanged', 'unchanged']);
    const ops = comparison.changes[0]!.diff;
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(read(curly).clauses[0]!.text);
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(read(straight).clauses[0]!.text);
  });
});
