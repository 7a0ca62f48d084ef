/**
 * The `history` text: the versions in order, then per clause lineage a timeline line per version and the wording of
 * its latest text with each phrase marked by the version that introduced it.
 */
import type { Finding } from '../model/comparison.js';
import type { AttributedSpan, History, HistoryClause, HistoryVersion, Lineage, LineageStep } from '../model/history.js';

/** Longest excerpt of a clause's text on its title line. */
const TITLE_CHARS = 90;

function excerpt(text: string, chars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= chars ? flat : `${flat.slice(0, chars - 1).trimEnd()}…`;
}

/** How a clause is named: its number (or `•` for a bullet) and its id, `{#id}` when the author gave it. */
export function clauseLabel(clause: HistoryClause): string {
  const id = clause.idSource === 'author' ? `{#${clause.id}}` : `(${clause.id})`;
  return `${clause.num ?? '•'} ${id}`;
}

function provenance(version: HistoryVersion): string {
  return `(${version.status ?? 'document'}, ${version.completeness})`;
}

/** Rules of the findings in words, most severe first, each once: `obligation strengthened, party added`. */
function ruleWords(findings: readonly Finding[]): string {
  const rank = { major: 0, notice: 1, info: 2 } as const;
  const sorted = [...findings].sort((x, y) => rank[x.severity] - rank[y.severity]);
  return [...new Set(sorted.filter((f) => f.rule !== 'clause-renumbered' && f.rule !== 'clause-moved').map((f) => f.rule.replace(/-/g, ' ')))].join(', ');
}

function eventText(step: LineageStep): string {
  const related = step.related.join(', ');
  const parts: string[] = [];
  switch (step.event) {
    case null:
      parts.push(step.state === 'not-reported' ? 'not reported (this version reports only part of the draft)' : step.state === 'present' ? 'present' : 'absent');
      break;
    case 'first-reported':
      parts.push('first reported (not in the partial version before: whether it is new is unknown)');
      break;
    case 'split':
      parts.push(`split${related === '' ? '' : ` into ${related}`}`);
      break;
    case 'split-from':
      parts.push(`split from ${related}`);
      break;
    case 'merged':
      parts.push(related === '' ? 'merged' : `merged with ${related}`);
      break;
    case 'merged-into':
      parts.push(`merged into ${related}`);
      break;
    case 'restored':
      parts.push(`restored (last seen in ${step.base ?? '?'})`);
      break;
    default:
      parts.push(step.event);
  }
  if (step.renumbered !== null) parts.push(`renumbered ${step.renumbered.from ?? '•'} → ${step.renumbered.to ?? '•'}`);
  if (step.moved) parts.push('moved');
  const words = step.event === 'introduced' || step.event === 'first-reported' || step.event === null ? '' : ruleWords(step.findings);
  return `${parts.join(', ')}${words === '' ? '' : `: ${words}`}`;
}

/** The wording with each run of phrases from one version preceded by `[version]` (take the marks out and the text is exact). */
export function formatAttribution(spans: readonly AttributedSpan[]): string {
  return spans.map((s) => `[${s.version}]${s.text}`).join('');
}

/** Formats one lineage: title line, timeline, model links and the attributed wording. */
export function formatLineage(lineage: Lineage, versions: readonly HistoryVersion[]): string {
  const lines: string[] = [];
  const width = Math.max(...versions.map((v) => v.id.length));
  const provWidth = Math.max(...versions.map((v) => provenance(v).length));
  lines.push(`${lineage.id}  ${clauseLabel(lineage.latest)}  “${excerpt(lineage.latest.heading ?? lineage.latest.text, TITLE_CHARS)}”  [${lineage.status}]`);
  lineage.steps.forEach((step, index) => {
    const version = versions[index]!;
    const label = step.clause === null ? '—' : clauseLabel(step.clause);
    lines.push(`  ${version.id.padEnd(width)}  ${provenance(version).padEnd(provWidth)}  ${label}  ${eventText(step)}`);
    if (step.event === 'introduced' || step.event === 'first-reported') return;
    for (const f of step.findings) if (f.severity !== 'info') lines.push(`  ${' '.repeat(width)}    ${f.severity === 'major' ? '!' : '·'} ${f.message}`);
  });
  for (const link of lineage.modelledOn) lines.push(`  modelled on ${link.draft}${link.target === null ? '' : `#${link.target}`} (says ${link.version})`);
  lines.push(`  wording (${lineage.latestVersion}), each phrase marked with the version that introduced it:`);
  if (lineage.attribution.heading !== null) lines.push(`    heading: ${formatAttribution(lineage.attribution.heading)}`);
  lines.push(`    ${lineage.attribution.text.length === 0 ? '(no text)' : formatAttribution(lineage.attribution.text)}`);
  return lines.join('\n');
}

/** Formats a history as plain text: the versions, the drafts left out, then each lineage. */
export function formatHistory(history: History): string {
  const lines: string[] = [];
  const name = history.agreement ?? '(no agreement named)';
  lines.push(`History of ${name}: ${history.versions.length} version${history.versions.length === 1 ? '' : 's'}, ${history.lineages.length} clause lineage${history.lineages.length === 1 ? '' : 's'}`);
  const width = Math.max(0, ...history.versions.map((v) => v.id.length));
  history.versions.forEach((v, index) => {
    const follows = v.follows === null ? '' : ` · follows ${v.follows}`;
    lines.push(`  ${index + 1}. ${v.id.padEnd(width)}  ${(v.date ?? 'undated').padEnd(10)}  ${provenance(v)}${follows}  ${v.title}`);
  });
  for (const d of history.excluded) {
    const why = d.reason === 'reference' ? 'a reference text, reachable through modelledOn' : `agreement ${d.agreement ?? '(none)'}`;
    lines.push(`  not in this history: ${d.id} (${why})`);
  }
  for (const lineage of history.lineages) lines.push('', formatLineage(lineage, history.versions));
  return `${lines.join('\n')}\n`;
}
