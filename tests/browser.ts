/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, with the flags
 * this machine needs, a watch on console errors and network requests, and axe-core's serious violations.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install -y chromium`). */
export const CHROMIUM = '/usr/bin/chromium';
/** Whether the browser tests can run; they are skipped, saying why, when not. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} does not exist (apt-get install -y chromium)`);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Starts headless Chromium with no background networking (the machine has no network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Collects console errors, page errors and any request for a URL `allowed` refuses, into the returned list. */
export function watchPage(page: Page, allowed: (url: string) => boolean): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!allowed(r.url())) errors.push(`network request: ${r.url()}`);
  });
  return errors;
}

/** axe-core's serious and critical violations on the page, as `id (impact): targets`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate<{ id: string; impact: string; nodes: { target: string[] }[] }[]>('axe.run().then((result) => result.violations)');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
