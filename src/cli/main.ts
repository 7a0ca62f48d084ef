#!/usr/bin/env node
import { createRequire } from 'node:module';
import { codeCacheReport } from './code-cache.js';
import { SIZED_POOL_ENV, type Io } from './io.js';
import { run } from './run.js';

const load = createRequire(import.meta.url);

/** Signals passed on to a restarted process, which this one outlives. */
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs this command line again in a new Node process started with `nodeArgs`, sharing the standard streams. Signals
 * sent to this process reach the new one; when it is ended by a signal, this process ends by the same signal.
 */
function restart(nodeArgs: readonly string[]): Promise<number | null> {
  // Loaded here, not at start: only a restarting process needs it (and a restarted one would load it for nothing).
  // Required, not imported: the bundled command line's chunks have no loader for a dynamic import (see code-cache.ts).
  const { spawn } = load('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...nodeArgs, process.argv[1]!, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [SIZED_POOL_ENV]: '1' },
    });
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const stopForwarding = (): void => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    };
    // Not started (no process could be made): the command runs here instead. A later error leaves it running.
    let started = false;
    child.on('spawn', () => {
      started = true;
    });
    child.on('error', () => {
      if (started) return;
      stopForwarding();
      resolve(null);
    });
    child.on('exit', (code, signal) => {
      stopForwarding();
      if (signal !== null) process.kill(process.pid, signal);
      else resolve(code ?? 3);
    });
  });
}

const io: Io = {
  out: (text: string) => process.stdout.write(text),
  outBytes: (bytes: Uint8Array) => process.stdout.write(bytes),
  err: (text: string) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  // A restarted process (or one told to stay single) never restarts: it need not even look at its input's size.
  ...(process.env[SIZED_POOL_ENV] === undefined ? { restart } : {}),
};

// A closed pipe (`draftdiff show … | head`) is not an error.
process.stdout.on('error', (cause: NodeJS.ErrnoException) => {
  if (cause.code === 'EPIPE') process.exit(0);
});

/**
 * Exits once everything written has reached stdout and stderr (a write of nothing calls back after the writes before
 * it), without waiting for the runtime to tear down: freeing the heap of a treaty-sized comparison takes longer than
 * a small comparison does. Every file is already written and renamed when `run` resolves.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  const cache = process.env['DRAFTDIFF_DEBUG'] ? codeCacheReport() : null;
  if (cache !== null) process.stderr.write(`draftdiff: code cache: ${cache.fromCache.length} chunks compiled from their cache, ${cache.fromSource.length} from source\n`);
  let pending = 2;
  const flushed = (): void => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

run(process.argv.slice(2), io).then(exitWhenFlushed, (cause: unknown) => {
  process.stderr.write(`draftdiff: internal error: ${cause instanceof Error ? cause.message : String(cause)}\n`);
  exitWhenFlushed(3);
});
