/**
 * Finds obligations and permissions: modal phrases with their strength, negation, actor and action.
 *
 * Decisions:
 * - Modal words: `shall`, `must`, `will`, `should`, `may`, and reported or weaker forms mapped onto them:
 *   `would` → will (a reported "will"); `could`, `can` → may; `is/are/would be required to`,
 *   `obliged to`, `obligated to` → must; `agree(s/d) to`, `undertake(s) to`, `undertook to`,
 *   `commit(s/ted) to` → shall (a party taking on a duty). `might` is speculation and is not an obligation.
 * - Negated by `not`, `never`, `no longer` right after the modal, or a contraction (`won't`, `can’t`,
 *   `cannot`); `not only` is not a negation.
 * - Not an obligation: a modal written in Title Case (`May 2025`, a question `Would Russia …?`, a heading
 *   `What Russia Will Get`; ALL CAPS `SHALL` is kept); `MAY`/`may` next to a number (a month); a modal used
 *   as a noun (after `the`, `a`, a possessive, `political`, `good`, `free`, `at`, … or before `of`: "the will
 *   of the people"); the idiom "as the case may be"; a modal with no words after it in its sentence;
 *   `agree to` after a modal or `to` (the modal before it is the obligation).
 * - `action` is up to six words after the modal phrase, within the sentence, quotation marks dropped.
 * - The actor is found as `find-actor.ts` describes.
 */
import type { Modality, Obligation, PartyMention } from '../model/facts.js';
import { type ActorContext, type EarlierObligation, findActor, findConditionMarks, markPrepositionalObjects, sentenceStartsOf } from './find-actor.js';
import {
  WORD_END,
  WORD_START,
  allMatches,
  fastPaths,
  isLetterOrDigit,
  isScannable,
  isSpace,
  matchesAtCandidates,
  nextWordStart,
  sortBySpan,
  withLookahead,
  wordAfter,
  wordBefore,
  wordEnd,
} from './find-shared.js';

const S = String.raw`\s{1,3}`;

/**
 * The modal phrases, with `notOnly` after `not` and `start`/`end` around the phrase. With the lookarounds weakened to
 * ASCII (and `notOnly` empty) it matches wherever the exact pattern does, and more: a plain search for candidates.
 */
function modalSource(notOnly: string, start: string, end: string): string {
  const negation = String.raw`(?:${S}(?:not${notOnly}|never|no${S}longer))?`;
  const required =
    String.raw`(?:(?:would|will|shall|should|may|might|could|can|must)(?:${S}not)?${S}be|is|are|was|were|be)` +
    String.raw`(?:${S}not)?${S}(?:required|obliged|obligated)${S}to`;
  const contracted = String.raw`(?:won|wouldn|shan|mustn|shouldn|can|couldn)['’]t`;
  const committed = String.raw`(?:agree[sd]?|undertakes?|undertook|commit(?:s|ted)?)${S}to`;
  const plain = String.raw`(?:shall|must|will|would|should|may|could|cannot|can)${negation}`;
  return `${start}(?:${required}|${contracted}|${committed}|${plain})${end}`;
}

const MODAL_SOURCE = modalSource(String.raw`(?!${S}only(?![\p{L}]))`, WORD_START, WORD_END);
// Every modal phrase starts with one of these letters: the lookahead lets the search skip other positions cheaply.
const MODAL = withLookahead(MODAL_SOURCE, 'giu', 'wsmciabu');
/** `MODAL` tried at one position only. */
const MODAL_AT = new RegExp(MODAL_SOURCE, 'iuy');
/** Where a modal phrase may start in a scannable text (see `isScannable`): a plain search, much cheaper than `MODAL`. */
const MODAL_CANDIDATE = new RegExp(modalSource('', '(?<![A-Za-z0-9_])', '(?![A-Za-z0-9_])'), 'gi');

const BASE_MODALITY: Readonly<Record<string, Modality>> = {
  shall: 'shall', shan: 'shall', must: 'must', mustn: 'must', will: 'will', won: 'will', would: 'will',
  wouldn: 'will', should: 'should', shouldn: 'should', may: 'may', can: 'may', cannot: 'may', could: 'may',
  couldn: 'may',
};

/** Words before a modal that make it a noun ("the will", "a must", "at will"). */
const NOUN_MARKERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'whose', 'political', 'good', 'free',
  'popular', 'ill', 'own', 'at', 'strong', 'collective', 'sovereign', 'national', 'general',
]);

/** Words before `agree to` / `commit to` that mean the obligation is the modal before it. */
const AUXILIARIES = new Set([
  'would', 'will', 'shall', 'should', 'may', 'might', 'could', 'can', 'must', 'to', 'not', 'did', 'does', 'do',
  'as', 'never', 'also',
]);

const ACTION_WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;

function classify(raw: string): { modality: Modality; negated: boolean } {
  const lower = raw.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const negated = /\bnot\b|n't|\bnever\b|\bno longer\b|^cannot/.test(lower);
  if (/(?:required|obliged|obligated) to$/.test(lower)) return { modality: 'must', negated };
  if (/^(?:agree|undert|commit)/.test(lower)) return { modality: 'shall', negated };
  const base = /^[a-z]+/.exec(lower)?.[0] ?? '';
  return { modality: BASE_MODALITY[base] ?? 'will', negated };
}

/** `classify` of the modal phrases seen so far: a few phrases ("shall", "may not") make up almost all. */
const classified = new Map<string, { modality: Modality; negated: boolean }>();

function classifyOnce(raw: string): { modality: Modality; negated: boolean } {
  if (!fastPaths.enabled) return classify(raw);
  let found = classified.get(raw);
  if (found === undefined) {
    found = classify(raw);
    // Bounded: odd spacing could make the phrases many.
    if (classified.size < 1000) classified.set(raw, found);
  }
  return found;
}

/** Whether a code unit may join two runs of letters and digits in one `ACTION_WORD`: ' ’ - . , */
function isActionJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x2c;
}

const ACTION_STOP = /[.!?;](?=\s|$)|\n/;

/** Whether `ACTION_STOP` matches at `i` in `text.slice(0, limit)`: a line break, or `.!?;` before white space or `limit`. */
function stopsAt(text: string, i: number, limit: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x0a) return true;
  const mark = code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b;
  return mark && (i + 1 === limit || isSpace(text.charCodeAt(i + 1)));
}

/**
 * The action after a modal ending at `end` in a scannable text (see `isScannable`): the first six `ACTION_WORD`s in
 * the 200 characters after it, up to where `ACTION_STOP` finds the sentence's end, joined by spaces. Read in place:
 * the end of the sentence can only be between words (a stop is no letter, and a `.` inside a word has a letter or
 * digit after it, not white space or the limit), so only the gaps are searched, up to the sixth word; words one space
 * apart are the text itself, so one slice gives them.
 */
function actionWords(text: string, end: number): string {
  const limit = Math.min(text.length, end + 200);
  let first = -1;
  let last = end;
  let spaced = true;
  let i = end;
  words: for (let k = 0; k < 6; k++) {
    while (i < limit && !isLetterOrDigit(text.charCodeAt(i))) {
      if (stopsAt(text, i, limit)) break words;
      i++;
    }
    if (i >= limit) break;
    if (k === 0) first = i;
    else if (i !== last + 1 || text.charCodeAt(last) !== 0x20) spaced = false;
    last = wordEnd(text, i, isActionJoiner, limit);
    i = last;
  }
  if (first === -1) return '';
  if (spaced) return text.slice(first, last);
  let out = '';
  for (let start = nextWordStart(text, first, last); start !== -1; start = nextWordStart(text, i, last)) {
    i = wordEnd(text, start, isActionJoiner, last);
    out = out === '' ? text.slice(start, i) : `${out} ${text.slice(start, i)}`;
  }
  return out;
}

function actionAfter(text: string, end: number, scannable: boolean): string {
  if (scannable) return actionWords(text, end);
  const window = text.slice(end, end + 200);
  const stop = ACTION_STOP.exec(window);
  const clipped = stop === null ? window : window.slice(0, stop.index);
  // The first six words (what `clipped.match(ACTION_WORD).slice(0, 6)` gives, without finding the others).
  let action = '';
  ACTION_WORD.lastIndex = 0;
  for (let k = 0; k < 6; k++) {
    const word = ACTION_WORD.exec(clipped);
    if (word === null) break;
    action = k === 0 ? word[0] : `${action} ${word[0]}`;
  }
  return action;
}

const FIRST_LETTERS = /^\p{L}+/u;

/**
 * The leading letters of a modal phrase as `FIRST_LETTERS` finds them, and whether they are in Title Case (an upper-
 * case letter first, a lower-case one somewhere). In a scannable text a modal phrase's letters are ASCII.
 */
function firstWordOf(raw: string, scannable: boolean): { first: string; titleCase: boolean } {
  if (!scannable) {
    const first = FIRST_LETTERS.exec(raw)?.[0] ?? '';
    return { first, titleCase: /^\p{Lu}/u.test(first) && /\p{Ll}/u.test(first) };
  }
  let n = 0;
  let hasLower = false;
  for (; n < raw.length; n++) {
    const code = raw.charCodeAt(n);
    if (code >= 0x61 && code <= 0x7a) hasLower = true;
    else if (code < 0x41 || code > 0x5a) break;
  }
  const upperFirst = n > 0 && raw.charCodeAt(0) <= 0x5a;
  return { first: raw.slice(0, n), titleCase: upperFirst && hasLower };
}

/** Whether a digit stands within three spaces after `end` or before `start`. */
function isNextToNumber(text: string, start: number, end: number): boolean {
  return /^\s{0,3}\d/.test(text.slice(end, end + 4)) || /\d\s{0,3}$/.test(text.slice(Math.max(0, start - 4), start));
}

function isModalUse(text: string, start: number, raw: string, scannable: boolean): boolean {
  const { first, titleCase } = firstWordOf(raw, scannable);
  if (titleCase) return false;
  const lower = first.toLowerCase();
  const before = wordBefore(text, start);
  const end = start + raw.length;
  if (/^(?:agree|undert|commit)/.test(lower)) return !AUXILIARIES.has(before);
  if (lower === 'may' && isNextToNumber(text, start, end)) return false;
  if (before === 'case' && /^\s{1,3}be\b/.test(text.slice(end, end + 6))) return false; // as the case may be
  if (NOUN_MARKERS.has(before) || /['’]s$|s['’]$/.test(before)) return false;
  if (raw.length === first.length && wordAfter(text, end) === 'of') return false;
  return true;
}

/** The matches of `MODAL` in `text`, as `text.matchAll(MODAL)` gives them. */
function modalMatches(text: string, scannable: boolean): Iterable<RegExpExecArray> {
  return scannable ? matchesAtCandidates(text, MODAL_CANDIDATE, MODAL_AT) : allMatches(text, MODAL.pick());
}

/** Finds modal phrases with strength, negation, actor (from `mentions`, see `findParties`) and action. */
export function findObligations(text: string, mentions: readonly PartyMention[] = []): Obligation[] {
  const obligations: Obligation[] = [];
  const scannable = isScannable(text);
  const sentences = sentenceStartsOf(text, scannable);
  const sorted = sortBySpan(mentions);
  const objects = markPrepositionalObjects(text, sorted);
  // One context for the clause: each modal sets its sentence and the obligation before it.
  const conditionMarks = findConditionMarks(text);
  const context: ActorContext = { text, scannable, conditionMarks, mentions: sorted, objects, sentenceStart: 0, earlier: [] };
  let sentence = 0;
  let previousSentence = -1;
  let earlier: EarlierObligation[] = [];
  for (const match of modalMatches(text, scannable)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (!isModalUse(text, start, raw, scannable)) continue;
    const action = actionAfter(text, end, scannable);
    if (action === '') continue;
    while ((sentences[sentence + 1] ?? Infinity) <= start) sentence++;
    if (previousSentence !== sentence) earlier = [];
    context.sentenceStart = sentences[sentence] ?? 0;
    context.earlier = earlier;
    const word = firstWordOf(raw, scannable).first.toLowerCase();
    const { actor, relativeAt } = findActor(context, start, word);
    const { modality, negated } = classifyOnce(raw);
    obligations.push({ actor, modality, negated, raw, action, span: { start, end } });
    earlier.push({ end, actor, word, relativeAt });
    previousSentence = sentence;
  }
  return obligations;
}
