/** What a command needs from the outside world; tests pass their own. */
export interface Io {
  /** Writes to standard output. */
  out: (text: string) => void;
  /** Writes bytes to standard output (for binary formats). */
  outBytes: (bytes: Uint8Array) => void;
  /** Writes to standard error. */
  err: (text: string) => void;
  /** Whether standard output is a terminal. */
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal. */
  stderrIsTTY: boolean;
  /** Environment variables. */
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;

/** A mistake in how the command was called; printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Whether to colour output: only on a terminal, never with `NO_COLOR` set, forced with `FORCE_COLOR`. */
export function useColor(io: Io, isTTY: boolean): boolean {
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return isTTY && io.env['TERM'] !== 'dumb';
}
