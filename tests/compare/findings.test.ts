import { describe, expect, it } from 'vitest';
import { compareClauseWithModel, compareDrafts, findingRules } from '../../src/compare/index.js';
import { FindingRule } from '../../src/model/index.js';
import type { Change, Comparison, Facts, Modality, Quote } from '../../src/model/index.js';
import { parseDraft } from '../../src/parse/parse-draft.js';
import { makeDraft, numbered } from './helpers.js';
import type { ClauseSpec, DraftSpec } from './helpers.js';

const span = (text: string, raw: string): { start: number; end: number } => {
  const start = text.indexOf(raw);
  if (start < 0) throw new Error(`"${raw}" not in "${text}"`);
  return { start, end: start + raw.length };
};
const numberFact = (text: string, raw: string, value: number, unit: string | null): Facts['numbers'][number] => ({ value, unit, raw, span: span(text, raw) });
const duration = (text: string, raw: string, value: number, unit: 'day' | 'week' | 'month' | 'year'): Facts['terms'][number] => ({ kind: 'duration', value, unit, raw, span: span(text, raw) });
const date = (text: string, raw: string, iso: string): Facts['dates'][number] => ({ iso, raw, span: span(text, raw) });
const party = (text: string, raw: string, name = raw): Facts['parties'][number] => ({ name, raw, span: span(text, raw) });
const duty = (text: string, raw: string, actor: string | null, modality: Modality, negated = false): Facts['obligations'][number] => ({
  actor,
  modality,
  negated,
  raw,
  action: text.slice(span(text, raw).end).trim().split(' ').slice(0, 4).join(' '),
  span: span(text, raw),
});
const quote = (text: string, words: string): Quote => ({ text: words, span: span(text, words) });

/** Compares one clause `5.` (between two fixed neighbours) in two wordings and returns its change. */
function compareClause(oldSpec: Omit<ClauseSpec, 'num'>, newSpec: Omit<ClauseSpec, 'num'>, oldDraft: DraftSpec = {}, newDraft: DraftSpec = {}): Change {
  const around = (spec: Omit<ClauseSpec, 'num'>): ClauseSpec[] => [
    { num: '4.', text: 'A humanitarian committee will be established.' },
    { num: '5.', ...spec },
    { num: '6.', text: 'All prisoners will be exchanged.' },
  ];
  const c = compareDrafts(makeDraft(around(oldSpec), oldDraft), makeDraft(around(newSpec), newDraft));
  const change = c.changes.find((ch) => !Array.isArray(ch.old) && ch.old?.num === '5.');
  if (change === undefined) throw new Error('clause 5 not found');
  return change;
}
const rules = (change: Change): string[] => change.findings.map((f) => f.rule);
const allRules = (c: Comparison): string[] => c.changes.flatMap((ch) => ch.findings.map((f) => f.rule));

describe('finding rules', () => {
  it('has one default severity per rule', () => {
    expect(Object.keys(findingRules).sort()).toEqual([...FindingRule.options].sort());
  });

  it('clause-added and clause-removed', () => {
    const c = compareDrafts(numbered(['Ukraine will hold elections.', 'Sanctions will be lifted in stages.']), numbered(['Ukraine will hold elections.', 'Frozen assets will fund reconstruction.']));
    expect(allRules(c).sort()).toEqual(['clause-added', 'clause-removed']);
    const added = c.changes.find((ch) => ch.status === 'added')!;
    expect(added.findings[0]).toMatchObject({ severity: 'major', message: 'Point 2 was added: “Frozen assets will fund reconstruction.”' });
  });

  it('clause-moved and clause-renumbered', () => {
    const texts = ['Sovereignty is confirmed.', 'Elections are held within 100 days.', 'Sanctions are lifted in stages.', 'Prisoners are exchanged all for all.'];
    const c = compareDrafts(numbered(texts), numbered([texts[0]!, texts[2]!, texts[3]!, texts[1]!]));
    const moved = c.changes.find((ch) => ch.moved)!;
    expect(moved.findings).toEqual([
      { rule: 'clause-moved', severity: 'info', message: 'Point 2 was moved (now point 4).' },
      { rule: 'clause-renumbered', severity: 'info', message: 'Point 2 is now point 4.', old: '2.', new: '4.' },
    ]);
  });

  it('clause-split and clause-merged', () => {
    const one = 'The ceasefire takes effect at once and monitors will verify the withdrawal of heavy weapons.';
    const parts = ['The ceasefire takes effect at once.', 'Monitors will verify the withdrawal of heavy weapons.'];
    expect(allRules(compareDrafts(numbered([one]), numbered(parts)))).toEqual(['clause-split']);
    expect(allRules(compareDrafts(numbered(parts), numbered([one])))).toEqual(['clause-merged']);
  });

  it('not-reported instead of removed in a partial version', () => {
    const c = compareDrafts(numbered(['Sovereignty is confirmed.', 'Elections are held.']), makeDraft([{ num: '1.', text: 'Sovereignty is confirmed.' }], { completeness: 'partial' }));
    expect(allRules(c)).toEqual(['not-reported']);
    expect(c.changes[1]!.findings[0]!.message).toBe('Point 2 is not in the new version, which reports only part of the draft: whether it was dropped is unknown.');
  });

  it('number-changed with the relative change', () => {
    const a = 'The size of the armed forces will be limited to 600,000 personnel.';
    const b = 'The size of the armed forces will be limited to 800,000 personnel.';
    const change = compareClause({ text: a, facts: { numbers: [numberFact(a, '600,000 personnel', 600000, 'personnel')] } }, { text: b, facts: { numbers: [numberFact(b, '800,000 personnel', 800000, 'personnel')] } });
    expect(change.findings).toEqual([
      { rule: 'number-changed', severity: 'major', message: 'Number changed: 600,000 personnel → 800,000 personnel (+33 %).', old: '600,000 personnel', new: '800,000 personnel' },
    ]);
  });

  it('duration-changed', () => {
    const a = 'The agreement is valid for ten years.';
    const b = 'The agreement is valid for five years.';
    const change = compareClause({ text: a, facts: { terms: [duration(a, 'ten years', 10, 'year')] } }, { text: b, facts: { terms: [duration(b, 'five years', 5, 'year')] } });
    expect(rules(change)).toEqual(['duration-changed']);
    expect(change.findings[0]!.message).toBe('Duration changed: ten years → five years (−50 %).');
  });

  it('number-changed for a frequency: "twice a year" → "four times a year"', () => {
    // Facts as the reader finds them.
    const read = (text: string) => parseDraft(`1. ${text}\n`).draft!;
    const change = compareDrafts(read('The Commission shall meet twice a year.'), read('The Commission shall meet four times a year.')).changes[0]!;
    expect(change.findings).toEqual([
      { rule: 'number-changed', severity: 'major', message: 'Number changed: twice a year → four times a year (+100 %).', old: 'twice a year', new: 'four times a year' },
    ]);
  });

  it('date-changed', () => {
    const a = 'Elections will be held on 1 March 2026.';
    const b = 'Elections will be held on 1 June 2026.';
    const change = compareClause({ text: a, facts: { dates: [date(a, '1 March 2026', '2026-03-01')] } }, { text: b, facts: { dates: [date(b, '1 June 2026', '2026-06-01')] } });
    expect(change.findings).toEqual([{ rule: 'date-changed', severity: 'major', message: 'Date changed: 1 March 2026 → 1 June 2026.', old: '1 March 2026', new: '1 June 2026' }]);
  });

  it('party-added and party-removed', () => {
    const a = 'Guarantees will be given by the United States.';
    const b = 'Guarantees will be given by Europe.';
    const change = compareClause({ text: a, facts: { parties: [party(a, 'United States')] } }, { text: b, facts: { parties: [party(b, 'Europe')] } });
    expect(rules(change)).toEqual(['party-added', 'party-removed']);
    expect(change.findings[0]!.message).toBe('Europe is now named in this clause.');
  });

  it('obligation-strengthened: may → shall, and no obligation → must', () => {
    const a = 'Russia may withdraw its forces from the region.';
    const b = 'Russia shall withdraw its forces from the region.';
    const change = compareClause({ text: a, facts: { obligations: [duty(a, 'may', 'Russia', 'may')] } }, { text: b, facts: { obligations: [duty(b, 'shall', 'Russia', 'shall')] } });
    expect(change.findings).toEqual([
      { rule: 'obligation-strengthened', severity: 'major', message: 'The obligation of Russia is strengthened: “may” → “shall” (withdraw its forces from).', old: 'may', new: 'shall' },
    ]);
    const c = 'Russia withdraws its forces from the region.';
    const d = 'Russia must withdraw its forces from the region.';
    const added = compareClause({ text: c }, { text: d, facts: { obligations: [duty(d, 'must', 'Russia', 'must')] } });
    expect(rules(added)).toEqual(['obligation-strengthened']);
  });

  it('a party added to a joint subject is bound anew, and the others lose no obligation', () => {
    const a = 'The United States shall provide reliable security guarantees to Ukraine.';
    const b = 'The United States and the European Union shall provide reliable security guarantees to Ukraine.';
    const facts = (text: string, names: string[], actor: string) => ({
      parties: names.map((name) => party(text, name)),
      obligations: [duty(text, 'shall', actor, 'shall')],
    });
    const change = compareClause(
      { text: a, facts: facts(a, ['United States', 'Ukraine'], 'United States') },
      { text: b, facts: facts(b, ['United States', 'European Union', 'Ukraine'], 'United States and European Union') },
    );
    expect(change.findings.map((f) => f.message)).toEqual([
      'European Union is now named in this clause.',
      'New binding wording for European Union: “shall provide reliable security guarantees”.',
    ]);
    // An actor that only reads like a list ("terms and conditions", no parties) is one actor.
    const c = 'Terms and conditions shall apply.';
    const d = 'Terms and conditions may apply.';
    expect(rules(compareClause({ text: c, facts: { obligations: [duty(c, 'shall', 'Terms and conditions', 'shall')] } }, { text: d, facts: { obligations: [duty(d, 'may', 'Terms and conditions', 'may')] } }))).toEqual([
      'obligation-weakened',
    ]);
  });

  it('a quantifier changed is a qualifier change ("All prisoners" → "Some prisoners")', () => {
    const change = compareClause({ text: 'All prisoners will be exchanged.' }, { text: 'Some prisoners will be exchanged.' });
    expect(change.findings).toEqual([{ rule: 'qualifier-changed', severity: 'notice', message: 'Qualifier changed: “All” → “Some”.', old: 'All', new: 'Some' }]);
    expect(rules(compareClause({ text: 'Russia will withdraw from all occupied territories.' }, { text: 'Russia will withdraw from the occupied territories.' }))).toEqual([]);
    // A quantifier for a qualifier is neither's change.
    expect(rules(compareClause({ text: 'Each Party shall act.' }, { text: 'Each Party shall act promptly.' }))).toEqual(['qualifier-changed']);
    expect(rules(compareClause({ text: 'It shall notify all measures.' }, { text: 'It shall notify promptly measures.' }))).toEqual([]);
    // Nouns with an adjective's ending are no qualifiers; adjectives are.
    expect(rules(compareClause({ text: 'The agreement will be signed by the President.' }, { text: 'The settlement will be signed by the Secretary.' }))).toEqual([]);
    expect(rules(compareClause({ text: 'A temporary ceasefire.' }, { text: 'A permanent ceasefire.' }))).toEqual(['qualifier-changed']);
  });

  it('a word in other letter case is no qualifier change', () => {
    const change = compareClause({ text: 'The Parties sign this Agreement in full.' }, { text: 'The Parties sign this AGREEMENT in FULL.' });
    expect(change.status).toBe('modified');
    expect(rules(change)).toEqual([]);
    expect(rules(compareClause({ text: 'A reliable guarantee.' }, { text: 'A robust guarantee.' }))).toEqual(['qualifier-changed']);
  });

  it('obligation-weakened: will → may, and a negation added', () => {
    const a = 'NATO will station troops in Poland.';
    const b = 'NATO may station troops in Poland.';
    expect(rules(compareClause({ text: a, facts: { obligations: [duty(a, 'will', 'NATO', 'will')] } }, { text: b, facts: { obligations: [duty(b, 'may', 'NATO', 'may')] } }))).toEqual(['obligation-weakened']);
    const c = 'Ukraine will be required to hold elections.';
    const d = 'Ukraine will not be required to hold elections.';
    const change = compareClause(
      { text: c, facts: { obligations: [duty(c, 'will be required to', 'Ukraine', 'must')] } },
      { text: d, facts: { obligations: [duty(d, 'will not be required to', 'Ukraine', 'must', true)] } },
    );
    expect(rules(change)).toEqual(['obligation-weakened']);
  });

  it('a prohibition lifted is weaker, a permission barred stronger, a duty turned into a prohibition reversed', () => {
    const read = (text: string) => parseDraft(`1. ${text}\n`).draft!;
    const messages = (a: string, b: string): string[] => compareDrafts(read(a), read(b)).changes[0]!.findings.map((f) => `${f.rule}: ${f.message}`);
    expect(messages('Ukraine will not join NATO.', 'Ukraine may join NATO.')).toEqual(['obligation-weakened: The obligation of Ukraine is weakened: “will not” → “may” (join NATO).']);
    expect(messages('Ukraine may join NATO.', 'Ukraine shall not join NATO.')).toEqual(['obligation-strengthened: The obligation of Ukraine is strengthened: “may” → “shall not” (join NATO).']);
    expect(messages('Ukraine shall join NATO.', 'Ukraine shall not join NATO.')).toEqual(['obligation-reversed: The obligation of Ukraine is reversed: “shall” → “shall not” (join NATO).']);
    expect(messages('Russia must not deploy troops.', 'Russia must deploy troops.')).toEqual(['obligation-reversed: The obligation of Russia is reversed: “must not” → “must” (deploy troops).']);
    // A duty's own negation: dropping it makes the duty.
    expect(messages('Ukraine will not be required to hold elections.', 'Ukraine will be required to hold elections.')).toEqual([
      'obligation-strengthened: The obligation of Ukraine is strengthened: “will not be required to” → “will be required to” (hold elections).',
    ]);
  });

  it('condition-changed', () => {
    const change = compareClause(
      { text: 'Sanctions will be lifted in stages, provided that the ceasefire holds.' },
      { text: 'Sanctions will be lifted in stages, unless the ceasefire is broken.' },
    );
    expect(change.findings).toEqual([
      {
        rule: 'condition-changed',
        severity: 'notice',
        message: 'Condition changed: “provided that the ceasefire holds” → “unless the ceasefire is broken”.',
        old: 'provided that the ceasefire holds',
        new: 'unless the ceasefire is broken',
      },
    ]);
  });

  it('qualifier-changed: reliable → robust, permanently added', () => {
    const change = compareClause({ text: 'Ukraine will receive reliable security guarantees.' }, { text: 'Ukraine will receive robust security guarantees.' });
    expect(change.findings).toEqual([{ rule: 'qualifier-changed', severity: 'notice', message: 'Qualifier changed: “reliable” → “robust”.', old: 'reliable', new: 'robust' }]);
    const added = compareClause({ text: 'NATO agrees not to station troops in Ukraine.' }, { text: 'NATO agrees not to permanently station troops in Ukraine.' });
    expect(added.findings).toEqual([{ rule: 'qualifier-changed', severity: 'notice', message: 'Qualifier added: “permanently”.', new: 'permanently' }]);
  });

  it('quote-changed vs paraphrase-changed in a reported draft', () => {
    const a = 'The plan says Ukraine will receive "reliable security guarantees" from Washington, officials said.';
    const b = 'The plan says Ukraine will receive "robust security guarantees" from Washington, diplomats said.';
    const reported: DraftSpec = { status: 'reported' };
    const change = compareClause({ text: a, quotes: [quote(a, 'reliable security guarantees')] }, { text: b, quotes: [quote(b, 'robust security guarantees')] }, reported, reported);
    expect(rules(change)).toEqual(['qualifier-changed', 'quote-changed', 'paraphrase-changed']);
    const byRule = Object.fromEntries(change.findings.map((f) => [f.rule, f]));
    expect(byRule['quote-changed']).toMatchObject({ old: 'reliable', new: 'robust' });
    expect(byRule['paraphrase-changed']).toMatchObject({ old: 'officials', new: 'diplomats' });
    const leaked = compareClause({ text: a }, { text: b }, { status: 'leaked' }, { status: 'leaked' });
    expect(rules(leaked)).toEqual(['qualifier-changed']);
  });

  it('reference-broken when the number now names another clause', () => {
    const ref = (text: string): Facts['references'] => [{ label: 'point', target: '2', external: false, raw: 'point 2', span: span(text, 'point 2') }];
    const a = 'Sanctions are lifted once point 2 is fulfilled.';
    const old = makeDraft([
      { num: '1.', text: 'Sovereignty is confirmed.' },
      { num: '2.', text: 'Foreign troops withdraw from the border zone.' },
      { num: '3.', text: a, facts: { references: ref(a) } },
    ]);
    const neu = makeDraft([
      { num: '1.', text: 'Sovereignty is confirmed.' },
      { num: '2.', text: 'Elections are held within 100 days.' },
      { num: '3.', text: 'Foreign troops withdraw from the border zone.' },
      { num: '4.', text: a, facts: { references: ref(a) } },
    ]);
    const c = compareDrafts(old, neu);
    const broken = c.changes.flatMap((ch) => ch.findings).filter((f) => f.rule === 'reference-broken');
    expect(broken).toEqual([
      {
        rule: 'reference-broken',
        severity: 'notice',
        message: '“point 2” now points at another clause: the clause it meant (point 2, “Foreign troops withdraw from the border zone.”) is now point 3.',
        old: 'point 2, “Foreign troops withdraw from the border zone.”',
        new: 'point 3',
      },
    ]);
    const fine = compareDrafts(old, makeDraft([...old.clauses.map((cl) => ({ num: cl.num, text: cl.text, facts: cl.facts })), { num: '4.', text: 'Prisoners are exchanged.' }]));
    expect(allRules(fine)).toEqual(['clause-added']);
  });

  it('compares a clause with the text it is modelled on', () => {
    const article5 = makeDraft([{ num: 'Article 5', text: 'The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all.' }], { id: 'nato', status: 'reference' });
    const a = 'A significant, deliberate, and sustained armed attack by Russia into Ukraine will be considered an attack threatening the peace and security of the transatlantic community.';
    const plan = makeDraft([{ num: '10.', id: 'guarantee', text: a, facts: { obligations: [duty(a, 'will', null, 'will')] } }], { id: 'plan' });
    const change = compareClauseWithModel(plan, 'guarantee', article5, '5')!;
    expect(change.status).toBe('modified');
    expect(change.renumbered).toBe(false);
    expect(change.diff.some((op) => op.op === 'equal' && op.text.includes('armed attack'))).toBe(true);
    expect(rules(change)).toEqual(['obligation-strengthened']);
    expect(compareClauseWithModel(plan, 'nope', article5, 'Article 5')).toBeNull();
  });

  it('quotes a long condition from a few words before where it changed', () => {
    const before = 'Duties stay, provided that such measures are not applied in a manner which would constitute a means of discrimination.';
    const after = 'Duties stay, provided that such measures are not applied in a manner which would constitute a disguised restriction.';
    const message = compareClause({ text: before }, { text: after }).findings.find((f) => f.rule === 'condition-changed')?.message;
    expect(message).toBe('Condition changed: “…would constitute a means of discrimination” → “…would constitute a disguised restriction”.');
  });

  describe('cross-references that follow a renumbering', () => {
    const read = (markdown: string): ReturnType<typeof parseDraft>['draft'] & object => parseDraft(markdown).draft!;
    // Articles hold points numbered through the whole text; a point is inserted in Article 1, so every later point
    // is renumbered and every reference to one rewritten, as drafters do.
    const old = read(
      [
        '## Article 1 — Scope',
        '',
        '1. This Agreement applies to trade in goods.',
        '',
        '## Article 2 — Tariffs',
        '',
        '2. Each Party shall eliminate its customs duties, subject to Clause 3.',
        '',
        '3. A Party may keep duties on the goods listed in the Annex for 5 years.',
        '',
        '## Article 3 — Review',
        '',
        '4. The Parties shall review Article 2 every year.',
        '',
      ].join('\n'),
    );
    const renumbered = (clause2: string): string =>
      [
        '## Article 1 — Scope',
        '',
        '1. This Agreement applies to trade in goods.',
        '',
        '2. It applies to trade in services.',
        '',
        '## Article 2 — Tariffs',
        '',
        `3. ${clause2}`,
        '',
        '4. A Party may keep duties on the goods listed in the Annex for 5 years.',
        '',
        '## Article 3 — Review',
        '',
        '5. The Parties shall review Article 2 every year.',
        '',
      ].join('\n');
    const changeOf = (c: Comparison, oldNum: string): Change => c.changes.find((ch) => !Array.isArray(ch.old) && ch.old?.num === oldNum)!;

    it('names a reference rewritten to the new number once (reference-updated), with no condition or fact change', () => {
      const c = compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties, subject to Clause 4.')));
      const change = changeOf(c, '2.');
      expect(change.status).toBe('modified');
      expect(change.diff.filter((op) => op.op !== 'equal')).toEqual([
        { op: 'delete', text: '3' },
        { op: 'insert', text: '4' },
      ]);
      expect(change.findings.filter((f) => f.rule !== 'clause-renumbered')).toEqual([
        {
          rule: 'reference-updated',
          severity: 'info',
          message: 'Cross-reference “Clause 3” now reads “Clause 4”: it follows the renumbering and still names the same clause.',
          old: 'Clause 3',
          new: 'Clause 4',
        },
      ]);
      // "Clause 3" names the point numbered 3., not Article 3; "Article 2" still names Article 2.
      expect(allRules(c).filter((r) => r !== 'clause-renumbered').sort()).toEqual(['clause-added', 'reference-updated']);
      expect(c.summary).toMatchObject({ modified: 1, referencesOnly: 1 });
    });

    it('still reports what else changed in the clause, and the condition only when its words changed', () => {
      const same = compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties within 2 years, subject to Clause 4.')));
      expect(rules(changeOf(same, '2.')).filter((r) => r !== 'clause-renumbered')).toEqual(['reference-updated', 'duration-changed']);
      expect(same.summary).toMatchObject({ modified: 1, referencesOnly: 0 });
      const condition = compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties, unless Clause 4 applies.')));
      const change = changeOf(condition, '2.');
      expect(rules(change)).toContain('condition-changed');
      expect(change.findings.find((f) => f.rule === 'condition-changed')?.message).toBe('Condition changed: “subject to Clause 3” → “unless Clause 4 applies”.');
    });

    it('never reads a shifted reference as broken ("Clause 3, Clause 4" → "Clause 4, Clause 5")', () => {
      // The new "Clause 4" is the old "Clause 3" rewritten; the old "Clause 4" became "Clause 5". Neither is broken.
      const before = read(
        [
          '1. This Agreement applies to trade in goods.',
          '',
          '2. Duties end as set out in Clause 3, notwithstanding Clause 4.',
          '',
          '3. A Party may keep duties on the goods listed in the Annex.',
          '',
          '4. The Parties shall review the Annex every year.',
          '',
        ].join('\n'),
      );
      const after = read(
        [
          '1. This Agreement applies to trade in goods.',
          '',
          '2. It applies to trade in services.',
          '',
          '3. Duties end as set out in Clause 4, notwithstanding Clause 5.',
          '',
          '4. A Party may keep duties on the goods listed in the Annex.',
          '',
          '5. The Parties shall review the Annex every year.',
          '',
        ].join('\n'),
      );
      const c = compareDrafts(before, after);
      const change = changeOf(c, '2.');
      expect(rules(change).filter((r) => r !== 'clause-renumbered')).toEqual(['reference-updated']);
      expect(change.findings.find((f) => f.rule === 'reference-updated')?.message).toBe(
        'Cross-reference “Clause 3” now reads “Clause 4” (and 1 more): it follows the renumbering and still names the same clause.',
      );
      expect(c.summary.referencesOnly).toBe(1);
    });

    it('with ignoreNumbering, takes a reference that follows the renumbering as part of the numbering: an ignored pair, the clause unchanged', () => {
      const c = compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties, subject to Clause 4.')), { ignoreNumbering: true });
      const change = changeOf(c, '2.');
      expect(change.status).toBe('unchanged');
      expect(change.renumbered).toBe(false);
      expect(change.similarity).toBe(1);
      expect(change.findings).toEqual([]);
      expect(change.diff.filter((op) => op.op !== 'equal')).toEqual([
        { op: 'delete', text: '3', ignored: true },
        { op: 'insert', text: '4', ignored: true },
      ]);
      // Lossless still: both texts are rebuilt from the diff.
      const join = (skip: string): string => change.diff.filter((op) => op.op !== skip).map((op) => op.text).join('');
      expect(join('insert')).toBe('Each Party shall eliminate its customs duties, subject to Clause 3.');
      expect(join('delete')).toBe('Each Party shall eliminate its customs duties, subject to Clause 4.');
      // The words of the added point only ("It applies to trade in services.").
      expect(c.summary).toMatchObject({ modified: 0, referencesOnly: 0, renumbered: 0, wordsInserted: 6, wordsDeleted: 0 });
      expect(allRules(c)).toEqual(['clause-added']);
    });

    it('with ignoreNumbering, still reports every other change of the clause, and no shifted reference as broken', () => {
      const c = compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties within 2 years, subject to Clause 4.')), { ignoreNumbering: true });
      const change = changeOf(c, '2.');
      expect(change.status).toBe('modified');
      expect(rules(change)).toEqual(['duration-changed']);
      expect(change.diff.filter((op) => op.ignored === true).map((op) => op.text)).toEqual(['3', '4']);
      // A real change of a reference (another clause named) is never ignored.
      const other = changeOf(compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties, subject to Clause 5.')), { ignoreNumbering: true }), '2.');
      expect(other.status).toBe('modified');
      expect(other.diff.some((op) => op.ignored === true)).toBe(false);
    });

    it('treats a reference changed to name another clause as a real change, never as an update', () => {
      // Clause 3 became 4; the new text names 5, the review point: a different clause.
      const c = compareDrafts(old, read(renumbered('Each Party shall eliminate its customs duties, subject to Clause 5.')));
      const change = changeOf(c, '2.');
      expect(rules(change)).not.toContain('reference-updated');
      expect(rules(change)).toContain('condition-changed');
    });
  });
});
