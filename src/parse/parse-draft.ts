/**
 * The reader as a library function: `parseDraft` with every part of the reader loaded, so it is synchronous and
 * reads any Markdown. (`readDraftFile` loads remark and yaml only for a file that needs them.)
 */
import { parseDraftWith, type FullReaders, type ParseOptions, type ParseResult } from './parse-draft-with.js';
import { parseRemark } from './parse-remark.js';
import { readFrontMatter } from './read-front-matter.js';

export { computeLineStarts } from './parse-draft-with.js';
export type { ParseOptions, ParseResult } from './parse-draft-with.js';

const READERS: FullReaders = { remark: parseRemark, readFrontMatter };

/**
 * Reads a draft from Markdown text or the bytes of a file.
 * Never throws on any input; bad input gives messages, and `draft` is null only when the input cannot be read
 * as a draft at all (binary, too large, nested too deeply).
 * @example parseDraft('1. Ukraine shall be sovereign.\n', { path: 'plan.md' }).draft?.clauses[0]?.num // '1.'
 */
export function parseDraft(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return parseDraftWith(input, options, READERS);
}
