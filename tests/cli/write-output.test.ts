import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-output.js';

const dir = mkdtempSync(join(tmpdir(), 'draftdiff-write-'));
/** What `writeText` encodes per write (src/cli/write-output.ts). */
const CHUNK = 1 << 18;
const runs = Number(process.env['DRAFTDIFF_PROPERTY_RUNS'] ?? 100);

async function written(text: string | Uint8Array): Promise<Buffer> {
  const path = join(dir, 'out.txt');
  await writeFileAtomic(path, text);
  return readFileSync(path);
}

describe('writeFileAtomic', () => {
  it('writes a text as UTF-8 exactly, whatever the slices cut', async () => {
    // Astral characters (two UTF-16 units) and three-byte characters on every side of the slice boundaries.
    for (const shift of [-2, -1, 0, 1, 2]) {
      const text = `${'a'.repeat(CHUNK + shift)}😀“€”${'b'.repeat(CHUNK - 3)}𝔸${'é'.repeat(CHUNK)}😀`;
      expect((await written(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('gives the bytes Buffer.from gives, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(CHUNK), async (piece, pad) => {
        const text = 'x'.repeat(pad) + piece + piece;
        expect((await written(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: Math.min(runs, 200) },
    );
  });

  it('writes bytes as they are, and an empty text as an empty file', async () => {
    const bytes = Uint8Array.from({ length: 3 * CHUNK + 7 }, (_, i) => i % 251);
    expect((await written(bytes)).equals(Buffer.from(bytes))).toBe(true);
    expect((await written('')).length).toBe(0);
  });

  it('replaces an existing file and leaves no temporary file, even when the write fails', async () => {
    const path = join(dir, 'replace.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    // A directory where the output should go: the rename fails, and the temporary file beside it is removed.
    await expect(writeFileAtomic(dir, 'text')).rejects.toThrow();
    expect(readdirSync(dirname(dir)).filter((name) => name.startsWith(`.${basename(dir)}.`))).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes into a file that has the name it would give its temporary file', async () => {
    // A fresh copy of the module, so that its temporary files are numbered from 0 in this process.
    vi.resetModules();
    const fresh = await import('../../src/cli/write-output.js');
    const taken = (n: number): string => join(dir, `.taken.json.${process.pid}.${n}.tmp`);
    for (const n of [0, 1]) writeFileSync(taken(n), `kept ${n}`);
    await fresh.writeFileAtomic(join(dir, 'taken.json'), 'written');
    expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('written');
    for (const n of [0, 1]) expect(readFileSync(taken(n), 'utf8')).toBe(`kept ${n}`);
    // Every name it tries is taken: it gives up with the error, and writes nothing.
    vi.resetModules();
    const again = await import('../../src/cli/write-output.js');
    for (let n = 0; n < 100; n++) writeFileSync(taken(n), 'taken');
    await expect(again.writeFileAtomic(join(dir, 'taken.json'), 'not written')).rejects.toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('written');
  });
});
