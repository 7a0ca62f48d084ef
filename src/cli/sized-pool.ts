/**
 * Node runs V8's garbage collector and optimising compiler on a pool of 4 helper threads, however many cores the
 * machine has. With fewer cores than those helpers and the main thread, they take turns with the main thread: on
 * 2 cores, comparing the 500k-word benchmark pair, the main thread waited about 0.24 s of its 1.1 s for a core.
 * `--v8-pool-size=0` sizes the pool to the machine (one helper on 2 cores), but Node reads it only when it starts;
 * so for a large input on such a machine, draftdiff runs itself once more with it. A second start of Node costs
 * about 45 ms, which only a large input wins back: comparing two 500k-word drafts took 1.13 s, and 0.93 s with the
 * pool sized before that cost; two 100k-word drafts 0.41 and 0.34 s, a gain the restart takes back.
 */
import { stat } from 'node:fs/promises';
import { listDraftFiles, STDIN_PATH } from '../parse/list-draft-files.js';
import { SIZED_POOL_ENV } from './io.js';

/** How many helper threads Node gives V8 by default. */
export const NODE_POOL_SIZE = 4;
/** Input (all the drafts a command reads, in bytes) from which restarting pays for itself: two 100k-word drafts are 1.4 MB. */
export const SIZED_POOL_MIN_BYTES = 2 * 1024 * 1024;
/**
 * What the restarted process is given: the pool sized to the machine, and no inlining in V8's optimising compiler.
 * A short run on few cores spends its single helper thread compiling (0.55 s of a 0.88 s comparison of 500k words);
 * without inlining, the compiler's work takes 0.44 s, optimised code arrives sooner, and the comparison took 0.84 s
 * instead of 0.88 (three alternating runs of 12–16, each with code caches made for its flags). Less inlining only
 * (`--max-inlined-bytecode-size-cumulative`), or no escape analysis, load elimination or on-stack replacement as
 * well, gained less. The build makes the code caches of this process too (its V8 flags have caches of their own).
 */
export const SIZED_POOL_ARGS: readonly string[] = ['--v8-pool-size=0', '--no-turbo-inlining'];

/** What decides a restart. */
export interface PoolContext {
  /** Bytes of input the command will read. */
  inputBytes: number;
  /** Cores the process may use (`os.availableParallelism()`). */
  cores: number;
  /** Environment variables. */
  env: Record<string, string | undefined>;
  /** The options Node itself was started with (`process.execArgv`). */
  execArgv: readonly string[];
}

/** Node options that are about this very process: debugging or profiling it (a second process would miss them). */
const OWN_PROCESS = /^--(?:inspect|debug|cpu-prof|heap-prof|prof)/;

/**
 * Whether a restart could help whatever the input: few cores, no pool size chosen already, no debugger or profiler
 * attached to this process. Asked first, so that the input is measured only when it decides.
 */
export function mayWantSizedPool({ cores, env, execArgv }: Omit<PoolContext, 'inputBytes'>): boolean {
  if (cores > NODE_POOL_SIZE || env[SIZED_POOL_ENV] !== undefined) return false;
  const choosesPool = (arg: string): boolean => /^--v8-pool-size(?:=|$)/.test(arg);
  const options = [...execArgv, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)];
  return !options.some((arg) => choosesPool(arg) || OWN_PROCESS.test(arg));
}

/** Whether to run again with a pool sized to the machine: `mayWantSizedPool`, and a large input. */
export function wantsSizedPool(context: PoolContext): boolean {
  return context.inputBytes >= SIZED_POOL_MIN_BYTES && mayWantSizedPool(context);
}

/** Bytes in the drafts that `paths` name (folders give their drafts); standard input and unreadable paths count 0. */
export async function inputBytes(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of await listDraftFiles(paths)) {
    if (path === STDIN_PATH) continue;
    try {
      const info = await stat(path);
      if (info.isFile()) total += info.size;
    } catch {
      // The command itself reports a path it cannot read.
    }
  }
  return total;
}
