#!/usr/bin/env node
import { codeCacheReport } from './code-cache.js';
import type { Io } from './io.js';
import { run } from './run.js';
import { tuneThreads } from './tune-threads.js';

// First, before any code is hot enough to be optimised: V8's helper threads and compiler fitted to the machine.
const tuning = tuneThreads();
if (process.env['DRAFTDIFF_DEBUG'] && tuning !== null) {
  process.stderr.write(`draftdiff: V8 tuned for this machine: ${tuning.flags}, ${tuning.lowered.length} helper threads at lower priority\n`);
}

const io: Io = {
  out: (text: string) => process.stdout.write(text),
  outBytes: (bytes: Uint8Array) => process.stdout.write(bytes),
  err: (text: string) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
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
