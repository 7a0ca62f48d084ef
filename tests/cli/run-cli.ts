import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The CLI as installed: the bundle that package.json's `bin` names. */
export const MAIN = fileURLToPath(new URL('../../dist/bin/draftdiff.js', import.meta.url));

/** What a run of the real CLI gave. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `draftdiff` CLI (as `npm test` builds it) in the repository root. */
export function runCli(args: readonly string[], env: Record<string, string> = {}, input?: string | Uint8Array): CliRun {
  if (!existsSync(MAIN)) throw new Error('dist/bin/draftdiff.js is missing: run "npm run build" (npm test does it first)');
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
