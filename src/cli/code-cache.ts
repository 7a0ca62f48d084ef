/**
 * V8 code caches for the bundled command line (dist/bin): each chunk is compiled from the bytecode that the build
 * saved beside it (`<chunk>.<tag>.v8cache`, made by `scripts/warm-code-cache.mjs` after running the commands once), not
 * parsed and compiled again on every run. A small comparison starts about a quarter sooner. Node 20 has no compile
 * cache of its own (`module.enableCompileCache` is Node 22).
 *
 * Only the chunks of the folder given are concerned; any other module is compiled as Node always does. A cache that
 * V8 rejects (another Node version, other V8 flags) is ignored: the chunk is compiled from its source. V8 checks a
 * cache against the length of the source, not its text, so the caches are trusted only because the chunks' names
 * hold a hash of their contents (a changed chunk has a new name, and no cache).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

/** What a cache file's name ends with. */
export const CACHE_SUFFIX = '.v8cache';

/**
 * The cache file of a chunk for this Node: named with V8's tag for caches it accepts (its version, its flags, the
 * processor's features), so that a run with other V8 flags (`tune-threads.ts` sets some) finds its own caches, and
 * a run no cache was made for finds none rather than one V8 would reject.
 */
function cacheFileOf(filename: string): string {
  return `${filename}.${cachedDataVersionTag().toString(16)}${CACHE_SUFFIX}`;
}

/** Node's own compile step of a CommonJS module, which the cache replaces for the chunks of the folder. */
type Compile = (this: Module, content: string, filename: string) => unknown;

interface Compiled {
  script: Script;
  cacheFile: string;
}

/** How the folder's chunks were compiled, for the build and the tests. */
export interface CodeCacheReport {
  /** Chunks compiled from their cache. */
  fromCache: string[];
  /** Chunks compiled from source (no cache, or a cache V8 rejected). */
  fromSource: string[];
}

let report: CodeCacheReport | null = null;

/** What the chunks compiled so far were compiled from (null when `useCodeCache` was not called). */
export function codeCacheReport(): CodeCacheReport | null {
  return report;
}

/**
 * Compiles the chunks of `dir` (CommonJS) with their code caches from now on. With `write`, the caches of every
 * chunk compiled are written when the process exits, holding the bytecode of every function run by then.
 */
export function useCodeCache(dir: string, options: { write?: boolean } = {}): void {
  if (report !== null) return;
  report = { fromCache: [], fromSource: [] };
  const seen = report;
  const prototype = Module.prototype as unknown as { _compile: Compile };
  const compile = prototype._compile;
  const compiled: Compiled[] = [];
  prototype._compile = function compileWithCache(this: Module, content: string, filename: string): unknown {
    if (dirname(filename) !== dir || !filename.endsWith('.js')) return compile.call(this, content, filename);
    const cacheFile = cacheFileOf(filename);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    // A hashbang is only allowed at the very start of a script: kept as a comment, so lines and columns stay.
    const body = content.startsWith('#!') ? `//${content}` : content;
    // No loader for `import()`: Node 20 loses it when a script is compiled from a cache. The chunks have none (the
    // bundle turns our own dynamic imports into `require`; Node's modules are required, not imported).
    const script = new Script(Module.wrap(body), { filename, cachedData });
    (cachedData !== undefined && !script.cachedDataRejected ? seen.fromCache : seen.fromSource).push(filename);
    if (options.write) compiled.push({ script, cacheFile });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  if (options.write) {
    process.on('exit', () => {
      for (const { script, cacheFile } of compiled) writeFileSync(cacheFile, script.createCachedData());
    });
  }
}

