import { compareDrafts } from '../../compare/compare-drafts.js';
import type { CompareOptionsInput } from '../../compare/options.js';
import { readDraftFile } from '../../parse/read-draft-file.js';
import { EXIT, UsageError } from '../io.js';
import { hasErrors, printMessages } from '../print-messages.js';
import type { Command } from '../run.js';
import { writeFileAtomic } from '../write-output.js';

const FORMATS = ['text', 'html', 'md', 'json', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/** `draftdiff compare OLD NEW`: a redline of two versions in the chosen format. */
export const runCompare: Command = async ({ values, positionals }, io) => {
  if (positionals.length !== 2) throw new UsageError('give exactly two drafts: OLD NEW');
  const format = ((values['format'] as string | undefined) ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
  const output = values['output'] as string | undefined;
  const [oldResult, newResult] = await Promise.all(positionals.map((path) => readDraftFile(path)));
  const messages = [...oldResult!.messages, ...newResult!.messages];
  printMessages(messages, io);
  if (!oldResult!.draft || !newResult!.draft || hasErrors(messages)) return EXIT.invalid;
  const options: CompareOptionsInput = {
    ignoreCase: values['ignore-case'] === true,
    ignoreWhitespace: values['ignore-whitespace'] === true,
    ignoreTypography: values['ignore-typography'] === true,
    ignoreNumbering: values['ignore-numbering'] === true,
  };
  const comparison = compareDrafts(oldResult!.draft, newResult!.draft, options);
  let rendered: string | Uint8Array;
  switch (format) {
    case 'json':
      rendered = `${JSON.stringify(comparison, null, 2)}\n`;
      break;
    default:
      throw new UsageError(`format "${format}" is not available yet`);
  }
  if (output) await writeFileAtomic(output, rendered);
  else if (typeof rendered === 'string') io.out(rendered);
  else io.outBytes(rendered);
  return EXIT.ok;
};
