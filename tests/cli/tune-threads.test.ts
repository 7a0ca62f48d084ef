import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOWERED_PRIORITY,
  TUNED_V8_FLAGS,
  V8_DEFAULTS_ENV,
  helperThreads,
  mayTuneThreads,
  tuneThreads,
  type MachineContext,
  type ThreadSystem,
} from '../../src/cli/tune-threads.js';
import { MAIN, ROOT, runCli } from './run-cli.js';

const small: MachineContext = { cores: 2, env: {}, execArgv: [] };
/** Whether the installed command tunes V8 on this machine (few cores, and threads with priorities of their own). */
const tunesHere = availableParallelism() <= 4 && process.platform === 'linux';

/** A process of Node's layout (main 100, delayed tasks 101, helpers 102–105, debugger signal 106), watched. */
function system(threads: number[] | null = [106, 100, 103, 101, 105, 102, 104], refuse: number[] = []): ThreadSystem & { flags: string[]; lowered: [number, number][] } {
  const watched = {
    flags: [] as string[],
    lowered: [] as [number, number][],
    main: 100,
    threads: () => threads,
    lower: (thread: number, priority: number) => {
      if (refuse.includes(thread)) return false;
      watched.lowered.push([thread, priority]);
      return true;
    },
    setFlags: (flags: string) => {
      watched.flags.push(flags);
    },
  };
  return watched;
}

describe('when V8 is tuned', () => {
  it('on a machine with no more cores than V8 has helpers', () => {
    expect(mayTuneThreads(small)).toBe(true);
    expect(mayTuneThreads({ ...small, cores: 4 })).toBe(true);
    expect(mayTuneThreads({ ...small, cores: 5 })).toBe(false);
  });

  it('not when turned off, or when the pool or inlining is chosen, or under a debugger or profiler', () => {
    expect(mayTuneThreads({ ...small, env: { [V8_DEFAULTS_ENV]: '' } })).toBe(false);
    for (const arg of ['--v8-pool-size=2', '--v8-pool-size', '--v8_pool_size=1', '--no-turbo-inlining', '--no_turbo_inlining', '--turbo-inlining', '--max-inlined-bytecode-size=100', '--inspect', '--inspect-brk=9229', '--cpu-prof', '--cpu_prof', '--prof']) {
      expect(mayTuneThreads({ ...small, execArgv: [arg] }), arg).toBe(false);
    }
    expect(mayTuneThreads({ ...small, env: { NODE_OPTIONS: '--max-old-space-size=4096 --v8-pool-size=8' } })).toBe(false);
    // Other options, and names that only begin like them, change nothing.
    expect(mayTuneThreads({ ...small, env: { NODE_OPTIONS: '--max-old-space-size=4096' }, execArgv: ['--v8-pool-sizes', '--require=x'] })).toBe(true);
  });
});

describe('helperThreads', () => {
  it("finds V8's four helpers after Node's thread for delayed tasks, whatever order the ids are listed in", () => {
    expect(helperThreads([106, 100, 103, 101, 105, 102, 104], 100)).toEqual([102, 103, 104, 105]);
    // Without the thread that waits for a debugger's signal.
    expect(helperThreads([100, 101, 102, 103, 104, 105], 100)).toEqual([102, 103, 104, 105]);
  });

  it('gives none when the threads are not that layout', () => {
    expect(helperThreads([100, 101, 102, 103, 104], 100)).toBeNull();
    expect(helperThreads([100, ...Array.from({ length: 10 }, (_, k) => 101 + k)], 100)).toBeNull();
  });
});

describe('tuneThreads', () => {
  it('turns inlining off and lowers three of the four helpers, the last one keeping its priority', () => {
    const watched = system();
    expect(tuneThreads(small, watched)).toEqual({ lowered: [102, 103, 104], flags: TUNED_V8_FLAGS });
    expect(watched.flags).toEqual([TUNED_V8_FLAGS]);
    expect(watched.lowered).toEqual([102, 103, 104].map((thread) => [thread, LOWERED_PRIORITY]));
  });

  it('still turns inlining off when the threads cannot be listed, are not as expected, or refuse', () => {
    expect(tuneThreads(small, system(null))).toEqual({ lowered: [], flags: TUNED_V8_FLAGS });
    expect(tuneThreads(small, system([100, 101, 102]))).toEqual({ lowered: [], flags: TUNED_V8_FLAGS });
    expect(tuneThreads(small, system(undefined, [103]))).toEqual({ lowered: [102, 104], flags: TUNED_V8_FLAGS });
  });

  it('touches nothing when it need not tune', () => {
    const watched = system();
    expect(tuneThreads({ ...small, cores: 8 }, watched)).toBeNull();
    expect(watched.flags).toEqual([]);
    expect(watched.lowered).toEqual([]);
  });
});

describe('the installed command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draftdiff-tune-'));

  it.runIf(tunesHere)("lowers three of V8's helper threads, and gives the same report as with V8's defaults", () => {
    // The priorities of the process's threads as it exits, read by a module loaded first.
    const report = join(dir, 'nice.json');
    const preload = join(dir, 'nice.cjs');
    writeFileSync(
      preload,
      `const fs = require('node:fs');
process.on('exit', () => {
  const nice = fs.readdirSync('/proc/self/task').map((t) => Number(fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]));
  fs.writeFileSync(${JSON.stringify(report)}, JSON.stringify(nice));
});\n`,
    );
    const args = ['compare', 'drafts/1-initial-plan.md', 'drafts/2-current-draft.md', '--format', 'json'];
    const tuned = spawnSync(process.execPath, ['--require', preload, MAIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', DRAFTDIFF_DEBUG: '1' } });
    expect(tuned.status, tuned.stderr).toBe(0);
    expect(tuned.stderr).toContain(`V8 tuned for this machine: ${TUNED_V8_FLAGS}, 3 helper threads at lower priority`);
    expect((JSON.parse(readFileSync(report, 'utf8')) as number[]).filter((nice) => nice === LOWERED_PRIORITY)).toHaveLength(3);
    const plain = runCli(args, { [V8_DEFAULTS_ENV]: '1', DRAFTDIFF_DEBUG: '1' });
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('V8 tuned');
    expect(plain.stdout).toBe(tuned.stdout);
  });
});
