import { describe, expect, test } from 'vitest';
import type { Comparison } from '../../src/model/index.js';
import { renderComparison } from '../../src/render/index.js';
import type { RenderOptions } from '../../src/render/index.js';
import { compare, everyChangeDrafts, hostileDrafts, partialDrafts } from './fixture.js';
import { shippedComparison } from './render-helpers.js';

const CASES: [string, () => Comparison][] = [
  ['every-change', () => compare(everyChangeDrafts())],
  ['partial', () => compare(partialDrafts())],
  ['hostile', () => compare(hostileDrafts())],
  ['shipped-drafts', shippedComparison],
];

const FORMATS: [RenderOptions, string][] = [
  [{ format: 'html' }, 'html'],
  [{ format: 'md' }, 'md'],
  [{ format: 'text' }, 'txt'],
];

describe('golden reports (review changes to tests/fixtures/render by eye)', () => {
  for (const [name, build] of CASES) {
    for (const [options, ext] of FORMATS) {
      test(`${name}.${ext}`, async () => {
        await expect(renderComparison(build(), options)).toMatchFileSnapshot(`../fixtures/render/${name}.${ext}`);
      });
    }
  }

  test('every-change in colour (ANSI)', async () => {
    const text = renderComparison(compare(everyChangeDrafts()), { format: 'text', color: true });
    await expect(text).toMatchFileSnapshot('../fixtures/render/every-change.ansi.txt');
  });

  test('every-change with unchanged clauses collapsed (html, md) and shown (text)', async () => {
    const comparison = compare(everyChangeDrafts());
    await expect(renderComparison(comparison, { format: 'html', showUnchanged: false })).toMatchFileSnapshot(
      '../fixtures/render/every-change.collapsed.html',
    );
    await expect(renderComparison(comparison, { format: 'md', showUnchanged: false })).toMatchFileSnapshot(
      '../fixtures/render/every-change.collapsed.md',
    );
    await expect(renderComparison(comparison, { format: 'text', showUnchanged: true })).toMatchFileSnapshot(
      '../fixtures/render/every-change.full.txt',
    );
  });
});

describe('reports are deterministic', () => {
  test.each(['html', 'md', 'text'] as const)('%s: the same comparison gives the same bytes', (format) => {
    const a = renderComparison(compare(everyChangeDrafts()), { format });
    const b = renderComparison(compare(everyChangeDrafts()), { format });
    expect(a).toBe(b);
  });
});
