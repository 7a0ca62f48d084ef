import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDrafts } from '../../src/parse/index.js';
import { renderHistoryPage } from '../../src/publish/index.js';
import type { HistoryPageOptions } from '../../src/publish/index.js';
import { LIFECYCLE, PARTIAL, scratch, SHIPPED } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} does not exist (apt-get install -y chromium)`);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) errors.push(`network request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    return { page, errors };
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate<{ id: string; impact: string; nodes: { target: string[] }[] }[]>('axe.run().then((result) => result.violations)');
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
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
