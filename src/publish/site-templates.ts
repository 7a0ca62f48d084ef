import Handlebars from 'handlebars';
import { join } from 'node:path';
import { registerHelpers } from '../render/helpers.js';
import { loadTemplates, readTemplateDir, TEMPLATES_DIR } from '../render/load-templates.js';
import type { TemplateFile } from '../render/load-templates.js';

/** The pages of the site, each a template in `templates/site/` (`history` is the one-page history of `draftdiff history --format html`). */
export const PAGE_TEMPLATES = ['index', 'redline', 'clause', 'reference', 'history'] as const;
/** One of the page templates. */
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

/** Compiled page templates. */
export type SiteTemplates = Record<PageTemplate, (view: object) => string>;

function compile(hb: typeof Handlebars, file: TemplateFile): Handlebars.TemplateDelegate {
  try {
    hb.parse(file.source);
  } catch (error) {
    throw new Error(`${file.path}: ${(error as Error).message}`);
  }
  return hb.compile(file.source, { strict: false });
}

/**
 * Loads and compiles the site's templates on a private Handlebars instance: the HTML report's partials
 * (`templates/html/`, so redlines look the same as `compare --format html`), then `templates/site/`; a user directory's
 * `html/` and `site/` files replace ours by name. Throws when a template is missing or does not compile.
 */
export function loadSiteTemplates(userDir?: string): SiteTemplates {
  const html = loadTemplates('html', userDir);
  const site = readTemplateDir(join(TEMPLATES_DIR, 'site'));
  if (userDir !== undefined) for (const [name, file] of readTemplateDir(join(userDir, 'site'))) site.set(name, file);
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, file] of html.partials) hb.registerPartial(name, compile(hb, file));
  for (const [name, file] of site) if (!(PAGE_TEMPLATES as readonly string[]).includes(name)) hb.registerPartial(name, compile(hb, file));
  const page = (name: PageTemplate): ((view: object) => string) => {
    const file = site.get(name);
    if (file === undefined) throw new Error(`no ${name}.hbs in ${join(TEMPLATES_DIR, 'site')}`);
    const template = compile(hb, file);
    return (view) => {
      try {
        return template(view);
      } catch (error) {
        throw new Error(`rendering ${file.path} failed: ${(error as Error).message}`);
      }
    };
  };
  return { index: page('index'), redline: page('redline'), clause: page('clause'), reference: page('reference'), history: page('history') };
}
