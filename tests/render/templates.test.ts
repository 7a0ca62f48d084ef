import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as render from '../../src/render/index.js';
import { renderComparison, TEMPLATES_DIR } from '../../src/render/index.js';
import { compare, everyChangeDrafts } from './fixture.js';

const dirs: string[] = [];
function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draftdiff-templates-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('user templates', () => {
  const comparison = compare(everyChangeDrafts());

  test('a partial in DIR/<format>/ replaces ours; the rest stay ours', () => {
    const dir = userDir({ 'md/finding.hbs': '- **{{severity}}** ({{rule}}): {{md message start=false}}\n' });
    const md = renderComparison(comparison, { format: 'md', templates: dir });
    expect(md).toContain('- **major** (number-changed): Number changed: 600,000 personnel → 800,000 personnel (+33 %).');
    expect(md).not.toContain('- {>>');
    expect(md).toContain('limited to {~~600,000~>800,000~~} personnel.');
    expect(renderComparison(comparison, { format: 'md' })).toContain('{>>Major: Number changed');
  });

  test('an HTML partial override is escaped like ours', () => {
    const dir = userDir({ 'html/finding.hbs': '<li class="mine" data-rule="{{rule}}">{{message}}</li>\n' });
    const html = renderComparison(comparison, { format: 'html', templates: dir });
    expect(html).toContain('<li class="mine" data-rule="number-changed">Number changed: 600,000 personnel → 800,000 personnel (+33 %).</li>');
    expect(html).toContain('<li class="mine" data-rule="clause-removed">Point 9 was removed: “The agreement will be legally binding on all…”</li>');
  });

  test('a user layout replaces the whole report and may use new partials', () => {
    const dir = userDir({ 'text/layout.hbs': '{{> mine}}', 'text/mine.hbs': '{{summary.totals.modified}} modified, {{changes.length}} changes' });
    expect(renderComparison(comparison, { format: 'text', templates: dir })).toBe('3 modified, 15 changes');
  });

  test('misuse throws: a missing directory, a template that does not compile, an unknown ANSI style', () => {
    expect(() => renderComparison(comparison, { format: 'md', templates: join(tmpdir(), 'no-such-draftdiff-dir') })).toThrow(/templates directory not found/);
    const broken = userDir({ 'md/gap.hbs': '{{#if}}' });
    expect(() => renderComparison(comparison, { format: 'md', templates: broken })).toThrow(/gap\.hbs/);
    const style = userDir({ 'text/layout.hbs': '{{#ansi "blink"}}x{{/ansi}}' });
    expect(() => renderComparison(comparison, { format: 'text', templates: style, color: true })).toThrow(/unknown style "blink"/);
    expect(() => renderComparison(comparison, { format: 'pdf' as 'md' })).toThrow();
  });

  test('the shipped templates are found from the module, next to src/ and dist/', () => {
    expect(TEMPLATES_DIR.replace(/\\/g, '/')).toMatch(/\/templates\/$/);
  });

  test('exposes the public API', () => {
    expect(Object.keys(render).sort()).toEqual(['RenderFormat', 'RenderOptions', 'TEMPLATES_DIR', 'buildViewModel', 'renderComparison']);
  });
});
