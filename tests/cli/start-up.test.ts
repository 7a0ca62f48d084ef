import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

/** Every module the built CLI imports statically from `entry` (ours, by relative path), and the packages they name. */
function staticImports(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      const spec = (match[1] ?? match[2])!;
      if (spec.startsWith('.')) visit(fileURLToPath(new URL(spec, `file://${file}`)));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { modules, packages };
}

describe('start-up of the built CLI', () => {
  it('loads neither zod nor remark nor yaml to compare two plain drafts (they load only when a draft needs them)', () => {
    const main = staticImports(`${ROOT}dist/cli/main.js`);
    const compare = staticImports(`${ROOT}dist/cli/commands/compare.js`);
    const packages = [...main.packages, ...compare.packages].filter((p) => !p.startsWith('node:'));
    expect(packages.sort()).toEqual(['diff']);
  });
});
