import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Clause, Draft } from '../../src/model/draft.js';
import { parseDraft, type ParseResult } from '../../src/parse/parse-draft.js';

/** Absolute path of a file under tests/fixtures/. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

/** Parses a fixture file as the CLI would (bytes, with its path). */
export function parseFixture(relative: string): ParseResult {
  return parseDraft(readFileSync(fixturePath(relative)), { path: `tests/fixtures/${relative}` });
}

/** Parses a text that must give a draft. */
export function draftOf(text: string): Draft {
  const result = parseDraft(text, { path: 'test.md' });
  if (!result.draft) throw new Error(`no draft: ${JSON.stringify(result.messages)}`);
  return result.draft;
}

/** The clause tree as indented lines `num [id] text`, for readable assertions. */
export function tree(clauses: readonly Clause[], depth = 0): string[] {
  return clauses.flatMap((c) => [`${'  '.repeat(depth)}${c.num ?? '•'} [${c.id}] ${c.heading ? `${c.heading} — ` : ''}${c.text}`, ...tree(c.children, depth + 1)]);
}
