/**
 * Finds verbatim quotations in a clause's text.
 *
 * Decisions:
 * - Straight `"…"`, curly `“…”` and curly single `‘…’` quotation marks are recognised; only the
 *   outermost quotation is reported (a quote nested inside another is part of it).
 * - `‘` opens a quotation only at the start of a word (after a space, an opening bracket or a dash, or at
 *   the start of the text); `’` closes it only when no letter or digit follows, so apostrophes such as
 *   `Russia’s` or `don’t` are never quotation marks.
 * - A straight `"` preceded by a space and followed by a word while a straight quotation is open starts a
 *   new quotation (the earlier mark was unbalanced). A quotation never crosses a blank line: an opening
 *   mark still open there is dropped. Unterminated and empty quotations are not reported.
 * - Straight single quotes and German `„…“` marks are not treated as quotation marks.
 */
import type { Quote } from '../model/facts.js';
import { fastPaths } from './find-shared.js';

const OPENERS_BEFORE = /[\s([{\u2014\u2013\-\/]/u;
const WORDISH = /[\p{L}\p{N}]/u;
/** Any of the marks a quotation can start or end with: a text without one holds no quotation. */
const ANY_MARK = /["“”‘’]/;

interface Open {
  /** The mark that opened the quotation. */
  mark: '"' | '“' | '‘';
  /** Offset just after the opening mark. */
  start: number;
}

/** Finds the spans inside quotation marks; the span excludes the marks and `text` equals the sliced span. */
export function findQuotes(text: string): Quote[] {
  // Most clauses quote nothing: one search for a mark, rather than the loop's look at every character.
  if (fastPaths.enabled && !ANY_MARK.test(text)) return [];
  const quotes: Quote[] = [];
  let open: Open | null = null;
  const close = (end: number): void => {
    if (open !== null && end > open.start) {
      quotes.push({ text: text.slice(open.start, end), span: { start: open.start, end } });
    }
    open = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      open = null;
      continue;
    }
    if (c !== '"' && c !== '“' && c !== '”' && c !== '‘' && c !== '’') continue;
    const before = i > 0 ? (text[i - 1] ?? '') : '';
    const after = text[i + 1] ?? '';
    const atWordStart = before === '' || OPENERS_BEFORE.test(before) || before === '"' || before === '“';
    const startsWord = after !== '' && !/\s/u.test(after);
    const current = open as Open | null;
    if (current === null) {
      if (c === '"' && startsWord) open = { mark: '"', start: i + 1 };
      else if (c === '“') open = { mark: '“', start: i + 1 };
      else if (c === '‘' && atWordStart && startsWord) open = { mark: '‘', start: i + 1 };
      continue;
    }
    if (current.mark === '"' && c === '"') {
      if (/\s/u.test(before) && startsWord && WORDISH.test(after)) open = { mark: '"', start: i + 1 };
      else close(i);
    } else if (current.mark === '“') {
      if (c === '”') close(i);
      else if (c === '“') open = { mark: '“', start: i + 1 };
    } else if (current.mark === '‘' && c === '’' && !WORDISH.test(after)) {
      close(i);
    }
  }
  return quotes;
}
