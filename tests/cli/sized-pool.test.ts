import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZED_POOL_ARGS, SIZED_POOL_MIN_BYTES, inputBytes, wantsSizedPool, type PoolContext } from '../../src/cli/sized-pool.js';
import { MAIN, ROOT, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'draftdiff-pool-'));
const base: PoolContext = { inputBytes: SIZED_POOL_MIN_BYTES, cores: 2, env: {}, execArgv: [] };
/** Whether this machine has few enough cores for draftdiff to restart itself. */
const restarts = availableParallelism() <= 4;

/** A numbered draft of about `bytes` bytes; `edit` changes one of its points. */
function bigDraft(bytes: number, edit = false): string {
  const lines = ['# A long agreement', ''];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const line = `${n}. The Parties shall cooperate on matter ${n} within ${(n % 90) + 1} days, as provided in Clause ${(n % 50) + 1}.${edit && n === 7 ? ' Either Party may withdraw.' : ''}`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return lines.join('\n');
}

describe('wantsSizedPool', () => {
  it('restarts for a large input on a machine with no more cores than V8 has helpers', () => {
    expect(wantsSizedPool(base)).toBe(true);
    expect(wantsSizedPool({ ...base, cores: 4 })).toBe(true);
  });

  it('does not restart for a small input, on a larger machine, once restarted, or when a pool size is chosen', () => {
    expect(wantsSizedPool({ ...base, inputBytes: SIZED_POOL_MIN_BYTES - 1 })).toBe(false);
    expect(wantsSizedPool({ ...base, cores: 5 })).toBe(false);
    expect(wantsSizedPool({ ...base, env: { DRAFTDIFF_SIZED_POOL: '1' } })).toBe(false);
    expect(wantsSizedPool({ ...base, env: { DRAFTDIFF_SIZED_POOL: '' } })).toBe(false);
    expect(wantsSizedPool({ ...base, execArgv: ['--v8-pool-size=2'] })).toBe(false);
    expect(wantsSizedPool({ ...base, execArgv: ['--v8-pool-size', '2'] })).toBe(false);
    expect(wantsSizedPool({ ...base, env: { NODE_OPTIONS: '--max-old-space-size=4096 --v8-pool-size=8' } })).toBe(false);
    expect(wantsSizedPool({ ...base, env: { NODE_OPTIONS: '--max-old-space-size=4096' }, execArgv: ['--v8-pool-sizes'] })).toBe(true);
    // A debugger or profiler is attached to this process: the work stays in it.
    expect(wantsSizedPool({ ...base, execArgv: ['--inspect-brk'] })).toBe(false);
    expect(wantsSizedPool({ ...base, execArgv: ['--cpu-prof', '--cpu-prof-dir=prof'] })).toBe(false);
    expect(wantsSizedPool({ ...base, env: { NODE_OPTIONS: '--inspect=9230' } })).toBe(false);
    expect(wantsSizedPool({ ...base, execArgv: ['--max-old-space-size=8192'] })).toBe(true);
  });
});

describe('inputBytes', () => {
  it('adds the sizes of files and of the drafts in folders, and counts standard input and missing paths as nothing', async () => {
    const folder = join(dir, 'drafts');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.md'), 'x'.repeat(100));
    writeFileSync(join(folder, 'b.txt'), 'x'.repeat(20));
    writeFileSync(join(folder, 'README.md'), 'x'.repeat(1000));
    writeFileSync(join(folder, 'notes.json'), 'x'.repeat(1000));
    const file = join(dir, 'c.md');
    writeFileSync(file, 'x'.repeat(3));
    expect(await inputBytes([folder, file, '-', join(dir, 'missing.md')])).toBe(123);
  });
});

describe('the command line with a large input', () => {
  const oldPath = join(dir, 'old.md');
  const newPath = join(dir, 'new.md');
  writeFileSync(oldPath, bigDraft(SIZED_POOL_MIN_BYTES / 2 + 1000));
  writeFileSync(newPath, bigDraft(SIZED_POOL_MIN_BYTES / 2 + 1000, true));

  it('gives the same report and exit code whether it restarts or not', () => {
    const restarted = runCli(['compare', oldPath, newPath, '--format', 'json', '-o', join(dir, 'a.json')], { DRAFTDIFF_DEBUG: '1' });
    const single = runCli(['compare', oldPath, newPath, '--format', 'json', '-o', join(dir, 'b.json')], { DRAFTDIFF_SIZED_POOL: 'off' });
    expect(restarted.code).toBe(0);
    expect(single.code).toBe(0);
    expect(restarted.stderr.includes(`running again with ${SIZED_POOL_ARGS.join(' ')}`)).toBe(restarts);
    // Both processes, each with its own V8 flags, compile the chunks from the caches the build made for them.
    const caches = [...restarted.stderr.matchAll(/code cache: (\d+) chunks compiled from their cache, (\d+) from source/g)];
    expect(caches).toHaveLength(restarts ? 2 : 1);
    // The restarted process reports first (it ends first); the first one loads only what decides the restart.
    caches.forEach(([, fromCache, fromSource], k) => {
      expect(Number(fromCache)).toBeGreaterThanOrEqual(k === 0 ? 5 : 2);
      expect(Number(fromSource)).toBeLessThanOrEqual(1);
    });
    expect(readFileSync(join(dir, 'a.json')).equals(readFileSync(join(dir, 'b.json')))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')).summary.modified).toBe(1);
    // Output to standard output and the exit code of invalid input come through the restarted process too.
    const text = runCli(['compare', oldPath, newPath]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Either Party may withdraw.');
    const invalid = join(dir, 'invalid.md');
    writeFileSync(invalid, `${bigDraft(SIZED_POOL_MIN_BYTES)}\n9999998. A point {#same}\n\n9999999. Another point {#same}\n`);
    const checked = runCli(['validate', invalid], { DRAFTDIFF_DEBUG: '1' });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('[duplicate-id]');
    expect(checked.stderr.includes('running again')).toBe(restarts);
  });

  it.runIf(restarts && process.platform !== 'win32')('passes a signal on to the restarted process and ends by it', async () => {
    const parent = spawn(process.execPath, [MAIN, 'compare', oldPath, newPath, '--format', 'html', '-o', join(dir, 'c.html')], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', DRAFTDIFF_DEBUG: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Waits until the restarted process is running, then ends the first one.
    await new Promise<void>((resolve) => {
      parent.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('running again')) resolve();
      });
    });
    const children = (): number[] =>
      spawnSync('pgrep', ['-P', String(parent.pid)], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter((line) => line !== '')
        .map(Number);
    let child: number[] = [];
    for (let tries = 0; tries < 50 && child.length === 0; tries++) {
      child = children();
      if (child.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(child).toHaveLength(1);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => parent.on('exit', (_code, signal) => resolve(signal)));
    parent.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    const alive = (): boolean => {
      try {
        process.kill(child[0]!, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let tries = 0; tries < 50 && alive(); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive()).toBe(false);
  });
});
