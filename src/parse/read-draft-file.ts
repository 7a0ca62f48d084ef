/**
 * Reads drafts from the file system: a missing file, a directory where a file is expected and unreadable files
 * become messages, never exceptions. Directories expand to the `.md` files they hold.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { error } from './problem.js';
import { parseDraftWith, type ParseResult } from './parse-draft-with.js';

/** Reads and parses one draft file. */
export async function readDraftFile(path: string): Promise<ParseResult> {
  const fail = (rule: string, message: string): ParseResult => ({ ok: false, draft: null, messages: [{ file: path, ...error(1, 1, rule, message) }] });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('not-a-file', 'this is a directory; give the path of a draft file (.md)');
    if (!info.isFile()) return fail('not-a-file', 'this is not a regular file');
    bytes = await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('file-not-found', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') return fail('file-unreadable', 'permission denied');
    return fail('file-unreadable', `cannot read the file (${code ?? 'unknown error'})`);
  }
  return parseBytes(bytes, path);
}

/**
 * Parses a file's bytes as `parseDraft` does, loading remark and yaml (about 0.1 s) only when the text needs them: a
 * large draft is most often simple Markdown without front matter, which the line scanner reads alone. A text that
 * needs them is read again from its bytes with them, which costs little next to remark's own parse.
 */
async function parseBytes(bytes: Uint8Array, path: string): Promise<ParseResult> {
  const quick = parseDraftWith(bytes, { path }, null);
  if (quick !== null) return quick;
  const { parseDraft } = await import('./parse-draft.js');
  return parseDraft(bytes, { path });
}

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

/** Reads every draft under the given paths, in parallel, in the order the paths give. */
export async function readDrafts(paths: readonly string[]): Promise<ParseResult[]> {
  const files = await listDraftFiles(paths);
  return Promise.all(files.map((file) => readDraftFile(file)));
}
