import Handlebars from 'handlebars';
import type { Comparison } from '../model/index.js';
import { registerHelpers } from './helpers.js';
import { loadTemplates } from './load-templates.js';
import type { TemplateFile } from './load-templates.js';
import { RenderOptions } from './options.js';
import { buildViewModel } from './view-model.js';

function compile(hb: typeof Handlebars, file: TemplateFile, noEscape: boolean): Handlebars.TemplateDelegate {
  try {
    hb.parse(file.source);
  } catch (error) {
    throw new Error(`${file.path}: ${(error as Error).message}`);
  }
  return hb.compile(file.source, { noEscape });
}

/**
 * Renders a comparison as a report from the Handlebars templates of its format: a self-contained HTML page,
 * Markdown with CriticMarkup, or terminal text. Templates in `options.templates` replace ours by file name.
 * Throws on misuse (bad options, a missing templates directory, a template that does not compile).
 *
 * @example
 * const html = renderComparison(compareDrafts(oldDraft, newDraft), { format: 'html' });
 * const text = renderComparison(comparison, { format: 'text', color: process.stdout.isTTY });
 */
export function renderComparison(comparison: Comparison, options: RenderOptions): string {
  const opts = RenderOptions.parse(options);
  const templates = loadTemplates(opts.format, opts.templates);
  const hb = Handlebars.create();
  registerHelpers(hb);
  const noEscape = opts.format !== 'html';
  for (const [name, file] of templates.partials) hb.registerPartial(name, compile(hb, file, noEscape));
  const layout = compile(hb, templates.layout, noEscape);
  const view = buildViewModel(comparison, {
    format: opts.format,
    color: opts.format === 'text' && opts.color,
    showUnchanged: opts.showUnchanged ?? opts.format !== 'text',
  });
  try {
    return layout(view);
  } catch (error) {
    throw new Error(`rendering ${opts.format} failed: ${(error as Error).message}`);
  }
}
