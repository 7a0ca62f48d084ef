/**
 * The `show` outline: a draft's provenance, then its clauses and blocks in reading order, each with its line
 * and column, number, id and the facts found, so a person can check the reading against the file.
 */
import type { Block, Clause, Draft, Party } from '../model/draft.js';
import type { Facts } from '../model/facts.js';
import { forEachClause } from '../parse/assemble-draft.js';

/** Options of the outline. */
export interface OutlineOptions {
  /** Show whole texts instead of their first 160 characters. */
  full?: boolean;
}

/** Formats a draft as a plain-text outline. */
export function formatOutline(draft: Draft, options: OutlineOptions = {}): string {
  const lines: string[] = [];
  const count = countClauses(draft.clauses);
  lines.push(`${draft.file.path}`);
  lines.push(`  ${draft.id}: ${draft.title}`);
  const facts = [
    `date ${draft.date ?? 'unknown'}`,
    `status ${draft.status ?? 'not stated (read as the document itself)'}`,
    `completeness ${draft.completeness}`,
    draft.follows ? `follows ${draft.follows}` : null,
    draft.agreement ? `agreement ${draft.agreement}` : null,
  ].filter(Boolean);
  lines.push(`  ${facts.join(' · ')}`);
  if (draft.source) {
    const s = draft.source;
    const parts = [s.outlet, s.reported ? `reported ${s.reported}` : null, s.obtainedBy ? `obtained by ${s.obtainedBy}` : null, s.url].filter(Boolean);
    lines.push(`  source: ${parts.join(', ')}`);
  }
  if (draft.status === 'reported') lines.push('  wording: quoted words are the draft\'s own (verbatim); the rest is the reporter\'s paraphrase');
  if (draft.parties.length > 0) lines.push(`  parties: ${draft.parties.map(formatParty).join('; ')}`);
  for (const link of draft.modelledOn) lines.push(`  modelled on: ${link.clause ?? '(whole draft)'} → ${link.draft}${link.target ? `#${link.target}` : ''}`);
  if (draft.notes) lines.push(`  notes: ${draft.notes}`);
  lines.push(`  ${plural(count.all, 'clause')} (${draft.clauses.length} top-level, ${plural(count.all - draft.clauses.length, 'sub-point')}), ${plural(draft.blocks.length, 'block')}`);
  lines.push('');

  const items: { order: number; render: () => void }[] = [];
  forEachClause(draft.clauses, (clause) => items.push({ order: clause.order, render: () => renderClause(clause) }));
  for (const block of draft.blocks) items.push({ order: block.order, render: () => renderBlock(block) });
  items.sort((a, b) => a.order - b.order);
  const depthOf = new Map<string, number>();
  forEachClause(draft.clauses, (clause) => depthOf.set(clause.id, clause.path.length - 1));

  function renderClause(clause: Clause): void {
    const indent = '  '.repeat(clause.path.length - 1);
    const where = at(clause.position.start.line, clause.position.start.column);
    const num = clause.num ?? '•';
    const id = clause.idSource === 'author' ? `{#${clause.id}}` : `[${clause.id}]`;
    const heading = clause.heading ? ` ${clause.heading} —` : '';
    const wording = draft.status === 'reported' ? ` (${clause.wording})` : '';
    lines.push(`${where}  ${indent}${num} ${id}${heading} ${clip(clause.text, options.full)}${wording}`);
    const summary = summariseFacts(clause.facts, clause.quotes.length);
    if (summary) lines.push(`${' '.repeat(where.length)}  ${indent}    ${summary}`);
  }
  function renderBlock(block: Block): void {
    const indent = block.parent ? '  '.repeat((depthOf.get(block.parent) ?? 0) + 1) : '';
    lines.push(`${at(block.position.start.line, block.position.start.column)}  ${indent}(${block.kind}) ${clip(block.text, options.full)}`);
  }
  for (const item of items) item.render();
  return `${lines.join('\n')}\n`;
}

function formatParty(party: Party): string {
  const notes: string[] = [...party.roles];
  if (party.signatureRequired !== null) notes.push(`signature required: ${party.signatureRequired === 'unclear' ? 'unclear' : party.signatureRequired ? 'yes' : 'no'}`);
  return notes.length > 0 ? `${party.name} (${notes.join(', ')})` : party.name;
}

function summariseFacts(facts: Facts, quotes: number): string {
  const parts: string[] = [];
  const unique = (values: string[]): string[] => [...new Set(values)];
  if (facts.parties.length > 0) parts.push(`parties: ${unique(facts.parties.map((p) => p.name)).join(', ')}`);
  if (facts.obligations.length > 0) {
    parts.push(`obligations: ${facts.obligations.map((o) => `${o.actor ?? '?'} ${o.negated ? `${o.modality} not` : o.modality} ${o.action}`.trim()).join('; ')}`);
  }
  if (facts.terms.length > 0) parts.push(`terms: ${facts.terms.map((t) => t.raw).join('; ')}`);
  if (facts.numbers.length > 0) parts.push(`numbers: ${facts.numbers.map((n) => n.raw).join(', ')}`);
  if (facts.dates.length > 0) parts.push(`dates: ${facts.dates.map((d) => d.iso).join(', ')}`);
  if (facts.references.length > 0) parts.push(`references: ${facts.references.map((r) => (r.external ? `${r.raw} (external)` : r.raw)).join(', ')}`);
  if (quotes > 0) parts.push(`quotes: ${quotes}`);
  return parts.join(' | ');
}

function countClauses(clauses: readonly Clause[]): { all: number } {
  let all = 0;
  forEachClause(clauses, () => {
    all += 1;
  });
  return { all };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function at(line: number, column: number): string {
  return `${line}:${column}`.padStart(7);
}

function clip(text: string, full = false): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ⏎ ');
  if (full || oneLine.length <= 160) return oneLine;
  return `${oneLine.slice(0, 159)}…`;
}
