import { z } from 'zod';

/** The formats `renderComparison` writes from templates (Word output is a separate renderer). */
export const RenderFormat = z.enum(['html', 'md', 'text']);
/** One of `html`, `md`, `text`. */
export type RenderFormat = z.infer<typeof RenderFormat>;

/** Options of `renderComparison`; only `format` is required. */
export const RenderOptions = z.object({
  /** Output format: a self-contained HTML page, Markdown with CriticMarkup, or terminal text. */
  format: RenderFormat,
  /** A directory of user templates: `DIR/<format>/<name>.hbs` replaces the template or partial of that name. */
  templates: z.string().min(1).optional(),
  /** ANSI colour in terminal text (the CLI decides from the TTY and `NO_COLOR`); ignored by other formats. */
  color: z.boolean().default(false),
  /** Show unchanged clauses in full (default for html and md) or collapse runs of them into a count (default for text). */
  showUnchanged: z.boolean().optional(),
});
/** Options as a caller gives them. */
export type RenderOptions = z.input<typeof RenderOptions>;
