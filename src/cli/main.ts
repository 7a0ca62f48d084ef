#!/usr/bin/env node
import { run } from './run.js';

const io = {
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

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    process.stderr.write(`draftdiff: internal error: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = 3;
  },
);
