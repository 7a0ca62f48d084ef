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

/**
 * A name reduced to the characters of a safe id: accents dropped, each run of other characters than letters,
 * digits, `.`, `_` and `-` made one `-`, `--` made `-`, and dots and dashes at either end dropped ("Peace plan (v2)"
 * → `Peace-plan-v2`). It may still be empty or hold `..`: callers check what they need.
 */
export function safeStem(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '');
}

/** A safe id made from a name such as a file name without its extension (see `safeStem`), or null when none is left. */
export function safeIdFrom(name: string): string | null {
  const id = safeStem(name).replace(/^_+/, '');
  return isSafeId(id) ? id : null;
}
