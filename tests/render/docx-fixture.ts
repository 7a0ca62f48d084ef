import { compareDrafts } from '../../src/compare/index.js';
import type { Comparison } from '../../src/model/index.js';
import { makeDraft } from '../compare/helpers.js';

/** Two versions with every kind of change: unchanged, modified (text and heading), added, removed, moved, renumbered, split, merged, sub-points, blocks, hostile characters. */
export function everyKind(): Comparison {
  const old = makeDraft(
    [
      { block: 'Preamble: the parties <script>alert("x")</script> & friends ]]> agree as follows.', kind: 'paragraph' },
      { num: '1.', text: "Ukraine's sovereignty will be confirmed." },
      { num: '2.', heading: 'Security', text: 'The United States will provide a guarantee lasting 10 years.' },
      { num: '3.', text: 'Russia will not invade neighbouring countries and NATO will not expand further.' },
      {
        num: '4.',
        text: 'Europe will provide fighter jets stationed in Poland. Ukraine’s armed forces will be capped at 600,000 personnel in peacetime.',
      },
      { num: '5.', text: 'A fund will be set up for the reconstruction of Ukraine.' },
      { num: '6.', text: 'The frozen assets will be invested in that reconstruction fund.' },
      {
        num: '7.',
        text: 'Humanitarian matters:',
        children: [
          { num: '(a)', text: 'All prisoners will be exchanged on an all-for-all basis.' },
          { num: '(b)', text: 'Civilian detainees and hostages will be returned.' },
        ],
      },
      { num: '8.', text: 'Elections will be held in Ukraine within 100 days.' },
      { num: '9.', text: 'A peace council chaired by the President will monitor the agreement.' },
      { block: '(Point 3 is deleted.)', kind: 'note' },
    ],
    { id: 'initial', date: '2025-11' },
  );
  const neu = makeDraft(
    [
      { block: 'Preamble: the parties <script>alert("x")</script> & allies ]]> agree as follows.', kind: 'paragraph' },
      { num: '1.', text: "Ukraine's sovereignty will be confirmed." },
      { num: '2.', heading: 'Security guarantee', text: 'The United States will provide a guarantee lasting 15 years.' },
      { num: '3.', text: 'A peace council chaired by the President will monitor the agreement.' },
      { num: '4.', text: 'Europe will provide fighter jets stationed in Poland.' },
      { num: '5.', text: 'Ukraine’s armed forces will be capped at 800,000 personnel in peacetime.' },
      { num: '6.', text: 'A fund will be set up for the reconstruction of Ukraine, and the frozen assets will be invested in that reconstruction fund.' },
      {
        num: '7.',
        text: 'Humanitarian matters:',
        children: [
          { num: '(a)', text: 'All prisoners will be exchanged on an all-for-all basis.' },
          { num: '(b)', text: 'Civilian detainees and hostages, including children, will be returned.' },
          { num: '(c)', text: 'A committee will address family reunification.' },
        ],
      },
      { num: '8.', text: 'Elections will be held in Ukraine within 100 days.\tTab\u0001and\u0000bell\u000B.' },
      { text: 'Sanctions will be lifted in stages.' },
    ],
    { id: 'current', date: '2025-11' },
  );
  return compareDrafts(old, neu);
}

/** A comparison against a partial version, so some clauses are not reported. */
export function partial(): Comparison {
  const old = makeDraft(
    [
      { num: '1.', text: 'The ceasefire takes effect at once.' },
      { num: '2.', text: 'Troops withdraw behind the line of contact.' },
      { num: '3.', text: 'Sanctions are lifted in stages.' },
    ],
    { id: 'full', date: '2025' },
  );
  const neu = makeDraft(
    [
      { num: '1.', text: 'The ceasefire takes effect at once.' },
      { num: '4.', text: 'A new monitoring mission is set up.' },
    ],
    { id: 'reported', date: '2025-11-20', completeness: 'partial', status: 'reported' },
  );
  return compareDrafts(old, neu);
}
