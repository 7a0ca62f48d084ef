import { describe, expect, test } from 'vitest';
import { compareDrafts } from '../../src/compare/index.js';
import { buildViewModel, renderComparison } from '../../src/render/index.js';
import type { ViewModel } from '../../src/render/index.js';
import { cutParts, toSegments } from '../../src/render/segments.js';
import { makeDraft } from '../compare/helpers.js';
import { compare, everyChangeDrafts, hostileDrafts, partialDrafts } from './fixture.js';
import { shippedDraft } from './render-helpers.js';

function view(comparison = compare(everyChangeDrafts()), showUnchanged = true): ViewModel {
  return buildViewModel(comparison, { format: 'html', color: false, showUnchanged });
}

describe('view model', () => {
  test('anchors are unique, sanitised and built from ids (new side first)', () => {
    const anchors = view(compare(hostileDrafts())).changes.map((c) => c.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(a).toMatch(/^[bc]-[\p{L}\p{N}_.-]+$/u);
    expect(anchors).toContain('c-old-x-script-alert-1-script');
    expect(view().changes.map((c) => c.anchor)).toEqual(
      expect.arrayContaining(['c-guarantee', 'c-6-7', 'c-8', 'c-old-9', 'c-9', 'c-10.b', 'b-block-2']),
    );
  });

  test('the summary says how many modified clauses changed only by cross-references that follow the renumbering', () => {
    const old = makeDraft([
      { num: '1.', text: 'Duties are eliminated.' },
      { num: '2.', text: 'Quotas end, subject to point 1.' },
    ]);
    const neu = makeDraft([
      { num: '1.', text: 'Services are covered.' },
      { num: '2.', text: 'Duties are eliminated.' },
      { num: '3.', text: 'Quotas end, subject to point 2.' },
    ]);
    const refs = (text: string, target: string): { references: { label: string; target: string; external: boolean; raw: string; span: { start: number; end: number } }[] } => {
      const raw = `point ${target}`;
      const start = text.indexOf(raw);
      return { references: [{ label: 'point', target, external: false, raw, span: { start, end: start + raw.length } }] };
    };
    old.clauses[1]!.facts = { ...old.clauses[1]!.facts, ...refs(old.clauses[1]!.text, '1') };
    neu.clauses[2]!.facts = { ...neu.clauses[2]!.facts, ...refs(neu.clauses[2]!.text, '2') };
    const counts = view(compareDrafts(old, neu)).summary.counts.map((c) => `${c.count} ${c.label}`);
    expect(counts).toEqual(['1 modified', '1 of them only by cross-references that follow the renumbering', '1 added', '2 renumbered', '1 unchanged']);
  });

  test('a moved clause gets a note at its old place, linked both ways', () => {
    const vm = view();
    const moved = vm.changes.find((c) => c.moved)!;
    const index = vm.entries.findIndex((e) => e.movedFrom !== null);
    const note = vm.entries[index]!.movedFrom!;
    expect(note).toMatchObject({ anchor: moved.movedFrom, target: moved.anchor, name: 'Point 8', newName: 'Point 2' });
    expect(vm.entries[index - 1]!.change!.key).toBe('clause:6+7>8');
    expect(moved.badges.find((b) => b.key === 'moved')).toMatchObject({ href: `was-${moved.anchor}` });
  });

  test('split and merged clauses are cut into their numbered parts', () => {
    const vm = view();
    const split = vm.changes.find((c) => c.split)!;
    expect(split.parts.map((p) => p.number)).toEqual(['6', '7']);
    expect(split.newParts.map((p) => p.number)).toEqual(['6', '7']);
    expect(split.oldParts.map((p) => p.number)).toEqual(['5']);
    expect(split.number).toBe('6 + 7');
    expect(split.oldNumber).toBe('5');
    const merged = vm.changes.find((c) => c.merged)!;
    expect(merged.parts.map((p) => [p.number, p.isOld])).toEqual([
      ['6', true],
      ['7', true],
    ]);
    expect(merged.parts[1]!.paragraphs[0]!.segments.map((s) => s.op)).toEqual(['replace', 'equal']);
  });

  test('cutting parts keeps every character of its side and drops only the separators', () => {
    const ops = [
      { op: 'equal' as const, text: 'ab' },
      { op: 'delete' as const, text: ' x ' },
      { op: 'insert' as const, text: '.\n\n' },
      { op: 'equal' as const, text: 'cd' },
    ];
    expect(cutParts(ops, [3, 2], '\n\n', 'new')).toEqual([
      [
        { op: 'equal', text: 'ab' },
        { op: 'delete', text: ' x ' },
        { op: 'insert', text: '.' },
      ],
      [{ op: 'equal', text: 'cd' }],
    ]);
    expect(cutParts(ops, [9], '\n\n', 'new')).toBeNull();
  });

  test('a replacement never spans a blank line (CriticMarkup cannot cross paragraphs)', () => {
    const segments = toSegments([
      { op: 'delete', text: 'a\n\nb' },
      { op: 'insert', text: 'c' },
    ]);
    expect(segments.map((s) => s.op)).toEqual(['delete', 'insert']);
  });

  test('not-reported clauses are named so and carry no redline', () => {
    const vm = view(compare(partialDrafts()));
    const missing = vm.changes.filter((c) => c.notReported);
    expect(missing).toHaveLength(4);
    for (const c of missing) {
      expect(c.added || c.removed).toBe(false);
      expect(c.statusLabel).toBe('not reported in the new version');
      expect(c.newMissing).toBe('Not reported in this version');
      expect(c.segments.every((s) => s.isEqual)).toBe(true);
      expect(c.oldParts.flatMap((p) => p.paragraphs.flatMap((q) => q.segments)).every((s) => s.isEqual)).toBe(true);
    }
  });

  test('unchanged runs collapse into gaps when asked', () => {
    const gaps = view(undefined, false).entries.filter((e) => e.gap !== null).map((e) => e.gap!.label);
    expect(gaps).toEqual(['1 unchanged passage of other text', '1 unchanged clause', '2 unchanged clauses', '1 unchanged passage of other text']);
  });

  test('a gap names the clauses that hold the nested change after it, outermost first', () => {
    const draft = (b: string) =>
      makeDraft([
        { num: 'Article 1', text: 'Scope.' },
        {
          num: 'Article 2',
          heading: 'Guarantees',
          text: 'The guarantees.',
          children: [{ num: '1.', text: 'Intro.', children: [{ num: '(a)', text: 'First.' }, { num: '(b)', text: b }] }],
        },
        { num: 'Article 3', text: 'End.' },
      ]);
    const model = buildViewModel(compareDrafts(draft('Second.'), draft('Second, amended.')), { format: 'text', color: false, showUnchanged: false });
    const gaps = model.entries.filter((e) => e.gap !== null).map((e) => e.gap!);
    expect(gaps[0]!.context.map((c) => [c.depth, c.number, c.heading])).toEqual([
      [0, 'Article 2', 'Guarantees'],
      [1, '1', null],
    ]);
    // After the change, nothing nested follows: no context.
    expect(gaps.at(-1)!.context).toEqual([]);
    // A change at the top needs none.
    const top = buildViewModel(compareDrafts(draft('Second.'), makeDraft([{ num: 'Article 1', text: 'Scope.' }, { num: 'Article 2', text: 'Changed.' }])), { format: 'text', color: false, showUnchanged: false });
    expect(top.entries.filter((e) => e.gap !== null).every((e) => e.gap!.context.length === 0)).toBe(true);
  });

  test('differences the comparison ignores are shown as the new text', () => {
    const comparison = compareDrafts(makeDraft([{ num: '1.', text: 'The Parties agree.' }]), makeDraft([{ num: '1.', text: 'The parties agree.' }]), {
      ignoreCase: true,
    });
    expect(comparison.changes[0]!.diff.some((op) => op.ignored === true)).toBe(true);
    const html = renderComparison(comparison, { format: 'html' });
    const inline = html.slice(html.indexOf('<article'), html.indexOf('id="side-by-side"'));
    expect(inline).toContain('<p>The parties agree.</p>');
    expect(inline).not.toMatch(/<del>|<ins>/);
    expect(html).toContain('<td class="old"><div class="part"><p class="part-head"><span class="num">1</span></p><p>The Parties agree.</p></div>');
  });

  test('a comparison with no text in both versions does not claim it is unchanged', () => {
    const comparison = compareDrafts(shippedDraft('0-north-atlantic-treaty.md'), shippedDraft('2-current-draft.md'));
    expect(view(comparison).summary.comparable).toBe(false);
    expect(renderComparison(comparison, { format: 'text' })).toContain('no text in both versions to compare');
  });
});
