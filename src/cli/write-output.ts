export { writeFileAtomic } from '../publish/write-file-atomic.js';

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
