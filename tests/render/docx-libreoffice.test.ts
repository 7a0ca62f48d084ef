import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/render-docx.js';
import { everyKind, partial } from './docx-fixture.js';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const soffice = has('soffice');
const pdftoppm = has('pdftoppm');

/**
 * Opens the redline in LibreOffice (headless) and converts it to PDF: a file LibreOffice cannot read gives no PDF.
 * Skipped where `soffice` is not installed (Debian/Ubuntu: `apt-get install --no-install-recommends libreoffice-writer-nogui`).
 * Set `DRAFTDIFF_KEEP_PDF=DIR` to keep the PDFs (and PNGs of page 1 and 2 when `pdftoppm` is there) for a look by eye.
 */
describe.skipIf(!soffice)('renderDocx output in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draftdiff-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts to a non-empty PDF without repair', async () => {
    const files = { 'every-kind.docx': await renderDocx(everyKind()), 'partial.docx': await renderDocx(partial(), { author: 'Legal desk' }) };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(files).map((n) => join(dir, n))],
      { stdio: 'pipe', timeout: 180_000 },
    );
    for (const name of Object.keys(files)) {
      const pdf = join(dir, name.replace(/\.docx$/, '.pdf'));
      expect(existsSync(pdf), pdf).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(1000);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const keep = process.env['DRAFTDIFF_KEEP_PDF'];
    if (keep !== undefined && keep !== '') {
      for (const name of Object.keys(files)) {
        const pdf = join(dir, name.replace(/\.docx$/, '.pdf'));
        writeFileSync(join(keep, name.replace(/\.docx$/, '.pdf')), readFileSync(pdf));
        if (pdftoppm) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, join(keep, name.replace(/\.docx$/, ''))]);
      }
    }
  }, 240_000);
});
