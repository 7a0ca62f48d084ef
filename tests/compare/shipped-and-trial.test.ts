import { describe, expect, test } from 'vitest';
import { compareDrafts } from '../../src/compare/compare-drafts.js';
import type { Change } from '../../src/model/comparison.js';
import { readDraftFile } from '../../src/parse/read-draft-file.js';
import { draftOf } from '../parse/helpers.js';
import { expectComparisonLaws } from './laws.js';

const read = async (path: string) => (await readDraftFile(path)).draft!;
const side = (change: Change, which: 'old' | 'new') => {
  const value = change[which];
  return value === null || Array.isArray(value) ? null : value;
};

describe('the shipped drafts: initial plan → current draft', async () => {
  const initial = await read('drafts/1-initial-plan.md');
  const current = await read('drafts/2-current-draft.md');
  const comparison = compareDrafts(initial, current);

  test('the laws hold', () => expectComparisonLaws(comparison, initial, current));

  test('the guarantee is named as strengthened: a defined trigger with binding wording and a collective response', () => {
    const guarantee = comparison.changes.find((c) => side(c, 'new')?.id === 'guarantee')!;
    expect(guarantee.status).toBe('modified');
    const rules = guarantee.findings.map((f) => f.rule);
    expect(rules).toContain('obligation-strengthened');
    expect(guarantee.findings.find((f) => f.rule === 'obligation-strengthened' && /shall be regarded/.test(f.message))).toBeDefined();
    expect(guarantee.findings.filter((f) => f.rule === 'party-added').map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('United States'), expect.stringContaining('NATO'), expect.stringContaining('Europe')]),
    );
    expect(guarantee.findings).toContainEqual(expect.objectContaining({ rule: 'qualifier-changed', old: 'reliable' }));
    expect(rules).toContain('quote-changed');
  });

  test('the term, the concessions and the signatories are not reported in the initial version, not added', () => {
    expect(comparison.summary.added).toBe(0);
    expect(comparison.summary.notReported).toBe(6);
    for (const id of ['guarantee-term', 'territory', 'sanctions', 'amnesty', 'reintegration', 'signatures']) {
      const change = comparison.changes.find((c) => side(c, 'new')?.id === id)!;
      expect(change.notReported, id).toBe(true);
      expect(change.findings.map((f) => f.rule), id).toEqual(['not-reported']);
    }
  });
});

describe('a real numbered plan, revised as a user would', async () => {
  // v2: a point inserted near the top (everything after it renumbered), point 4 deleted, point 8 moved up
  // (and renumbered 7), two numbers edited (600,000 → 800,000 personnel; 100 → 90 days).
  const v1 = await read('tests/fixtures/compare/trial/v1.md');
  const v2 = await read('tests/fixtures/compare/trial/v2.md');
  const comparison = compareDrafts(v1, v2);

  test('shows exactly those changes and nothing else', () => {
    const changed = comparison.changes
      .filter((c) => c.status !== 'unchanged' || c.moved || c.renumbered)
      .map((c) => `${side(c, 'old')?.num ?? '-'} → ${side(c, 'new')?.num ?? '-'} ${c.status}${c.moved ? ' moved' : ''}${c.renumbered ? ' renumbered' : ''}: ${c.findings.filter((f) => f.severity === 'major').map((f) => f.rule).join(', ')}`);
    expect(changed).toEqual([
      '- → 2. added: clause-added',
      '2. → 3. unchanged renumbered: ',
      '3. → 4. unchanged renumbered: ',
      '4. → - removed: clause-removed',
      '5. → 5. modified: number-changed',
      '8. → 7. modified moved renumbered: duration-changed',
    ]);
    expect(comparison.summary).toMatchObject({ added: 1, removed: 1, modified: 2, moved: 1, renumbered: 3, blocksChanged: 0 });
    expectComparisonLaws(comparison, v1, v2);
  });

  test('the findings give the values and the relative change', () => {
    const messages = comparison.changes.flatMap((c) => c.findings.map((f) => f.message));
    expect(messages).toContain('Number changed: 600,000 personnel → 800,000 personnel (+33 %).');
    expect(messages).toContain('Duration changed: 100 days → 90 days (−10 %).');
  });
});

describe('cross-references are read from the clause that makes them', () => {
  const before = draftOf('## Article 1 — Ceasefire\n\n1. The parties shall cease fire.\n2. The ceasefire in paragraph 1 shall be monitored.\n\n## Article 2 — Prisoners\n\n1. Prisoners shall be exchanged.\n');
  const after = draftOf('## Article 1 — Definitions\n\n1. Terms are defined here.\n\n## Article 2 — Ceasefire\n\n1. The parties shall cease fire.\n2. The ceasefire in paragraph 1 shall be monitored.\n\n## Article 3 — Prisoners\n\n1. Prisoners shall be exchanged.\n');

  test('"paragraph 1" still means its sibling after the articles are renumbered: no reference-broken', () => {
    const rules = compareDrafts(before, after).changes.flatMap((c) => c.findings.map((f) => f.rule));
    expect(rules).not.toContain('reference-broken');
  });

  test('"Article 1" that now names another article is broken', () => {
    const cites = (d: string) => draftOf(d);
    const a = cites('## Article 1 — Ceasefire\n\nThe parties shall cease fire.\n\n## Article 2 — Monitoring\n\nThe ceasefire of Article 1 shall be monitored.\n');
    const b = cites('## Article 1 — Definitions\n\nTerms.\n\n## Article 2 — Ceasefire\n\nThe parties shall cease fire.\n\n## Article 3 — Monitoring\n\nThe ceasefire of Article 1 shall be monitored.\n');
    const broken = compareDrafts(a, b).changes.flatMap((c) => c.findings).filter((f) => f.rule === 'reference-broken');
    expect(broken.map((f) => f.message)).toEqual(['“Article 1” now points at another clause: the clause it meant (Article 1, “Ceasefire”) is now Article 2.']);
  });
});
