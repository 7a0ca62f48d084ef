/**
 * The rule of a safe id, without zod: the reader checks clause ids and file-name ids with it, and `SafeId` (the
 * schema in `front-matter.ts`) is built from it, so both say the same and reading a draft need not load the schemas.
 */

/** Letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const SAFE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Whether a string is an id usable in file names and URLs: the pattern, and no `..`. */
export function isSafeId(value: string): boolean {
  return SAFE_ID_PATTERN.test(value) && !value.includes('..');
}
