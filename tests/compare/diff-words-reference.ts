/**
 * A frozen copy of `diffText` before it trimmed the shared head and tail of two texts by characters (every text
 * tokenized whole, the shared tokens paired one by one): the fast paths of `diff-words.ts` are proved equal to it.
 * Not to be edited with the code it checks.
 */
import { diffArrays } from 'diff';
import type { DiffTextOptions, TextDiff } from '../../src/compare/diff-words.js';
import { CompareOptions } from '../../src/compare/options.js';
import { isSmallToken, isSpaceToken, isWordToken, plainTypography, tokenize } from '../../src/compare/tokens.js';
import type { DiffOp } from '../../src/model/comparison.js';

interface Item {
  op: DiffOp['op'];
  text: string;
  ignored: boolean;
}

const DEFAULTS: DiffTextOptions = CompareOptions.parse({});

/** Rebuilds one side's text from a diff: `old` joins equal+delete, `new` joins equal+insert. */
function joinDiff(ops: readonly DiffOp[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  let text = '';
  for (const op of ops) if (op.op !== skip) text += op.text;
  return text;
}

/** Whether joining one side of a diff gives exactly `text` (as `joinDiff(ops, side) === text`, without building the join). */
function rebuilds(ops: readonly DiffOp[], side: 'old' | 'new', text: string): boolean {
  const skip = side === 'old' ? 'insert' : 'delete';
  let at = 0;
  for (const op of ops) {
    if (op.op === skip) continue;
    if (!text.startsWith(op.text, at)) return false;
    at += op.text.length;
  }
  return at === text.length;
}

/** The comparison key of a token under the ignore options. */
function keyOf(options: DiffTextOptions): (token: string) => string {
  return (token) => {
    let key = options.ignoreTypography ? plainTypography(token) : token;
    if (options.ignoreCase) key = key.toLowerCase();
    if (options.ignoreWhitespace && isSpaceToken(token)) key = ' ';
    return key;
  };
}

/** Merges adjacent ops of a kind and orders each replacement as one delete then one insert. */
function normalise(items: readonly Item[]): DiffOp[] {
  const out: DiffOp[] = [];
  let equal = '';
  let del = '';
  let ins = '';
  let ignored = true;
  let inRun = false;
  const flushRun = (): void => {
    if (!inRun) return;
    const flag = ignored ? { ignored: true } : {};
    if (del !== '') out.push({ op: 'delete', text: del, ...flag });
    if (ins !== '') out.push({ op: 'insert', text: ins, ...flag });
    del = '';
    ins = '';
    ignored = true;
    inRun = false;
  };
  for (const item of items) {
    if (item.text === '') continue;
    if (item.op === 'equal') {
      flushRun();
      equal += item.text;
      continue;
    }
    if (equal !== '') out.push({ op: 'equal', text: equal });
    equal = '';
    inRun = true;
    ignored &&= item.ignored;
    if (item.op === 'delete') del += item.text;
    else ins += item.text;
  }
  flushRun();
  if (equal !== '') out.push({ op: 'equal', text: equal });
  return out;
}

/** Folds equal islands of small words between two real changes into the changes, so a rewrite reads as one. */
function foldSmallIslands(ops: readonly DiffOp[], maxWords: number): DiffOp[] {
  const items: Item[] = [];
  let folded = false;
  ops.forEach((op, index) => {
    const before = ops[index - 1];
    const after = ops[index + 1];
    const between = before !== undefined && after !== undefined && before.op !== 'equal' && after.op !== 'equal' && !before.ignored && !after.ignored;
    if (op.op === 'equal' && between) {
      const tokens = tokenize(op.text);
      const words = tokens.filter(isWordToken).length;
      if (words <= maxWords && tokens.every(isSmallToken)) {
        items.push({ op: 'delete', text: op.text, ignored: false }, { op: 'insert', text: op.text, ignored: false });
        folded = true;
        return;
      }
    }
    items.push({ op: op.op, text: op.text, ignored: op.ignored === true });
  });
  return folded ? normalise(items) : [...ops];
}

/** One delete of the old text and one insert of the new text, around their common prefix and suffix tokens. */
function coarseDiff(oldTokens: readonly string[], newTokens: readonly string[]): DiffOp[] {
  let start = 0;
  while (start < oldTokens.length && start < newTokens.length && oldTokens[start] === newTokens[start]) start++;
  let endOld = oldTokens.length;
  let endNew = newTokens.length;
  while (endOld > start && endNew > start && oldTokens[endOld - 1] === newTokens[endNew - 1]) {
    endOld--;
    endNew--;
  }
  return normalise([
    { op: 'equal', text: oldTokens.slice(0, start).join(''), ignored: false },
    { op: 'delete', text: oldTokens.slice(start, endOld).join(''), ignored: false },
    { op: 'insert', text: newTokens.slice(start, endNew).join(''), ignored: false },
    { op: 'equal', text: oldTokens.slice(endOld).join(''), ignored: false },
  ]);
}

/**
 * Word diff of two texts with jsdiff (`diffArrays` over our own tokens, so the result is lossless by construction),
 * guarded by `maxEditLength`/`timeout`, then merged, ordered and made readable; verified lossless before it is returned.
 */
export function diffTextReference(oldText: string, newText: string, options: Partial<DiffTextOptions> = {}): Omit<TextDiff, 'kept' | 'total'> {
  if (oldText === newText) {
    const ops: DiffOp[] = oldText === '' ? [] : [{ op: 'equal', text: oldText }];
    return { ops, wordOps: ops, similarity: 1, changed: false, wordsInserted: 0, wordsDeleted: 0, coarse: null };
  }
  const opts: DiffTextOptions = { ...DEFAULTS, ...options };
  const a = tokenize(oldText);
  const b = tokenize(newText);
  // Without an ignore option a token is its own key: no need to copy the token lists.
  const plainKeys = !opts.ignoreTypography && !opts.ignoreCase && !opts.ignoreWhitespace;
  const key = keyOf(opts);
  const ka = plainKeys ? a : a.map(key);
  const kb = plainKeys ? b : b.map(key);
  const items: Item[] = [];
  let kept = 0;
  let wordsDeleted = 0;
  let wordsInserted = 0;
  // Equal tokens in a row become one item, sliced from the old text (the tokens join to it exactly): `normalise`
  // would join them anyway, and this spares an item per token. `oldAt` is where token `i` starts in the old text.
  let oldAt = 0;
  let equalFrom = -1;
  const flushEqual = (): void => {
    if (equalFrom !== -1) items.push({ op: 'equal', text: oldText.slice(equalFrom, oldAt), ignored: false });
    equalFrom = -1;
  };
  const pair = (i: number, j: number): void => {
    const x = a[i] ?? '';
    const y = b[j] ?? '';
    if (!isSpaceToken(x)) kept++;
    if (x === y) {
      if (equalFrom === -1) equalFrom = oldAt;
    } else {
      flushEqual();
      items.push({ op: 'delete', text: x, ignored: true }, { op: 'insert', text: y, ignored: true });
    }
    oldAt += x.length;
  };
  const remove = (i: number): void => {
    const x = a[i] ?? '';
    if (isWordToken(x)) wordsDeleted++;
    flushEqual();
    items.push({ op: 'delete', text: x, ignored: false });
    oldAt += x.length;
  };
  const add = (j: number): void => {
    const y = b[j] ?? '';
    if (isWordToken(y)) wordsInserted++;
    flushEqual();
    items.push({ op: 'insert', text: y, ignored: false });
  };

  let start = 0;
  while (start < ka.length && start < kb.length && ka[start] === kb[start]) start++;
  let endA = ka.length;
  let endB = kb.length;
  while (endA > start && endB > start && ka[endA - 1] === kb[endB - 1]) {
    endA--;
    endB--;
  }
  for (let k = 0; k < start; k++) pair(k, k);
  let coarse: TextDiff['coarse'] = null;
  const middle =
    endA > start && endB > start
      ? diffArrays(ka.slice(start, endA), kb.slice(start, endB), { maxEditLength: opts.maxEditLength, ...(opts.timeout === undefined ? {} : { timeout: opts.timeout }) })
      : undefined;
  let i = start;
  let j = start;
  if (middle === undefined) {
    if (endA > start && endB > start) coarse = 'guard';
    for (; i < endA; i++) remove(i);
    for (; j < endB; j++) add(j);
  } else {
    for (const change of middle) {
      for (let k = 0; k < change.count; k++) {
        if (change.added) add(j++);
        else if (change.removed) remove(i++);
        else pair(i++, j++);
      }
    }
  }
  for (let k = 0; k < ka.length - endA; k++) pair(endA + k, endB + k);
  flushEqual();

  let total = 0;
  for (const t of a) if (!isSpaceToken(t)) total++;
  for (const t of b) if (!isSpaceToken(t)) total++;
  const changed = items.some((item) => item.op !== 'equal' && !item.ignored);
  const similarity = total === 0 ? (changed ? 0 : 1) : Math.min(1, (2 * kept) / total);
  let wordOps = normalise(items);
  let ops = wordOps;
  if (changed && similarity < opts.replaceThreshold) {
    coarse = 'replaced';
    ops = normalise([
      { op: 'delete', text: oldText, ignored: false },
      { op: 'insert', text: newText, ignored: false },
    ]);
  } else if (opts.foldSmallWords && changed) {
    ops = foldSmallIslands(ops, opts.foldMaxWords);
  }
  if (!rebuilds(wordOps, 'old', oldText) || !rebuilds(wordOps, 'new', newText)) {
    wordOps = coarseDiff(a, b);
    ops = wordOps;
    coarse = 'guard';
  } else if (ops !== wordOps && (!rebuilds(ops, 'old', oldText) || !rebuilds(ops, 'new', newText))) {
    ops = wordOps;
  }
  return { ops, wordOps, similarity, changed, wordsInserted, wordsDeleted, coarse };
}
