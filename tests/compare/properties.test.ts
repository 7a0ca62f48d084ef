import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts, joinDiff, PART_SEPARATOR } from '../../src/compare/index.js';
import { Comparison } from '../../src/model/index.js';
import type { Change, ChangeSide, Draft } from '../../src/model/index.js';
import { allClauses, makeDraft, propertyRuns } from './helpers.js';
import type { ClauseSpec, Item } from './helpers.js';

const WORDS = (
  'the party parties shall will may must should not agreement ceasefire troops border zone security guarantee guarantees ' +
  'Ukraine Russia Europe United States NATO territory sanctions elections referendum withdrawal forces army personnel ' +
  'of and in to within days months years reliable robust permanent temporary monitoring commission humanitarian ' +
  'prisoners exchange assets frozen reconstruction fund nuclear plant energy grain corridor sea if unless provided that'
).split(' ');

type Gen = fc.GeneratorValue;

function sentence(g: Gen): string {
  const n = g(fc.integer, { min: 3, max: 12 });
  const words = Array.from({ length: n }, () => WORDS[g(fc.integer, { min: 0, max: WORDS.length - 1 })]!);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${g(fc.constantFrom, '.', '.', ';', ' …', '')}`;
}

interface Node {
  text: string;
  heading?: string;
  children: Node[];
  block?: boolean;
}

function tree(g: Gen): Node[] {
  const n = g(fc.integer, { min: 0, max: 9 });
  return Array.from({ length: n }, () => {
    if (g(fc.integer, { min: 0, max: 9 }) === 0) return { text: sentence(g), children: [], block: true };
    const kids = g(fc.integer, { min: 0, max: 4 }) === 0 ? g(fc.integer, { min: 1, max: 3 }) : 0;
    const node: Node = { text: g(fc.boolean) ? `${sentence(g)} ${sentence(g)}` : sentence(g), children: Array.from({ length: kids }, () => ({ text: sentence(g), children: [] })) };
    if (g(fc.integer, { min: 0, max: 5 }) === 0) node.heading = sentence(g);
    return node;
  });
}

function editText(g: Gen, text: string): string {
  const words = text.split(' ');
  const k = g(fc.integer, { min: 0, max: words.length - 1 });
  const op = g(fc.integer, { min: 0, max: 3 });
  if (op === 0) words.splice(k, 1);
  else if (op === 1) words.splice(k, 0, WORDS[g(fc.integer, { min: 0, max: WORDS.length - 1 })]!);
  else if (op === 2) words[k] = WORDS[g(fc.integer, { min: 0, max: WORDS.length - 1 })]!;
  else return sentence(g);
  return words.join(' ');
}

function edit(g: Gen, nodes: Node[]): Node[] {
  const out: Node[] = structuredClone(nodes);
  const edits = g(fc.integer, { min: 0, max: 6 });
  for (let e = 0; e < edits; e++) {
    const op = g(fc.integer, { min: 0, max: 7 });
    const k = out.length === 0 ? 0 : g(fc.integer, { min: 0, max: out.length - 1 });
    const node = out[k];
    if (op === 0 || node === undefined) out.splice(k, 0, { text: sentence(g), children: [] });
    else if (op === 1) out.splice(k, 1);
    else if (op === 2) node.text = editText(g, node.text);
    else if (op === 3) {
      const [moved] = out.splice(k, 1);
      out.splice(g(fc.integer, { min: 0, max: out.length }), 0, moved!);
    } else if (op === 4) {
      const parts = node.text.split(/(?<=[.;…]) /);
      if (parts.length >= 2) out.splice(k, 1, { ...node, text: parts[0]! }, { text: parts.slice(1).join(' '), children: [] });
    } else if (op === 5 && out[k + 1] !== undefined && !node.block && !out[k + 1]!.block) {
      out.splice(k, 2, { ...node, text: `${node.text} ${out[k + 1]!.text}`, children: [...node.children, ...out[k + 1]!.children] });
    } else if (op === 6 && node.children.length > 0) {
      node.children.splice(g(fc.integer, { min: 0, max: node.children.length - 1 }), 1);
    } else if (op === 7) node.children.push({ text: sentence(g), children: [] });
  }
  return out;
}

function toItems(nodes: Node[], renumber: boolean, depth = 0): Item[] {
  let n = 0;
  return nodes.map((node, index): Item => {
    if (node.block === true) return { block: node.text };
    n++;
    const value = renumber ? n : index + 1;
    const spec: ClauseSpec = {
      num: depth === 0 ? `${value}.` : `(${String.fromCharCode(96 + Math.min(value, 26))})`,
      text: node.text,
      children: toItems(node.children, renumber, depth + 1),
    };
    if (node.heading !== undefined) spec.heading = node.heading;
    return spec;
  });
}

const pairOfDrafts = fc.gen().map((g) => {
  const base = tree(g);
  const changed = edit(g, base);
  const old = makeDraft(toItems(base, true), { id: 'old' });
  const neu = makeDraft(toItems(changed, g(fc.boolean)), { id: 'new' });
  return { old, neu };
});

function sides(value: ChangeSide | ChangeSide[] | null): ChangeSide[] {
  return value === null ? [] : Array.isArray(value) ? value : [value];
}
function sideText(value: ChangeSide | ChangeSide[] | null): string {
  return sides(value).map((s) => s.text).join(PART_SEPARATOR);
}
function ids(draft: Draft): string[] {
  return [...allClauses(draft).map((c) => `clause:${c.id}`), ...draft.blocks.map((b) => `block:${b.id}`)].sort();
}
function covered(changes: readonly Change[], which: 'old' | 'new'): string[] {
  return changes.flatMap((ch) => sides(ch[which]).map((s) => `${ch.kind}:${s.id}`)).sort();
}
const MIRROR: Record<string, string> = { added: 'removed', removed: 'added', split: 'merged', merged: 'split', modified: 'modified', unchanged: 'unchanged' };

describe('comparison laws over generated drafts', () => {
  const runs = propertyRuns(300);

  it('is lossless, complete and schema-valid', () => {
    fc.assert(
      fc.property(pairOfDrafts, ({ old, neu }) => {
        const c = compareDrafts(old, neu);
        Comparison.parse(JSON.parse(JSON.stringify(c)));
        for (const ch of c.changes) {
          expect(joinDiff(ch.diff, 'old')).toBe(sideText(ch.old));
          expect(joinDiff(ch.diff, 'new')).toBe(sideText(ch.new));
          if (ch.headingDiff !== null) {
            expect(joinDiff(ch.headingDiff, 'old')).toBe(sides(ch.old)[0]?.heading ?? '');
            expect(joinDiff(ch.headingDiff, 'new')).toBe(sides(ch.new)[0]?.heading ?? '');
          }
        }
        expect(covered(c.changes, 'old')).toEqual(ids(old));
        expect(covered(c.changes, 'new')).toEqual(ids(neu));
        const newOrders = c.changes.flatMap((ch) => sides(ch.new).slice(0, 1).map((s) => s.order));
        expect(newOrders).toEqual([...newOrders].sort((a, b) => a - b));
      }),
      { numRuns: runs },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pairOfDrafts, ({ old, neu }) => {
        expect(JSON.stringify(compareDrafts(old, neu))).toBe(JSON.stringify(compareDrafts(structuredClone(old), structuredClone(neu))));
      }),
      { numRuns: runs },
    );
  });

  it('finds nothing between a draft and itself', () => {
    fc.assert(
      fc.property(pairOfDrafts, ({ old }) => {
        const c = compareDrafts(old, old);
        for (const ch of c.changes) {
          expect(ch.status).toBe('unchanged');
          expect(ch.moved || ch.renumbered).toBe(false);
          expect(ch.findings).toEqual([]);
          expect(ch.similarity).toBe(1);
        }
        expect(c.similarity).toBe(1);
      }),
      { numRuns: runs },
    );
  });

  it('is symmetric: added one way is removed the other, split is merged', () => {
    fc.assert(
      fc.property(pairOfDrafts, ({ old, neu }) => {
        const forward = compareDrafts(old, neu);
        const backward = compareDrafts(neu, old);
        const describe = (c: Comparison, flip: boolean): string[] =>
          c.changes
            .map((ch) => {
              const a = sides(flip ? ch.new : ch.old).map((s) => s.id).join('+');
              const b = sides(flip ? ch.old : ch.new).map((s) => s.id).join('+');
              return `${ch.kind}:${a}>${b}:${flip ? MIRROR[ch.status] : ch.status}`;
            })
            .sort();
        expect(describe(backward, true)).toEqual(describe(forward, false));
        expect(backward.summary.moved).toBe(forward.summary.moved);
      }),
      { numRuns: runs },
    );
  });
});
