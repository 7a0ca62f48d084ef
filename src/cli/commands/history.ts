import { buildHistory } from '../../compare/build-history.js';
import { listAgreements } from '../../compare/select-versions.js';
import { readDrafts } from '../../parse/read-draft-file.js';
import { findLineage } from '../../publish/find-lineage.js';
import { renderHistoryPage } from '../../publish/history-page.js';
import { suggest } from '../../parse/suggest.js';
import { formatHistory } from '../format-history.js';
import { EXIT, UsageError } from '../io.js';
import type { Io } from '../io.js';
import { hasErrors, printMessages } from '../print-messages.js';
import type { Command } from '../run.js';
import { describeWriteError, writeFileAtomic } from '../write-output.js';

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** A usage error found only after reading the drafts: printed like the others, exit code 2. */
function usage(io: Io, message: string): number {
  io.err(`draftdiff history: ${message}\nrun "draftdiff history --help" for usage\n`);
  return EXIT.usage;
}

/** "unknown X "id"; did you mean "…"? known: …" */
function unknown(what: string, id: string, known: readonly string[]): string {
  const guess = suggest(id, known);
  return `unknown ${what} "${id}"${guess === null ? '' : `; did you mean "${guess}"?`} known: ${known.join(', ') || '(none)'}`;
}

/** `draftdiff history PATH… [--clause ID] [--agreement ID] [--format text|json|html] [-o FILE]`: each clause across all versions. */
export const runHistory: Command = async ({ values, positionals }, io) => {
  const format = ((values['format'] as string | undefined) ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
  const output = values['output'] as string | undefined;
  if (output === '') throw new UsageError('-o needs a file name');
  if (positionals.length === 0) throw new UsageError('give the versions: draft files or a folder of them');
  const clauseId = values['clause'] as string | undefined;
  const agreement = values['agreement'] as string | undefined;
  const results = await readDrafts(positionals);
  if (results.length === 0) throw new UsageError(`no drafts (.md, .markdown or .txt files) found in ${positionals.join(', ')}`);
  const messages = results.flatMap((r) => r.messages);
  printMessages(messages, io);
  if (hasErrors(messages) || results.some((r) => r.draft === null)) return EXIT.invalid;
  const drafts = results.flatMap((r) => (r.draft ? [r.draft] : []));
  if (agreement !== undefined && !listAgreements(drafts).includes(agreement)) return usage(io, unknown('agreement', agreement, listAgreements(drafts)));
  const full = buildHistory(drafts, agreement === undefined ? {} : { agreement });
  let history = full;
  if (clauseId !== undefined) {
    const lineage = findLineage(full, clauseId);
    if (lineage === null) return usage(io, unknown('clause', clauseId, full.lineages.map((l) => l.id)));
    history = { ...full, lineages: [lineage] };
  }
  const rendered =
    format === 'json' ? `${JSON.stringify(history, null, 2)}\n`
    : format === 'html' ? renderHistoryPage(drafts, { history: full, ...(clauseId === undefined ? {} : { clause: clauseId }) })
    : formatHistory(history);
  if (output === undefined) {
    io.out(rendered);
    return EXIT.ok;
  }
  try {
    await writeFileAtomic(output, rendered);
  } catch (cause) {
    throw new UsageError(describeWriteError(output, cause));
  }
  return EXIT.ok;
};
