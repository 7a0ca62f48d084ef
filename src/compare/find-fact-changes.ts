import type { Finding } from '../model/comparison.js';
import type { DateFact, Facts, Modality, NumberFact, Obligation, Term } from '../model/facts.js';
import { capitalise, finding } from './describe.js';

/** Strength of a modal word: may < should < will < shall = must. */
export const MODALITY_RANK: Readonly<Record<Modality, number>> = { may: 1, should: 2, will: 3, shall: 4, must: 4 };

/** Removes the values both lists hold (as multisets), keeping order: what is left was changed, added or removed. */
function difference<T>(olds: readonly T[], news: readonly T[], key: (item: T) => string): [T[], T[]] {
  const counts = new Map<string, number>();
  for (const item of news) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  const onlyOld: T[] = [];
  for (const item of olds) {
    const n = counts.get(key(item)) ?? 0;
    if (n > 0) counts.set(key(item), n - 1);
    else onlyOld.push(item);
  }
  const counts2 = new Map<string, number>();
  for (const item of olds) counts2.set(key(item), (counts2.get(key(item)) ?? 0) + 1);
  const onlyNew: T[] = [];
  for (const item of news) {
    const n = counts2.get(key(item)) ?? 0;
    if (n > 0) counts2.set(key(item), n - 1);
    else onlyNew.push(item);
  }
  return [onlyOld, onlyNew];
}

/** A relative change as a reader writes it: `+33 %`, `−50 %`, `+0.5 %`. */
export function formatRelative(oldValue: number, newValue: number): string | null {
  if (oldValue === 0) return null;
  const pct = ((newValue - oldValue) / Math.abs(oldValue)) * 100;
  const rounded = Math.abs(pct) >= 1 ? Math.round(pct) : Math.round(pct * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} %`;
}

/** Pairs what only the old and only the new side hold, in order; the rest are lone additions or removals. */
function pairUp<T>(olds: readonly T[], news: readonly T[], visit: (a: T | null, b: T | null) => void): void {
  const n = Math.max(olds.length, news.length);
  for (let k = 0; k < n; k++) visit(olds[k] ?? null, news[k] ?? null);
}

function numberChanges(olds: readonly NumberFact[], news: readonly NumberFact[]): Finding[] {
  const out: Finding[] = [];
  const units = [...new Set([...olds, ...news].map((n) => n.unit ?? ''))].sort();
  for (const unit of units) {
    const [a, b] = difference(
      olds.filter((n) => (n.unit ?? '') === unit),
      news.filter((n) => (n.unit ?? '') === unit),
      (n) => String(n.value),
    );
    pairUp(a, b, (x, y) => {
      if (x !== null && y !== null) {
        const rel = formatRelative(x.value, y.value);
        out.push(finding('number-changed', `Number changed: ${x.raw} → ${y.raw}${rel === null ? '' : ` (${rel})`}.`, x.raw, y.raw));
      } else if (x !== null) out.push(finding('number-changed', `Number no longer in the text: ${x.raw}.`, x.raw, null));
      else if (y !== null) out.push(finding('number-changed', `Number added: ${y.raw}.`, null, y.raw));
    });
  }
  return out;
}

const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.4375, year: 365.25 };

function termChanges(olds: readonly Term[], news: readonly Term[]): Finding[] {
  const out: Finding[] = [];
  const durations = (terms: readonly Term[]): Extract<Term, { kind: 'duration' }>[] =>
    terms.filter((t): t is Extract<Term, { kind: 'duration' }> => t.kind === 'duration');
  const [a, b] = difference(durations(olds), durations(news), (t) => String(Math.round(t.value * (DAYS[t.unit] ?? 1) * 100)));
  pairUp(a, b, (x, y) => {
    if (x !== null && y !== null) {
      const days = (t: typeof x): number => t.value * (DAYS[t.unit] ?? 1);
      const rel = formatRelative(days(x), days(y));
      out.push(finding('duration-changed', `Duration changed: ${x.raw} → ${y.raw}${rel === null ? '' : ` (${rel})`}.`, x.raw, y.raw));
    } else if (x !== null) out.push(finding('duration-changed', `Duration no longer stated: ${x.raw}.`, x.raw, null));
    else if (y !== null) out.push(finding('duration-changed', `Duration added: ${y.raw}.`, null, y.raw));
  });
  const renewals = (terms: readonly Term[]): Extract<Term, { kind: 'renewal' }>[] =>
    terms.filter((t): t is Extract<Term, { kind: 'renewal' }> => t.kind === 'renewal');
  const [c, d] = difference(renewals(olds), renewals(news), (t) => (t.condition ?? '').toLowerCase());
  pairUp(c, d, (x, y) => {
    if (x !== null && y !== null) out.push(finding('duration-changed', `Renewal terms changed: “${x.raw}” → “${y.raw}”.`, x.raw, y.raw));
    else if (x !== null) out.push(finding('duration-changed', `Renewal terms dropped: “${x.raw}”.`, x.raw, null));
    else if (y !== null) out.push(finding('duration-changed', `Renewal terms added: “${y.raw}”.`, null, y.raw));
  });
  return out;
}

function dateChanges(olds: readonly DateFact[], news: readonly DateFact[]): Finding[] {
  const out: Finding[] = [];
  const [a, b] = difference(olds, news, (d) => d.iso);
  pairUp(a, b, (x, y) => {
    if (x !== null && y !== null) out.push(finding('date-changed', `Date changed: ${x.raw} → ${y.raw}.`, x.raw, y.raw));
    else if (x !== null) out.push(finding('date-changed', `Date no longer in the text: ${x.raw}.`, x.raw, null));
    else if (y !== null) out.push(finding('date-changed', `Date added: ${y.raw}.`, null, y.raw));
  });
  return out;
}

function partyChanges(olds: Facts['parties'], news: Facts['parties']): Finding[] {
  const before = new Set(olds.map((p) => p.name));
  const after = new Set(news.map((p) => p.name));
  const out: Finding[] = [];
  for (const name of [...after].filter((n) => !before.has(n)).sort()) out.push(finding('party-added', `${name} is now named in this clause.`, null, name));
  for (const name of [...before].filter((n) => !after.has(n)).sort()) out.push(finding('party-removed', `${name} is no longer named in this clause.`, name, null));
  return out;
}

/** A negation of the duty itself ("will not be required to", "not obliged to"), rather than of what is to be done. */
const DUTY_NEGATED = /(?:required|obliged|obligated) to$/i;

/**
 * What adding or dropping a negation does (`x` and `y` differ in it). A negated duty ("will not be required to
 * hold elections") is no duty: dropping the negation makes one. A negated modal on an action ("will not join") is a
 * prohibition, a duty to refrain: it lifted to a permission ("may join") is weaker, a permission barred is stronger,
 * and a duty to do turned into a duty to refrain, or back ("shall join" ↔ "shall not join"), is reversed.
 */
function negationChange(x: Obligation, y: Obligation): 'stronger' | 'weaker' | 'reversed' {
  const negated = x.negated ? x : y;
  const plain = x.negated ? y : x;
  if (DUTY_NEGATED.test(negated.raw)) return y.negated ? 'weaker' : 'stronger';
  if (plain.modality === 'may') return y.negated ? 'stronger' : 'weaker';
  return 'reversed';
}

/**
 * The actors an obligation binds: each party of a joint subject ("United States and European Union", when both are
 * parties named in the clauses), else its actor ('' for none). So adding a party to a subject binds that party anew
 * and drops no obligation of the others.
 */
function actorsOf(obligation: Obligation, parties: ReadonlySet<string>): string[] {
  const actor = obligation.actor ?? '';
  const names = actor.split(/, | and /);
  return names.length > 1 && names.every((name) => parties.has(name)) ? names : [actor];
}

function obligationChanges(olds: readonly Obligation[], news: readonly Obligation[], parties: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const bound = (list: readonly Obligation[]): { actor: string; obligation: Obligation }[] => list.flatMap((o) => actorsOf(o, parties).map((actor) => ({ actor, obligation: o })));
  const before = bound(olds);
  const after = bound(news);
  const actors = [...new Set([...before, ...after].map((o) => o.actor))].sort();
  const who = (actor: string): string => (actor === '' ? 'the obligation' : `the obligation of ${actor}`);
  for (const actor of actors) {
    const [a, b] = difference(
      before.filter((o) => o.actor === actor).map((o) => o.obligation),
      after.filter((o) => o.actor === actor).map((o) => o.obligation),
      (o) => `${MODALITY_RANK[o.modality]}|${o.negated}`,
    );
    pairUp(a, b, (x, y) => {
      if (x !== null && y !== null) {
        let stronger: boolean | null = null;
        if (x.negated !== y.negated) {
          const change = negationChange(x, y);
          if (change === 'reversed') {
            out.push(finding('obligation-reversed', `${capitalise(who(actor))} is reversed: “${x.raw}” → “${y.raw}” (${y.action || x.action}).`, x.raw, y.raw));
            return;
          }
          stronger = change === 'stronger';
        } else if (MODALITY_RANK[x.modality] !== MODALITY_RANK[y.modality]) stronger = MODALITY_RANK[y.modality] > MODALITY_RANK[x.modality];
        if (stronger === null) return;
        const rule = stronger ? 'obligation-strengthened' : 'obligation-weakened';
        const how = stronger ? 'strengthened' : 'weakened';
        out.push(finding(rule, `${capitalise(who(actor))} is ${how}: “${x.raw}” → “${y.raw}” (${y.action || x.action}).`, x.raw, y.raw));
      } else if (y !== null && MODALITY_RANK[y.modality] >= 3) {
        out.push(finding('obligation-strengthened', `New binding wording for ${actor === '' ? 'a party' : actor}: “${y.raw} ${y.action}”.`, null, y.raw));
      } else if (x !== null && MODALITY_RANK[x.modality] >= 3) {
        out.push(finding('obligation-weakened', `Binding wording dropped for ${actor === '' ? 'a party' : actor}: “${x.raw} ${x.action}”.`, x.raw, null));
      }
    });
  }
  return out;
}


/** Findings from the facts the reader found in the old and new text: numbers, terms, dates, parties, obligations. */
export function findFactChanges(olds: Facts, news: Facts): Finding[] {
  return [
    ...numberChanges(olds.numbers, news.numbers),
    ...termChanges(olds.terms, news.terms),
    ...dateChanges(olds.dates, news.dates),
    ...partyChanges(olds.parties, news.parties),
    ...obligationChanges(olds.obligations, news.obligations, new Set([...olds.parties, ...news.parties].map((p) => p.name))),
  ];
}

/** Facts of several clauses as one (for splits and merges). */
export function joinFacts(list: readonly Facts[]): Facts {
  return {
    parties: list.flatMap((f) => f.parties),
    obligations: list.flatMap((f) => f.obligations),
    terms: list.flatMap((f) => f.terms),
    numbers: list.flatMap((f) => f.numbers),
    dates: list.flatMap((f) => f.dates),
    references: list.flatMap((f) => f.references),
  };
}
