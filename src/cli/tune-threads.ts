/**
 * V8 runs its garbage collector and optimising compiler on a pool of helper threads, and Node gives it 4 of them
 * whatever the machine has. A comparison is a short run that allocates much and compiles much: on a machine with no
 * more cores than those helpers, they take turns with the main thread, which waited about a fifth of a 500k-word
 * comparison for a core; and the optimising compiler, busy for most of the run, is what the main thread waits for
 * before its code runs fast.
 *
 * So, at start and on such a machine, the command line
 * - lowers the priority of 3 of the 4 helpers (Linux only, where a thread has a priority of its own): they still run
 *   whenever a core is free, but no longer take the main thread's; one keeps its priority, since the main thread
 *   waits for the helpers' share of each collection;
 * - turns off inlining in the optimising compiler (`--no-turbo-inlining`): less to compile, optimised code sooner.
 *
 * Measured on 2 cores, A/B of 14 alternating runs against what this replaced (running itself again with a pool of
 * one helper, `--v8-pool-size=0`, which Node reads only when it starts, and no inlining): comparing two 500k-word
 * drafts 0.86 → 0.79 s, two 100k-word drafts 0.39 → 0.32 s; the process does as well as the one restarted did, and
 * saves Node's second start. Lowering all 4 helpers, or only 2, gave less; inlining off alone, 10 ms. The results
 * are the same: only how fast they come changes.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** How many helper threads Node gives V8 by default. */
export const NODE_POOL_SIZE = 4;
/** How many of them get a lower priority: all but one. */
export const LOWERED_HELPERS = NODE_POOL_SIZE - 1;
/** The priority they get: the lowest (`nice` 19). */
export const LOWERED_PRIORITY = 19;
/** The V8 flags set at start. */
export const TUNED_V8_FLAGS = '--no-turbo-inlining';
/** Set it (to any value) to leave V8's threads and compiler as Node sets them. */
export const V8_DEFAULTS_ENV = 'DRAFTDIFF_V8_DEFAULTS';

/** What decides the tuning. */
export interface MachineContext {
  /** Cores the process may use (`os.availableParallelism()`). */
  cores: number;
  /** Environment variables. */
  env: Record<string, string | undefined>;
  /** The options Node itself was started with (`process.execArgv`). */
  execArgv: readonly string[];
}

/** Node options that are about this very process: debugging or profiling it, which tuning would disturb. */
const OWN_PROCESS = /^--(?:inspect|debug|cpu-prof|heap-prof|prof)/;
/** Node or V8 options that already choose what the tuning would: the pool's size, or inlining. */
const CHOSEN = /^--(?:v8-pool-size|(?:no-)?turbo-inlining|max-inlined-bytecode-size)(?:[=_-]|$)/;

/**
 * Whether to tune: no more cores than V8 has helpers, not turned off, and neither chosen already nor under a debugger
 * or profiler (in Node's options or `NODE_OPTIONS`).
 */
export function mayTuneThreads({ cores, env, execArgv }: MachineContext): boolean {
  if (cores > NODE_POOL_SIZE || env[V8_DEFAULTS_ENV] !== undefined) return false;
  // Node and V8 take `_` for `-` in option names.
  const options = [...execArgv, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)].map((arg) => arg.replace(/_/g, '-'));
  return !options.some((arg) => CHOSEN.test(arg) || OWN_PROCESS.test(arg));
}

/**
 * V8's helper threads among the threads of a process that has just started (ids in any order; `main` the main
 * thread's): Node starts a thread for delayed tasks, then the helpers, then one that waits for a debugger's signal,
 * so the helpers are the 2nd to 5th threads after the main one, in the order they were made (Linux gives ids in
 * that order). Null when the threads are not those (another layout, or more threads started already).
 */
export function helperThreads(threads: readonly number[], main: number): number[] | null {
  const others = threads.filter((id) => id !== main).sort((a, b) => a - b);
  if (others.length !== NODE_POOL_SIZE + 1 && others.length !== NODE_POOL_SIZE + 2) return null;
  return others.slice(1, 1 + NODE_POOL_SIZE);
}

/** What tuning touches, given so that tests can watch it. */
export interface ThreadSystem {
  /** The ids of the process's threads, or null where they cannot be listed. */
  threads(): number[] | null;
  /** The main thread's id. */
  main: number;
  /** Gives a thread a priority; false when the system refuses. */
  lower(thread: number, priority: number): boolean;
  /** Sets V8 flags. */
  setFlags(flags: string): void;
}

/** What tuning did. */
export interface Tuning {
  /** The helper threads given a lower priority. */
  lowered: number[];
  /** The V8 flags set. */
  flags: string;
}

/** The process's own threads and V8. */
export const NODE_THREADS: ThreadSystem = {
  threads: () => {
    try {
      return readdirSync('/proc/self/task').map(Number);
    } catch {
      return null;
    }
  },
  main: process.pid,
  lower: (thread, priority) => {
    try {
      setPriority(thread, priority);
      return true;
    } catch {
      return false;
    }
  },
  setFlags: (flags) => setFlagsFromString(flags),
};

/**
 * Tunes V8's helpers and compiler for this machine, when `mayTuneThreads` says so (null otherwise). To be called at
 * start, before any code is hot enough to be optimised.
 */
export function tuneThreads(context: MachineContext = { cores: availableParallelism(), env: process.env, execArgv: process.execArgv }, system: ThreadSystem = NODE_THREADS): Tuning | null {
  if (!mayTuneThreads(context)) return null;
  system.setFlags(TUNED_V8_FLAGS);
  const listed = system.threads();
  const helpers = listed === null ? null : helperThreads(listed, system.main);
  const lowered = (helpers ?? []).slice(0, LOWERED_HELPERS).filter((thread) => system.lower(thread, LOWERED_PRIORITY));
  return { lowered, flags: TUNED_V8_FLAGS };
}
