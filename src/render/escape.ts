/**
 * Escaping of draft text for the formats Handlebars does not escape itself (Markdown and terminal text), and the
 * sanitising of ids into anchors. HTML is escaped by Handlebars (`{{ }}`), never here.
 */

/** Characters always backslash-escaped in Markdown: inline markup, HTML, links, tables and CriticMarkup braces. */
const MD_ALWAYS = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '{', '}', '~', '|']);
/** Characters escaped right after `{`, so no CriticMarkup opener (`{++`, `{--`, `{==`) can form. */
const MD_AFTER_BRACE = new Set(['+', '-', '=']);
/** Characters that start a block when they open a line (list items, setext underlines, ATX headings). */
const MD_LINE_START = new Set(['-', '+', '=', '#']);

/**
 * Escapes draft text for Markdown with CriticMarkup so that it can only ever be read as text: a backslash goes before
 * Markdown-active characters (`\ ` * _ [ ] < > { } ~ |`), before `+ - =` right after a `{`, before `+ - = #` at the start
 * of a line,
 * before `&` that could start an entity, and before the `.`/`)` of an ordered-list marker at the start of a line.
 * Every CriticMarkup delimiter (`{++ ++} {-- --} {~~ ~> ~~} {== ==} {>> <<}`) therefore has a backslash inside it.
 * Removing each backslash that precedes an ASCII punctuation character gives back the text exactly.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  let out = '';
  let lineStart = atLineStart;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = i === 0 ? '' : text[i - 1]!;
    if (ch === '\n') {
      out += ch;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart && ch === ' ' && indent < 3) {
      out += ch;
      indent++;
      continue;
    }
    let escape = MD_ALWAYS.has(ch) || (MD_AFTER_BRACE.has(ch) && prev === '{') || (ch === '&' && /[#\p{L}\p{N}]/u.test(text[i + 1] ?? ''));
    if (lineStart && MD_LINE_START.has(ch)) escape = true;
    if (lineStart && /\d/.test(ch)) {
      const marker = /^\d{1,9}[.)](?=[ \t]|$|\n)/.exec(text.slice(i, i + 12));
      if (marker !== null) {
        out += `${marker[0].slice(0, -1)}\\${marker[0].slice(-1)}`;
        i += marker[0].length - 1;
        lineStart = false;
        continue;
      }
    }
    out += escape ? `\\${ch}` : ch;
    lineStart = false;
  }
  return out;
}

/** Gives back the text `escapeMarkdown` escaped: drops each backslash that precedes an ASCII punctuation character. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A visible stand-in for a control character: the Unicode control picture, or U+FFFD for C1 controls. */
function controlPicture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}

/**
 * Escapes draft text for a terminal: control characters other than newline and tab (ESC above all, which would start
 * an ANSI sequence) become visible control pictures (`␛`). With `markers`, a backslash also breaks the change markers
 * `[+ +] [- -]` inside the text (`[\+`, `+\]`), so colourless output cannot be misread.
 */
export function escapeTerminal(text: string, markers: boolean): string {
  let out = text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, controlPicture);
  if (markers) out = out.replace(/\[(?=[+-])/g, '[\\').replace(/([+-])\]/g, '$1\\]');
  return out;
}

/**
 * Makes a clause or block id safe as an HTML id and URL fragment: letters and digits of any script, `_`, `.` and `-`
 * are kept, every other run of characters becomes one `-`.
 */
export function sanitiseAnchor(id: string): string {
  const clean = id
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return clean === '' ? 'x' : clean;
}
