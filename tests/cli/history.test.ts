import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runHistory } from '../../src/cli/commands/history.js';
import { UsageError } from '../../src/cli/io.js';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { History } from '../../src/model/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const drafts = `${root}drafts`;

function fakeIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    outBytes: () => undefined,
    err: (text: string) => void (io.stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  };
  return io;
}

async function history(positionals: string[], values: Record<string, string | boolean | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo();
  const code = await runHistory({ values, positionals }, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('draftdiff history', () => {
  it('prints the versions and each lineage with its timeline and the attributed wording', async () => {
    const { code, stdout, stderr } = await history([drafts]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^History of us-ukraine-security-plan: 2 versions, 7 clause lineages\n/);
    expect(stdout).toContain('not in this history: north-atlantic-treaty (a reference text, reachable through modelledOn)');
    expect(stdout).toMatch(/\n {2}initial-plan {3}\(reported, partial\) {2}• \{#guarantee\} {2}introduced\n/);
    expect(stdout).toMatch(/\n {2}current-draft {2}\(reported, partial\) {2}• \{#guarantee\} {2}modified: .*obligation strengthened/);
    expect(stdout).toContain('modelled on north-atlantic-treaty#article-5 (says current-draft)');
    expect(stdout).toMatch(/\n {2}initial-plan {3}\(reported, partial\) {2}— {2}not reported/);
    expect(stdout).toContain('first reported (not in the partial version before');
    expect(stdout).toContain('[current-draft]The guarantee would initially last for ten years and could be renewed with mutual consent.');
  });

  it('narrows to one lineage with --clause', async () => {
    const { code, stdout } = await history([drafts], { clause: 'guarantee' });
    expect(code).toBe(0);
    expect(stdout).toContain('1 clause lineage');
    expect(stdout).toContain('\nguarantee  • {#guarantee}');
    expect(stdout).not.toContain('{#territory}');
  });

  it('prints the History as JSON', async () => {
    const { code, stdout } = await history([drafts], { format: 'json', clause: 'territory' });
    expect(code).toBe(0);
    const parsed = History.parse(JSON.parse(stdout));
    expect(parsed.versions.map((v) => v.id)).toEqual(['initial-plan', 'current-draft']);
    expect(parsed.lineages.map((l) => l.id)).toEqual(['territory']);
  });

  it('names the known clauses and suggests one for an unknown --clause (exit 2)', async () => {
    const { code, stdout, stderr } = await history([drafts], { clause: 'guarante' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown clause "guarante"; did you mean "guarantee"?');
    expect(stderr).toContain('known: guarantee, guarantee-term, territory');
  });

  it('suggests an agreement for an unknown --agreement (exit 2) and follows a known one', async () => {
    const unknown = await history([drafts], { agreement: 'us-ukraine-security' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "us-ukraine-security-plan"?');
    const treaty = await history([drafts], { agreement: 'north-atlantic-treaty', format: 'json' });
    expect(treaty.code).toBe(0);
    expect(History.parse(JSON.parse(treaty.stdout)).versions.map((v) => v.id)).toEqual(['north-atlantic-treaty']);
  });

  it('refuses a wrong format or no paths as usage errors, and a missing file as invalid input', async () => {
    await expect(history([drafts], { format: 'pdf' })).rejects.toThrow('unknown format "pdf"; use text, json, html');
    await expect(history([])).rejects.toBeInstanceOf(UsageError);
    const missing = await history([`${root}drafts/nope.md`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('prints one self-contained HTML page with --format html (exit 0), the same bytes as a second run', async () => {
    const { code, stdout, stderr } = await history([drafts], { format: 'html' });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(stdout).toContain('<title>Clause history of us-ukraine-security-plan</title>');
    expect(stdout).toContain('<article class="lineage" id="l-guarantee"');
    expect(stdout).not.toMatch(/<script\b|\.html"/);
    expect((await history([drafts], { format: 'html' })).stdout).toBe(stdout);
    const io = fakeIo();
    expect(await run(['history', drafts, '--format', 'html', '--clause', 'guarantee'], io)).toBe(0);
    expect([...io.stdout.matchAll(/<article class="lineage" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['l-guarantee']);
  });

  it('writes to -o FILE atomically instead of standard output, in any format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftdiff-history-'));
    const file = join(dir, 'out', 'history.html');
    const html = await history([drafts], { format: 'html', clause: 'territory', output: file });
    expect(html).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe((await history([drafts], { format: 'html', clause: 'territory' })).stdout);
    expect(readdirSync(join(dir, 'out'))).toEqual(['history.html']);
    const json = join(dir, 'history.json');
    expect((await history([drafts], { format: 'json', output: json })).code).toBe(0);
    expect(History.parse(JSON.parse(readFileSync(json, 'utf8'))).lineages.length).toBe(7);
  });

  it('html: an unknown --clause is a usage error (exit 2, nothing written), an unwritable -o a UsageError, a bad draft exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftdiff-history-'));
    const file = join(dir, 'history.html');
    const unknown = await history([drafts], { format: 'html', clause: 'guarante', output: file });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "guarantee"?');
    expect(existsSync(file)).toBe(false);
    await expect(history([drafts], { format: 'html', output: dir })).rejects.toThrow(new UsageError(`cannot write ${dir}: it is a directory`));
    await expect(history([drafts], { format: 'html', output: '' })).rejects.toBeInstanceOf(UsageError);
    const missing = await history([`${root}drafts/nope.md`], { format: 'html', output: file });
    expect(missing.code).toBe(1);
    expect(existsSync(file)).toBe(false);
  });
});
