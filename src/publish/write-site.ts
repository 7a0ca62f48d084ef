import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { resolveInside } from './site-paths.js';

/** Name of the file that marks a folder as a draftdiff site, so a later publish may replace it. */
export const SITE_MARKER = '.draftdiff-site';

/** The output folder cannot be used: it is a file, or a folder with other content. */
export class SiteOutError extends Error {
  override readonly name = 'SiteOutError';
}

async function existing(path: string): Promise<'none' | 'empty' | 'site' | 'other' | 'file'> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw cause;
  }
  if (!info.isDirectory()) return 'file';
  const names = await readdir(path);
  if (names.length === 0) return 'empty';
  return names.includes(SITE_MARKER) ? 'site' : 'other';
}

/**
 * Writes the site's files (site-relative posix paths → text) to `out`: every file into a temporary sibling
 * folder, which then replaces `out` whole, so a failure leaves the old site (or nothing) and never a half-written one.
 * Every path is checked to stay inside the folder. Only an empty folder or an earlier draftdiff site is replaced.
 */
export async function writeSite(out: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = resolve(out);
  const parent = dirname(target);
  if (parent === target) throw new SiteOutError(`cannot publish to the root folder ${target}`);
  for (const path of files.keys()) resolveInside(target, path);
  const state = await existing(target);
  if (state === 'file') throw new SiteOutError(`${out} exists and is not a folder`);
  if (state === 'other') throw new SiteOutError(`${out} is a folder with other content (no ${SITE_MARKER} file); choose an empty or new folder`);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = join(parent, `.${basename(target)}.draftdiff-new-${suffix}`);
  const previous = join(parent, `.${basename(target)}.draftdiff-old-${suffix}`);
  try {
    await mkdir(temporary);
    // Inside the temporary folder plain writes suffice: the folder as a whole is what is swapped in atomically.
    const folders = new Set<string>();
    for (const [path, text] of files) {
      const file = resolveInside(temporary, path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      await writeFile(file, text);
    }
    await writeFile(join(temporary, SITE_MARKER), 'This folder was written by draftdiff publish; the next publish replaces it whole.\n');
    if (state === 'none') {
      await rename(temporary, target);
      return;
    }
    await rename(target, previous);
    try {
      await rename(temporary, target);
    } catch (cause) {
      await rename(previous, target);
      throw cause;
    }
    await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}
