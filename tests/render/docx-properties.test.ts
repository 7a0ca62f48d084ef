import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../src/compare/index.js';
import { renderDocx } from '../../src/render/render-docx.js';
import { makeDraft, propertyRuns } from '../compare/helpers.js';
import type { ClauseSpec, Item } from '../compare/helpers.js';
import { bodyXml, extractVersions, revisionTags, unzipDocx, versionText } from './docx-helpers.js';

const WORDS = (
  'the parties shall will may not ceasefire troops border security guarantee Ukraine Russia Europe NATO sanctions ' +
  'elections withdrawal of and in to within 600,000 800,000 days years reliable robust monitoring fund assets'
).split(' ');
/** Words a hostile or careless source might contain: markup, entities, CDATA ends, controls, tabs, line breaks, lone surrogates. */
const ODD = ['<script>', '&amp;', '&', ']]>', '"q"', "it's", '\u0000', '\u0007', '\u001F', '\t', '\n', '\r\n', '\uD800', '😀', '\uFFFE', '§'];

type Gen = fc.GeneratorValue;

function word(g: Gen): string {
  return g(fc.integer, { min: 0, max: 14 }) === 0 ? ODD[g(fc.integer, { min: 0, max: ODD.length - 1 })]! : WORDS[g(fc.integer, { min: 0, max: WORDS.length - 1 })]!;
}

function sentence(g: Gen): string {
  const n = g(fc.integer, { min: 0, max: 10 });
  return Array.from({ length: n }, () => word(g)).join(' ') + g(fc.constantFrom, '.', ';', '', '\n');
}

interface Node {
  text: string;
  heading?: string;
  bullet?: boolean;
  block?: boolean;
  children: Node[];
}

function tree(g: Gen): Node[] {
  return Array.from({ length: g(fc.integer, { min: 0, max: 8 }) }, () => {
    if (g(fc.integer, { min: 0, max: 6 }) === 0) return { text: sentence(g), block: true, children: [] };
    const node: Node = {
      text: g(fc.boolean) ? `${sentence(g)} ${sentence(g)}` : sentence(g),
      children: g(fc.integer, { min: 0, max: 3 }) === 0 ? Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => ({ text: sentence(g), children: [] })) : [],
    };
    if (g(fc.integer, { min: 0, max: 4 }) === 0) node.heading = sentence(g);
    if (g(fc.integer, { min: 0, max: 6 }) === 0) node.bullet = true;
    return node;
  });
}

function edit(g: Gen, nodes: Node[]): Node[] {
  const out: Node[] = structuredClone(nodes);
  for (let e = g(fc.integer, { min: 0, max: 6 }); e > 0; e--) {
    const k = out.length === 0 ? 0 : g(fc.integer, { min: 0, max: out.length - 1 });
    const node = out[k];
    const op = g(fc.integer, { min: 0, max: 8 });
    if (op === 0 || node === undefined) out.splice(k, 0, { text: sentence(g), children: [] });
    else if (op === 1) out.splice(k, 1);
    else if (op === 2) {
      const words = node.text.split(' ');
      words.splice(g(fc.integer, { min: 0, max: words.length }), g(fc.integer, { min: 0, max: 2 }), ...Array.from({ length: g(fc.integer, { min: 0, max: 2 }) }, () => word(g)));
      node.text = words.join(' ');
    } else if (op === 3) {
      const [moved] = out.splice(k, 1);
      out.splice(g(fc.integer, { min: 0, max: out.length }), 0, moved!);
    } else if (op === 4) {
      const parts = node.text.split(/(?<=[.;]) /);
      if (parts.length >= 2) out.splice(k, 1, { ...node, text: parts[0]! }, { text: parts.slice(1).join(' '), children: [] });
    } else if (op === 5 && out[k + 1] !== undefined && node.block !== true && out[k + 1]!.block !== true) {
      out.splice(k, 2, { ...node, text: `${node.text} ${out[k + 1]!.text}`, children: [...node.children, ...out[k + 1]!.children] });
    } else if (op === 6) {
      if (node.heading === undefined) node.heading = sentence(g);
      else if (g(fc.boolean)) delete node.heading;
      else node.heading = `${node.heading} ${word(g)}`;
    } else if (op === 7 && node.children.length > 0) node.children.splice(g(fc.integer, { min: 0, max: node.children.length - 1 }), 1);
    else if (op === 8) node.children.push({ text: sentence(g), children: [] });
  }
  return out;
}

function toItems(nodes: Node[], depth = 0): Item[] {
  let n = 0;
  return nodes.map((node): Item => {
    if (node.block === true) return { block: node.text };
    n++;
    const spec: ClauseSpec = {
      num: node.bullet === true ? null : depth === 0 ? (n % 3 === 0 ? `Article ${n}` : `${n}.`) : `(${String.fromCharCode(96 + Math.min(n, 26))})`,
      text: node.text,
      children: toItems(node.children, depth + 1),
    };
    if (node.heading !== undefined) spec.heading = node.heading;
    return spec;
  });
}

const comparisons = fc.gen().map((g) => {
  const base = tree(g);
  const old = makeDraft(toItems(base), { id: 'old', date: g(fc.constantFrom, null, '2025', '2025-11', '2025-11-20') });
  const neu = makeDraft(toItems(edit(g, base)), {
    id: 'new',
    date: g(fc.constantFrom, null, '2025-12', '2025-12-01'),
    completeness: g(fc.integer, { min: 0, max: 4 }) === 0 ? 'partial' : 'full',
  });
  return compareDrafts(old, neu);
});

describe('renderDocx laws over generated comparisons', () => {
  it('accept all gives the new version, reject all the old one; every revision is attributed and dated', async () => {
    await fc.assert(
      fc.asyncProperty(comparisons, async (comparison) => {
        const xml = unzipDocx(await renderDocx(comparison))['word/document.xml']!;
        const got = extractVersions(bodyXml(xml));
        expect(got.problems).toEqual([]);
        expect(got.new).toBe(versionText(comparison, 'new'));
        expect(got.old).toBe(versionText(comparison, 'old'));
        for (const tag of revisionTags(xml)) {
          expect(tag.author).toBe('draftdiff');
          expect(tag.date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        }
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(comparisons, async (comparison) => {
        const [a, b] = [await renderDocx(comparison), await renderDocx(structuredClone(comparison))];
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      }),
      { numRuns: propertyRuns(30) },
    );
  });
});
