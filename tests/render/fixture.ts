import { compareDrafts } from '../../src/compare/index.js';
import type { Comparison, Draft } from '../../src/model/index.js';
import { findFacts } from '../../src/parse/find-facts.js';
import { makeDraft } from '../compare/helpers.js';
import type { DraftSpec, Item } from '../compare/helpers.js';

/** A test draft with the facts the reader would find in each clause (so findings are realistic). */
function draft(items: readonly Item[], spec: DraftSpec, title: string): Draft {
  const withFacts = (list: readonly Item[]): Item[] =>
    list.map((item) => ('block' in item ? item : { ...item, facts: findFacts(item.text), children: withFacts(item.children ?? []) }));
  return { ...makeDraft(withFacts(items), spec), title };
}

/** Clauses shared by the old versions of the fixtures. */
const OLD_ITEMS: Item[] = [
  { block: 'Peace framework', kind: 'heading' },
  { block: 'The parties agree as follows:' },
  { num: '1.', heading: 'Sovereignty', text: "Ukraine's sovereignty will be confirmed." },
  { num: '2.', text: 'A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.' },
  { num: '3.', heading: 'Armed forces', text: 'The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.' },
  { num: '4.', id: 'guarantee', heading: 'Security guarantee', text: 'The United States may provide a reliable security guarantee to Ukraine.' },
  { num: '5.', text: 'Russia will not invade neighbouring countries and NATO will not expand further into Eastern Europe.' },
  { num: '6.', text: 'Ukraine will receive funds for its reconstruction after the war.' },
  { num: '7.', text: 'A development fund will be established for this purpose by the partners.' },
  { num: '8.', text: 'Elections will be held in Ukraine within 100 days of the signing.' },
  { num: '9.', text: 'The agreement will be legally binding on all signatories.' },
  {
    num: '10.',
    heading: 'Monitoring',
    text: 'Implementation will be monitored as follows.',
    children: [
      { num: '(a)', text: 'A Peace Council will monitor the agreement.' },
      { num: '(b)', text: 'The council will be chaired by the United States.' },
    ],
  },
  { block: '(Point 11 is deleted.)', kind: 'note' },
];

/** Old and new versions with every kind of change between full texts: modified, added, removed, moved, renumbered, split, merged, block changes. */
export function everyChangeDrafts(): [Draft, Draft] {
  const old = draft(OLD_ITEMS, { id: 'plan-v1', date: '2025-11-20', status: 'leaked' }, '28-point plan (leaked)');
  const neu = draft(
    [
      { block: 'Peace framework', kind: 'heading' },
      { block: 'The parties agree as follows, subject to ratification:' },
      { num: '1.', heading: 'Sovereignty', text: "Ukraine's sovereignty will be confirmed." },
      { num: '2.', text: 'Elections will be held in Ukraine within 100 days of the signing.' },
      { num: '3.', text: 'A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.' },
      { num: '4.', heading: 'Armed forces', text: 'The size of the Ukrainian Armed Forces will be limited to 800,000 personnel.' },
      { num: '5.', id: 'guarantee', heading: 'Security guarantees', text: 'The United States shall provide a robust security guarantee to Ukraine.' },
      { num: '6.', text: 'Russia will not invade neighbouring countries.' },
      { num: '7.', text: 'NATO will not expand further into Eastern Europe.' },
      { num: '8.', text: 'Ukraine will receive funds for its reconstruction after the war, and a development fund will be established for this purpose by the partners.' },
      { num: '9.', text: 'Frozen Russian assets worth $100 billion will be invested in US-led reconstruction efforts.' },
      {
        num: '10.',
        heading: 'Monitoring',
        text: 'Implementation will be monitored as follows.',
        children: [
          { num: '(a)', text: 'A Peace Council will monitor the agreement.' },
          { num: '(b)', text: 'The council will be chaired by President Donald J. Trump.' },
        ],
      },
      { block: '(Point 11 is deleted.)', kind: 'note' },
    ],
    { id: 'plan-v2', date: '2025-11-27', status: 'leaked' },
    'Revised 19-point framework',
  );
  return [old, neu];
}

/** A full old version against a partial (reported) new one: not-reported clauses next to added and modified ones. */
export function partialDrafts(): [Draft, Draft] {
  const old = draft(OLD_ITEMS.slice(0, 6), { id: 'plan-v1', date: '2025-11-20', status: 'leaked' }, '28-point plan (leaked)');
  const neu = draft(
    [
      { num: '3.', heading: 'Armed forces', text: 'The size of the Ukrainian Armed Forces will be limited to 800,000 personnel.' },
      { num: '4.', id: 'guarantee', heading: 'Security guarantee', text: 'The United States will provide a security guarantee to Ukraine for ten years.' },
      { num: '12.', text: 'Ukraine will hold elections within 100 days.' },
    ],
    { id: 'plan-v2-reported', date: '2025-11-23', status: 'reported', completeness: 'partial' },
    'Revised plan (as reported)',
  );
  return [old, neu];
}

/** Draft text that looks like markup in every output format; none of it may become markup. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor}} {{#each this}}x{{/each}} {{{raw}}}',
  'javascript:alert(1)',
  '{++ins++} {--del--} {~~a~>b~~} {>>comment<<} {==mark==}',
  '**bold** _em_ [link](javascript:alert(1)) `code` ~~strike~~ | a | b |',
  '\u001b[31mred\u001b[0m [+fake insert+] [-fake delete-]',
].join(' ');

/** Drafts whose titles, ids and texts are hostile: escaping must keep all of it visible text. */
export function hostileDrafts(): [Draft, Draft] {
  const old = draft(
    [
      { block: '<b>Preamble</b> & {{title}}' },
      { num: '1.', heading: '<i>Heading</i> {{x}}', text: `Kept. ${HOSTILE}` },
      { num: '2.', text: '# Not a heading\n- not a list\n1. not a list either\n> not a quote' },
      { num: '3.', id: 'x"><script>alert(1)</script>', text: 'Removed clause with <svg onload=alert(1)>.' },
    ],
    { id: 'old"><img src=x onerror=alert(1)>', date: '2025-01-01', status: 'leaked' },
    '<img src=x onerror=alert(1)> {{constructor}}',
  );
  const neu = draft(
    [
      { block: '<b>Preamble</b> & {{title}} changed' },
      { num: '1.', heading: '<i>Heading</i> {{y}}', text: `Kept. ${HOSTILE} Inserted: ${HOSTILE}` },
      { num: '2.', text: '# Not a heading\n- not a list\n2) not a list either\n> not a quote\n=====' },
      { num: '4.', text: `Added: <script>alert(2)</script> ~> <<} ++} --} ~~} ==}` },
    ],
    { id: "new'><script>alert(1)</script>", date: '2025-01-02', status: 'leaked' },
    '<script>alert("title")</script>',
  );
  return [old, neu];
}

/** The comparison of two fixture drafts. */
export function compare([old, neu]: [Draft, Draft]): Comparison {
  return compareDrafts(old, neu);
}
