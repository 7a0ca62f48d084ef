import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../src/compare/index.js';
import { Comparison } from '../../src/model/index.js';
import type { Change, ChangeSide } from '../../src/model/index.js';
import { makeDraft, numbered } from './helpers.js';

const T = [
  'Ukraine’s sovereignty will be confirmed by all signatories.',
  'A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.',
  'NATO will not station troops in Ukraine.',
  'European fighter jets will be stationed in Poland.',
  'Ukraine will receive reliable security guarantees from the United States.',
  'The size of the Ukrainian armed forces will be limited to 600,000 personnel.',
  'Ukraine agrees to enshrine in its constitution that it will not join NATO.',
  'Elections will be held in Ukraine within 100 days after the signing of the agreement.',
  'A humanitarian committee will be established to resolve outstanding issues.',
  'All prisoners and bodies will be exchanged on an all-for-all basis.',
];

function side(change: Change, which: 'old' | 'new'): ChangeSide | null {
  const s = change[which];
  return Array.isArray(s) ? null : s;
}
function byOld(c: Comparison, id: string): Change {
  const found = c.changes.find((ch) => { const s = ch.old; return Array.isArray(s) ? s.some((x) => x.id === id) : s?.id === id; });
  if (found === undefined) throw new Error(`no change for old ${id}`);
  return found;
}
function byNew(c: Comparison, id: string): Change {
  const found = c.changes.find((ch) => { const s = ch.new; return Array.isArray(s) ? s.some((x) => x.id === id) : s?.id === id; });
  if (found === undefined) throw new Error(`no change for new ${id}`);
  return found;
}
function statuses(c: Comparison): string[] {
  return c.changes.map((ch) => `${side(ch, 'old')?.num ?? '-'}>${side(ch, 'new')?.num ?? '-'}:${ch.status}${ch.moved ? ':moved' : ''}${ch.renumbered ? ':renumbered' : ''}`);
}

describe('alignment', () => {
  it('passes the schema', () => {
    const c = compareDrafts(numbered(T), numbered([...T.slice(0, 3), 'A new clause about energy.', ...T.slice(3)]));
    expect(() => Comparison.parse(JSON.parse(JSON.stringify(c)))).not.toThrow();
  });

  it('follows renumbering after an insertion', () => {
    const c = compareDrafts(numbered(T), numbered([...T.slice(0, 3), 'The Zaporizhzhia power plant will be restarted under IAEA supervision.', ...T.slice(3)]));
    expect(byNew(c, '4').status).toBe('added');
    for (let k = 4; k <= 10; k++) {
      const ch = byOld(c, String(k));
      expect(ch.status).toBe('unchanged');
      expect(ch.renumbered).toBe(true);
      expect(ch.moved).toBe(false);
      expect(side(ch, 'new')?.num).toBe(`${k + 1}.`);
    }
    expect(c.summary).toMatchObject({ added: 1, removed: 0, unchanged: 10, renumbered: 7, moved: 0 });
    expect(c.changes.map((ch) => side(ch, 'new')?.num)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.']);
  });

  it('keeps numbers when a point is deleted and the others keep theirs', () => {
    const old = numbered(T);
    const neu = makeDraft([...T.slice(0, 2).map((text, k) => ({ num: `${k + 1}.`, text })), { block: '(Point 3 is deleted.)', kind: 'note' as const }, ...T.slice(3).map((text, k) => ({ num: `${k + 4}.`, text }))]);
    const c = compareDrafts(old, neu);
    expect(byOld(c, '3').status).toBe('removed');
    expect(c.summary).toMatchObject({ removed: 1, renumbered: 0, unchanged: 9, blocksChanged: 1 });
    expect(statuses(c).slice(0, 4)).toEqual(['1.>1.:unchanged', '2.>2.:unchanged', '3.>-:removed', '->-:added']);
    const kinds = c.changes.map((ch) => ch.kind);
    expect(kinds.indexOf('block')).toBe(3);
  });

  it('marks a moved point', () => {
    const moved = [T[0]!, T[1]!, T[3]!, T[4]!, T[5]!, T[6]!, T[2]!, T[7]!, T[8]!, T[9]!];
    const c = compareDrafts(numbered(T), numbered(moved));
    const ch = byOld(c, '3');
    expect(ch.moved).toBe(true);
    expect(ch.status).toBe('unchanged');
    expect(c.summary.moved).toBe(1);
    expect(ch.findings.map((f) => f.rule)).toEqual(['clause-moved', 'clause-renumbered']);
  });

  it('marks a point moved and edited', () => {
    const edited = 'NATO will not permanently station troops in Ukraine or Moldova.';
    const c = compareDrafts(numbered(T), numbered([T[0]!, T[1]!, T[3]!, T[4]!, T[5]!, T[6]!, T[7]!, edited, T[8]!, T[9]!]));
    const ch = byOld(c, '3');
    expect(ch.status).toBe('modified');
    expect(ch.moved).toBe(true);
    expect(side(ch, 'new')?.text).toBe(edited);
  });

  it('finds a point split in two', () => {
    const old = numbered([T[0]!, `${T[1]!} ${T[2]!}`, T[3]!]);
    const neu = numbered([T[0]!, T[1]!, T[2]!, T[3]!]);
    const c = compareDrafts(old, neu);
    const ch = byOld(c, '2');
    expect(ch.status).toBe('split');
    expect(Array.isArray(ch.new) && ch.new.map((s) => s.num)).toEqual(['2.', '3.']);
    expect(ch.findings[0]?.rule).toBe('clause-split');
    expect(c.summary).toMatchObject({ split: 1, added: 0, removed: 0 });
    const back = compareDrafts(neu, old);
    expect(byNew(back, '2').status).toBe('merged');
    expect(back.summary).toMatchObject({ merged: 1, added: 0, removed: 0 });
  });

  it('finds two points merged', () => {
    const c = compareDrafts(numbered(T.slice(0, 5)), numbered([T[0]!, T[1]!, `${T[2]!} ${T[3]!}`, T[4]!]));
    const ch = byNew(c, '3');
    expect(ch.status).toBe('merged');
    expect(Array.isArray(ch.old) && ch.old.map((s) => s.id)).toEqual(['3', '4']);
    expect(ch.findings[0]?.message).toBe('Points 3 and 4 were merged into point 3.');
  });

  it('follows sub-points added and dropped, and a sub-point moved to another parent', () => {
    const old = makeDraft([
      { num: '1.', text: T[0]!, children: [{ num: 'a.', text: T[1]! }, { num: 'b.', text: T[2]! }, { num: 'c.', text: T[3]! }] },
      { num: '2.', text: T[4]!, children: [{ num: 'a.', text: T[5]! }] },
    ]);
    const neu = makeDraft([
      { num: '1.', text: T[0]!, children: [{ num: 'a.', text: T[1]! }, { num: 'b.', text: T[3]! }] },
      { num: '2.', text: T[4]!, children: [{ num: 'a.', text: T[5]! }, { num: 'b.', text: T[6]! }, { num: 'c.', text: T[2]! }] },
    ]);
    const c = compareDrafts(old, neu);
    expect(byNew(c, '2.b').status).toBe('added');
    expect(byNew(c, '2.b').depth).toBe(1);
    const movedSub = byOld(c, '1.b');
    expect(side(movedSub, 'new')?.id).toBe('2.c');
    expect(movedSub.moved).toBe(true);
    expect(byOld(c, '1.c').moved).toBe(false);
    expect(byOld(c, '1.c').renumbered).toBe(true);
    const dropped = compareDrafts(neu, old);
    expect(byOld(dropped, '2.b').status).toBe('removed');
  });

  it('matches a point whose heading was reworded', () => {
    const old = makeDraft([{ num: '5.', heading: 'Security guarantees', text: T[4]! }, { num: '6.', heading: 'Army', text: T[5]! }]);
    const neu = makeDraft([{ num: '5.', heading: 'Guarantees of security', text: T[4]! }, { num: '6.', heading: 'Army', text: T[5]! }]);
    const ch = byOld(compareDrafts(old, neu), '5');
    expect(ch.status).toBe('modified');
    expect(ch.diff).toEqual([{ op: 'equal', text: T[4] }]);
    expect(ch.headingDiff?.some((op) => op.op === 'insert')).toBe(true);
  });

  it('pairs a point rewritten almost entirely in its place and number', () => {
    const rewritten = 'Ukraine shall be given security guarantees comparable to those of NATO members.';
    const c = compareDrafts(numbered(T), numbered([...T.slice(0, 4), rewritten, ...T.slice(5)]));
    const ch = byOld(c, '5');
    expect(ch.status).toBe('modified');
    expect(side(ch, 'new')?.text).toBe(rewritten);
    expect(c.summary).toMatchObject({ added: 0, removed: 0, modified: 1 });
  });

  it('does not pair unrelated texts that merely share a slot', () => {
    const c = compareDrafts(numbered(T), numbered([...T.slice(0, 4), 'Grain exports through the Black Sea corridor resume.', ...T.slice(5)]));
    expect(c.summary).toMatchObject({ added: 1, removed: 1 });
  });

  it('matches by author id across renumbering and rewording', () => {
    const old = makeDraft([{ num: '1.', text: T[0]! }, { num: '5.', id: 'guarantee', text: T[4]! }]);
    const neu = makeDraft([{ num: '1.', text: T[0]! }, { num: '2.', text: T[9]! }, { num: '3.', id: 'guarantee', text: 'Entirely new words here.' }]);
    const ch = byOld(compareDrafts(old, neu), 'guarantee');
    expect(side(ch, 'new')?.num).toBe('3.');
    expect(ch.status).toBe('modified');
  });

  it('reports clauses missing from a partial version as not reported, not removed', () => {
    const partial = makeDraft([{ num: '1.', text: T[0]! }, { num: '5.', text: T[4]! }], { completeness: 'partial', status: 'reported' });
    const c = compareDrafts(numbered(T.slice(0, 6)), partial);
    expect(c.summary).toMatchObject({ removed: 0, added: 0, notReported: 4, unchanged: 2 });
    const ch = byOld(c, '3');
    expect(ch.notReported).toBe(true);
    expect(ch.findings.map((f) => f.rule)).toEqual(['not-reported']);
    const back = compareDrafts(partial, numbered(T.slice(0, 6)));
    expect(back.summary).toMatchObject({ removed: 0, added: 0, notReported: 4 });
    expect(back.summary.wordsInserted).toBe(0);
  });

  it('treats typography, case and spacing as equal only when asked, and keeps the diff lossless', () => {
    const old = numbered(['Ukraine’s “neutral” status — agreed by all.']);
    const neu = numbered(['Ukraine\'s "neutral" status - agreed by  all.']);
    expect(compareDrafts(old, neu).changes[0]!.status).toBe('modified');
    const lenient = compareDrafts(old, neu, { ignoreTypography: true, ignoreWhitespace: true }).changes[0]!;
    expect(lenient.status).toBe('unchanged');
    expect(lenient.findings).toEqual([]);
    expect(lenient.diff.filter((op) => op.op !== 'equal').every((op) => op.ignored === true)).toBe(true);
  });

  it('does not report renumbering when asked to ignore numbering', () => {
    const c = compareDrafts(numbered(T.slice(1, 4)), numbered(T.slice(0, 4)), { ignoreNumbering: true });
    expect(c.summary).toMatchObject({ added: 1, renumbered: 0 });
    expect(c.changes.flatMap((ch) => ch.findings.map((f) => f.rule))).toEqual(['clause-added']);
  });

  it('refuses options out of range', () => {
    expect(() => compareDrafts(numbered(T), numbered(T), { matchThreshold: 2 })).toThrow();
  });
});
