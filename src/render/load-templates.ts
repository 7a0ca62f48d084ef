import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderFormat } from './options.js';

/** The shipped templates: `templates/` at the package root, found from this module (`src/render/` or `dist/render/`). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The template files of one format: the layout (entry point) and the partials, each with where it came from. */
export interface TemplateSet {
  /** Source of `layout.hbs`. */
  layout: TemplateFile;
  /** Every other `.hbs` file, by name without extension (the partial name). */
  partials: Map<string, TemplateFile>;
}

/** One template file. */
export interface TemplateFile {
  /** Path it was read from (for error messages). */
  path: string;
  /** Its text. */
  source: string;
}

/** The `.hbs` files of one directory by name without extension (sorted; empty when the directory does not exist). */
export function readTemplateDir(dir: string): Map<string, TemplateFile> {
  const out = new Map<string, TemplateFile>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.hbs')) continue;
    const path = join(dir, name);
    out.set(name.slice(0, -'.hbs'.length), { path, source: readFileSync(path, 'utf8') });
  }
  return out;
}

/**
 * Reads the templates of a format: ours from `templates/<format>/`, then any file of the same name in
 * `<userDir>/<format>/` replaces ours (new names add partials). Throws when `userDir` is not a directory.
 */
export function loadTemplates(format: RenderFormat, userDir?: string): TemplateSet {
  const files = readTemplateDir(join(TEMPLATES_DIR, format));
  if (userDir !== undefined) {
    if (!existsSync(userDir) || !statSync(userDir).isDirectory()) throw new Error(`templates directory not found: ${userDir}`);
    for (const [name, file] of readTemplateDir(join(userDir, format))) files.set(name, file);
  }
  const layout = files.get('layout');
  if (layout === undefined) throw new Error(`no layout.hbs for format ${format} in ${join(TEMPLATES_DIR, format)}`);
  files.delete('layout');
  return { layout, partials: files };
}
