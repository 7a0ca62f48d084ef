import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../src/compare/compare-drafts.js';
import { compareResolved } from '../../src/compare/compare-resolved.js';
import { DEFAULT_OPTIONS } from '../../src/compare/default-options.js';
import { resolveOptions } from '../../src/compare/options.js';
import { shippedDraft } from '../render/render-helpers.js';

describe('comparison options', () => {
  it('writes out the defaults exactly as the schema gives them (values and key order)', () => {
    expect(JSON.stringify(DEFAULT_OPTIONS)).toBe(JSON.stringify(resolveOptions({})));
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
  });

  it('compares the same on resolved options as compareDrafts does on the caller’s', () => {
    const initial = shippedDraft('1-initial-plan.md');
    const current = shippedDraft('2-current-draft.md');
    const options = { ignoreTypography: true };
    expect(compareResolved(initial, current, { ...DEFAULT_OPTIONS, ...options })).toStrictEqual(compareDrafts(initial, current, options));
  });

  it('still refuses options out of range at the library boundary', () => {
    const initial = shippedDraft('1-initial-plan.md');
    expect(() => compareDrafts(initial, initial, { matchThreshold: 2 })).toThrow();
  });
});
