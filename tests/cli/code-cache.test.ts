import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** The code cache as built (`npm test` builds first); it patches Node's module loader, so it runs in a process of its own. */
const CODE_CACHE = pathToFileURL(join(ROOT, 'dist/cli/code-cache.js')).href;

/** A folder of two CommonJS chunks, the first requiring the second, and a module outside it. */
function chunks(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draftdiff-code-cache-'));
  const bin = join(dir, 'bin');
  spawnSync('mkdir', [bin]);
  writeFileSync(join(bin, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(join(bin, 'a.js'), "#!/usr/bin/env node\n'use strict';\nconst { twice } = require('./b.js');\nexports.value = twice(21) + require('../outside.js').one;\nexports.fail = () => { throw new Error('from a'); };\n");
  writeFileSync(join(bin, 'b.js'), "'use strict';\nexports.twice = (n) => [n, n].reduce((x, y) => x + y, 0);\n");
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(join(dir, 'outside.js'), 'exports.one = 1;\n');
  return bin;
}

/** Loads `bin/a.js` with the caches in use (written at exit with `write`); what it computed and how it compiled. */
function load(bin: string, write: boolean): { value: number; failedAt: string; fromCache: string[]; fromSource: string[] } {
  const script = `
    const { useCodeCache, codeCacheReport } = await import(${JSON.stringify(CODE_CACHE)});
    const { createRequire } = await import('node:module');
    useCodeCache(${JSON.stringify(bin)}, { write: ${write} });
    const a = createRequire(${JSON.stringify(join(bin, 'x.js'))})('./a.js');
    let failedAt = '';
    try { a.fail(); } catch (e) { failedAt = e.stack.split('\\n')[1].trim(); }
    const names = (files) => files.map((f) => f.slice(${JSON.stringify(bin)}.length + 1));
    const report = codeCacheReport();
    console.log(JSON.stringify({ value: a.value, failedAt, fromCache: names(report.fromCache), fromSource: names(report.fromSource) }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReturnType<typeof load>;
}

describe('code caches of the bundled command line', () => {
  it('compiles the chunks of its folder from the caches written by an earlier run, with the same results', () => {
    const bin = chunks();
    const first = load(bin, true);
    expect(first).toMatchObject({ value: 43, fromCache: [], fromSource: ['a.js', 'b.js'] });
    // The hashbang is kept as a comment: the error is still reported on line 5 of a.js.
    expect(first.failedAt).toMatch(/a\.js:5:/);
    // Named with V8's tag for this Node and its flags.
    expect(readdirSync(bin).filter((f) => f.endsWith('.v8cache')).map((f) => f.replace(/\.[0-9a-f]+\.v8cache$/, '')).sort()).toEqual(['a.js', 'b.js']);
    const second = load(bin, false);
    expect(second).toEqual({ ...first, fromCache: ['a.js', 'b.js'], fromSource: [] });
  });

  it('compiles a chunk from source when its cache is not one V8 accepts', () => {
    const bin = chunks();
    load(bin, true);
    writeFileSync(join(bin, readdirSync(bin).find((f) => f.startsWith('b.js.') && f.endsWith('.v8cache'))!), Buffer.alloc(64, 7));
    expect(load(bin, false)).toMatchObject({ value: 43, fromCache: ['a.js'], fromSource: ['b.js'] });
  });

  it('is made by the build: the installed command compiles its chunks from their caches', () => {
    const run = runCli(['compare', 'drafts/1-initial-plan.md', 'drafts/2-current-draft.md', '--format', 'json'], { DRAFTDIFF_DEBUG: '1' });
    expect(run.code, run.stderr).toBe(0);
    const report = /code cache: (\d+) chunks compiled from their cache, (\d+) from source/.exec(run.stderr);
    expect(report).not.toBeNull();
    // All but the entry chunk of the command line (main.ts), which the warm-up does not run.
    expect(Number(report![1])).toBeGreaterThanOrEqual(5);
    expect(Number(report![2])).toBeLessThanOrEqual(1);
  });
});
