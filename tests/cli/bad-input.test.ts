import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'draftdiff-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
const good = file('good.md', '1. Ukraine will be sovereign.\n2. Sanctions will be lifted.\n');

/** Inputs that must be refused with a positioned message and exit code 1, and never produce an output file. */
const REFUSED: [name: string, content: () => string | Uint8Array, where: RegExp][] = [
  ['binary data', () => Uint8Array.from({ length: 3000 }, (_, i) => (i * 37) % 256), /:1:1: this is a binary file.*\[binary-file\]/],
  ['invalid UTF-8', () => bytes('1. ok\n2. bad ', [0xff, 0xfe], ' here\n'), /:2:8: the file is not valid UTF-8.*\[encoding-invalid\]/],
  ['20,000-deep block quotes', () => `${'>'.repeat(20_000)} deep\n`, /:1:\d+: block quotes or lists are nested more than 100 levels.*\[nesting-too-deep\]/],
  ['20,000-deep nested lists', () => `${'- '.repeat(20_000)}deep\n`, /:1:\d+: block quotes or lists are nested more than 100 levels.*\[nesting-too-deep\]/],
  ['broken YAML front matter', () => '---\nid: [broken\ntitle: x\n---\n1. a\n', /:\d+:\d+: front matter is not valid YAML.*\[yaml-invalid\]/],
  ['duplicate clause ids', () => '1. {#a} one\n2. {#a} two\n', /:2:1: clause id "a" is already used by the clause at line 1.*\[duplicate-id\]/],
];

/** Inputs that read cleanly (a warning at most) and compare. */
const ACCEPTED: [name: string, content: () => string | Uint8Array][] = [
  ['an empty file', () => ''],
  ['NUL bytes', () => '1. Ukraine\u0000 will be sovereign.\n'],
  ['a UTF-8 BOM', () => bytes([0xef, 0xbb, 0xbf], '1. Ukraine will be sovereign.\n2. Sanctions will be lifted.\n')],
  ['CRLF line endings', () => '1. Ukraine will be sovereign.\r\n2. Sanctions will be lifted.\r\n'],
  ['CR line endings', () => '1. Ukraine will be sovereign.\r2. Sanctions will be lifted.\r'],
  ['a single 400,000-word line', () => `1. ${'word '.repeat(400_000)}end.\n`],
];

describe('hostile and broken input through the real CLI', () => {
  for (const [name, content, where] of REFUSED) {
    test(`${name}: a file:line:column message, exit 1, no output file`, () => {
      const bad = file(`${name.replace(/\W+/g, '-')}.md`, content());
      const validate = runCli(['validate', bad]);
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(where);
      expect(validate.stdout.startsWith(bad)).toBe(true);
      const out = join(dir, `${name.replace(/\W+/g, '-')}.html`);
      const compare = runCli(['compare', good, bad, '--format', 'html', '-o', out]);
      expect(compare.code).toBe(1);
      expect(compare.stderr).toMatch(where);
      expect(existsSync(out)).toBe(false);
      noStackTrace(validate.stderr + compare.stderr);
    });
  }

  for (const [name, content] of ACCEPTED) {
    test(`${name}: read and compared`, () => {
      const path = file(`${name.replace(/\W+/g, '-')}.md`, content());
      expect(runCli(['validate', path]).code).toBe(0);
      const compare = runCli(['compare', good, path, '--format', 'json']);
      expect(compare.code).toBe(0);
      noStackTrace(compare.stderr);
    });
  }

  test('BOM and CRLF copies compare as unchanged', () => {
    for (const [name, content] of ACCEPTED.slice(2, 5)) {
      const path = file(`copy-${name.replace(/\W+/g, '-')}.md`, content());
      const summary = (JSON.parse(runCli(['compare', good, path, '--format', 'json']).stdout) as { summary: Record<string, number> }).summary;
      expect(summary, name).toMatchObject({ modified: 0, added: 0, removed: 0, unchanged: 2 });
    }
  });

  test('a directory or a missing file where a file is expected', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const compare = runCli(['compare', folder, good]);
    expect(compare.code).toBe(1);
    expect(compare.stderr).toContain(`${folder}:1:1: this is a directory`);
    const missing = runCli(['show', join(dir, 'missing.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.md:1:1: no such file [file-not-found]');
    expect(runCli(['validate', folder]).code).toBe(2);
  });

  test('standard input larger than a draft may be, or not text, is refused with a message, and nothing is written', () => {
    const out = join(dir, 'from-stdin.html');
    const big = runCli(['compare', '-', good, '--format', 'html', '-o', out], {}, new Uint8Array(33 * 1024 * 1024).fill(0x61));
    expect(big.code).toBe(1);
    expect(big.stderr).toContain('<stdin>:1:1: standard input holds more than 32.0 MiB; drafts larger than that are not read [file-too-large]');
    const binary = runCli(['compare', good, '-', '--format', 'html', '-o', out], {}, bytes([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/^<stdin>:1:\d+: .+ \[[a-z-]+\]$/m);
    expect(existsSync(out)).toBe(false);
    noStackTrace(big.stderr + binary.stderr);
  });

  test('a failed write leaves no partial or temporary file', () => {
    const target = join(dir, 'target-is-a-folder');
    mkdirSync(join(target, 'inside'), { recursive: true });
    const run = runCli(['compare', good, good, '--format', 'html', '-o', target]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot write ${target}: it is a directory`);
    noStackTrace(run.stderr);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
