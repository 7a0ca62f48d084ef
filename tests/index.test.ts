import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import * as draftdiff from '../src/index.js';

describe('the public API', () => {
  test('exposes the documented functions and schemas', () => {
    for (const name of [
      'parseDraft', 'readDraftFile', 'readDrafts', 'compareDrafts', 'compareWithModels', 'compareClauseWithModel', 'renderComparison',
      'renderDocx', 'buildHistory', 'publishSite', 'renderHistoryPage', 'createDraftJsonSchema', 'formatMessage', 'orderVersions', 'findingRules', 'LIMITS',
    ]) {
      expect(draftdiff, name).toHaveProperty(name);
    }
    for (const schema of ['Draft', 'Clause', 'Block', 'Comparison', 'Change', 'Finding', 'History', 'Message']) {
      expect((draftdiff as Record<string, unknown>)[schema], schema).toHaveProperty('safeParse');
    }
  });

  test('the README example works', async () => {
    const { parseDraft, compareDrafts, renderComparison, renderDocx } = draftdiff;
    const old = parseDraft(await readFile('drafts/1-initial-plan.md'), { path: 'drafts/1-initial-plan.md' });
    const neu = parseDraft(await readFile('drafts/2-current-draft.md'), { path: 'drafts/2-current-draft.md' });
    expect(old.ok && neu.ok).toBe(true);
    const comparison = compareDrafts(old.draft!, neu.draft!, { ignoreTypography: true });
    expect(draftdiff.Comparison.safeParse(comparison).success).toBe(true);
    expect(renderComparison(comparison, { format: 'html' })).toContain('<!DOCTYPE html>');
    expect((await renderDocx(comparison, { author: 'Legal desk' })).byteLength).toBeGreaterThan(1000);
    const models = draftdiff.compareWithModels(neu.draft!, [old.draft!, neu.draft!, parseDraft(await readFile('drafts/0-north-atlantic-treaty.md')).draft!]);
    expect(models.length).toBe(1);
  });
});
