import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/compare/index.js';
import type { Draft } from '../../src/model/index.js';
import { readDrafts } from '../../src/parse/index.js';
import { buildHistoryPage, renderHistoryPage } from '../../src/publish/index.js';
import { LIFECYCLE, PARTIAL, scratch, SHIPPED } from './fixture.js';
import { hrefsOf, idsOf, pageProblems } from './site-check.js';

async function draftsIn(...paths: string[]): Promise<Draft[]> {
  const results = await readDrafts(paths);
  return results.flatMap((r) => (r.draft === null ? [] : [r.draft]));
}

/** Hrefs that are neither an anchor of an id on the page nor an http(s) address. */
function brokenAnchors(html: string): string[] {
  const ids = new Set(idsOf(html));
  return hrefsOf(html).filter((href) => (/^https?:\/\//.test(href) ? false : !(href.startsWith('#') && ids.has(decodeURIComponent(href.slice(1))))));
}

function expectSoundPage(html: string): void {
  expect(pageProblems(html)).toEqual([]);
  expect(brokenAnchors(html)).toEqual([]);
  expect(html).not.toMatch(/<link\b|<img\b|\ssrc=|<script\b|url\(/i);
}

describe('renderHistoryPage', () => {
  for (const [name, dir] of [
    ['shipped drafts', SHIPPED],
    ['lifecycle fixture', LIFECYCLE],
    ['partial fixture', PARTIAL],
  ] as const) {
    it(`${name}: one valid page, every link an anchor on it, every lineage in full, the same bytes twice`, async () => {
      const drafts = await draftsIn(dir);
      const html = renderHistoryPage(drafts);
      expectSoundPage(html);
      const view = buildHistoryPage(drafts);
      const history = buildHistory(drafts);
      expect(view.histories.map((h) => h.id)).toEqual(history.lineages.map((l) => l.id));
      for (const v of view.timeline) expect(idsOf(html)).toContain(v.anchor);
      for (const h of view.histories) {
        expect(html).toContain(`<article class="lineage" id="${h.anchor}"`);
        expect(html).toContain(`href="#${h.anchor}"`);
        expect(h.steps).toHaveLength(history.versions.length);
      }
      expect(renderHistoryPage(await draftsIn(dir))).toBe(html);
    });
  }

  it('shows the guarantee as its clause page does: redline, findings, the Article 5 comparison and who wrote which words', async () => {
    const html = renderHistoryPage(await draftsIn(SHIPPED));
    expect(html).toMatch(/<title>Clause history of us-ukraine-security-plan<\/title>/);
    expect(html).toContain('Axios; document obtained by Axios');
    expect(html).toContain('Partial: only what was reported');
    expect(html).toMatch(/<del><span class="sr">\[deleted: <\/span>The plan offered Ukraine/);
    expect(html).toContain('New binding wording for guarantee');
    expect(html).toContain('Article 5 (the model)');
    expect(html).toContain('shall be considered an attack against them all');
    expect(html).toMatch(/<span class="from from-v2 tone-2" title="Introduced in v2 \(current-draft\), 2025-11"><sup class="vtag tone-2"><span class="sr">from <\/span>v2<\/sup>The security provisions/);
    expect(html).toContain('<code>north-atlantic-treaty</code>: a reference text');
    // Links that would lead to other pages of the site are not there.
    expect(html).not.toContain('.html');
    expect(html).not.toContain('Read Article 5 in full');
    expect(html).not.toContain('>Home<');
  });

  it('with clause gives only that lineage, and names another lineage of a split as plain text', async () => {
    const shipped = renderHistoryPage(await draftsIn(SHIPPED), { clause: 'guarantee' });
    expectSoundPage(shipped);
    expect([...shipped.matchAll(/<article class="lineage" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['l-guarantee']);
    expect(shipped).toContain('<title>History of guarantee in us-ukraine-security-plan</title>');
    expect(shipped).not.toContain('territory');
    const lifecycle = renderHistoryPage(await draftsIn(LIFECYCLE), { clause: '4' });
    expectSoundPage(lifecycle);
    expect(lifecycle).toContain('<p class="related">Its other parts: Point 4</p>');
    expect(renderHistoryPage(await draftsIn(LIFECYCLE))).toContain('<p class="related">Its other parts: <a href="#l-5-v2">Point 4</a></p>');
  });

  it('takes a history built before and refuses one of other drafts or an unknown clause', async () => {
    const drafts = await draftsIn(SHIPPED);
    const history = buildHistory(drafts);
    expect(renderHistoryPage(drafts, { history })).toBe(renderHistoryPage(drafts));
    expect(() => renderHistoryPage(drafts, { history: buildHistory(drafts, { agreement: 'north-atlantic-treaty' }), agreement: 'x' })).not.toThrow();
    expect(() => renderHistoryPage(drafts, { history: { ...history, versions: history.versions.slice(1) } })).toThrow(/not built from these drafts/);
    expect(() => renderHistoryPage(drafts, { clause: 'nope' })).toThrow(/no clause "nope"/);
  });

  it('shows hostile text as text: no script, no markup, no javascript: link', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'a.md'),
      [
        '---',
        'id: a',
        'title: <script>alert(1)</script> first',
        'date: 2025-01-01',
        'agreement: x',
        'source:',
        '  outlet: "<img src=x onerror=alert(2)>"',
        '  url: "javascript:alert(3)"',
        'notes: "\\"><script>alert(4)</script>"',
        '---',
        '',
        '1. {#evil} The party <script>alert(5)</script> shall pay "</p><b>x</b>".',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'b.md'),
      ['---', 'id: b', 'title: second', 'date: 2025-02-01', 'follows: a', 'agreement: x', '---', '', '1. {#evil} The party <script>alert(6)</script> shall pay "</p><i>y</i>" at once.', ''].join('\n'),
    );
    const html = renderHistoryPage(await draftsIn(dir));
    expectSoundPage(html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; first');
    expect(html).toContain('The party &lt;script&gt;alert(');
    expect(html).not.toMatch(/<(b|i)>[xy]</);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('onerror=alert');
  });
});
