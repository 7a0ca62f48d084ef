/**
 * Turns a file's bytes into the text the reader works on: UTF-8 checked (the first invalid byte is reported
 * with its line and column), BOM removed, CRLF and CR line endings made LF, Unicode composed (NFC), NUL bytes
 * replaced.
 */
import { fastPaths } from './find-shared.js';

/** The decoded text and what was wrong with the bytes. */
export interface DecodedText {
  /** The text, LF line endings, no BOM, no NUL. */
  text: string;
  /** Problems found, with 1-based line and column in the decoded text. */
  problems: { line: number; column: number; rule: string; message: string; fatal: boolean }[];
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Returns the byte offset of the first byte that is not valid UTF-8, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Finds the 1-based line and column of a character offset in a text. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes file bytes (or takes a string as is) and normalises BOM, line endings and NUL bytes. */
export function decodeText(input: Uint8Array | string): DecodedText {
  const problems: DecodedText['problems'] = [];
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = strictDecoder.decode(input);
    } catch {
      const bad = findInvalidUtf8(input);
      const before = normaliseLineEndings(stripBom(lenientDecoder.decode(input.subarray(0, Math.max(0, bad)))));
      const where = locateOffset(before, before.length);
      const byte = bad >= 0 ? input[bad]!.toString(16).padStart(2, '0') : '??';
      problems.push({
        ...where,
        rule: 'encoding-invalid',
        message: `the file is not valid UTF-8: byte 0x${byte} at byte offset ${bad} cannot be decoded; save the file as UTF-8`,
        fatal: false,
      });
      text = lenientDecoder.decode(input);
    }
  }
  text = normaliseLineEndings(stripBom(text));
  // Canonical composition: a copy saved in NFD (macOS, some PDFs) reads the same as the NFC original.
  if (/[^\u0000-\u02ff]/.test(text)) text = composeText(text);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    problems.push({
      ...locateOffset(text, nul),
      rule: 'nul-byte',
      message: 'the file contains NUL bytes; they were replaced by U+FFFD',
      fatal: false,
    });
    text = text.replaceAll('\u0000', '\uFFFD');
  }
  return { text, problems };
}

/** Says whether bytes look like a binary file rather than text (at least 8 control bytes, over 10 % of the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)) control += 1;
  }
  return control >= 8 && control / sample.length > 0.1;
}

/** Characters at or past U+0300, the first that normalisation can change or combine (all before are inert). */
const BEYOND_INERT = /[^\u0000-\u02ff]/g;

/**
 * `text.normalize('NFC')`, normalising only the lines that hold a character past U+02FF: a line feed neither
 * decomposes nor combines with what is before or after it, so a text normalises line by line, and a line of
 * characters before U+0300 is its own normal form. A large draft is mostly such lines; ICU's check of every
 * character costs more than a search for the few others.
 */
export function composeText(text: string): string {
  if (!fastPaths.enabled) return text.normalize('NFC');
  let parts: string[] | null = null;
  let copied = 0;
  BEYOND_INERT.lastIndex = 0;
  for (let match = BEYOND_INERT.exec(text); match !== null; match = BEYOND_INERT.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const newline = text.indexOf('\n', match.index);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const composed = line.normalize('NFC');
    if (composed !== line) {
      parts ??= [];
      parts.push(text.slice(copied, start), composed);
      copied = end;
    }
    BEYOND_INERT.lastIndex = end;
  }
  if (parts === null) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
