import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Comparison } from '../../src/model/comparison.js';
import { Draft } from '../../src/model/draft.js';
import { MAIN, ROOT, runCli } from './run-cli.js';

const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('draftdiff (the real CLI)', () => {
  test('a large report reaches a slow reader of stdout whole (the CLI exits only once its output is flushed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftdiff-pipe-'));
    try {
      const points = (shift: number): string =>
        Array.from({ length: 1500 }, (_, k) => `${k + 1 + shift}. Each Party shall notify the other Party of measure ${k + 1} within ${k + 30} days.\n`).join('\n');
      writeFileSync(join(dir, 'old.md'), points(0));
      writeFileSync(join(dir, 'new.md'), points(1));
      const written = join(dir, 'out.json');
      expect(runCli(['compare', join(dir, 'old.md'), join(dir, 'new.md'), '--format', 'json', '-o', written]).code).toBe(0);
      // The reader waits before it reads, so the CLI's writes to the pipe are still pending when its work is done.
      const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${MAIN}" compare old.md new.md --format json | (sleep 1; cat)`], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(piped.status).toBe(0);
      expect(piped.stdout.length).toBeGreaterThan(1024 * 1024);
      expect(piped.stdout).toBe(readFileSync(written, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string };
    expect(runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'show', 'compare', 'schema']) expect(help.stdout).toContain(`draftdiff ${command}`);
    expect(runCli(['compare', '--help']).stdout).toContain('--format FORMAT');
  });

  test('usage errors exit 2 with a hint', () => {
    const unknown = runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const option = runCli(['show', '--colour', 'drafts']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/--colour[\s\S]*draftdiff show --help/);
    expect(runCli(['compare', 'drafts/1-initial-plan.md']).code).toBe(2);
    expect(runCli(['show', '--format', 'yaml', 'drafts']).code).toBe(2);
    expect(runCli(['validate']).code).toBe(2);
  });

  test('validate drafts: every shipped draft is valid', () => {
    const run = runCli(['validate', 'drafts']);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe('3 drafts checked: all valid (0 errors, 0 warnings)\n');
  });

  test('a folder gives its .md, .markdown and .txt drafts, in name order, and leaves its README and other files out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftdiff-folder-'));
    try {
      for (const name of ['2-new.txt', '1-old.md', '3-later.markdown', 'README.txt', 'readme.md', 'notes.docx', 'data.json']) {
        writeFileSync(join(dir, name), '1. The Parties agree.\n');
      }
      const run = runCli(['show', dir]);
      expect(run.code).toBe(0);
      expect([...run.stdout.matchAll(/^\S+\/([^/\n]+)$/gm)].map((m) => m[1])).toEqual(['1-old.md', '2-new.txt', '3-later.markdown']);
      rmSync(join(dir, '1-old.md'));
      rmSync(join(dir, '2-new.txt'));
      rmSync(join(dir, '3-later.markdown'));
      const none = runCli(['validate', dir]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('no drafts (.md, .markdown or .txt files) found in');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('validate prints file:line:column: message [rule] and exits 1 on an error', () => {
    const run = runCli(['validate', 'tests/fixtures/parse/bad-front-matter.md', 'tests/fixtures/parse/lists.md']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('tests/fixtures/parse/bad-front-matter.md:3:1: unknown front matter field "titel"; did you mean "title"? [front-matter-unknown-field]');
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/parse\/(?:bad-front-matter|lists)\.md:\d+:\d+: .+ \[[a-z-]+\]$/);
    // The valid file's warning is printed too, as a warning.
    expect(lines.filter((line) => line.startsWith('tests/fixtures/parse/lists.md'))).toEqual([expect.stringMatching(/^tests\/fixtures\/parse\/lists\.md:6:1: warning: numbers 3, 6–11 are missing at this level: .+ \[numbering-gap\]$/)]);
    expect(run.stderr).toContain('2 drafts checked: 1 invalid');
    noStackTrace(run.stderr);
  });

  test('warnings alone do not fail validation', () => {
    const run = runCli(['validate', 'tests/fixtures/parse/pasted-plan.md']);
    expect(run.code).toBe(0);
  });

  test('a missing file and a directory where a file is expected are messages, not crashes', () => {
    const missing = runCli(['validate', 'no/such/draft.md']);
    expect(missing).toMatchObject({ code: 1, stdout: 'no/such/draft.md:1:1: no such file [file-not-found]\n' });
    const directory = runCli(['compare', 'drafts', 'drafts/2-current-draft.md']);
    expect(directory.code).toBe(1);
    expect(directory.stderr).toContain('drafts:1:1: this is a directory');
    noStackTrace(missing.stderr + directory.stderr);
  });

  test('show: the outline of a pasted plan matches the file', async () => {
    const run = runCli(['show', 'tests/fixtures/parse/pasted-plan.md']);
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/cli/show-pasted-plan.txt');
  });

  test('compare: a treaty pasted as plain lines ("Article 1" on its own line, sub-points without blank lines)', async () => {
    const run = runCli(['compare', 'tests/fixtures/parse/pasted-treaty-old.md', 'tests/fixtures/parse/pasted-treaty-new.md']);
    expect(run.code).toBe(0);
    // Every article is a clause with its sub-points; the EU joining the United States is new binding wording for
    // the EU, and no obligation of the United States is dropped.
    expect(run.stdout).toContain('Clauses   6 modified · 1 added · 1 renumbered · 3 unchanged');
    expect(run.stdout).not.toContain('dropped for United States');
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/cli/compare-pasted-treaty.txt');
  });

  test('- reads a draft from standard input, once, named <stdin> in messages', () => {
    const pasted = readFileSync(`${ROOT}tests/fixtures/parse/pasted-treaty-new.md`);
    const fromFile = runCli(['compare', 'tests/fixtures/parse/pasted-treaty-old.md', 'tests/fixtures/parse/pasted-treaty-new.md', '--format', 'json']);
    const fromStdin = runCli(['compare', 'tests/fixtures/parse/pasted-treaty-old.md', '-', '--format', 'json'], {}, pasted);
    expect(fromStdin.code).toBe(0);
    // The same comparison; only the new version's id (from the file name) and its file differ.
    const strip = (json: string) => JSON.stringify({ ...JSON.parse(json), new: null });
    expect(strip(fromStdin.stdout)).toBe(strip(fromFile.stdout));
    const warned = runCli(['validate', '-'], {}, '5. a\n\n9. b\n');
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^<stdin>:3:1: warning: numbers 6–8 are missing/);
    const twice = runCli(['compare', '-', '-'], {}, '1. a\n');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('standard input ("-") can be read only once');
  });

  test('show: the shipped drafts in version order', async () => {
    const run = runCli(['show', 'drafts']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('3 versions, in order: north-atlantic-treaty → initial-plan → current-draft');
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/cli/show-drafts.txt');
  });

  test('show --format json follows the Draft schema', () => {
    const run = runCli(['show', '--format', 'json', 'drafts/2-current-draft.md']);
    expect(run.code).toBe(0);
    const parsed = Draft.safeParse(JSON.parse(run.stdout));
    expect(parsed.success).toBe(true);
    expect(runCli(['show', '--format', 'json', 'drafts/2-current-draft.md']).stdout).toBe(run.stdout);
  });

  test('schema prints the JSON Schema of a draft and of a comparison', () => {
    const draft = JSON.parse(runCli(['schema']).stdout) as Record<string, unknown>;
    expect(draft['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(draft['properties'] as object)).toContain('clauses');
    const comparison = JSON.parse(runCli(['schema', 'comparison']).stdout) as Record<string, unknown>;
    expect(Object.keys(comparison['properties'] as object)).toEqual(expect.arrayContaining(['old', 'new', 'summary', 'changes']));
  });

  test('compare --format json follows the comparison contract and is byte-identical across runs', () => {
    const args = ['compare', 'drafts/1-initial-plan.md', 'drafts/2-current-draft.md', '--format', 'json'];
    const run = runCli(args);
    expect(run.code).toBe(0);
    expect(Comparison.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    expect(runCli(args).stdout).toBe(run.stdout);
  });

  test('publish drafts --out DIR writes the site and prints its index page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftdiff-cli-'));
    try {
      const out = join(dir, 'site');
      const run = runCli(['publish', 'drafts', '--out', out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${join(out, 'index.html')}\n`);
      for (const page of ['index.html', 'compare/initial-plan--current-draft.html', 'clauses/guarantee.html', 'references/north-atlantic-treaty.html']) {
        expect(existsSync(join(out, page))).toBe(true);
      }
      expect(runCli(['publish', 'drafts']).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('history follows the guarantee from the initial plan to the current draft', () => {
    const run = runCli(['history', 'drafts', '--clause', 'guarantee']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('initial-plan   (reported, partial)  • {#guarantee}  introduced');
    expect(run.stdout).toMatch(/current-draft .* modified: .*obligation strengthened/);
  });

  test('compare --format docx -o FILE writes the same Word file twice, and refuses binary output to a terminal only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftdiff-docx-'));
    try {
      const args = (out: string) => ['compare', 'drafts/1-initial-plan.md', 'drafts/2-current-draft.md', '--format', 'docx', '--author', 'Legal desk', '-o', out];
      expect(runCli(args(join(dir, 'a.docx'))).code).toBe(0);
      expect(runCli(args(join(dir, 'b.docx'))).code).toBe(0);
      const a = readFileSync(join(dir, 'a.docx'));
      expect(a.subarray(0, 2).toString()).toBe('PK');
      expect(a.equals(readFileSync(join(dir, 'b.docx')))).toBe(true);
      expect(runCli(['compare', 'drafts/1-initial-plan.md', 'drafts/2-current-draft.md', '--format', 'json', '--templates', dir]).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
