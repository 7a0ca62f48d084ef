import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, launchChromium, seriousViolations, watchPage } from '../browser.js';
import { publishSite } from '../../src/publish/index.js';
import { LIFECYCLE, scratch, SHIPPED } from './fixture.js';

describe.skipIf(!HAS_CHROMIUM)('published site in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
    const errors = watchPage(page, (url) => url.startsWith('file://'));
    return { page, errors };
  }


  test('shipped drafts: index → redline → clause history → Article 5 by clicking, no console error, no serious axe violation', async () => {
    const site = join(scratch(), 'site');
    await publishSite(SHIPPED, { out: site });
    const { page, errors } = await open();
    const visited: string[] = [];
    const check = async (): Promise<void> => {
      visited.push(page.url().slice(page.url().lastIndexOf('/site/') + 6));
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    };
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    expect(await page.locator('#v-initial-plan').getByText('Axios').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(site, '..', 'index.png'), fullPage: true });
    await check();
    await page.getByRole('link', { name: 'Redline v1 → v2' }).first().click();
    await page.waitForURL(/compare\/initial-plan--current-draft\.html$/);
    expect(await page.locator('#inline ins').first().isVisible()).toBe(true);
    await check();
    await page.getByRole('link', { name: 'History of guarantee' }).first().click();
    await page.waitForURL(/clauses\/guarantee\.html$/);
    expect(await page.getByText('reliable security guarantees').first().isVisible()).toBe(true);
    expect(await page.locator('.model-sbs').getByText('shall be considered an attack against them all').isVisible()).toBe(true);
    expect(await page.locator('.from sup.vtag').first().textContent()).toBe('from v2');
    await page.screenshot({ path: join(site, '..', 'guarantee.png'), fullPage: true });
    await check();
    await page.getByRole('link', { name: 'Read Article 5 in full' }).click();
    await page.waitForURL(/references\/north-atlantic-treaty\.html#c-article-5$/);
    expect(await page.locator('#c-article-5').getByText('Article 5', { exact: true }).isVisible()).toBe(true);
    await check();
    await page.getByRole('link', { name: 'Home' }).click();
    await page.waitForURL(/site\/index\.html$/);
    expect(visited).toEqual(['index.html', 'compare/initial-plan--current-draft.html', 'clauses/guarantee.html', 'references/north-atlantic-treaty.html#c-article-5']);
    await page.close();
  });

  test('lifecycle fixture: every page has no serious axe violation and no console error', async () => {
    const site = join(scratch(), 'site');
    const result = await publishSite(LIFECYCLE, { out: site, pairs: 'all' });
    const { page, errors } = await open();
    for (const file of result.files) {
      await page.goto(pathToFileURL(join(site, file)).href);
      expect({ file, violations: await seriousViolations(page) }).toEqual({ file, violations: [] });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
