/**
 * Makes the code caches of the bundled command line (see src/cli/code-cache.ts): runs the commands once, in this
 * process, on the shipped drafts and on a generated numbered treaty (the path a large pasted text takes), then
 * writes, beside each chunk it loaded, the bytecode of every function that ran. Run by scripts/bundle-cli.mjs, with
 * the files of the code-cache and run entries as arguments; it writes nothing else outside a temporary folder.
 *
 * A command that fails here fails the build: the caches would miss what it runs, and it is broken anyway.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [codeCacheFile, runFile] = process.argv.slice(2).map((file) => resolve(file));
if (!codeCacheFile || !runFile) throw new Error('usage: node scripts/warm-code-cache.mjs CODE_CACHE_CHUNK RUN_CHUNK');
const require = createRequire(import.meta.url);
const { useCodeCache } = require(codeCacheFile);
useCodeCache(dirname(runFile), { write: true });
const { run } = require(runFile);

const work = mkdtempSync(join(tmpdir(), 'draftdiff-warm-'));
let errors = '';
const quiet = { out: () => {}, outBytes: () => {}, err: (text) => (errors += text), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
/** Exit codes a command may end with here: 0, or 1 for drafts with problems (validate). */
const EXPECTED = new Set([0, 1]);

async function command(...argv) {
  errors = '';
  const code = await run(argv, quiet);
  if (!EXPECTED.has(code)) throw new Error(`warm-code-cache: draftdiff ${argv.join(' ')} exited with ${code}:\n${errors}`);
}

try {
  // A generated treaty, numbered and renumbered (bench/generate.mjs), as a large paste would be read and compared.
  const generator = new URL('../bench/generate.mjs', import.meta.url);
  if (existsSync(generator)) {
    const { generatePair, DEFAULT_SEED } = await import(generator.href);
    const pair = generatePair({ words: 20_000, numbered: true }, DEFAULT_SEED);
    writeFileSync(join(work, 'old.md'), pair.old);
    writeFileSync(join(work, 'new.md'), pair.new);
    await command('compare', join(work, 'old.md'), join(work, 'new.md'), '--format', 'json', '-o', join(work, 'treaty.json'));
    await command('compare', join(work, 'old.md'), join(work, 'new.md'), '--format', 'html', '-o', join(work, 'treaty.html'));
  }
  const drafts = new URL('../drafts/', import.meta.url);
  if (existsSync(drafts)) {
    const folder = fileURLToPath(drafts);
    const files = ['1-initial-plan.md', '2-current-draft.md'].map((name) => join(folder, name));
    if (files.every((file) => existsSync(file))) {
      await command('validate', folder);
      await command('show', files[1], '--format', 'json');
      await command('show', files[1]);
      for (const format of ['text', 'json', 'html', 'md', 'docx']) {
        await command('compare', files[0], files[1], '--format', format, '-o', join(work, `compare.${format}`));
      }
      await command('history', folder, '--format', 'html', '-o', join(work, 'history.html'));
      await command('history', folder);
      await command('publish', folder, '--out', join(work, 'site'));
    }
  }
  await command('schema', 'comparison');
} finally {
  rmSync(work, { recursive: true, force: true });
}
