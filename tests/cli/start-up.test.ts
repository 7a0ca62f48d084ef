import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAIN, ROOT } from './run-cli.js';

/** Every module `entry` imports statically (ours, by relative path), and the packages they name. */
function staticImports(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*?from\s+(['"])([^'"]+)\1|^import\s+(['"])([^'"]+)\3/gm)) {
      const spec = (match[2] ?? match[4])!;
      if (spec.startsWith('.')) visit(fileURLToPath(new URL(spec, `file://${file}`)));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { modules, packages };
}

/** What marks the code of zod, of remark (micromark) and of yaml in a bundled chunk. */
const HEAVY = { zod: /\$ZodType/, remark: /micromark/, yaml: /YAMLParseError/ };

describe('start-up of the built CLI', () => {
  it('loads neither zod nor remark nor yaml to compare two plain drafts (they load only when a draft needs them)', () => {
    const main = staticImports(`${ROOT}dist/cli/main.js`);
    const compare = staticImports(`${ROOT}dist/cli/commands/compare.js`);
    const packages = [...main.packages, ...compare.packages].filter((p) => !p.startsWith('node:'));
    expect(packages.sort()).toEqual(['diff']);
  });

  it('the bundle (the installed `draftdiff`) keeps them out of the compare command too', () => {
    // What the command really loads: the chunks in Node's module cache when it exits, comparing two plain drafts.
    const work = mkdtempSync(join(tmpdir(), 'draftdiff-start-up-'));
    const old = join(work, 'old.md');
    const neu = join(work, 'new.md');
    writeFileSync(old, '# Plan\n\n1. The parties shall meet.\n2. The EU may help.\n');
    writeFileSync(neu, '# Plan\n\n1. The parties shall meet monthly.\n2. The EU shall help.\n');
    const list = join(work, 'loaded.json');
    const preload = join(work, 'preload.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`);
    const run = spawnSync(process.execPath, ['--require', preload, MAIN, 'compare', old, neu, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(run.status, run.stderr).toBe(0);
    const dir = dirname(MAIN);
    const loaded = (JSON.parse(readFileSync(list, 'utf8')) as string[]).filter((file) => file !== preload);
    // Nothing but the bundle's own chunks: no package is loaded from node_modules.
    expect(loaded.filter((file) => dirname(file) !== dir)).toEqual([]);
    expect(loaded.some((file) => /[/\\]compare-[\w-]+\.js$/.test(file))).toBe(true);
    for (const file of loaded) {
      const code = readFileSync(file, 'utf8');
      for (const [name, mark] of Object.entries(HEAVY)) expect(mark.test(code), `${name} in ${file}`).toBe(false);
    }
    // The marks are real: each is in some chunk of the bundle, the ones loaded on demand.
    const all = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const mark of Object.values(HEAVY)) expect(all).toMatch(mark);
  });
});
