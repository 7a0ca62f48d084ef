import { diffArrays } from 'diff';
import type { ChangeObject } from 'diff';
import type { DiffOp } from '../model/comparison.js';
import { DEFAULT_OPTIONS } from './default-options.js';
import type { CompareOptions } from './options.js';
import { countNonSpaceTokens, everyToken, isSmallToken, isSpaceEdge, isSpaceToken, isWordToken, plainTypography, tokenize } from './tokens.js';

/** The options the word diff uses (see `CompareOptions` for what each does). */
export type DiffTextOptions = Pick<
  CompareOptions,
  'ignoreCase' | 'ignoreWhitespace' | 'ignoreTypography' | 'replaceThreshold' | 'foldSmallWords' | 'foldMaxWords' | 'maxEditLength' | 'timeout'
>;

/** A lossless word diff of two texts with what it counts. */
export interface TextDiff {
  /** The ops; joining equal+delete gives the old text, equal+insert the new text, exactly. */
  ops: DiffOp[];
  /** The same diff before the readability pass and the whole-replacement threshold (also lossless), for finding word-level changes. */
  wordOps: DiffOp[];
  /** Share of non-space tokens kept, 0..1 (ignored differences count as kept). */
  similarity: number;
  /** Whether there is any change the options do not ignore. */
  changed: boolean;
  /** Word tokens inserted (before the readability pass). */
  wordsInserted: number;
  /** Word tokens deleted (before the readability pass). */
  wordsDeleted: number;
  /** Why the diff is coarser than a word diff: `guard` (jsdiff gave up), `replaced` (below the threshold), or null. */
  coarse: 'guard' | 'replaced' | null;
  /**
   * Non-space tokens kept (each kept or ignored pair counted once), so that `similarity` is `2 · kept / total`;
   * counted for texts that differ only (identical texts, with nothing to ignore in them, give 0 and 0).
   */
  kept: number;
  /** Non-space tokens of both texts (see `kept`). */
  total: number;
}

/** A replacement of a diff at its offsets in both texts: `del` deleted at `oldAt`, `ins` inserted at `newAt`. */
export interface Replacement {
  del: string;
  ins: string;
  oldAt: number;
  newAt: number;
}

interface Item {
  op: DiffOp['op'];
  text: string;
  ignored: boolean;
}

const DEFAULTS: DiffTextOptions = DEFAULT_OPTIONS;

/** Rebuilds one side's text from a diff: `old` joins equal+delete, `new` joins equal+insert. */
export function joinDiff(ops: readonly DiffOp[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  let text = '';
  for (const op of ops) if (op.op !== skip) text += op.text;
  return text;
}

/** Whether joining one side of a diff gives exactly `text` (as `joinDiff(ops, side) === text`, without building the join). */
export function rebuilds(ops: readonly DiffOp[], side: 'old' | 'new', text: string): boolean {
  const skip = side === 'old' ? 'insert' : 'delete';
  let at = 0;
  for (const op of ops) {
    if (op.op === skip) continue;
    // A slice compared with `===` is several times faster than `startsWith` here (V8 compares flat strings whole).
    if (text.slice(at, at + op.text.length) !== op.text) return false;
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
      // Small tokens only, and at most `maxWords` words: most islands fail at their first few tokens.
      let words = 0;
      if (everyToken(op.text, (token) => isSmallToken(token) && !(isWordToken(token) && ++words > maxWords))) {
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
 * jsdiff's changes between two key lists that differ at both ends, or undefined when it gives up (`maxEditLength`,
 * `timeout`). One token against another (a renumbered reference) needs no search: the only diff is the removal and
 * the insertion, two edits, which jsdiff finds unless `maxEditLength` is below 2 (a `timeout` is left to jsdiff).
 */
function diffMiddle(oldKeys: string[], newKeys: string[], opts: DiffTextOptions): ChangeObject<string[]>[] | undefined {
  if (oldKeys.length === 1 && newKeys.length === 1 && opts.timeout === undefined) {
    if (opts.maxEditLength < 2) return undefined;
    return [
      { value: oldKeys, count: 1, added: false, removed: true },
      { value: newKeys, count: 1, added: true, removed: false },
    ];
  }
  return diffArrays(oldKeys, newKeys, { maxEditLength: opts.maxEditLength, ...(opts.timeout === undefined ? {} : { timeout: opts.timeout }) });
}

/** Characters compared at a time while looking for the shared head and tail. */
const BLOCK = 32;

/** No shared head or tail: the texts are tokenized whole. */
const WHOLE = { head: 0, tail: 0 } as const;

/**
 * The shared head and tail of two different texts, in characters, cut back to where both texts are cut into tokens
 * whatever follows (`isSpaceEdge`): the head's tokens are then the first tokens of both texts and the tail's the
 * last, and the rest of each text tokenizes as its middle. The tail does not overlap the head in either text.
 */
function sharedFrame(oldText: string, newText: string): { head: number; tail: number } {
  const shorter = Math.min(oldText.length, newText.length);
  // Whole blocks first: V8 compares two slices natively, much faster than one character at a time in a loop.
  let head = 0;
  while (head + BLOCK <= shorter && oldText.slice(head, head + BLOCK) === newText.slice(head, head + BLOCK)) head += BLOCK;
  while (head < shorter && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  const oldEnd = oldText.length;
  const newEnd = newText.length;
  while (tail + BLOCK <= shorter - head && oldText.slice(oldEnd - tail - BLOCK, oldEnd - tail) === newText.slice(newEnd - tail - BLOCK, newEnd - tail)) tail += BLOCK;
  while (tail < shorter - head && oldText.charCodeAt(oldEnd - 1 - tail) === newText.charCodeAt(newEnd - 1 - tail)) tail++;
  while (!isSpaceEdge(oldText, head) || !isSpaceEdge(newText, head)) head--;
  while (!isSpaceEdge(oldText, oldText.length - tail) || !isSpaceEdge(newText, newText.length - tail)) tail--;
  return { head, tail };
}

/**
 * Word diff of two texts with jsdiff (`diffArrays` over our own tokens, so the result is lossless by construction),
 * guarded by `maxEditLength`/`timeout`, then merged, ordered and made readable; verified lossless before it is returned.
 * Most pairs differ in a word or two of a long text: only the middle between their shared head and tail is tokenized
 * (the same result as tokenizing the texts whole, tests/compare/diff-words-fast-paths.test.ts).
 */
export function diffText(oldText: string, newText: string, options: Partial<DiffTextOptions> = {}): TextDiff {
  if (oldText === newText) {
    const ops: DiffOp[] = oldText === '' ? [] : [{ op: 'equal', text: oldText }];
    return { ops, wordOps: ops, similarity: 1, changed: false, wordsInserted: 0, wordsDeleted: 0, coarse: null, kept: 0, total: 0 };
  }
  const opts: DiffTextOptions = { ...DEFAULTS, ...options };
  // Without an ignore option a token is its own key: no need to copy the token lists.
  const plainKeys = !opts.ignoreTypography && !opts.ignoreCase && !opts.ignoreWhitespace;
  // Only the middle is tokenized: the shared head and tail are the same tokens in both texts, all kept and equal.
  // Under an ignore option, tokens that differ can have the same key, so the shared tokens can reach past the
  // shared characters, into what would be the tail: the texts are then tokenized whole.
  const { head, tail } = plainKeys ? sharedFrame(oldText, newText) : WHOLE;
  const a = tokenize(oldText.slice(head, oldText.length - tail));
  const b = tokenize(newText.slice(head, newText.length - tail));
  const sharedKept = countNonSpaceTokens(oldText, 0, head) + countNonSpaceTokens(oldText, oldText.length - tail);
  const key = keyOf(opts);
  const ka = plainKeys ? a : a.map(key);
  const kb = plainKeys ? b : b.map(key);
  const items: Item[] = [];
  let kept = sharedKept;
  let wordsDeleted = 0;
  let wordsInserted = 0;
  // Equal tokens in a row become one item, sliced from the old text (the tokens join to it exactly): `normalise`
  // would join them anyway, and this spares an item per token. `oldAt` is where token `i` starts in the old text;
  // the shared head opens the first equal run.
  let oldAt = head;
  let equalFrom = head > 0 ? 0 : -1;
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
  const middle = endA > start && endB > start ? diffMiddle(ka.slice(start, endA), kb.slice(start, endB), opts) : undefined;
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
  if (tail > 0) {
    if (equalFrom === -1) equalFrom = oldAt;
    oldAt += tail;
  }
  flushEqual();

  let total = 2 * sharedKept;
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
    wordOps = coarseDiff(tokenize(oldText), tokenize(newText));
    ops = wordOps;
    coarse = 'guard';
  } else if (ops !== wordOps && (!rebuilds(ops, 'old', oldText) || !rebuilds(ops, 'new', newText))) {
    ops = wordOps;
  }
  return { ops, wordOps, similarity, changed, wordsInserted, wordsDeleted, coarse, kept, total };
}

/** The ops with each of `replacements` that stands alone in them (a real change of its own) marked as ignored. */
function flagReplacements(ops: readonly DiffOp[], replacements: readonly Replacement[]): DiffOp[] {
  const at = new Map<number, Replacement>();
  for (const r of replacements) at.set(r.oldAt, r);
  const out = [...ops];
  const real = (op: DiffOp | undefined): boolean => op !== undefined && op.op !== 'equal' && op.ignored !== true;
  let oldAt = 0;
  let newAt = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const r = real(op) && !real(ops[k - 1]) ? at.get(oldAt) : undefined;
    if (r !== undefined && r.newAt === newAt) {
      const del = r.del === '' ? null : k;
      const ins = r.ins === '' ? null : r.del === '' ? k : k + 1;
      const end = (ins ?? del)! + 1;
      const fits =
        (del === null || (ops[del]?.op === 'delete' && ops[del]!.text === r.del)) &&
        (ins === null || (ops[ins]?.op === 'insert' && ops[ins]!.text === r.ins)) &&
        !real(ops[end]);
      if (fits) {
        for (let m = k; m < end; m++) out[m] = { op: ops[m]!.op, text: ops[m]!.text, ignored: true };
      }
    }
    if (op.op !== 'insert') oldAt += op.text.length;
    if (op.op !== 'delete') newAt += op.text.length;
  }
  return out;
}

/**
 * A diff with some of its replacements ignored, as an `--ignore-*` option ignores a difference: each is kept as an
 * `ignored` delete/insert pair (so the diff stays lossless), counted as kept, and not as words inserted or deleted.
 * `replacements` are replacements of `diff.wordOps` (each one whole replacement, as `findTextChanges` reads them);
 * in the shown ops, one that the readability pass joined to another change is left as it is, since that change is
 * real anyway.
 */
export function ignoreReplacements(diff: TextDiff, replacements: readonly Replacement[]): TextDiff {
  if (replacements.length === 0) return diff;
  const wordOps = flagReplacements(diff.wordOps, replacements);
  const changed = wordOps.some((op) => op.op !== 'equal' && op.ignored !== true);
  // Shown as one replacement of the whole text (below the threshold): once nothing real is left, the word diff shows.
  const ops = !changed && diff.coarse === 'replaced' ? wordOps : diff.ops === diff.wordOps ? wordOps : flagReplacements(diff.ops, replacements);
  let kept = diff.kept;
  let wordsInserted = diff.wordsInserted;
  let wordsDeleted = diff.wordsDeleted;
  for (const r of replacements) {
    kept += countNonSpaceTokens(r.del);
    for (const t of tokenize(r.del)) if (isWordToken(t)) wordsDeleted--;
    for (const t of tokenize(r.ins)) if (isWordToken(t)) wordsInserted--;
  }
  const similarity = diff.total === 0 ? (changed ? 0 : 1) : Math.min(1, (2 * kept) / diff.total);
  return { ...diff, ops, wordOps, changed, similarity, kept, wordsInserted, wordsDeleted, coarse: changed ? diff.coarse : null };
}
