import { readFileSync, readdirSync } from 'node:fs';
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
    // The compare command is the chunk the entry imports on demand; it and what it imports statically are all that
    // comparing two plain drafts loads.
    const entry = readFileSync(MAIN, 'utf8');
    const command = /import\("\.\/(compare-[\w-]+\.js)"\)/.exec(entry)?.[1];
    expect(command).toBeDefined();
    const loaded = new Set([...staticImports(MAIN).modules, ...staticImports(fileURLToPath(new URL(command!, `file://${MAIN}`))).modules]);
    expect([...staticImports(MAIN).packages, ...[...loaded].flatMap((file) => [...staticImports(file).packages])].every((p) => p.startsWith('node:'))).toBe(true);
    for (const file of loaded) {
      const code = readFileSync(file, 'utf8');
      for (const [name, mark] of Object.entries(HEAVY)) expect(mark.test(code), `${name} in ${file}`).toBe(false);
    }
    // The marks are real: each is in some chunk of the bundle, the ones loaded on demand.
    const dir = fileURLToPath(new URL('.', `file://${MAIN}`));
    const all = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(`${dir}${f}`, 'utf8')).join('\n');
    for (const mark of Object.values(HEAVY)) expect(all).toMatch(mark);
  });
});
