import type Handlebars from 'handlebars';
import { escapeMarkdown, escapeTerminal } from './escape.js';

/** SGR codes the `ansi` helper knows, by the words templates use. */
const ANSI_CODES: Record<string, number> = {
  bold: 1,
  dim: 2,
  italic: 3,
  underline: 4,
  strike: 9,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
};

function rootOf(options: Handlebars.HelperOptions): Record<string, unknown> {
  return (options.data as { root?: Record<string, unknown> } | undefined)?.root ?? {};
}

function str(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Wraps each line of `text` in the SGR codes named by `styles` (`"green underline"`). */
function ansi(styles: string, text: string): string {
  const codes = styles
    .split(/\s+/u)
    .filter((s) => s !== '')
    .map((s) => {
      const code = ANSI_CODES[s];
      if (code === undefined) throw new Error(`ansi: unknown style "${s}" (known: ${Object.keys(ANSI_CODES).join(', ')})`);
      return code;
    });
  if (codes.length === 0) return text;
  const open = `\u001b[${codes.join(';')}m`;
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${open}${line}\u001b[0m`))
    .join('\n');
}

/**
 * Registers every helper the templates use, on the given (isolated) Handlebars instance:
 * - `{{md text start=bool}}` escapes draft text for Markdown/CriticMarkup (`start`: the text opens a line; default true);
 * - `{{txt text}}` escapes draft text for a terminal (and breaks `[+ +] [- -]` markers when colour is off);
 * - `{{#ansi "green underline"}}…{{/ansi}}` colours its content when the view model's `color` is true;
 * - `{{#indent "  "}}…{{/indent}}` prefixes every non-empty line of its content (terminal paragraphs under a header);
 * - `{{repeat "#" n max=6}}`, `{{add a b}}`, `{{eq a b}}`, `{{plural n "clause" "clauses"}}`, `{{pad text width}}`.
 */
export function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('md', (value: unknown, options: Handlebars.HelperOptions) =>
    escapeMarkdown(str(value), (options.hash as { start?: unknown }).start !== false),
  );
  hb.registerHelper('txt', (value: unknown, options: Handlebars.HelperOptions) => escapeTerminal(str(value), rootOf(options)['color'] !== true));
  hb.registerHelper('ansi', function (this: unknown, styles: unknown, options: Handlebars.HelperOptions) {
    const content = options.fn(this);
    return rootOf(options)['color'] === true ? ansi(str(styles), content) : content;
  });
  hb.registerHelper('repeat', (text: unknown, count: unknown, options: Handlebars.HelperOptions) => {
    const max = Number((options.hash as { max?: unknown }).max ?? Infinity);
    return str(text).repeat(Math.max(0, Math.min(Number(count) || 0, max)));
  });
  hb.registerHelper('indent', function (this: unknown, prefix: unknown, options: Handlebars.HelperOptions) {
    const pad = str(prefix);
    return options
      .fn(this)
      .split('\n')
      .map((line) => (line === '' ? line : `${pad}${line}`))
      .join('\n');
  });
  hb.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => `${str(count)} ${Number(count) === 1 ? str(one) : str(many)}`);
  hb.registerHelper('pad', (value: unknown, width: unknown) => str(value).padEnd(Number(width) || 0));
}
