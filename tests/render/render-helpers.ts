import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { compareDrafts } from '../../src/compare/index.js';
import type { Comparison, Draft } from '../../src/model/index.js';
import { parseDraft } from '../../src/parse/parse-draft.js';

/** A shipped draft, read with the real reader. */
export function shippedDraft(file: string): Draft {
  const path = `drafts/${file}`;
  const result = parseDraft(readFileSync(new URL(`../../${path}`, import.meta.url)), { path });
  if (result.draft === null) throw new Error(`cannot read ${path}`);
  return result.draft;
}

/** The initial plan against the current draft, as shipped in `drafts/`. */
export function shippedComparison(): Comparison {
  return compareDrafts(shippedDraft('1-initial-plan.md'), shippedDraft('2-current-draft.md'));
}

const CRITIC = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{>>[\s\S]*?<<\}|\{==([\s\S]*?)==\}/g;

/** Accepts (`new`) or rejects (`old`) every CriticMarkup change, drops comments, then removes Markdown backslash escapes. */
export function resolveCritic(text: string, side: 'old' | 'new'): string {
  const resolved = text.replace(CRITIC, (_all, ins?: string, del?: string, from?: string, to?: string, mark?: string) => {
    if (ins !== undefined) return side === 'new' ? ins : '';
    if (del !== undefined) return side === 'old' ? del : '';
    if (from !== undefined) return side === 'old' ? from : (to ?? '');
    return mark ?? '';
  });
  return resolved.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** One clause section of the Markdown report: its heading line and its redlined text (badge, note and finding lines left out). */
export interface MdSection {
  heading: string;
  text: string;
}

/** Splits the Markdown report's body (after `## Clauses`) into sections, one per shown change. */
export function mdSections(md: string): MdSection[] {
  const body = md.slice(md.indexOf('\n## Clauses\n') + '\n## Clauses\n'.length);
  const sections: MdSection[] = [];
  for (const line of body.split('\n')) {
    if (/^#{3,6} /.test(line)) sections.push({ heading: line, text: '' });
    else if (sections.length > 0) sections[sections.length - 1]!.text += `${line}\n`;
  }
  return sections.map((s) => ({
    heading: s.heading,
    text: s.text
      .split('\n')
      .filter((l) => !l.startsWith('*') && !l.startsWith('- {>>'))
      .join('\n')
      .replace(/^\n+|\n+$/g, ''),
  }));
}

/** Decoded pixels of an 8-bit RGB or RGBA PNG (enough for browser screenshots). */
export interface Pixels {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
}

/** A tiny PNG reader: IHDR, IDAT, zlib and the five scanline filters; 8-bit RGB/RGBA, not interlaced. */
export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error('unsupported PNG');
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      out[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return { width, height, channels, data: out };
}

/** Variance of the luminance of an image's pixels (0 for a blank image). */
export function luminanceVariance(pixels: Pixels): number {
  const { data, channels } = pixels;
  let sum = 0;
  let sumSq = 0;
  const n = data.length / channels;
  for (let i = 0; i < data.length; i += channels) {
    const l = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    sum += l;
    sumSq += l * l;
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
