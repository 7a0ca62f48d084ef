import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, launchChromium, seriousViolations, watchPage } from '../browser.js';
import { renderComparison } from '../../src/render/index.js';
import { compare, everyChangeDrafts, hostileDrafts, partialDrafts } from './fixture.js';
import { decodePng, luminanceVariance, shippedComparison } from './render-helpers.js';

interface Loaded {
  page: Page;
  errors: string[];
  dialogs: string[];
}

describe.skipIf(!HAS_CHROMIUM)('HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function load(html: string): Promise<Loaded> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchPage(page, (url) => url.startsWith('data:') || url === 'about:blank');
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, errors, dialogs };
  }


  test('every-change: no console error, both views show insertions and deletions, non-blank screenshot, no serious axe violation', async () => {
    const { page, errors, dialogs } = await load(renderComparison(compare(everyChangeDrafts()), { format: 'html' }));
    for (const view of ['#inline', '#side-by-side']) {
      await expect.poll(() => page.locator(`${view} ins`).count()).toBeGreaterThan(3);
      await expect.poll(() => page.locator(`${view} del`).count()).toBeGreaterThan(3);
      expect(await page.locator(`${view} ins`).first().isVisible()).toBe(true);
      expect(await page.locator(`${view} del`).first().isVisible()).toBe(true);
    }
    expect(await page.locator('#inline ins').filter({ hasText: '800,000' }).first().isVisible()).toBe(true);
    expect(await page.locator('#side-by-side del').filter({ hasText: '600,000' }).first().isVisible()).toBe(true);
    const label = await page.locator('#inline del .sr').first().textContent();
    expect(label).toBe('[deleted: ');
    const decoration = (selector: string): Promise<string> =>
      page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).textDecorationLine`);
    expect(await decoration('#inline del')).toContain('line-through');
    expect(await decoration('#inline ins')).toContain('underline');
    expect(await decoration('#side-by-side del')).toContain('line-through');
    const moved = page.locator('#inline .badge-moved a');
    const target = await moved.first().getAttribute('href');
    expect(target).toMatch(/^#was-c-/);
    expect(await page.locator(target!).locator('a').getAttribute('href')).toBe('#c-2');
    expect(await page.locator('#side-by-side table > tbody.pair').count()).toBe(16);
    expect(await page.locator('#inline > article.change').count()).toBe(15);
    const shot = await page.screenshot({ fullPage: false });
    const pixels = decodePng(shot);
    expect(pixels.width).toBe(1280);
    expect(luminanceVariance(pixels)).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test.each([
    ['partial', () => renderComparison(compare(partialDrafts()), { format: 'html' })],
    ['collapsed', () => renderComparison(compare(everyChangeDrafts()), { format: 'html', showUnchanged: false })],
    ['shipped drafts', () => renderComparison(shippedComparison(), { format: 'html' })],
  ])('%s: no console error and no serious axe violation', async (_name, html) => {
    const { page, errors } = await load(html());
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test('partial: not-reported clauses are worded so and never shown as inserted or deleted', async () => {
    const { page } = await load(renderComparison(compare(partialDrafts()), { format: 'html' }));
    const notReported = page.locator('#inline article.is-not-reported');
    expect(await notReported.count()).toBe(4);
    expect(await notReported.locator('ins, del').count()).toBe(0);
    expect(await notReported.first().locator('.badge').first().textContent()).toBe('not reported in the new version');
    expect(await page.locator('#side-by-side .is-not-reported .missing').first().textContent()).toBe('Not reported in this version');
    await page.close();
  });

  test('hostile drafts: nothing from a draft becomes an element or attribute, and all of it is visible text', async () => {
    const { page, errors, dialogs } = await load(renderComparison(compare(hostileDrafts()), { format: 'html' }));
    const found = await page.evaluate<{ scripts: number; foreign: number; handlers: string[]; hrefs: string[]; ids: string[]; title: string }>(`({
      scripts: document.querySelectorAll('script').length,
      foreign: document.querySelectorAll('img, svg, b, i, iframe, object, embed, form, input, link, meta[http-equiv]').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
      hrefs: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? ''),
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      title: document.title,
    })`);
    expect(found.scripts).toBe(0);
    expect(found.foreign).toBe(0);
    expect(found.handlers).toEqual([]);
    for (const href of found.hrefs) expect(href).toMatch(/^#[\p{L}\p{N}_.-]+$/u);
    for (const id of found.ids) expect(id).toMatch(/^[\p{L}\p{N}_.-]+$/u);
    expect(new Set(found.ids).size).toBe(found.ids.length);
    expect(found.title).toBe('Redline: <img src=x onerror=alert(1)> {{constructor}} → <script>alert("title")</script>');
    const inline = await page.locator('#inline').innerText();
    for (const text of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{constructor}}', '{{#each this}}x{{/each}}', 'javascript:alert(1)', '{++ins++} {--del--} {~~a~>b~~} {>>comment<<}', '<svg onload=alert(1)>', '<b>Preamble</b> & {{title}}']) {
      expect(inline).toContain(text);
    }
    expect(await page.locator('h1').innerText()).toContain('<img src=x onerror=alert(1)> {{constructor}}');
    expect(await page.locator('.versions').innerText()).toContain('old"><img src=x onerror=alert(1)>');
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
