import { orderVersions } from '../../compare/order-versions.js';
import type { Draft } from '../../model/draft.js';
import { readDrafts } from '../../parse/read-draft-file.js';
import { formatOutline } from '../format-outline.js';
import { EXIT, UsageError } from '../io.js';
import { hasErrors, printMessages } from '../print-messages.js';
import type { Command } from '../run.js';

/** `draftdiff show FILE…`: the parsed drafts as outlines (in version order) or as JSON. */
export const runShow: Command = async ({ values, positionals }, io) => {
  const format = (values['format'] as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"; use text or json`);
  if (positionals.length === 0) throw new UsageError('give at least one draft file or folder');
  const results = await readDrafts(positionals);
  if (results.length === 0) throw new UsageError(`no drafts (.md, .markdown or .txt files) found in ${positionals.join(', ')}`);
  const messages = results.flatMap((r) => r.messages);
  printMessages(messages, io);
  const drafts = orderVersions(results.flatMap((r) => (r.draft ? [r.draft] : [])));
  if (format === 'json') {
    const single = positionals.length === 1 && results.length === 1;
    io.out(`${JSON.stringify(single ? drafts[0] ?? null : drafts, null, 2)}\n`);
  } else {
    if (drafts.length > 1) io.out(`${drafts.length} versions, in order: ${drafts.map((d: Draft) => d.id).join(' → ')}\n\n`);
    io.out(drafts.map((d) => formatOutline(d, { full: values['full'] === true })).join('\n'));
  }
  return hasErrors(messages) || results.some((r) => r.draft === null) ? EXIT.invalid : EXIT.ok;
};
