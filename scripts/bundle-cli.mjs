/**
 * Bundles the built CLI (dist/cli/main.js, from tsc) into dist/bin/: one file for what every command needs, and a
 * chunk for each part loaded on demand (remark and yaml, the renderers, Word output). Node loads a few files much
 * faster than the hundreds of small modules of the dependencies: a command on small drafts starts about 0.1 s
 * sooner. The library (dist/index.js) is not bundled. Run by `npm run build`, after tsc.
 *
 * The chunks are CommonJS (dist/bin/package.json says so), each named with a hash of its contents, so that they can
 * be compiled with V8 code caches (src/cli/code-cache.ts): `dist/bin/draftdiff.js`, written here, turns the caches on
 * and runs the command line; scripts/warm-code-cache.mjs then makes the caches by running the commands once, with
 * V8's default flags and with those the command line sets at start on a small machine (src/cli/tune-threads.ts).
 *
 * The packages bundled in keep their licences: dist/bin/THIRD-PARTY-LICENSES.md lists each one (name, version,
 * licence) with its licence text, in name order.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { build } from 'rolldown';

const OUT = 'dist/bin';

const output = await build({
  // The command line; `run`, for the warm-up to call; the code caches, turned on before any chunk is loaded.
  input: { cli: 'dist/cli/main.js', run: 'dist/cli/run.js', 'code-cache': 'dist/cli/code-cache.js' },
  platform: 'node',
  logLevel: 'warn',
  output: {
    dir: OUT,
    format: 'cjs',
    strict: true,
    entryFileNames: '[name]-[hash].js',
    chunkFileNames: '[name]-[hash].js',
    // Licence comments of the bundled packages stay in the chunks that hold them.
    comments: { legal: true },
    // No chunk of an earlier build is left beside the new ones.
    cleanDir: true,
  },
});

/** The folder of the package a bundled module belongs to, or null for our own modules. */
function packageRoot(moduleId) {
  const marker = `${sep}node_modules${sep}`;
  const at = moduleId.lastIndexOf(marker);
  if (at === -1) return null;
  const rest = moduleId.slice(at + marker.length).split(sep);
  const depth = rest[0].startsWith('@') ? 2 : 1;
  return join(moduleId.slice(0, at + marker.length), ...rest.slice(0, depth));
}

const roots = new Set();
for (const chunk of output.output) {
  if (chunk.type !== 'chunk') continue;
  for (const id of chunk.moduleIds) {
    const root = packageRoot(id);
    if (root !== null) roots.add(root);
  }
}

const packages = [...roots]
  .map((root) => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const file = readdirSync(root).filter((name) => /^(?:licen[cs]e|copying)(?:\.|$)/i.test(name)).sort()[0];
    // Older packages name their licences in a `licenses` list.
    const license = pkg.license ?? (pkg.licenses ?? []).map((l) => l.type).join(' OR ');
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    return { name: pkg.name, version: pkg.version, license: license || 'not stated', author, text: file ? readFileSync(join(root, file), 'utf8').trim() : null };
  })
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const notices = [
  '# Third-party licences',
  '',
  `The draftdiff command (\`${OUT}/\`) bundles these ${packages.length} packages. Each keeps its own licence, given here.`,
  '',
  ...packages.flatMap((p) => [
    `## ${p.name} ${p.version} (${p.license})`,
    '',
    p.text ?? `No licence file ships with this package; its package.json gives the licence as ${p.license}${p.author ? `, by ${p.author}` : ''}.`,
    '',
  ]),
];
writeFileSync(join(OUT, 'THIRD-PARTY-LICENSES.md'), notices.join('\n'));

/** The file of an entry of the bundle. */
function entryFile(name) {
  const chunk = output.output.find((c) => c.type === 'chunk' && c.isEntry && c.name === name);
  if (!chunk) throw new Error(`bundle-cli: no entry ${name} in the bundle`);
  return chunk.fileName;
}

writeFileSync(join(OUT, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
writeFileSync(
  join(OUT, 'draftdiff.js'),
  [
    '#!/usr/bin/env node',
    '// The draftdiff command, written by scripts/bundle-cli.mjs: it compiles the chunks beside it with the code caches',
    '// the build saved (src/cli/code-cache.ts), then runs the command line (src/cli/main.ts).',
    "'use strict';",
    `require('./${entryFile('code-cache')}').useCodeCache(__dirname);`,
    `require('./${entryFile('cli')}');`,
    '',
  ].join('\n'),
);
// In a process of its own, so that what it compiles is what a run compiles: once with V8's default flags, once with
// those the command line sets on a small machine (src/cli/tune-threads.ts), which need caches of their own.
const { TUNED_V8_FLAGS } = await import('../dist/cli/tune-threads.js');
for (const nodeArgs of [[], TUNED_V8_FLAGS.split(' ')]) {
  execFileSync(process.execPath, [...nodeArgs, 'scripts/warm-code-cache.mjs', join(OUT, entryFile('code-cache')), join(OUT, entryFile('run'))], { stdio: 'inherit' });
}
