/**
 * File names of the published site. Every id that becomes part of a path is mapped to `[A-Za-z0-9._-]`, never `.`,
 * `..` or a hidden name, and clashes are resolved deterministically, so no draft can name a file outside the site.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { safeStem } from '../model/safe-id.js';

/** Longest file-name stem taken from an id; longer ids are cut and get a hash of the whole id. */
const MAX_STEM = 80;
/** Names Windows reserves for devices. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Turns an id into a safe file-name stem: runs of characters outside `[A-Za-z0-9._-]` become `-`, `--` is collapsed
 * (so `old--new` page names stay unambiguous), leading dots and dashes are dropped, and an empty, reserved or over-long
 * result is replaced or cut (with a hash of the id).
 */
export function sanitisePathSegment(id: string): string {
  let stem = safeStem(id);
  if (stem === '' || RESERVED.test(stem)) stem = `id-${stem}`.replace(/-+$/, '');
  if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM - 9).replace(/[.-]+$/, '')}-${hashOf(id)}`;
  return stem;
}

function hashOf(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 8);
}

/** Gives each id a unique safe stem, first come first served: a clash (case-insensitive) gets `-2`, `-3`, … */
export class SlugAllocator {
  private readonly byId = new Map<string, string>();
  private readonly used = new Set<string>();

  /** The stem of `id`, allocating one on first sight. */
  slug(id: string): string {
    return this.byId.get(id) ?? this.allocate(id);
  }

  /** A new unique stem for `id`, even when the id was seen before (two drafts with one id get two pages). */
  allocate(id: string): string {
    const base = sanitisePathSegment(id);
    let stem = base;
    for (let n = 2; this.used.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    this.used.add(stem.toLowerCase());
    if (!this.byId.has(id)) this.byId.set(id, stem);
    return stem;
  }
}

/** Site-relative path (posix) of a redline page: `compare/<old>--<new>.html`. */
export function comparePath(oldSlug: string, newSlug: string): string {
  return `compare/${oldSlug}--${newSlug}.html`;
}

/** Site-relative path of a clause lineage's page: `clauses/<lineage>.html`. */
export function clausePath(slug: string): string {
  return `clauses/${slug}.html`;
}

/** Site-relative path of a reference text's page: `references/<draft>.html`. */
export function referencePath(slug: string): string {
  return `references/${slug}.html`;
}

/** The href from one site page to another (both site-relative, posix), with an optional fragment. */
export function hrefFrom(fromPage: string, toPage: string, fragment?: string): string {
  const rel = posix.relative(posix.dirname(fromPage), toPage);
  return fragment === undefined ? rel : `${rel}#${fragment}`;
}

/** Resolves a site-relative path under `root`; throws when the result would not be strictly inside `root`. */
export function resolveInside(root: string, sitePath: string): string {
  const base = resolve(root);
  const full = resolve(base, ...sitePath.split('/'));
  const rel = relative(base, full);
  if (rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`) || rel.split(sep).includes('..')) {
    throw new Error(`publishSite: refusing to write ${JSON.stringify(sitePath)} outside ${base}`);
  }
  return full;
}
