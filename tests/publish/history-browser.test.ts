import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, launchChromium, seriousViolations, watchPage } from '../browser.js';
import { readDrafts } from '../../src/parse/index.js';
import { renderHistoryPage } from '../../src/publish/index.js';
import type { HistoryPageOptions } from '../../src/publish/index.js';
import { LIFECYCLE, PARTIAL, scratch, SHIPPED } from './fixture.js';

/** Writes the history page of a folder of drafts to a scratch file; its path. */
async function historyFile(dir: string, options: HistoryPageOptions = {}): Promise<string> {
  const drafts = (await readDrafts([dir])).flatMap((r) => (r.draft === null ? [] : [r.draft]));
  const file = join(scratch(), 'history.html');
  writeFileSync(file, renderHistoryPage(drafts, options));
  return file;
}

describe.skipIf(!HAS_CHROMIUM)('draftdiff history --format html in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchPage(page, (url) => url.startsWith('file://'));
    await page.goto(pathToFileURL(file).href);
    return { page, errors };
  }


  test('shipped drafts: the timeline, the guarantee reached by clicking, no console error, no serious axe violation', async () => {
    const file = await historyFile(SHIPPED);
    const { page, errors } = await open(file);
    expect(await page.locator('#v-initial-plan').getByText('Axios').first().isVisible()).toBe(true);
    await page.locator('#clauses').getByRole('link', { name: 'guarantee', exact: true }).click();
    await page.waitForURL(/#l-guarantee$/);
    const guarantee = page.locator('#l-guarantee');
    expect(await guarantee.locator('ins').first().isVisible()).toBe(true);
    expect(await guarantee.locator('.model-sbs').getByText('shall be considered an attack against them all').isVisible()).toBe(true);
    expect(await guarantee.locator('.from sup.vtag').first().textContent()).toBe('from v2');
    await guarantee.getByRole('link', { name: 'v1 · initial-plan' }).click();
    await page.waitForURL(/#v-initial-plan$/);
    await page.screenshot({ path: join(file, '..', 'history.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('fixtures and --clause: no serious axe violation and no console error', async () => {
    for (const [dir, options] of [
      [LIFECYCLE, {}],
      [PARTIAL, {}],
      [SHIPPED, { clause: 'guarantee' }],
    ] as const) {
      const { page, errors } = await open(await historyFile(dir, options));
      expect({ dir, violations: await seriousViolations(page) }).toEqual({ dir, violations: [] });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
