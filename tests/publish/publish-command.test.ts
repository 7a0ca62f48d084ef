import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPublish } from '../../src/cli/commands/publish.js';
import { UsageError } from '../../src/cli/io.js';
import type { Io } from '../../src/cli/io.js';
import { LIFECYCLE, scratch, SHIPPED } from './fixture.js';

function fakeIo(stderrIsTTY = false): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    outBytes: () => undefined,
    err: (text: string) => void (io.stderr += text),
    stdoutIsTTY: false,
    stderrIsTTY,
    env: {},
  };
  return io;
}

async function publish(positionals: string[], values: Record<string, string | boolean | undefined>, tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo(tty);
  const code = await runPublish({ values, positionals }, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('draftdiff publish', () => {
  it('prints the path of index.html as given and exits 0', async () => {
    const site = join(scratch(), 'site');
    const { code, stdout, stderr } = await publish([SHIPPED], { out: site });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${join(site, 'index.html')}\n`);
    expect(existsSync(join(site, 'clauses/guarantee.html'))).toBe(true);
  });

  it('prints a progress line only on a terminal, and clears it', async () => {
    const quiet = await publish([LIFECYCLE], { out: join(scratch(), 'site'), pairs: 'all' });
    expect(quiet.stderr).toBe('');
    const tty = await publish([LIFECYCLE], { out: join(scratch(), 'site'), pairs: 'all' }, true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\r\u001b[K[1/6] comparing v1 → v2');
    expect(tty.stderr).toContain('[6/6] comparing v2 → v4');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('is a usage error without --out, with a bad --pairs, without a folder, or with --out on a folder of other files', async () => {
    await expect(publish([SHIPPED], {})).rejects.toBeInstanceOf(UsageError);
    await expect(publish([SHIPPED], { out: join(scratch(), 's'), pairs: 'some' })).rejects.toBeInstanceOf(UsageError);
    await expect(publish([], { out: join(scratch(), 's') })).rejects.toBeInstanceOf(UsageError);
    await expect(publish([SHIPPED], { out: join(scratch(), 's'), templates: '/no/such/dir' })).rejects.toBeInstanceOf(UsageError);
    const taken = scratch();
    writeFileSync(join(taken, 'thesis.tex'), 'x');
    await expect(publish([SHIPPED], { out: taken })).rejects.toThrow(/other content/);
  });

  it('prints the messages and exits 1 when a draft is invalid, writing nothing', async () => {
    const parent = scratch();
    mkdirSync(join(parent, 'drafts'));
    writeFileSync(join(parent, 'drafts', 'a.md'), '---\nid: a\nstatus: rumoured\n---\n\n1. Text.\n');
    const { code, stdout, stderr } = await publish([join(parent, 'drafts')], { out: join(parent, 'site') });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/a\.md:\d+:\d+: .*\[[a-z-]+\]/);
    expect(existsSync(join(parent, 'site'))).toBe(false);
  });

  it('exits 1 for a folder without drafts', async () => {
    const { code, stderr } = await publish([scratch()], { out: join(scratch(), 'site') });
    expect(code).toBe(1);
    expect(stderr).toContain('no drafts (.md, .markdown or .txt files) found here [no-drafts]');
  });
});
