import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Every file under a folder, as posix paths relative to it, sorted. */
export function listTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** Every file's bytes under a folder, by relative path. */
export function readTree(root: string): Record<string, string> {
  return Object.fromEntries(listTree(root).map((p) => [p, readFileSync(join(root, p), 'utf8')]));
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&#x3D;/g, '=').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The ids of an HTML page, in order (duplicates kept). */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

/** The hrefs of an HTML page. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

/** Broken internal links of a site: each `href` resolved against its page must name an existing file and, with `#id`, an id in it. */
export function brokenLinks(root: string): string[] {
  const pages = listTree(root).filter((p) => p.endsWith('.html'));
  const ids = new Map(pages.map((p) => [p, new Set(idsOf(readFileSync(join(root, p), 'utf8')))] as const));
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of hrefsOf(readFileSync(join(root, page), 'utf8'))) {
      if (/^https?:\/\//.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        broken.push(`${page}: non-http scheme ${href}`);
        continue;
      }
      const [path = '', fragment] = href.split('#');
      const target = path === '' ? page : relative(root, resolve(root, dirname(page), decodeURIComponent(path))).split(sep).join('/');
      const targetIds = ids.get(target);
      if (targetIds === undefined) broken.push(`${page}: ${href} (no file ${target})`);
      else if (fragment !== undefined && fragment !== '' && !targetIds.has(decodeURIComponent(fragment))) broken.push(`${page}: ${href} (no id ${fragment} in ${target})`);
    }
  }
  return broken;
}

/** Basic checks of one page: one `<html lang>`, a non-empty `<title>`, unique ids, no script, no external resource. */
export function pageProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!DOCTYPE html>')) problems.push('no doctype first');
  const htmlTags = [...html.matchAll(/<html\b[^>]*>/g)];
  if (htmlTags.length !== 1 || !/\slang="[a-z]{2}/.test(htmlTags[0]?.[0] ?? '')) problems.push('not exactly one <html lang>');
  const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)];
  if (titles.length !== 1 || titles[0]![1]!.trim() === '') problems.push('not exactly one non-empty <title>');
  const ids = idsOf(html);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length > 0) problems.push(`duplicate ids: ${[...new Set(dup)].join(', ')}`);
  if (ids.some((id) => id === '' || /\s/.test(id))) problems.push('empty or spaced id');
  if (/<script\b/i.test(html)) problems.push('a <script> element');
  if (/<(link|img|iframe)\b/i.test(html) || /\bsrc="/.test(html)) problems.push('an external resource');
  if ((html.match(/<main\b/g) ?? []).length !== 1) problems.push('not exactly one <main>');
  if ((html.match(/<h1\b/g) ?? []).length !== 1) problems.push('not exactly one <h1>');
  return problems;
}
