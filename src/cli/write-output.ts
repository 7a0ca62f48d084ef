import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** UTF-16 code units encoded per write (their UTF-8 takes at most three bytes each). */
const CHUNK = 1 << 18;

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over it, so a failure never leaves a
 * half-written output. The temporary name is random, but it never reaches the output. `data` is text (written as
 * UTF-8), bytes, or pieces of text written in turn.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
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
