import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeText, buildHistory, compareConsecutive, joinSpans, selectVersions } from '../../src/compare/index.js';
import { History } from '../../src/model/index.js';
import type { Draft, Lineage } from '../../src/model/index.js';
import { readDrafts } from '../../src/parse/index.js';
import { allClauses, makeDraft, propertyRuns } from './helpers.js';
import type { Item } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function load(path: string): Promise<Draft[]> {
  const results = await readDrafts([`${root}${path}`]);
  for (const r of results) expect(r.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return results.map((r) => r.draft!);
}

function lineage(history: History, id: string): Lineage {
  const found = history.lineages.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no lineage ${id}; have ${history.lineages.map((l) => l.id).join(', ')}`);
  return found;
}

const events = (l: Lineage): (string | null)[] => l.steps.map((s) => s.event);
const states = (l: Lineage): string[] => l.steps.map((s) => s.state);

describe('attributeText', () => {
  it('marks each phrase with the version that introduced it', () => {
    const spans = attributeText([
      { version: 'v1', text: 'The parties shall meet in Geneva.' },
      { version: 'v2', text: 'The parties shall meet in Geneva within thirty days.' },
      { version: 'v3', text: 'The parties shall meet in Vienna within thirty days.' },
    ]);
    expect(spans).toEqual([
      { text: 'The parties shall meet in ', version: 'v1' },
      { text: 'Vienna', version: 'v3' },
      { text: ' within thirty days', version: 'v2' },
      { text: '.', version: 'v1' },
    ]);
  });

  it('gives a word deleted and inserted again to the version that inserted it again', () => {
    const spans = attributeText([
      { version: 'a', text: 'Troops shall leave.' },
      { version: 'b', text: 'Troops leave.' },
      { version: 'c', text: 'Troops shall leave.' },
    ]);
    expect(spans.find((s) => s.text.includes('shall'))?.version).toBe('c');
    expect(joinSpans(spans)).toBe('Troops shall leave.');
  });

  const VOCAB = ['the', 'parties', 'shall', 'may', 'not', 'troops', 'Kyiv', '600,000', 'days', '“reliable”', '"quoted"', ',', '.', ';', '—', '\n\n', '  ', ' ', '’s'];
  const text = fc.array(fc.constantFrom(...VOCAB), { maxLength: 30 }).map((words) => words.join(' ').replace(/ {3,}/g, '  '));
  const edited = (base: string): fc.Arbitrary<string> =>
    fc.oneof(
      fc.constant(base),
      text,
      fc.tuple(fc.nat(), text).map(([at, insert]) => {
        const words = base.split(' ');
        words.splice(at % (words.length + 1), 0, insert);
        return words.join(' ');
      }),
      fc.nat().map((at) => {
        const words = base.split(' ');
        words.splice(at % Math.max(1, words.length), 1);
        return words.join(' ');
      }),
    );
  const chain = text.chain((first) =>
    fc.array(fc.nat(), { maxLength: 5 }).chain((steps) =>
      steps.reduce<fc.Arbitrary<string[]>>((acc) => acc.chain((texts) => edited(texts[texts.length - 1]!).map((t) => [...texts, t])), fc.constant([first])),
    ),
  );

  it('is lossless: the spans join to the latest text exactly, with no empty spans and no two neighbours from one version', () => {
    fc.assert(
      fc.property(chain, (texts) => {
        const versions = texts.map((t, k) => ({ version: `v${k}`, text: t }));
        const spans = attributeText(versions);
        expect(joinSpans(spans)).toBe(texts[texts.length - 1]);
        for (const [k, span] of spans.entries()) {
          expect(span.text).not.toBe('');
          expect(versions.some((v) => v.version === span.version)).toBe(true);
          if (k > 0) expect(spans[k - 1]!.version).not.toBe(span.version);
        }
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('keeps the first version for a text that never changes', () => {
    fc.assert(
      fc.property(text.filter((t) => t !== ''), fc.integer({ min: 1, max: 5 }), (t, n) => {
        const spans = attributeText(Array.from({ length: n }, (_, k) => ({ version: `v${k}`, text: t })));
        expect(spans).toEqual([{ text: t, version: 'v0' }]);
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});

describe('buildHistory on a four-version lifecycle (tests/fixtures/history/lifecycle)', async () => {
  const drafts = await load('tests/fixtures/history/lifecycle');
  const history = buildHistory(drafts);

  it('orders the versions by follows even where the dates disagree', () => {
    expect(history.agreement).toBe('framework');
    expect(history.versions.map((v) => v.id)).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(History.parse(history)).toEqual(history);
  });

  it('follows a clause through renumbering and a merge', () => {
    const ceasefire = lineage(history, 'ceasefire');
    expect(events(ceasefire)).toEqual(['introduced', 'unchanged', 'merged', 'unchanged']);
    expect(ceasefire.steps[1]!.renumbered).toEqual({ from: '1.', to: '2.' });
    expect(ceasefire.steps[2]!.related).toEqual(['prisoners']);
    expect(ceasefire.steps[2]!.findings.map((f) => f.rule)).toContain('clause-merged');
    const prisoners = lineage(history, 'prisoners');
    expect(events(prisoners)).toEqual(['introduced', 'unchanged', 'merged-into', null]);
    expect(states(prisoners)).toEqual(['present', 'present', 'absent', 'absent']);
    expect(prisoners.steps[2]!.related).toEqual(['ceasefire']);
    expect(prisoners.status).toBe('merged');
    expect(prisoners.removed).toEqual(['v3']);
    expect(prisoners.latestVersion).toBe('v2');
    // The merged words keep their origin: the prisoners sentence was in v1, the joining words are v3's.
    expect(ceasefire.attribution.text).toEqual([
      { text: 'Both parties shall observe a full ceasefire along the line of contact from the day of signature', version: 'v1' },
      { text: ', and all', version: 'v3' },
      { text: ' prisoners of war shall be exchanged on an all-for-all basis within thirty days.', version: 'v1' },
    ]);
  });

  it('branches a split into a new lineage that keeps the words it took from the whole', () => {
    const whole = lineage(history, '4');
    expect(events(whole)).toEqual(['introduced', 'split', 'unchanged', 'unchanged']);
    expect(whole.steps[1]!.related).toEqual(['5@v2']);
    expect(whole.steps[2]!.renumbered).toEqual({ from: '4.', to: '3.' });
    const part = lineage(history, '5@v2');
    expect(part.appeared).toBe('v2');
    expect(events(part)).toEqual([null, 'split-from', 'unchanged', 'unchanged']);
    expect(part.steps[1]!.related).toEqual(['4']);
    expect(part.attribution.text).toEqual([
      { text: 'The', version: 'v2' },
      { text: ' lifting shall be monitored by a joint commission of the parties.', version: 'v1' },
    ]);
  });

  it('continues a removed clause that comes back, matched by its text to the last known wording', () => {
    const elections = lineage(history, 'elections');
    expect(states(elections)).toEqual(['present', 'absent', 'absent', 'present']);
    expect(events(elections)).toEqual(['introduced', 'removed', null, 'restored']);
    expect(elections.removed).toEqual(['v2']);
    expect(elections.restored).toEqual(['v4']);
    expect(elections.status).toBe('present');
    expect(elections.steps[3]!.base).toBe('v1');
    expect(elections.steps[3]!.renumbered).toEqual({ from: '3.', to: '6.' });
    expect(elections.steps[3]!.findings.map((f) => f.rule)).toContain('duration-changed');
    expect(elections.latest.id).toBe('6');
    expect(elections.attribution.text).toEqual([
      { text: 'Elections shall be held within one hundred ', version: 'v1' },
      { text: 'and twenty ', version: 'v4' },
      { text: 'days of the signature of this agreement.', version: 'v1' },
    ]);
  });

  it('says a clause missing from a full version before it appeared is absent, and lists the latest version first', () => {
    const sovereignty = lineage(history, 'sovereignty');
    expect(states(sovereignty)).toEqual(['absent', 'present', 'present', 'present']);
    expect(events(sovereignty)).toEqual([null, 'introduced', 'unchanged', 'unchanged']);
    expect(history.lineages.map((l) => l.id)).toEqual(['sovereignty', 'ceasefire', '4', '5@v2', '5', 'elections', 'prisoners']);
  });

  it('reuses given comparisons and refuses ones of other pairs', () => {
    const versions = selectVersions(drafts).versions;
    const pairs = compareConsecutive(versions);
    expect(buildHistory(drafts, {}, pairs)).toEqual(history);
    expect(() => buildHistory(drafts, {}, pairs.slice(1))).toThrow(/consecutive/);
  });
});

describe('buildHistory with partial versions (tests/fixtures/history/partial)', async () => {
  const history = buildHistory(await load('tests/fixtures/history/partial'));

  it('reads a clause missing from a partial version as not reported, not removed', () => {
    expect(history.versions.map((v) => v.id)).toEqual(['full-1', 'reported', 'full-2']);
    const grain = lineage(history, 'grain');
    expect(states(grain)).toEqual(['present', 'not-reported', 'present']);
    expect(events(grain)).toEqual(['introduced', null, 'modified']);
    expect(grain.steps[2]!.base).toBe('full-1');
    expect(grain.removed).toEqual([]);
    expect(grain.attribution.text.map((s) => s.version)).toEqual(['full-1', 'full-2', 'full-1']);
  });

  it('reports a clause as removed once a full version lacks it, naming where it was last seen', () => {
    const energy = lineage(history, 'energy');
    expect(states(energy)).toEqual(['present', 'not-reported', 'absent']);
    expect(events(energy)).toEqual(['introduced', null, 'removed']);
    expect(energy.steps[2]!.base).toBe('full-1');
    expect(energy.removed).toEqual(['full-2']);
    expect(energy.status).toBe('removed');
  });

  it('says not-reported when the latest version is partial', () => {
    const partialLast = buildHistory([makeDraft([{ id: 'a', text: 'Alpha.' }, { id: 'b', text: 'Beta.' }], { id: 'x', date: '2025-01' }), makeDraft([{ id: 'a', text: 'Alpha.' }], { id: 'y', date: '2025-02', completeness: 'partial' })]);
    const b = lineage(partialLast, 'b');
    expect(states(b)).toEqual(['present', 'not-reported']);
    expect(b.steps[1]!.findings.map((f) => f.rule)).toEqual(['not-reported']);
    expect(b.status).toBe('not-reported');
  });
});

describe('buildHistory: which drafts form the line', () => {
  const d = (id: string, date: string, extra: Partial<Draft> = {}): Draft => ({ ...makeDraft([{ id: 'p', text: `Point of ${id}.` }], { id, date }), ...extra });

  it('orders by date when no version says which it follows', () => {
    const history = buildHistory([d('c', '2025-03'), d('a', '2025-01-05'), d('b', '2025-02')]);
    expect(history.versions.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(history.agreement).toBeNull();
  });

  it('keeps to one agreement (the largest by default), lets unlabelled drafts join, and keeps reference texts out', () => {
    const drafts = [
      d('x1', '2025-01', { agreement: 'x' }),
      d('x2', '2025-02', { agreement: 'x' }),
      d('y1', '2025-01', { agreement: 'y' }),
      d('loose', '2025-03'),
      d('treaty', '1949-04-04', { agreement: 'treaty', status: 'reference' }),
    ];
    const history = buildHistory(drafts);
    expect(history.agreement).toBe('x');
    expect(history.versions.map((v) => v.id)).toEqual(['x1', 'x2', 'loose']);
    expect(history.excluded).toEqual([
      { id: 'y1', agreement: 'y', status: null, reason: 'other-agreement' },
      { id: 'treaty', agreement: 'treaty', status: 'reference', reason: 'reference' },
    ]);
    expect(buildHistory(drafts, { agreement: 'y' }).versions.map((v) => v.id)).toEqual(['y1', 'loose']);
    expect(buildHistory(drafts, { agreement: 'treaty' }).versions.map((v) => v.id)).toEqual(['treaty']);
  });

  it('gives an empty history for no drafts', () => {
    expect(buildHistory([])).toEqual({ agreement: null, versions: [], lineages: [], excluded: [] });
  });
});

describe('buildHistory on the shipped drafts', async () => {
  const history = buildHistory(await load('drafts'));

  it('is the plan: initial-plan then current-draft, without the reference treaty', () => {
    expect(history.agreement).toBe('us-ukraine-security-plan');
    expect(history.versions.map((v) => v.id)).toEqual(['initial-plan', 'current-draft']);
    expect(history.excluded).toEqual([{ id: 'north-atlantic-treaty', agreement: 'north-atlantic-treaty', status: 'reference', reason: 'reference' }]);
  });

  it('follows the guarantee from initial-plan to current-draft, strengthened, and links it to Article 5', () => {
    const guarantee = lineage(history, 'guarantee');
    expect(guarantee.idSource).toBe('author');
    expect(guarantee.appeared).toBe('initial-plan');
    expect(states(guarantee)).toEqual(['present', 'present']);
    expect(events(guarantee)).toEqual(['introduced', 'modified']);
    expect(guarantee.changed).toEqual(['current-draft']);
    const rules = guarantee.steps[1]!.findings.map((f) => f.rule);
    expect(rules).toContain('obligation-strengthened');
    expect(rules).toContain('quote-changed');
    expect(guarantee.modelledOn).toEqual([{ version: 'current-draft', draft: 'north-atlantic-treaty', target: 'article-5' }]);
    expect(joinSpans(guarantee.attribution.text)).toBe(guarantee.latest.text);
  });

  it('reads the other points of current-draft as not reported in initial-plan, not as added', () => {
    const others = history.lineages.filter((l) => l.id !== 'guarantee');
    expect(others.map((l) => l.id)).toEqual(['guarantee-term', 'territory', 'sanctions', 'amnesty', 'reintegration', 'signatures']);
    for (const l of others) {
      expect(states(l)).toEqual(['not-reported', 'present']);
      expect(events(l)).toEqual([null, 'first-reported']);
      expect(l.steps[1]!.findings.map((f) => f.rule)).toEqual(['not-reported']);
      expect(l.appeared).toBe('current-draft');
    }
  });
});

describe('buildHistory laws over generated version chains', () => {
  const WORDS = 'the parties shall may troops border zone guarantee sanctions elections within days months reliable robust fund assets of and'.split(' ');
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 10 }).map((w) => `${w.join(' ')}.`);
  const POOL = ['The parties shall withdraw troops within days.', 'Sanctions may be lifted within months.', 'Elections shall be held.', 'The fund of frozen assets shall pay for reconstruction.'];
  const text = fc.oneof(fc.constantFrom(...POOL), sentence);
  const item = fc.record({
    id: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { nil: undefined }),
    text,
    heading: fc.option(sentence, { nil: undefined, freq: 4 }),
    kids: fc.array(text, { maxLength: 2 }),
  });
  const version = fc.record({ items: fc.array(item, { maxLength: 6 }), partial: fc.boolean() });
  const chain = fc.array(version, { minLength: 1, maxLength: 5 });

  function build(spec: { items: { id: string | undefined; text: string; heading: string | undefined; kids: string[] }[]; partial: boolean }, k: number): Draft {
    const seen = new Set<string>();
    const items: Item[] = spec.items.map((it, n) => {
      const id = it.id !== undefined && !seen.has(it.id) ? it.id : undefined;
      if (id !== undefined) seen.add(id);
      const children = it.kids.map((t, j) => ({ num: `(${'abc'[j]!})`, text: t }));
      return { num: `${n + 1}.`, text: it.text, children, ...(id === undefined ? {} : { id }), ...(it.heading === undefined ? {} : { heading: it.heading }) };
    });
    return makeDraft(items, { id: `v${k}`, date: `2025-0${k + 1}`, completeness: spec.partial ? 'partial' : 'full' });
  }

  it('has one step per version, every clause in exactly one lineage, lossless attribution, and is deterministic', () => {
    fc.assert(
      fc.property(chain, (specs) => {
        const drafts = specs.map(build);
        const history = buildHistory(drafts);
        History.parse(history);
        expect(JSON.stringify(buildHistory([...drafts].reverse()))).toBe(JSON.stringify(history));
        expect(new Set(history.lineages.map((l) => l.id)).size).toBe(history.lineages.length);
        drafts.forEach((draft, k) => {
          const present = history.lineages.flatMap((l) => (l.steps[k]!.state === 'present' ? [l.steps[k]!.clause!.order] : []));
          expect(present.sort((x, y) => x - y)).toEqual(allClauses(draft).map((c) => c.order));
        });
        for (const l of history.lineages) {
          expect(l.steps.map((s) => s.version)).toEqual(drafts.map((d) => d.id));
          expect(joinSpans(l.attribution.text)).toBe(l.latest.text);
          expect(l.attribution.heading === null ? null : joinSpans(l.attribution.heading)).toBe(l.latest.heading);
          const k = drafts.findIndex((d) => d.id === l.latestVersion);
          expect(l.steps[k]!.clause).toEqual(l.latest);
          expect(l.steps.slice(k + 1).every((s) => s.state !== 'present')).toBe(true);
          for (const s of l.steps) if (s.state !== 'present') expect(s.clause).toBeNull();
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
