import { stat } from 'node:fs/promises';
import { publishSite } from '../../publish/publish-site.js';
import type { PairMode, PublishProgress } from '../../publish/options.js';
import { SiteOutError } from '../../publish/write-site.js';
import { escapeTerminal } from '../../render/escape.js';
import { EXIT, UsageError } from '../io.js';
import type { Io } from '../io.js';
import { printMessages } from '../print-messages.js';
import type { Command } from '../run.js';

/** Fewest comparisons for which a terminal gets a progress line. */
export const PROGRESS_MIN_PAIRS = 3;

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Prints `\r[k/n] comparing a → b` on a terminal's standard error, for long runs only. */
function progressPrinter(io: Io): { onProgress?: (p: PublishProgress) => void; finish: () => void } {
  if (!io.stderrIsTTY) return { finish: () => undefined };
  let shown = false;
  return {
    onProgress: (p) => {
      if (p.total < PROGRESS_MIN_PAIRS) return;
      shown = true;
      io.err(`\r\u001b[K[${p.done}/${p.total}] comparing ${escapeTerminal(p.old, false)} → ${escapeTerminal(p.new, false)}`);
    },
    finish: () => {
      if (shown) io.err('\r\u001b[K');
    },
  };
}

/** `draftdiff publish DIR --out SITE [--pairs consecutive|all] [--templates DIR] [--agreement ID]`: a static site of the drafts. */
export const runPublish: Command = async ({ values, positionals }, io) => {
  const out = values['out'];
  if (typeof out !== 'string' || out === '') throw new UsageError('give the folder to write the site to: --out SITE');
  if (positionals.length !== 1) throw new UsageError('give one folder of drafts: draftdiff publish DIR --out SITE');
  const pairs = (values['pairs'] as string | undefined) ?? 'consecutive';
  if (pairs !== 'consecutive' && pairs !== 'all') throw new UsageError(`unknown --pairs "${pairs}"; use consecutive or all`);
  const templates = values['templates'] as string | undefined;
  if (templates !== undefined && !(await isDirectory(templates))) throw new UsageError(`--templates ${templates}: no such directory`);
  const agreement = values['agreement'] as string | undefined;
  const progress = progressPrinter(io);
  let result;
  try {
    result = await publishSite(positionals[0]!, {
      out,
      pairs: pairs as PairMode,
      ...(templates === undefined ? {} : { templates }),
      ...(agreement === undefined ? {} : { agreement }),
      ...(progress.onProgress === undefined ? {} : { onProgress: progress.onProgress }),
    });
  } catch (cause) {
    if (cause instanceof SiteOutError) throw new UsageError(cause.message);
    throw cause;
  } finally {
    progress.finish();
  }
  printMessages(result.messages, io);
  if (!result.ok || result.index === null) return EXIT.invalid;
  io.out(`${result.index}\n`);
  return EXIT.ok;
};
