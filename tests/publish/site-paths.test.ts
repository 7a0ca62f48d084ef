import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrefFrom, resolveInside, sanitisePathSegment, SlugAllocator } from '../../src/publish/site-paths.js';
import { propertyRuns } from '../compare/helpers.js';

describe('site paths', () => {
  it('maps any id to a safe file-name stem: [A-Za-z0-9._-], no leading dot, never . or .., no --', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (id) => {
        const stem = sanitisePathSegment(id);
        expect(stem).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
        expect(stem).not.toContain('--');
        expect(stem.length).toBeLessThanOrEqual(80);
        expect(resolveInside('/site', `clauses/${stem}.html`)).toBe(join('/site', 'clauses', `${stem}.html`));
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('keeps plain ids and gives clashing ones distinct stems, first come first served (case-insensitively)', () => {
    const slugs = new SlugAllocator();
    expect(['guarantee', 'a/b', 'a-b', 'A-B', '..', '.', 'con', 'a-b'].map((id) => slugs.allocate(id))).toEqual([
      'guarantee',
      'a-b',
      'a-b-2',
      'A-B-3',
      'id',
      'id-2',
      'id-con',
      'a-b-4',
    ]);
    expect(slugs.slug('a-b')).toBe('a-b-2');
  });

  it('refuses paths that leave the root and builds relative hrefs', () => {
    expect(() => resolveInside('/site', '../x.html')).toThrow(/outside/);
    expect(() => resolveInside('/site', 'a/../../x.html')).toThrow(/outside/);
    expect(() => resolveInside('/site', '')).toThrow(/outside/);
    expect(resolveInside('/site', 'a/b.html')).toBe(resolve('/site/a/b.html'));
    expect(hrefFrom('clauses/a.html', 'index.html', 'v-x')).toBe('../index.html#v-x');
    expect(hrefFrom('clauses/a.html', 'clauses/b.html')).toBe('b.html');
    expect(hrefFrom('index.html', 'compare/a--b.html')).toBe('compare/a--b.html');
  });
});
