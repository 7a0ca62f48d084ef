import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** UTF-16 code units encoded per write (their UTF-8 takes at most three bytes each). */
const CHUNK = 1 << 18;

/** Temporary files made by this process so far: the next one's number. */
let made = 0;
/** Names tried before giving up on making a temporary file (each taken by another file). */
const TEMPORARY_TRIES = 100;

/**
 * Makes a new temporary file beside `path`, named after it, this process and a count, and opens it for writing. It is
 * created only if no file has that name (a file left by an earlier process with the same id, or made by another
 * process that shares this directory), so it never writes into another file; the next name is tried instead.
 */
function openTemporary(path: string): { temporary: string; fd: number } {
  const stem = join(dirname(path), `.${basename(path)}.${process.pid}`);
  for (let tries = 1; ; tries++) {
    const temporary = `${stem}.${made++}.tmp`;
    try {
      return { temporary, fd: openSync(temporary, 'wx') };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST' || tries === TEMPORARY_TRIES) throw cause;
    }
  }
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over it, so a failure never leaves a
 * half-written output. The temporary name never reaches the output. `data` is text (written as UTF-8), bytes, or
 * pieces of text written in turn.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const { temporary, fd } = openTemporary(path);
  try {
    try {
      if (data instanceof Uint8Array) writeBytes(fd, data, data.length);
      else {
        const buffer = Buffer.allocUnsafe(3 * CHUNK);
        if (typeof data === 'string') writeText(fd, data, buffer);
        else for (const piece of data) writeText(fd, piece, buffer);
      }
    } finally {
      closeSync(fd);
    }
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw cause;
  }
}

/**
 * Writes a text as UTF-8 a slice at a time through `buffer` (3 × CHUNK bytes, enough for any slice): a report of tens
 * of megabytes is never copied whole into a second buffer (about twice as fast as handing the string to `writeFile`).
 * A slice never ends between the two halves of a surrogate pair, which would each be written as U+FFFD.
 */
function writeText(fd: number, text: string, buffer: Buffer): void {
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    writeBytes(fd, buffer, buffer.write(text.slice(at, end), 0, 'utf8'));
    at = end;
  }
}

/** Writes the first `length` bytes of `bytes`, however many calls the system takes. */
function writeBytes(fd: number, bytes: Uint8Array, length: number): void {
  let done = 0;
  while (done < length) done += writeSync(fd, bytes, done, length - done);
}

/** A readable reason for a failed write, from its error code. */
export function describeWriteError(path: string, cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'EISDIR' ? 'it is a directory'
    : code === 'ENOTDIR' ? 'a part of the path is not a directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOSPC' ? 'the disk is full'
    : code === 'EROFS' ? 'the file system is read-only'
    : cause instanceof Error ? cause.message : String(cause);
  return `cannot write ${path}: ${reason}`;
}
