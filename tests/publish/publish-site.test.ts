import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/model/index.js';
import { publishSite, SITE_MARKER, SiteOutError } from '../../src/publish/index.js';
import type { PublishProgress } from '../../src/publish/index.js';
import { makeDraft } from '../compare/helpers.js';
import { LIFECYCLE, PARTIAL, scratch, SHIPPED } from './fixture.js';
import { brokenLinks, hrefsOf, listTree, pageProblems, readTree } from './site-check.js';

function expectSoundSite(site: string): void {
  expect(brokenLinks(site)).toEqual([]);
  for (const page of listTree(site).filter((p) => p.endsWith('.html'))) {
    expect({ page, problems: pageProblems(readFileSync(join(site, page), 'utf8')) }).toEqual({ page, problems: [] });
  }
}

describe('publishSite on the shipped drafts', () => {
  it('writes the index, the redline, a page per clause and the reference text, with no broken link', async () => {
    const site = join(scratch(), 'site');
    const result = await publishSite(SHIPPED, { out: site });
    expect(result.ok).toBe(true);
    expect(result.index).toBe(join(site, 'index.html'));
    expect(result.files).toEqual([
      'clauses/amnesty.html',
      'clauses/guarantee-term.html',
      'clauses/guarantee.html',
      'clauses/reintegration.html',
      'clauses/sanctions.html',
      'clauses/signatures.html',
      'clauses/territory.html',
      'compare/initial-plan--current-draft.html',
      'index.html',
      'references/north-atlantic-treaty.html',
    ]);
    expect(listTree(site)).toEqual([SITE_MARKER, ...result.files].sort());
    expectSoundSite(site);
  });

  it('shows each version with who reported it, how complete it is, and whose words it holds', async () => {
    const site = join(scratch(), 'site');
    await publishSite(SHIPPED, { out: site });
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index.indexOf('id="v-initial-plan"')).toBeLessThan(index.indexOf('id="v-current-draft"'));
    expect(index).toContain('Axios; document obtained by Axios');
    expect(index).toContain('Partial: only what was reported');
    expect(index).toContain('words in quotation marks are quoted verbatim from the draft; the rest is the reporter’s paraphrase');
    expect(index).toContain('The document’s own wording');
    expect(index).toContain('href="https://www.nato.int/cps/en/natohq/official_texts_17120.htm"');
    expect(index).toContain('href="compare/initial-plan--current-draft.html"');
    expect(index).toContain('href="clauses/guarantee.html"');
    expect(index).toMatch(/id="references"[\s\S]*The North Atlantic Treaty, Article 5/);
  });

  it('follows the guarantee from “reliable security guarantees” to the Article 5-style text and to Article 5 itself', async () => {
    const site = join(scratch(), 'site');
    await publishSite(SHIPPED, { out: site });
    const page = readFileSync(join(site, 'clauses/guarantee.html'), 'utf8');
    expect(page).toContain('reliable security guarantees');
    expect(page).toContain('significant, deliberate, and sustained armed attack');
    expect(page).toMatch(/<del><span class="sr">\[deleted: <\/span>The plan offered Ukraine/);
    expect(page).toContain('Compared with the text it is modelled on');
    expect(page).toContain('Article 5 (the model)');
    expect(page).toContain('shall be considered an attack against them all');
    expect(page).toContain('href="../references/north-atlantic-treaty.html#c-article-5"');
    expect(page).toContain('href="../compare/initial-plan--current-draft.html#c-guarantee"');
    expect(page).toMatch(/<span class="from from-v2 tone-2" title="Introduced in v2 \(current-draft\), 2025-11"><sup class="vtag tone-2"><span class="sr">from <\/span>v2<\/sup>The security provisions/);
    const reference = readFileSync(join(site, 'references/north-atlantic-treaty.html'), 'utf8');
    expect(reference).toContain('id="c-article-5"');
    expect(reference).toContain('href="../clauses/guarantee.html"');
    const redline = readFileSync(join(site, 'compare/initial-plan--current-draft.html'), 'utf8');
    expect(redline).toContain('href="../clauses/guarantee.html"');
    expect(redline).toContain('href="../index.html#v-initial-plan"');
  });

  it('is deterministic: two publishes give byte-identical trees, and a second publish replaces the first', async () => {
    const dir = scratch();
    await publishSite(SHIPPED, { out: join(dir, 'a') });
    await publishSite(SHIPPED, { out: join(dir, 'b') });
    expect(readTree(join(dir, 'b'))).toEqual(readTree(join(dir, 'a')));
    writeFileSync(join(dir, 'a', 'stale.html'), 'old');
    await publishSite(SHIPPED, { out: join(dir, 'a') });
    expect(readTree(join(dir, 'a'))).toEqual(readTree(join(dir, 'b')));
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
  });
});

describe('publishSite with user templates', () => {
  it('replaces site and html templates by name', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'tpl', 'site'), { recursive: true });
    mkdirSync(join(dir, 'tpl', 'html'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'site', 'site-styles.hbs'), '.custom-site { color: red; }\n');
    writeFileSync(join(dir, 'tpl', 'html', 'styles.hbs'), '.custom-report { color: blue; }\n');
    const site = join(dir, 'site');
    await publishSite(SHIPPED, { out: site, templates: join(dir, 'tpl') });
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('.custom-site { color: red; }');
    expect(index).toContain('.custom-report { color: blue; }');
    expect(index).not.toContain('--ins-bg');
    await expect(publishSite(SHIPPED, { out: join(dir, 'x'), templates: join(dir, 'missing') })).rejects.toThrow(/templates directory not found/);
  });
});

describe('publishSite on history fixtures', () => {
  it('lifecycle: renumbering, split, merge, removal and restoration each on the clause pages; every pair with pairs: all', async () => {
    const site = join(scratch(), 'site');
    const progress: PublishProgress[] = [];
    const result = await publishSite(LIFECYCLE, { out: site, pairs: 'all', onProgress: (p) => progress.push(p) });
    expect(result.ok).toBe(true);
    expect(result.files.filter((f) => f.startsWith('compare/'))).toEqual([
      'compare/v1--v2.html',
      'compare/v1--v3.html',
      'compare/v1--v4.html',
      'compare/v2--v3.html',
      'compare/v2--v4.html',
      'compare/v3--v4.html',
    ]);
    expect(progress.map((p) => `${p.done}/${p.total} ${p.old}→${p.new}`)).toEqual([
      '1/6 v1→v2',
      '2/6 v2→v3',
      '3/6 v3→v4',
      '4/6 v1→v3',
      '5/6 v1→v4',
      '6/6 v2→v4',
    ]);
    expect(result.files).toContain('clauses/5-v2.html');
    expectSoundSite(site);
    const elections = readFileSync(join(site, 'clauses/elections.html'), 'utf8');
    expect(elections).toContain('Removed');
    expect(elections).toContain('Restored after it had been dropped');
    expect(elections).toContain('Compared with v1 (v1), the last version where it was present.');
    const prisoners = readFileSync(join(site, 'clauses/prisoners.html'), 'utf8');
    expect(prisoners).toContain('Merged into another clause');
    expect(prisoners).toContain('href="ceasefire.html"');
    const four = readFileSync(join(site, 'clauses/4.html'), 'utf8');
    expect(four).toContain('Split into several clauses');
    expect(four).toContain('Renumbered 4 → 3');
  });

  it('partial: a clause missing from a partial version is “not reported”, not removed', async () => {
    const site = join(scratch(), 'site');
    const result = await publishSite(PARTIAL, { out: site });
    expect(result.ok).toBe(true);
    expectSoundSite(site);
    const pages = result.files.filter((f) => f.startsWith('clauses/')).map((f) => readFileSync(join(site, f), 'utf8'));
    expect(pages.some((p) => p.includes('Not reported: this version reports only part of the draft'))).toBe(true);
  });
});

describe('publishSite keeps every file inside --out', () => {
  const hostile = (): Draft[] => {
    const ids = ['../../escape', '/etc/passwd', '..', '.', 'a/b', 'a-b', 'A-B', 'con', 'x'.repeat(300)];
    return ids.map((id, i) => {
      const draft = makeDraft(
        [
          { num: '1.', id: `../${id}`, text: `Clause one of ${i}, the same in every version.` },
          { num: '2.', id: `/abs/${i}`, text: `Clause two changes in version ${i}.` },
        ],
        { id, date: `2025-01-${String(i + 10).padStart(2, '0')}` },
      );
      return { ...draft, agreement: 'hostile' };
    });
  };

  it('maps hostile ids to safe, distinct file names and writes nothing outside out', async () => {
    const parent = scratch();
    mkdirSync(join(parent, 'neighbour'));
    const before = listTree(parent);
    const site = join(parent, 'site');
    const result = await publishSite(hostile(), { out: site });
    expect(result.ok).toBe(true);
    expect(listTree(parent)).toEqual([...before, ...listTree(site).map((p) => `site/${p}`)].sort());
    expect(readdirSync(parent).sort()).toEqual(['neighbour', 'site']);
    for (const file of result.files) {
      expect(file).toMatch(/^(index\.html|(compare|clauses|references)\/[A-Za-z0-9._-]+\.html)$/);
      expect(resolve(site, file).startsWith(`${resolve(site)}/`)).toBe(true);
      expect(file.split('/').every((part) => part !== '.' && part !== '..' && !part.startsWith('.'))).toBe(true);
    }
    expect(result.files.filter((f) => f.startsWith('compare/'))).toHaveLength(8);
    expect(new Set(result.files.map((f) => f.toLowerCase())).size).toBe(result.files.length);
    expectSoundSite(site);
  });

  it('refuses to replace a folder that is not a draftdiff site, and writes nothing', async () => {
    const parent = scratch();
    const site = join(parent, 'mine');
    mkdirSync(site);
    writeFileSync(join(site, 'notes.txt'), 'keep me');
    await expect(publishSite(SHIPPED, { out: site })).rejects.toBeInstanceOf(SiteOutError);
    expect(listTree(parent)).toEqual(['mine/notes.txt']);
    await expect(publishSite(SHIPPED, { out: join(site, 'notes.txt') })).rejects.toBeInstanceOf(SiteOutError);
  });

  it('writes nothing when a draft has an error', async () => {
    const parent = scratch();
    const drafts = join(parent, 'drafts');
    mkdirSync(drafts);
    writeFileSync(join(drafts, 'a.md'), '---\nid: a\nbogus: 1\n---\n\n1. Text.\n');
    const result = await publishSite(drafts, { out: join(parent, 'site') });
    expect(result.ok).toBe(false);
    expect(result.index).toBeNull();
    expect(result.messages.some((m) => m.severity === 'error')).toBe(true);
    expect(existsSync(join(parent, 'site'))).toBe(false);
  });
});

describe('publishSite escapes draft text', () => {
  it('turns <script> in titles, texts and notes into text and never links a javascript: source', async () => {
    const make = (id: string, text: string, date: string): Draft => ({
      ...makeDraft([{ num: '1.', id: 'evil"><script>alert(1)</script>', heading: '<img src=x onerror=alert(1)>', text }], { id, date }),
      title: `<script>alert("${id}")</script>`,
      notes: '<script>alert("notes")</script> & <b>bold</b>',
      agreement: 'evil',
      status: 'reported',
      source: { outlet: '<i>Outlet</i>', url: 'javascript:alert(1)', reported: null, obtainedBy: null },
    });
    const site = join(scratch(), 'site');
    const result = await publishSite([make('one', 'They "<script>alert(2)</script>" agree.', '2025-01-01'), make('two', 'They "<script>alert(3)</script>" disagree.', '2025-02-01')], {
      out: site,
    });
    expect(result.ok).toBe(true);
    expectSoundSite(site);
    for (const [path, html] of Object.entries(readTree(site))) {
      if (!path.endsWith('.html')) continue;
      expect(html).not.toMatch(/<script|<img|<i>|<b>|onerror=/i);
      expect(hrefsOf(html).some((h) => /javascript:/i.test(h))).toBe(false);
      expect(html).not.toContain('javascript:');
    }
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('&lt;script&gt;alert(&quot;notes&quot;)&lt;/script&gt;');
  });
});
