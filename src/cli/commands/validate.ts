import { readDrafts } from '../../parse/read-draft-file.js';
import { EXIT, UsageError } from '../io.js';
import { hasErrors, printMessages } from '../print-messages.js';
import type { Command } from '../run.js';

/** `draftdiff validate PATH…`: prints every problem; exit 1 when any draft has an error. */
export const runValidate: Command = async ({ positionals }, io) => {
  if (positionals.length === 0) throw new UsageError('give at least one draft file or folder');
  const results = await readDrafts(positionals);
  if (results.length === 0) throw new UsageError(`no drafts (.md, .markdown or .txt files) found in ${positionals.join(', ')}`);
  const messages = results.flatMap((r) => r.messages);
  printMessages(messages, io, 'out');
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const failed = results.filter((r) => !r.ok).length;
  io.err(`${results.length} draft${results.length === 1 ? '' : 's'} checked: ${failed === 0 ? 'all valid' : `${failed} invalid`} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n`);
  return hasErrors(messages) ? EXIT.invalid : EXIT.ok;
};
