import { buildHistory } from '../../compare/build-history.js';
import { listAgreements } from '../../compare/select-versions.js';
import type { History, Lineage } from '../../model/history.js';
import { readDrafts } from '../../parse/read-draft-file.js';
import { suggest } from '../../parse/suggest.js';
import { formatHistory } from '../format-history.js';
import { EXIT, UsageError } from '../io.js';
import type { Io } from '../io.js';
import { hasErrors, printMessages } from '../print-messages.js';
import type { Command } from '../run.js';

/** The lineage a `--clause` id names: by lineage id, else by the id its clause has in any version. */
export function findLineage(history: History, id: string): Lineage | null {
  return (
    history.lineages.find((l) => l.id === id) ??
    history.lineages.find((l) => l.latest.id === id) ??
    history.lineages.find((l) => l.steps.some((s) => s.clause?.id === id)) ??
    null
  );
}

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

/** `draftdiff history PATH… [--clause ID] [--agreement ID] [--format text|json]`: each clause across all versions. */
export const runHistory: Command = async ({ values, positionals }, io) => {
  const format = (values['format'] as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"; use text or json`);
  if (positionals.length === 0) throw new UsageError('give the versions: draft files or a folder of them');
  const clauseId = values['clause'] as string | undefined;
  const agreement = values['agreement'] as string | undefined;
  const results = await readDrafts(positionals);
  if (results.length === 0) throw new UsageError(`no .md drafts found in ${positionals.join(', ')}`);
  const messages = results.flatMap((r) => r.messages);
  printMessages(messages, io);
  if (hasErrors(messages) || results.some((r) => r.draft === null)) return EXIT.invalid;
  const drafts = results.flatMap((r) => (r.draft ? [r.draft] : []));
  if (agreement !== undefined && !listAgreements(drafts).includes(agreement)) return usage(io, unknown('agreement', agreement, listAgreements(drafts)));
  let history = buildHistory(drafts, agreement === undefined ? {} : { agreement });
  if (clauseId !== undefined) {
    const lineage = findLineage(history, clauseId);
    if (lineage === null) return usage(io, unknown('clause', clauseId, history.lineages.map((l) => l.id)));
    history = { ...history, lineages: [lineage] };
  }
  io.out(format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : formatHistory(history));
  return EXIT.ok;
};
