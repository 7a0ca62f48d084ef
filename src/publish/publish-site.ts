import { join } from 'node:path';
import { buildHistory, compareConsecutive } from '../compare/build-history.js';
import { compareDrafts } from '../compare/compare-drafts.js';
import { selectVersions } from '../compare/select-versions.js';
import type { Comparison } from '../model/comparison.js';
import type { Draft } from '../model/draft.js';
import type { Message } from '../model/message.js';
import { readDrafts } from '../parse/read-draft-file.js';
import { buildClausePage } from './clause-page.js';
import { buildIndexPage } from './index-page.js';
import type { PublishOptions, PublishResult } from './options.js';
import { buildRedlinePage } from './redline-page.js';
import { buildReferencePage } from './reference-page.js';
import { buildSiteContext } from './site-context.js';
import type { SitePair } from './site-context.js';
import { loadSiteTemplates } from './site-templates.js';
import { writeSite } from './write-site.js';

/** Reads a folder of drafts; the messages, and the drafts when none has an error. */
async function readFolder(dir: string): Promise<{ drafts: Draft[] | null; messages: Message[] }> {
  const results = await readDrafts([dir]);
  const messages = results.flatMap((r) => r.messages);
  if (results.length === 0) {
    return { drafts: null, messages: [{ file: dir, line: 1, column: 1, severity: 'error', rule: 'no-drafts', message: 'no drafts (.md, .markdown or .txt files) found here' }] };
  }
  const failed = messages.some((m) => m.severity === 'error') || results.some((r) => r.draft === null);
  return { drafts: failed ? null : results.flatMap((r) => (r.draft ? [r.draft] : [])), messages };
}

/** The pairs that get a redline: each consecutive pair, then with `all` every other pair (older first). */
function pairIndexes(count: number, mode: 'consecutive' | 'all'): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < count; k++) out.push([k - 1, k]);
  if (mode === 'all') for (let i = 0; i < count; i++) for (let j = i + 2; j < count; j++) out.push([i, j]);
  return out;
}

/**
 * Publishes a static site of an agreement's drafts: an index with the versions on a timeline and their provenance,
 * a redline page per consecutive pair (every pair with `pairs: 'all'`), a page per clause lineage (its timeline,
 * the version that introduced each phrase, and its comparison with the text it is modelled on), and a page per
 * reference text. Each draft is read once and each pair compared once. The same input gives byte-identical files.
 * When a draft has an error nothing is written and `ok` is false. Throws on misuse (no `out`, bad templates) and
 * when `out` is a file or a folder that is neither empty nor an earlier site.
 *
 * @example
 * const result = await publishSite('drafts', { out: 'site' });
 * result.index; // 'site/index.html'
 */
export async function publishSite(input: string | readonly Draft[], options: PublishOptions): Promise<PublishResult> {
  if (typeof options?.out !== 'string' || options.out === '') throw new TypeError('publishSite: options.out (the site folder) is required');
  const mode = options.pairs ?? 'consecutive';
  if (mode !== 'consecutive' && mode !== 'all') throw new TypeError(`publishSite: pairs must be "consecutive" or "all", got ${JSON.stringify(mode)}`);
  const read = typeof input === 'string' ? await readFolder(input) : { drafts: [...input], messages: [] };
  if (read.drafts === null) return { ok: false, messages: read.messages, index: null, files: [] };
  const drafts = read.drafts;
  const templates = loadSiteTemplates(options.templates);
  const compareOptions = options.compare ?? {};
  const versions = selectVersions(drafts, options.agreement).versions;
  const indexes = pairIndexes(versions.length, mode);
  const pairs: Omit<SitePair, 'path' | 'lineageAnchors'>[] = indexes.map(([oldIndex, newIndex], n) => {
    const a = versions[oldIndex]!;
    const b = versions[newIndex]!;
    options.onProgress?.({ done: n + 1, total: indexes.length, old: a.id, new: b.id });
    const comparison: Comparison = newIndex === oldIndex + 1 ? compareConsecutive([a, b], compareOptions)[0]! : compareDrafts(a, b, compareOptions);
    return { oldIndex, newIndex, comparison };
  });
  const consecutive = pairs.filter((p) => p.newIndex === p.oldIndex + 1).map((p) => p.comparison);
  const history = buildHistory(drafts, { ...compareOptions, ...(options.agreement === undefined ? {} : { agreement: options.agreement }) }, consecutive);
  const ctx = buildSiteContext(history, versions, drafts, pairs);
  const files = new Map<string, string>();
  for (const pair of ctx.pairs) files.set(pair.path, templates.redline(buildRedlinePage(ctx, pair)));
  for (const lineage of history.lineages) files.set(ctx.lineagePaths.get(lineage.id)!, templates.clause(buildClausePage(ctx, lineage, drafts, compareOptions)));
  for (const reference of ctx.references) files.set(reference.path, templates.reference(buildReferencePage(ctx, reference)));
  files.set('index.html', templates.index(buildIndexPage(ctx)));
  await writeSite(options.out, files);
  return { ok: true, messages: read.messages, index: join(options.out, 'index.html'), files: [...files.keys()].sort() };
}
