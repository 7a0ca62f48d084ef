/** What stands in for a character that XML 1.0 cannot hold. */
export const REPLACEMENT = '\uFFFD';

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, the non-characters
 * U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Makes draft text safe for a Word document: every character XML 1.0 forbids becomes U+FFFD, and line ends
 * (`\r\n`, `\r`) become `\n` (which the renderer writes as a line break).
 */
export function sanitizeXmlText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVALID, REPLACEMENT);
}
