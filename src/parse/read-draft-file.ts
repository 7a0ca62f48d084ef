/**
 * Reads drafts from the file system: a missing file, a directory where a file is expected and unreadable files
 * become messages, never exceptions. Directories expand to the `.md` files they hold.
 */
import { readFile, stat } from 'node:fs/promises';
import { listDraftFiles, STDIN_PATH } from './list-draft-files.js';
import { LIMITS } from './limits.js';
import { error } from './problem.js';
import { parseDraftWith, type ParseResult } from './parse-draft-with.js';

/** How standard input is named in messages. */
const STDIN_NAME = '<stdin>';

/** Reads all of standard input; null when it holds more than a draft may (reading stops there). */
async function readStdin(): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    size += bytes.length;
    if (size > LIMITS.maxFileBytes) return null;
  }
  return Buffer.concat(chunks);
}

/** Reads and parses one draft file, or standard input for `-` (named `<stdin>` in messages). */
export async function readDraftFile(path: string): Promise<ParseResult> {
  if (path === STDIN_PATH) {
    const bytes = await readStdin();
    if (bytes !== null) return parseBytes(bytes, STDIN_NAME);
    const limit = (LIMITS.maxFileBytes / 1024 / 1024).toFixed(1);
    return { ok: false, draft: null, messages: [{ file: STDIN_NAME, ...error(1, 1, 'file-too-large', `standard input holds more than ${limit} MiB; drafts larger than that are not read`) }] };
  }
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

/** Reads every draft under the given paths, in parallel, in the order the paths give. */
export async function readDrafts(paths: readonly string[]): Promise<ParseResult[]> {
  const files = await listDraftFiles(paths);
  return Promise.all(files.map((file) => readDraftFile(file)));
}

export { listDraftFiles, STDIN_PATH } from './list-draft-files.js';
