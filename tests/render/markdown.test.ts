import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { joinDiff } from '../../src/compare/index.js';
import type { Change, Comparison } from '../../src/model/index.js';
import { renderComparison } from '../../src/render/index.js';
import { escapeMarkdown, unescapeMarkdown } from '../../src/render/escape.js';
import { propertyRuns } from '../compare/helpers.js';
import { compare, everyChangeDrafts, hostileDrafts, partialDrafts } from './fixture.js';
import { mdSections, resolveCritic, shippedComparison } from './render-helpers.js';

const DELIMITERS = ['{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{>>', '<<}', '{==', '==}'];

function expectedText(change: Change, side: 'old' | 'new'): string {
  if (change.notReported) return joinDiff(change.diff, change.old === null ? 'new' : 'old');
  return joinDiff(change.diff, side);
}

function headingText(change: Change, side: 'old' | 'new'): string | null {
  if (change.headingDiff === null) return null;
  return joinDiff(change.headingDiff, side);
}

const COMPARISONS: [string, () => Comparison][] = [
  ['every-change', () => compare(everyChangeDrafts())],
  ['partial', () => compare(partialDrafts())],
  ['hostile', () => compare(hostileDrafts())],
  ['shipped drafts', shippedComparison],
];

describe('Markdown (CriticMarkup) is lossless', () => {
  test.each(COMPARISONS)('%s: rejecting all changes gives each old text, accepting all gives each new text', (_name, build) => {
    const comparison = build();
    const sections = mdSections(renderComparison(comparison, { format: 'md' }));
    expect(sections).toHaveLength(comparison.changes.length);
    comparison.changes.forEach((change, i) => {
      const section = sections[i]!;
      expect(resolveCritic(section.text, 'old'), change.key).toBe(expectedText(change, 'old'));
      expect(resolveCritic(section.text, 'new'), change.key).toBe(expectedText(change, 'new'));
      const oldHeading = headingText(change, 'old');
      if (oldHeading !== null && oldHeading !== '') {
        const line = section.heading.slice(section.heading.indexOf(' — ') + ' — '.length);
        expect(resolveCritic(line, 'old'), change.key).toBe(oldHeading);
        expect(resolveCritic(line, 'new'), change.key).toBe(headingText(change, 'new'));
      }
    });
  });

  test('a substitution is used for a delete directly followed by an insert', () => {
    const md = renderComparison(compare(everyChangeDrafts()), { format: 'md' });
    expect(md).toContain('limited to {~~600,000~>800,000~~} personnel.');
    expect(md).toContain('{++Frozen Russian assets');
    expect(md).toContain('{--The agreement will be legally binding');
    expect(md).toContain('- {>>Major: Number changed: 600,000 personnel → 800,000 personnel (+33 %).<<}');
  });

  test('not-reported clauses are plain text, never insertions or deletions', () => {
    const comparison = compare(partialDrafts());
    const sections = mdSections(renderComparison(comparison, { format: 'md' }));
    comparison.changes.forEach((change, i) => {
      if (!change.notReported) return;
      expect(sections[i]!.text).not.toMatch(/\{\+\+|\{--|\{~~/);
    });
    expect(renderComparison(comparison, { format: 'md' })).toContain('*not reported in the new version*');
  });
});

describe('Markdown escaping', () => {
  test('hostile draft text keeps no CriticMarkup delimiter, HTML tag or Markdown markup of its own', () => {
    const md = renderComparison(compare(hostileDrafts()), { format: 'md' });
    for (const section of mdSections(md)) {
      const withoutOurs = section.text.replace(/\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}/g, '$1$2$3$4');
      for (const d of DELIMITERS) expect(withoutOurs, d).not.toContain(d);
      expect(withoutOurs).not.toMatch(/(^|[^\\])<[a-z/]/i);
      expect(withoutOurs).not.toMatch(/(^|[^\\])[*_`[\]|]/);
      expect(withoutOurs).not.toMatch(/^(#|-|\+|=|>|\d+[.)] )/m);
    }
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\{\\{constructor\\}\\}');
    expect(md).toContain('javascript:alert(1)');
  });

  test('escaping is undone exactly and never leaves a delimiter (property)', () => {
    const pieces = fc.constantFrom('{', '}', '+', '-', '~', '>', '<', '=', '*', '_', '#', '\n', ' ', '1.', '\\', '&', 'a', '`', '|', '[', ']');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), fc.boolean(), (parts, start) => {
        const text = parts.join('');
        const escaped = escapeMarkdown(text, start);
        expect(unescapeMarkdown(escaped)).toBe(text);
        for (const d of DELIMITERS) expect(escaped).not.toContain(d);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
