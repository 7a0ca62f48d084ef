import { describe, expect, test } from 'vitest';
import type { Clause, Draft } from '../../src/model/draft.js';
import { readDrafts } from '../../src/parse/read-draft-file.js';

const results = await readDrafts(['drafts']);
const byId = new Map<string, Draft>(results.map((r) => [r.draft!.id, r.draft!]));
const clause = (draft: string, id: string): Clause => byId.get(draft)!.clauses.find((c) => c.id === id)!;

describe('the shipped drafts', () => {
  test('all three read without a message', () => {
    expect(results.map((r) => r.messages)).toEqual([[], [], []]);
    expect([...byId.keys()]).toEqual(['north-atlantic-treaty', 'initial-plan', 'current-draft']);
  });

  test('provenance: the plan versions are reported and partial; Article 5 is a reference text', () => {
    expect(byId.get('initial-plan')).toMatchObject({ status: 'reported', completeness: 'partial', follows: null, agreement: 'us-ukraine-security-plan' });
    expect(byId.get('current-draft')).toMatchObject({ status: 'reported', completeness: 'partial', follows: 'initial-plan', source: { outlet: 'Axios', obtainedBy: 'Axios' } });
    expect(byId.get('north-atlantic-treaty')).toMatchObject({ status: 'reference', date: '1949-04-04' });
  });

  test('the initial version holds only the reported "reliable security guarantees"', () => {
    const initial = byId.get('initial-plan')!;
    expect(initial.clauses.map((c) => c.id)).toEqual(['guarantee']);
    expect(clause('initial-plan', 'guarantee')).toMatchObject({ wording: 'mixed', quotes: [{ text: 'reliable security guarantees' }] });
  });

  test('the current guarantee: the quoted trigger, "shall", the parties, the Article 5 reference', () => {
    const guarantee = clause('current-draft', 'guarantee');
    expect(guarantee.quotes.map((q) => q.text)).toEqual([
      'significant, deliberate, and sustained armed attack',
      'shall be regarded as an attack threatening the peace and security of the transatlantic community.',
    ]);
    expect(guarantee.facts.obligations.map((o) => o.modality)).toContain('shall');
    expect(new Set(guarantee.facts.parties.map((p) => p.name))).toEqual(new Set(['NATO', 'United States', 'Europe', 'Russia', 'Ukraine', 'transatlantic community']));
    expect(guarantee.facts.references).toMatchObject([{ label: 'Article', target: '5', external: true }]);
    expect(byId.get('current-draft')!.modelledOn).toEqual([{ clause: 'guarantee', draft: 'north-atlantic-treaty', target: 'article-5' }]);
  });

  test('the term: ten years, renewable by mutual consent', () => {
    expect(clause('current-draft', 'guarantee-term').facts.terms).toMatchObject([
      { kind: 'duration', value: 10, unit: 'year', raw: 'ten years' },
      { kind: 'renewal', condition: 'mutual consent' },
    ]);
  });

  test('the signatories, with Russia\'s signature unclear, and the concessions', () => {
    const current = byId.get('current-draft')!;
    expect(current.parties.filter((p) => p.roles.includes('signatory')).map((p) => p.name)).toEqual(['Ukraine', 'United States', 'European Union', 'NATO', 'Russia']);
    expect(current.parties.find((p) => p.name === 'Russia')!.signatureRequired).toBe('unclear');
    expect(clause('current-draft', 'signatures').facts.parties.map((p) => p.name)).toEqual(['Ukraine', 'United States', 'European Union', 'NATO', 'Russia']);
    expect(clause('current-draft', 'territory').facts.obligations).toMatchObject([{ actor: 'Ukraine', modality: 'must' }]);
    for (const id of ['territory', 'sanctions', 'amnesty', 'reintegration']) expect(clause('current-draft', id).wording).toBe('paraphrase');
  });

  test('Article 5 is verbatim and refers outward to Article 51 of the UN Charter', () => {
    const article = clause('north-atlantic-treaty', 'article-5');
    expect(article.wording).toBe('verbatim');
    expect(article.facts.references).toMatchObject([{ target: '51', external: true }]);
    expect(article.facts.obligations.map((o) => o.modality)).toEqual(['shall', 'will', 'shall', 'shall']);
  });
});
