import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shipped drafts. */
export const SHIPPED = join(ROOT, 'drafts');
/** History fixtures: four full versions with renumbering, a split, a merge, a removal and a restoration. */
export const LIFECYCLE = join(ROOT, 'tests/fixtures/history/lifecycle');
/** History fixtures: full, partial (reported), full. */
export const PARTIAL = join(ROOT, 'tests/fixtures/history/partial');

/** A fresh temporary folder (the site goes in `<it>/site`, so its parent can be watched). */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'draftdiff-publish-'));
}
