import { compareResolved } from '../../compare/compare-resolved.js';
import { DEFAULT_OPTIONS } from '../../compare/default-options.js';
import type { CompareOptions } from '../../compare/options.js';
import { readDraftFile } from '../../parse/read-draft-file.js';
import { jsonPieces } from '../../render/json-pieces.js';
import { stat } from 'node:fs/promises';
import { EXIT, UsageError, useColor } from '../io.js';
import { hasErrors, printMessages } from '../print-messages.js';
import type { Command } from '../run.js';
import { describeWriteError, writeFileAtomic } from '../write-output.js';

const FORMATS = ['text', 'html', 'md', 'json', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/** `draftdiff compare OLD NEW`: a redline of two versions in the chosen format. */
export const runCompare: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 2) throw new UsageError('give exactly two drafts: OLD NEW');
  const format = ((values['format'] as string | undefined) ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
  const output = values['output'] as string | undefined;
  const templates = values['templates'] as string | undefined;
  if (templates !== undefined) {
    if (format === 'json' || format === 'docx') throw new UsageError(`--templates applies to html, md and text output, not ${format}`);
    if (!(await isDirectory(templates))) throw new UsageError(`--templates ${templates}: no such directory`);
  }
  if (format === 'docx' && !output && io.stdoutIsTTY) throw new UsageError('a Word file is binary: give -o FILE.docx');
  const [oldResult, newResult] = await Promise.all(positionals.map((path) => readDraftFile(path)));
  const messages = [...oldResult!.messages, ...newResult!.messages];
  printMessages(messages, io);
  if (!oldResult!.draft || !newResult!.draft || hasErrors(messages)) return EXIT.invalid;
  // Valid by construction (the defaults and four booleans), so the options need no zod schema here.
  const options: CompareOptions = {
    ...DEFAULT_OPTIONS,
    ignoreCase: values['ignore-case'] === true,
    ignoreWhitespace: values['ignore-whitespace'] === true,
    ignoreTypography: values['ignore-typography'] === true,
    ignoreNumbering: values['ignore-numbering'] === true,
  };
  const comparison = compareResolved(oldResult!.draft, newResult!.draft, options);
  let rendered: string | Uint8Array | Iterable<string>;
  switch (format) {
    case 'json':
      rendered = jsonPieces(comparison, 'changes');
      break;
    case 'docx': {
      const { renderDocx } = await import('../../render/render-docx.js');
      const author = values['author'] as string | undefined;
      rendered = await renderDocx(comparison, author === undefined ? {} : { author });
      break;
    }
    default: {
      const { renderComparison } = await import('../../render/render-comparison.js');
      const color = format === 'text' && !output && useColor(io, io.stdoutIsTTY);
      rendered = renderComparison(comparison, { format, color, ...(templates === undefined ? {} : { templates }) });
    }
  }
  if (output) {
    try {
      await writeFileAtomic(output, rendered);
    } catch (cause) {
      throw new UsageError(describeWriteError(output, cause));
    }
  }
  else if (typeof rendered === 'string') io.out(rendered);
  else if (rendered instanceof Uint8Array) io.outBytes(rendered);
  else for (const piece of rendered) io.out(piece);
  return EXIT.ok;
};

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
