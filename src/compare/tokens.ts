/** Whitespace runs, numbers with separators, words (with inner apostrophes), or any other single character. */
const TOKEN = /\s+|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|[^\s]/gu;
/**
 * `TOKEN` for a text of ASCII characters only, where `\p{L}` is `[A-Za-z]`, `\p{N}` is `[0-9]`, `\p{M}` is empty
 * and `’` cannot occur: the same tokens, found about twice as fast. Every position starts a match (a white-space run
 * or any other single character at worst), so the tokens always join to the text.
 */
const ASCII_TOKEN = /\s+|[0-9]+(?:[.,][0-9]+)*|\w+(?:'\w+)*|[^\s]/g;
const NOT_ASCII = /[^\x00-\x7f]/;
const WORDLIKE = /[\p{L}\p{N}]/u;
const SPACE = /^\s+$/u;

/** Splits text into tokens whose concatenation is exactly the text. */
export function tokenize(text: string): string[] {
  if (!NOT_ASCII.test(text)) return text.match(ASCII_TOKEN) ?? [];
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.join('') !== text) return text === '' ? [] : [text];
  return tokens;
}

/** How `ASCII_TOKEN` sees a character: white space, a digit, another word character (`\w`), or anything else (non-ASCII too). */
const SPACE_KIND = 0;
const DIGIT_KIND = 1;
const WORD_KIND = 2;
const OTHER_KIND = 3;
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return /\s/.test(char) ? SPACE_KIND : /[0-9]/.test(char) ? DIGIT_KIND : /\w/.test(char) ? WORD_KIND : OTHER_KIND;
});
const kindOf = (code: number): number => (code < 128 ? ASCII_KIND[code]! : OTHER_KIND);

/** One character of white space, as `\s` means it (all of them are in the Basic Multilingual Plane). */
const SPACE_CHAR = /\s/;

/** Whether a UTF-16 code unit is white space (the ASCII ones decided without the regular expression). */
function isSpaceUnit(code: number): boolean {
  if (code < 128) return ASCII_KIND[code] === SPACE_KIND;
  return SPACE_CHAR.test(String.fromCharCode(code));
}

/**
 * Whether `tokenize` cuts `text` at `at` (0 ≤ at ≤ length) whatever the rest of the text is: at either end, or where
 * a white-space run starts or ends. No token holds both white space and anything else (a run of white space is one
 * token, the other patterns take no white space), and no pattern looks past the token it takes, so the tokens of the
 * text are then the tokens of the text before `at` followed by those of the text after it.
 */
export function isSpaceEdge(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return isSpaceUnit(text.charCodeAt(at - 1)) !== isSpaceUnit(text.charCodeAt(at));
}

/** Whether a character goes on a number (`number`: digits) or a word (word characters) in ASCII text. */
const continues = (code: number, number: boolean): boolean => {
  const kind = kindOf(code);
  return kind === DIGIT_KIND || (!number && kind === WORD_KIND);
};
/** Whether a character joins two parts of a number (`.` or `,`) or of a word (`'`) in ASCII text. */
const joins = (code: number, number: boolean): boolean => (number ? code === 46 || code === 44 : code === 39);

/**
 * How many tokens of `text.slice(from, to)` are not white space, as `tokenize(…).filter((t) => !isSpaceToken(t)).length`
 * but without building the tokens. ASCII text is read as `ASCII_TOKEN` reads it: white space skipped; at a digit a
 * number (digits joined by single `.` or `,`); at another word character a word (word characters, digits included,
 * joined by single apostrophes); else one character. Text with any other character is tokenized.
 */
export function countNonSpaceTokens(text: string, from = 0, to = text.length): number {
  let count = 0;
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at++);
    if (code >= 128) return tokenize(text.slice(from, to)).filter((token) => !isSpaceToken(token)).length;
    const kind = ASCII_KIND[code]!;
    if (kind === SPACE_KIND) continue;
    count++;
    if (kind === OTHER_KIND) continue;
    const number = kind === DIGIT_KIND;
    for (;;) {
      while (at < to && continues(text.charCodeAt(at), number)) at++;
      if (at + 1 < to && joins(text.charCodeAt(at), number) && continues(text.charCodeAt(at + 1), number)) at += 2;
      else break;
    }
  }
  return count;
}

/** `TOKEN` and `ASCII_TOKEN` for reading tokens one at a time (own copies: `match` resets a global pattern's position). */
const EACH_TOKEN = new RegExp(TOKEN.source, 'gu');
const EACH_ASCII_TOKEN = new RegExp(ASCII_TOKEN.source, 'g');

/**
 * Whether every token of `text` passes `test`, as `tokenize(text).every(test)`, but reading the tokens one at a time
 * and stopping at the first that fails. (`TOKEN` matches at every place, a white-space run or any other single code
 * point at worst, so the tokens read in turn are those `tokenize` gives.)
 */
export function everyToken(text: string, test: (token: string) => boolean): boolean {
  const pattern = NOT_ASCII.test(text) ? EACH_TOKEN : EACH_ASCII_TOKEN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (!test(match[0])) return false;
  }
  return true;
}

/** Whether a token holds a letter or digit (counts as a word). */
export function isWordToken(token: string): boolean {
  return WORDLIKE.test(token);
}

/** Whether a token is a whitespace run. */
export function isSpaceToken(token: string): boolean {
  // Most tokens start with a character that is not white space: no need for the regular expression.
  const first = token.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return SPACE.test(token);
}

/** Every character `plainTypography` replaces. */
const TYPOGRAPHIC = /[‘’‚‛′`´“”„‟″«»‐‑‒–—―−\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/;

/** Maps typographic variants to a plain form: curly quotes, primes, dashes, non-breaking and thin spaces. */
export function plainTypography(text: string): string {
  if (!TYPOGRAPHIC.test(text)) return text;
  return text
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g, ' ');
}

/** Small words that carry no meaning of their own in a redline. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of and or to in on at by for with from as is are be was were its it this that these those ' +
    'which who whom their his her any all such each other into onto upon than then there ' +
    'will shall may must should would could can be been being has have had do does did'
  ).split(' '),
);

/** Whether a token is whitespace, punctuation or a small word. */
export function isSmallToken(token: string): boolean {
  return !isWordToken(token) || SMALL_WORDS.has(token.toLowerCase());
}

const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*/gu;
/** `WORD` for a text of ASCII characters only (see `ASCII_TOKEN`). */
const ASCII_WORD = /\w+(?:'\w+)*/g;

/** Lower-cased, typography-plain words of a text (digits and letters), for similarity and matching. */
export function wordsOf(text: string): string[] {
  return wordsOfPlain(plainTypography(text).toLowerCase());
}

/** `wordsOf` a text already in plain typography and lower case. */
export function wordsOfPlain(plain: string): string[] {
  return plain.match(NOT_ASCII.test(plain) ? WORD : ASCII_WORD) ?? [];
}

/** White space other than a single plain space: where collapsing white-space runs changes anything. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** Text normalised for exact matching: plain typography, lower case, single spaces, trimmed. */
export function normaliseText(text: string): string {
  return normalisePlain(plainTypography(text).toLowerCase());
}

/** `normaliseText` of a text already in plain typography and lower case. */
export function normalisePlain(plain: string): string {
  // Most texts hold single plain spaces only, which the replacement would give back as they are (and it is the
  // costliest step).
  return (UNUSUAL_SPACE.test(plain) ? plain.replace(/\s+/g, ' ') : plain).trim();
}
