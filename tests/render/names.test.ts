import { describe, expect, test } from 'vitest';
import { compareDrafts } from '../../src/compare/compare-drafts.js';
import { renderComparison } from '../../src/render/render-comparison.js';
import { draftOf } from '../parse/helpers.js';

describe('how reports name a bullet point', () => {
  test('by its author id when it has one, whatever the id looks like; else by its first words', () => {
    const before = draftOf('- {#b7} Sanctions will be lifted.\n- Prisoners will be exchanged.\n');
    const after = draftOf('- {#b7} Sanctions may be lifted.\n- Prisoners may be exchanged.\n');
    const comparison = compareDrafts(before, after);
    expect(comparison.changes.map((c) => (Array.isArray(c.new) ? null : c.new?.idSource))).toEqual(['author', 'derived']);
    const md = renderComparison(comparison, { format: 'md' });
    expect(md).toContain('Point #b7: ');
    expect(md).toContain('Point “Prisoners may be exchanged.”: ');
  });
});
