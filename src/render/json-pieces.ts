/**
 * `JSON.stringify(value, null, 2)` and a newline, given in pieces: the array under `key` (the last key of `value`)
 * a few items at a time. A 500k-word comparison is 22 MB of JSON; in pieces, no string of that size is built, copied
 * into one flat string and encoded whole, and the garbage collector never copies the text already written.
 */

/** Items of the array per piece. */
const ITEMS_PER_PIECE = 256;
/** `{\n  "` + key + `": [\n` opens a piece; `\n  ]\n}` closes it (the items indented as deep as in the whole). */
const CLOSE = '\n  ]\n}';

/**
 * The pieces of `JSON.stringify(value, null, 2) + '\n'`, joined exactly that text. When `key` is not the last key of
 * `value` or does not hold an array, the whole text is the only piece.
 */
export function* jsonPieces<T extends object>(value: T, key: keyof T & string, itemsPerPiece = ITEMS_PER_PIECE): Generator<string, void, undefined> {
  const items: unknown = value[key];
  const keys = Object.keys(value);
  if (!Array.isArray(items) || keys[keys.length - 1] !== key || items.length === 0 || itemsPerPiece < 1) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  // The other keys, then the key with an empty array: `…"key": []\n}`, cut before its `[]\n}`.
  const head = JSON.stringify({ ...value, [key]: [] }, null, 2);
  yield `${head.slice(0, head.length - 4)}[\n`;
  const open = `{\n  ${JSON.stringify(key)}: [\n`.length;
  for (let from = 0; from < items.length; from += itemsPerPiece) {
    const piece = JSON.stringify({ [key]: items.slice(from, from + itemsPerPiece) }, null, 2);
    // The comma apart: joined to the piece, it would make a string that is copied whole once more when written.
    if (from > 0) yield ',\n';
    yield piece.slice(open, piece.length - CLOSE.length);
  }
  yield `${CLOSE}\n`;
}
