/**
 * Which files a command reads: the paths a user gave, with folders expanded to the drafts they hold. Kept apart from
 * the reader, so that deciding what to read (as the command line does before starting) loads no parser.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The path that stands for standard input: `pbpaste | draftdiff compare old.md -`. */
export const STDIN_PATH = '-';

/** Files a folder holds drafts in: Markdown, or plain text as drafts are often pasted and saved. */
const DRAFT_FILE = /\.(?:md|markdown|txt)$/i;
/** A folder's README documents the folder; it is no draft. */
const README = /^readme\.(?:md|markdown|txt)$/i;

/**
 * Expands the paths a user gave: files are kept as given; a directory gives its `*.md`, `*.markdown` and `*.txt`
 * files (sorted, not recursive), leaving out its README, which documents a folder rather than being a draft.
 */
export async function listDraftFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    if (path === STDIN_PATH) {
      out.push(path);
      continue;
    }
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      isDirectory = false;
    }
    if (!isDirectory) {
      out.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && DRAFT_FILE.test(e.name) && !README.test(e.name))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out.push(...files.map((name) => join(path, name)));
  }
  return out;
}
