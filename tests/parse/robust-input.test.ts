import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../src/parse/limits.js';
import { parseDraft } from '../../src/parse/parse-draft.js';
import { tree } from './helpers.js';

const PLAN = '---\nid: p\n---\n# Plan\n\n1. Ukraine’s sovereignty will be confirmed.\n2. Sanctions — “partly” — lifted.\n   a. first;\n   b. second.\n';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const shape = (input: string | Uint8Array): string[] => tree(parseDraft(input, { path: 'x.md' }).draft!.clauses);

describe('encodings and line endings', () => {
  test('a UTF-8 BOM, CRLF and CR line endings read exactly like the plain file', () => {
    const expected = shape(PLAN);
    expect(shape(bytes(`\uFEFF${PLAN}`))).toEqual(expected);
    expect(shape(bytes(PLAN.replace(/\n/g, '\r\n')))).toEqual(expected);
    expect(shape(bytes(PLAN.replace(/\n/g, '\r')))).toEqual(expected);
    const crlf = parseDraft(bytes(PLAN.replace(/\n/g, '\r\n')), { path: 'x.md' });
    expect(crlf.draft!.clauses[1]!.children[1]!.position.start.line).toBe(9);
  });

  test('invalid UTF-8 is reported at its line and column, and the rest is still read', () => {
    const input = new Uint8Array([...bytes('1. fine\n2. bad '), 0xff, 0xfe, ...bytes(' byte\n')]);
    const result = parseDraft(input, { path: 'bad.md' });
    expect(result.ok).toBe(false);
    expect(result.messages).toMatchObject([{ file: 'bad.md', line: 2, column: 8, rule: 'encoding-invalid', severity: 'error' }]);
    expect(result.draft!.clauses).toHaveLength(2);
  });

  test('NUL bytes are replaced and reported', () => {
    const result = parseDraft(bytes('1. a\u0000b\n'), { path: 'x.md' });
    expect(result.messages).toMatchObject([{ line: 1, column: 5, rule: 'nul-byte', severity: 'warning' }]);
    expect(result.draft!.clauses[0]!.text).toBe('a\uFFFDb');
  });

  test('binary data is refused with a message, not read as text', () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 32);
    expect(parseDraft(binary, { path: 'x.bin' })).toMatchObject({ ok: false, draft: null, messages: [{ rule: 'binary-file', line: 1, column: 1 }] });
  });
});

describe('sizes and depths', () => {
  test('an empty file is an empty draft', () => {
    const result = parseDraft(new Uint8Array(), { path: 'empty.md' });
    expect(result.ok).toBe(true);
    expect(result.draft).toMatchObject({ id: 'empty', clauses: [], blocks: [] });
  });

  test('20,000-deep block quotes and nested lists give a message, not a stack overflow', () => {
    const quotes = parseDraft(`${'>'.repeat(20_000)} deep\n`, { path: 'q.md' });
    expect(quotes).toMatchObject({ ok: false, draft: null, messages: [{ rule: 'nesting-too-deep', line: 1 }] });
    const lists = parseDraft(`intro\n\n${'- '.repeat(20_000)}deep\n`, { path: 'l.md' });
    expect(lists.messages).toMatchObject([{ rule: 'nesting-too-deep', line: 3 }]);
    const indented = parseDraft(Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n'), { path: 'i.md' });
    expect(indented.messages.some((m) => m.rule === 'nesting-too-deep')).toBe(true);
  });

  test('nesting within the limit is read, and clause depth is capped with a warning', () => {
    const depth = LIMITS.maxClauseDepth + 5;
    const text = Array.from({ length: depth }, (_, i) => `${'   '.repeat(i)}1. level ${i}`).join('\n');
    const result = parseDraft(text, { path: 'd.md' });
    expect(result.messages.map((m) => m.rule)).toEqual(['nesting-too-deep']);
    expect(result.messages[0]!.severity).toBe('warning');
    let deepest = result.draft!.clauses[0]!;
    let levels = 1;
    while (deepest.children[0]) {
      deepest = deepest.children[0];
      levels += 1;
    }
    expect(levels).toBe(LIMITS.maxClauseDepth);
    expect(deepest.text).toContain(`level ${depth - 1}`);
  });

  test('a single 400,000-word line is read', () => {
    const line = `1. ${'word '.repeat(400_000)}end.`;
    const result = parseDraft(line, { path: 'long.md' });
    expect(result.ok).toBe(true);
    expect(result.draft!.clauses[0]!.text.endsWith('end.')).toBe(true);
  });

  test('files over the size limit are refused with a message', () => {
    const big = new Uint8Array(LIMITS.maxFileBytes + 1).fill(0x61);
    expect(parseDraft(big, { path: 'big.md' })).toMatchObject({ ok: false, draft: null, messages: [{ rule: 'file-too-large' }] });
  });
});

describe('Unicode normalisation', () => {
  test('a copy saved in NFD reads exactly like the NFC original', () => {
    const nfc = '1. Zürich, Kraków and Île-de-France.\n';
    expect(nfc.normalize('NFD')).not.toBe(nfc);
    expect(shape(nfc.normalize('NFD'))).toEqual(shape(nfc));
  });
});

describe('deep indentation', () => {
  test('a deeply indented line of text is read, not refused as deep nesting', () => {
    const result = parseDraft(`1. First point.\n\n${' '.repeat(401)}x\n\n2. Second point.\n`, { path: 'i.md' });
    expect(result.ok).toBe(true);
    expect(result.draft!.clauses.map((c) => c.num)).toEqual(['1.', '2.']);
  });
});
