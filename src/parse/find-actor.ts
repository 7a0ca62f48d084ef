/**
 * Finds who an obligation binds: the party or subject words before its modal phrase.
 *
 * Decisions:
 * - A sentence ends at `.`, `!` or `?` followed by a space, a closing mark or the end; at `;`; and at a line
 *   break. A period after a single letter (`U.S.`, `e.g.`) or a common abbreviation (`Art.`, `No.`) does not
 *   end a sentence.
 * - The actor is the canonical name of the party mentioned nearest before the modal in its own clause,
 *   skipping mentions that are the object of a preposition ("by Russia", "on Ukraine", "against NATO", and
 *   those joined to them by "and"/"or"): they are not the subject. So in `Any "… armed attack" by Russia on
 *   Ukraine "shall be regarded as …"` the actor is not Russia (the attacker) nor Ukraine (the attacked)
 *   but the subject words `sustained armed attack`: the clause obliges neither of them.
 * - A later modal in the same sentence with no new subject ("would last … and could be renewed") shares
 *   the actor of the one before it; but after a relative clause with no subject, a modal joined by a comma and
 *   "and"/"or" continues the obligation before that clause when it repeats that obligation's word or is not of the
 *   relative clause's kind (`would`, `could`, `might` against the others): "A Party shall review …, in a manner
 *   which would …, and shall not eliminate …" — the second `shall` is the Party's.
 * - Only the modal's own clause is searched: the text after the last clause opener ("that", "which", "if",
 *   …) in the sentence. "Trump offers Ukraine a guarantee that would commit …" is not Ukraine's obligation.
 * - Subject words: the words of that clause before the modal (after its last comma, when that gives any;
 *   after a leading "According to …," or prepositional phrase), up to the first preposition, without
 *   determiners, at most three words. A bare pronoun ("it would") takes the nearest party before the
 *   clause; a relative clause with no subject ("a security guarantee that would") takes the noun phrase
 *   before `that` (`security guarantee`). Otherwise null.
 */
import type { PartyMention } from '../model/facts.js';
import { allMatches, asciiWordSet, fastPaths, isLetter, isLetterOrDigit, isScannable, nextWordStart, withLookahead, wordBefore, wordEnd } from './find-shared.js';

const ABBREVIATIONS = new Set([
  'art', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'para', 'sec', 'approx', 'cf', 'gen', 'lt', 'col',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'etc',
]);

/** Words that introduce a prepositional phrase, whose noun is not the subject. */
export const PREPOSITIONS = new Set([
  'by', 'on', 'against', 'to', 'into', 'in', 'of', 'for', 'from', 'with', 'at', 'between', 'toward', 'towards',
  'upon', 'over', 'under', 'about', 'among', 'amongst', 'than', 'including', 'within', 'without', 'via',
  'across', 'through', 'beyond', 'near', 'onto', 'per', 'like', 'unlike', 'except', 'after', 'before',
  'during', 'behind', 'regarding', 'concerning', 'involving',
]);

const DETERMINERS = new Set([
  'a', 'an', 'the', 'any', 'all', 'each', 'every', 'this', 'that', 'these', 'those', 'such', 'its', 'their',
  'no', 'some', 'both', 'either', 'neither', 'his', 'her', 'our', 'another', 'other', 'and', 'or', 'but',
]);

const PRONOUNS = new Set([
  'it', 'they', 'he', 'she', 'we', 'you', 'i', 'this', 'that', 'these', 'those', 'which', 'who', 'there',
  'one', 'both', 'all', 'each', 'what', 'whoever',
]);

const OPENER_WORDS = [
  'that', 'which', 'who', 'whom', 'whereby', 'where', 'if', 'unless', 'when', 'whenever', 'while', 'because',
  'although', 'though', 'whether', 'until',
];
const OPENERS = new Set(OPENER_WORDS);
// Every opener starts with t, w, i, u, b or a: the lookahead skips other positions cheaply.
const CLAUSE_OPENER = withLookahead(`(?<![\\p{L}\\p{N}])(?:${OPENER_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu', 'twiuba');
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Whether a code unit joins two runs of letters and digits in one `WORD`: ' ’ - */
function isWordJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

const LETTERS_BEFORE_PERIOD = /([\p{L}.]{1,8})$/u;

/** The letters and dots (at most 8) just before the period at `at`: what `LETTERS_BEFORE_PERIOD` finds before it. */
function lettersBeforePeriod(text: string, at: number, scannable: boolean): string {
  if (!scannable) return LETTERS_BEFORE_PERIOD.exec(text.slice(Math.max(0, at - 8), at))?.[1] ?? '';
  const floor = Math.max(0, at - 8);
  let start = at;
  while (start > floor) {
    const code = text.charCodeAt(start - 1);
    if (code !== 0x2e && !isLetter(code)) break;
    start--;
  }
  return text.slice(start, at);
}

const SENTENCE_END = /[.!?](?=[\s"”’)\]]|$)|;|\n/g;
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the period at `at` ends a sentence: not after a single letter (`U.S.`, `e.g.`) or an abbreviation. */
function isSentencePeriod(text: string, at: number, scannable: boolean): boolean {
  const word = lettersBeforePeriod(text, at, scannable);
  const last = word.slice(word.lastIndexOf('.') + 1);
  if (last.length === 1) return false;
  // Longer words are no abbreviation (`word` ends with `last`, and lowercasing never shortens): skip lowercasing them.
  if (fastPaths.enabled && last.length > LONGEST_ABBREVIATION) return true;
  return !ABBREVIATIONS.has(word.toLowerCase()) && !ABBREVIATIONS.has(last.toLowerCase());
}

/** `findSentenceStarts`, told whether `text` is scannable (see `isScannable`). */
export function sentenceStartsOf(text: string, scannable: boolean): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  // Each match is one character (then a lookahead): it ends where the search stopped.
  while (SENTENCE_END.test(text)) {
    const at = SENTENCE_END.lastIndex - 1;
    if (text.charCodeAt(at) === 0x2e && !isSentencePeriod(text, at, scannable)) continue;
    starts.push(at + 1);
  }
  return starts;
}

/** Offsets at which a sentence starts (always including 0), ascending. */
export function findSentenceStarts(text: string): number[] {
  return sentenceStartsOf(text, isScannable(text));
}

/** For each mention, whether it is the object of a preposition (and so not a subject). */
export function markPrepositionalObjects(text: string, mentions: readonly PartyMention[]): boolean[] {
  const marks: boolean[] = [];
  mentions.forEach((mention, i) => {
    const word = wordBefore(text, mention.span.start);
    const previous = mentions[i - 1];
    const joined =
      previous !== undefined &&
      mention.span.start - previous.span.end <= 8 &&
      /^[\s,]*(?:(?:and|or|nor)\s+)?$/u.test(text.slice(previous.span.end, mention.span.start));
    marks.push(PREPOSITIONS.has(word) || (joined && marks[i - 1] === true));
  });
  return marks;
}

/** What stands before a modal as its subject: words, a bare pronoun, or nothing. */
type Subject = { kind: 'words'; words: string } | { kind: 'pronoun' } | { kind: 'none' };

/** Which preposition, determiner or pronoun a word of a scannable text is, ignoring case; `according` leads like a preposition. */
const prepositionBetween = asciiWordSet(PREPOSITIONS);
const leadingBetween = asciiWordSet([...PREPOSITIONS, 'according']);
const determinerBetween = asciiWordSet(DETERMINERS);
const pronounBetween = asciiWordSet(PRONOUNS);

/** The `WORD`s of `source` up to its first preposition (the words after it are not needed), by the regular expression. */
function wordsBeforePreposition(source: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
    if (PREPOSITIONS.has(m[0].toLowerCase())) break;
    words.push(m[0]);
  }
  WORD.lastIndex = 0;
  return words;
}

/** What `subjectOf` gives from the subject's words (the words of its clause up to the first preposition). */
function subjectOfWords(words: readonly string[]): Subject {
  const lower = words.map((w) => w.toLowerCase());
  // Without leading determiners, the last three words, again without leading determiners.
  let from = 0;
  while (from < words.length && DETERMINERS.has(lower[from]!)) from++;
  from = Math.max(from, words.length - 3);
  while (from < words.length && DETERMINERS.has(lower[from]!)) from++;
  const count = words.length - from;
  if (count === 0) return { kind: 'none' };
  if (count === 1 && PRONOUNS.has(lower[from]!)) return { kind: 'pronoun' };
  return { kind: 'words', words: words.slice(from).join(' ') };
}

/**
 * `subjectOf` in a scannable segment (see `isScannable`): the same steps on the words' offsets, with no word sliced
 * or lowercased but those of the result, which is one slice when its words are one space apart.
 */
function scannedSubjectOf(segment: string): Subject {
  let source = segment;
  const first = nextWordStart(segment, 0);
  if (first !== -1 && leadingBetween(segment, first, wordEnd(segment, first, isWordJoiner)) !== undefined) {
    const comma = segment.indexOf(',');
    source = comma >= 0 ? segment.slice(comma + 1) : '';
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (let start = nextWordStart(source, 0); start !== -1; ) {
    const end = wordEnd(source, start, isWordJoiner);
    if (prepositionBetween(source, start, end) !== undefined) break;
    starts.push(start);
    ends.push(end);
    start = nextWordStart(source, end);
  }
  const n = starts.length;
  let from = 0;
  while (from < n && determinerBetween(source, starts[from]!, ends[from]!) !== undefined) from++;
  from = Math.max(from, n - 3);
  while (from < n && determinerBetween(source, starts[from]!, ends[from]!) !== undefined) from++;
  if (from === n) return { kind: 'none' };
  if (from === n - 1 && pronounBetween(source, starts[from]!, ends[from]!) !== undefined) return { kind: 'pronoun' };
  let spaced = true;
  for (let i = from + 1; i < n; i++) if (starts[i] !== ends[i - 1]! + 1 || source.charCodeAt(ends[i - 1]!) !== 0x20) spaced = false;
  if (spaced) return { kind: 'words', words: source.slice(starts[from]!, ends[n - 1]!) };
  const words: string[] = [];
  for (let i = from; i < n; i++) words.push(source.slice(starts[i]!, ends[i]!));
  return { kind: 'words', words: words.join(' ') };
}

function subjectOf(segment: string, scannable: boolean): Subject {
  if (scannable) return scannedSubjectOf(segment);
  // After a leading preposition ("According to X, …", "Under X, …") the subject follows the first comma.
  WORD.lastIndex = 0;
  const first = WORD.exec(segment)?.[0].toLowerCase();
  let source = segment;
  if (first !== undefined && (PREPOSITIONS.has(first) || first === 'according')) {
    const comma = segment.indexOf(',');
    source = comma >= 0 ? segment.slice(comma + 1) : '';
  }
  return subjectOfWords(wordsBeforePreposition(source));
}

/**
 * The subject in `segment`: after its last comma ("According to X, the guarantee would"), else before its
 * first comma ("The guarantee, once signed, would"), else the whole segment.
 */
function subjectIn(segment: string, scannable: boolean): Subject {
  const comma = segment.lastIndexOf(',');
  if (comma < 0) return subjectOf(segment, scannable);
  const tail = subjectOf(segment.slice(comma + 1), scannable);
  if (tail.kind !== 'none') return tail;
  const head = segment.slice(0, segment.indexOf(','));
  const first = /^\s*([\p{L}]+)/u.exec(head)?.[1]?.toLowerCase() ?? '';
  return PREPOSITIONS.has(first) || first === 'according' ? subjectOf(segment, scannable) : subjectOf(head, scannable);
}

/** What follows the last `,`, `;` or `:` of `segment` (all of it when none): `segment.replace(/^.*[,;:]/su, '')`. */
function afterLastMark(segment: string): string {
  if (!fastPaths.enabled) return segment.replace(/^.*[,;:]/su, '');
  return segment.slice(Math.max(segment.lastIndexOf(','), segment.lastIndexOf(';'), segment.lastIndexOf(':')) + 1);
}

/** Modal words: a noun phrase before a relative clause ends after them ("shall adopt rules which …" → `adopt rules`). */
const MODAL_WORDS = new Set(['shall', 'will', 'would', 'should', 'may', 'might', 'must', 'can', 'could']);

/**
 * The noun phrase ending `segment`, at most three words ("offer Ukraine a guarantee" → `guarantee`). With `afterArticle`,
 * only one that a determiner or preposition opens ("establish a Joint Commission" → `Joint Commission`, but not
 * "Russia would withdraw"): what a comma and "which" may follow.
 */
function antecedentOf(segment: string, afterArticle = false): string | null {
  const words = segment.match(WORD) ?? [];
  const kept: string[] = [];
  let opened = false;
  for (let i = words.length - 1; i >= 0 && kept.length < 3; i--) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    if (DETERMINERS.has(lower) || PREPOSITIONS.has(lower)) {
      opened = true;
      break;
    }
    if (MODAL_WORDS.has(lower)) break;
    kept.unshift(word);
  }
  const pronoun = kept.length === 1 && PRONOUNS.has((kept[0] ?? '').toLowerCase());
  return kept.length === 0 || pronoun || (afterArticle && !opened) ? null : kept.join(' ');
}

/** A clause opener found in a text: where it is, and whether it opens a relative clause ("that", "which", "who"). */
interface Opener {
  start: number;
  end: number;
  relative: boolean;
}

function openerAt(start: number, word: string): Opener {
  return { start, end: start + word.length, relative: /^(?:that|which|who)$/.test(word) };
}

/** Which opener a word of a scannable text is, ignoring case. */
const openerBetween = asciiWordSet(OPENER_WORDS);

/**
 * The last clause opener ("that", "which", …) in [from, to), or null. In a scannable text, by a scan back over the
 * words of the range: a match of `CLAUSE_OPENER` in the range is a whole run of letters and digits (cut at the ends
 * of the range) that is an opener, ignoring case.
 */
function lastOpener(text: string, from: number, to: number, scannable: boolean): Opener | null {
  if (scannable) {
    let end = to;
    while (end > from) {
      if (!isLetterOrDigit(text.charCodeAt(end - 1))) {
        end--;
        continue;
      }
      let start = end - 1;
      while (start > from && isLetterOrDigit(text.charCodeAt(start - 1))) start--;
      const word = openerBetween(text, start, end);
      if (word !== undefined) return openerAt(start, word);
      end = start;
    }
    return null;
  }
  let found: Opener | null = null;
  for (const match of allMatches(text.slice(from, to), CLAUSE_OPENER.pick())) {
    found = openerAt(from + match.index, match[0].toLowerCase());
  }
  return found;
}

/** The subject words before a modal at `to`, looking no further back than `from`; null when none. */
export function findSubjectWords(text: string, from: number, to: number): string | null {
  const scannable = isScannable(text);
  const lookFrom = Math.max(from, to - 300);
  const opener = lastOpener(text, lookFrom, to, scannable);
  const subject = subjectIn(text.slice(opener?.end ?? lookFrom, to), scannable);
  return subject.kind === 'words' ? subject.words : null;
}

const CONDITION = /(?:^|[.;:]\s+|\(\w{1,4}\)\s+)(?:if|when|unless|once|where|should|in the event that|in case)\b[^,.;:]{1,200},/giu;
/** A `CONDITION` starts at the start of the searched range with one of these letters, or at one of `CONDITION_MARKS`. */
const CONDITION_FIRST = /[iwuosſ]/i;
const CONDITION_MARKS = /[.;:(]/g;

/** Offsets of `.`, `;`, `:` and `(` in `text`, ascending: besides the start of the range, where a condition may start. */
export function findConditionMarks(text: string): number[] {
  const marks: number[] = [];
  CONDITION_MARKS.lastIndex = 0;
  while (CONDITION_MARKS.test(text)) marks.push(CONDITION_MARKS.lastIndex - 1);
  return marks;
}

/** Whether some offset of `sorted` (ascending) is in [from, to). */
function hasOffsetIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/**
 * A condition ("If X does Y,") that opens the clause holding the modal at `to`: where it starts and where the main
 * clause starts. `marks` is `findConditionMarks(text)`.
 */
function conditionBefore(
  text: string,
  from: number,
  to: number,
  marks: readonly number[],
): { start: number; mainStart: number } | null {
  // Most clauses have no condition: a cheap necessary test skips the search.
  if (fastPaths.enabled && !(from < to && CONDITION_FIRST.test(text[from]!)) && !hasOffsetIn(marks, from, to)) return null;
  let last: { start: number; mainStart: number } | null = null;
  const window = text.slice(from, to);
  for (const match of allMatches(window, CONDITION)) last = { start: from + match.index, mainStart: from + match.index + match[0].length };
  return last;
}

/** Canonical name of the first mention in [from, to) that is not a prepositional object. */
function firstSubjectParty(mentions: readonly PartyMention[], objects: readonly boolean[], from: number, to: number): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.span.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.span.start < to; i++) if (!objects[i]) return mentions[i]!.name;
  return null;
}

/**
 * Canonical name of the nearest mention in [from, to) that is not a prepositional object (50 at most looked at), with
 * the parties joined to it in one subject (see `jointSubject`).
 */
function nearestSubjectParty(
  text: string,
  mentions: readonly PartyMention[],
  objects: readonly boolean[],
  from: number,
  to: number,
): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid]?.span.end ?? Infinity) <= to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 50; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.span.start < from) break;
    if (objects[i] !== true) return jointSubject(text, mentions, objects, from, i);
  }
  return null;
}

/** What may stand between two parties of one subject: a comma, "and", "the" ("Russia, Ukraine and the United States"). */
const SUBJECT_JOIN = /^\s*,?\s*(?:and\s+)?(?:the\s+)?$/i;

/**
 * The parties of the subject whose last party is mention `last`: with the parties joined to it by commas and "and"
 * before it ("The United States and the European Union shall"), named in their order and each once, as English lists
 * them: `United States and European Union`, `Russia, Ukraine and United States`.
 */
function jointSubject(text: string, mentions: readonly PartyMention[], objects: readonly boolean[], from: number, last: number): string {
  let first = last;
  while (first > 0) {
    const before = mentions[first - 1]!;
    if (objects[first - 1] === true || before.span.start < from || !SUBJECT_JOIN.test(text.slice(before.span.end, mentions[first]!.span.start))) break;
    first--;
  }
  if (first === last) return mentions[last]!.name;
  const names = [...new Set(mentions.slice(first, last + 1).map((m) => m.name))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Where to look for an actor: the sentence, the mentions and the obligation before in the same sentence. */
export interface ActorContext {
  /** The clause text. */
  text: string;
  /** `isScannable(text)`: whether the word scans apply. */
  scannable: boolean;
  /** `findConditionMarks(text)`. */
  conditionMarks: readonly number[];
  /** Party mentions sorted by start. */
  mentions: readonly PartyMention[];
  /** `markPrepositionalObjects(text, mentions)`. */
  objects: readonly boolean[];
  /** Start of the sentence holding the modal. */
  sentenceStart: number;
  /** The obligations before the modal in the same sentence, in order (the last is the one just before it). */
  earlier: readonly EarlierObligation[];
}

/** An obligation before a modal in its sentence, as the actor of a later one may need it. */
export interface EarlierObligation {
  /** Where its modal phrase ends. */
  end: number;
  /** Its actor. */
  actor: string | null;
  /** Its modal word in lower case: `shall` for "shall not", `would` for "would be required to". */
  word: string;
  /** Where the relative clause with no subject of its own that gave its actor opens ("a manner which would"), else -1. */
  relativeAt: number;
}

/** An actor, and where the relative clause with no subject that gave it opens (see `EarlierObligation`), else -1. */
export interface ActorFound {
  actor: string | null;
  relativeAt: number;
}

/** A comma and "and" or "or" just before a modal: it is joined to what came before the comma. */
const JOINED_AFTER_COMMA = /,\s*(?:and|or)\s+$/;

/** Modal words of what might happen rather than what is owed: a relative clause ("which would …") often holds one. */
const HYPOTHETICAL = new Set(['would', 'could', 'might']);

/**
 * The obligation a modal with no subject of its own continues when a comma and "and"/"or" join it to the sentence:
 * the obligation before it; but after a relative clause with no subject of its own, the last obligation before that
 * clause, when the modal repeats its word, or when the modal is not of the relative clause's kind (one of `would`,
 * `could`, `might`, and the other not). In "A Party shall review
 * …, provided that … in a manner which would constitute …, and shall not eliminate …" the second `shall` is the
 * Party's, not the manner's; in "Ukraine shall accept a guarantee which would last ten years, and could be renewed"
 * `could` stays the guarantee's. Null when the modal continues none.
 */
function continuedObligation(text: string, earlier: readonly EarlierObligation[], modal: number, word: string): EarlierObligation | null {
  const previous = earlier[earlier.length - 1];
  if (previous === undefined || !JOINED_AFTER_COMMA.test(text.slice(Math.max(previous.end, modal - 16), modal))) return null;
  // Joined to an obligation of the sentence's own clause: its subject, whatever clauses stand between ("will
  // maintain treatment no less favourable than that it accords to like goods, and shall not refrain …").
  if (previous.relativeAt === -1) return previous.actor === null ? null : previous;
  const otherKind = HYPOTHETICAL.has(previous.word) !== HYPOTHETICAL.has(word);
  for (let k = earlier.length - 2; k >= 0; k--) {
    const before = earlier[k]!;
    if (before.end <= previous.relativeAt) return before.word === word || otherKind ? before : null;
  }
  return null;
}

/**
 * Finds the actor of a modal starting at `modal`: a party (nearest non-object mention in the modal's own
 * clause), else the actor of the modal before it in the same clause, else the subject words; for a bare
 * pronoun the nearest party before the clause; for a relative clause with no subject ("a guarantee that
 * would …") the noun phrase before `that`, at most three words. `word` is the modal word in lower case: a modal
 * joined by ", and" after such a relative clause may continue the obligation before it (see `continuedObligation`).
 */
export function findActor(context: ActorContext, modal: number, word: string): ActorFound {
  const { text, scannable, conditionMarks, mentions, objects, sentenceStart, earlier } = context;
  const continued = continuedObligation(text, earlier, modal, word);
  if (continued !== null) return { actor: continued.actor, relativeAt: continued.relativeAt };
  const previous = earlier[earlier.length - 1];
  const lookFrom = Math.max(sentenceStart, modal - 300);
  const condition = conditionBefore(text, lookFrom, modal, conditionMarks);
  const found = lastOpener(text, condition?.mainStart ?? lookFrom, modal, scannable);
  // In "If Ukraine invades Russia, it will …" the main clause starts after the comma that ends the condition.
  const opener = found ?? (condition ? { start: condition.mainStart, end: condition.mainStart, relative: false } : null);
  const clauseStart = opener?.end ?? sentenceStart;
  const partyFrom = previous !== undefined && previous.end > clauseStart ? previous.end : clauseStart;
  const party = nearestSubjectParty(text, mentions, objects, partyFrom, modal);
  if (party !== null) return { actor: party, relativeAt: -1 };
  if (previous !== undefined && previous.end > clauseStart) return { actor: previous.actor, relativeAt: previous.relativeAt };
  const subject = subjectIn(text.slice(Math.max(clauseStart, lookFrom), modal), scannable);
  if (subject.kind === 'words') return { actor: subject.words, relativeAt: -1 };
  if (opener === null) return { actor: null, relativeAt: -1 };
  if (condition && subject.kind === 'pronoun' && opener.start === condition.mainStart) {
    // A pronoun after a condition refers to the condition's subject: its first party that is not an object.
    return { actor: firstSubjectParty(mentions, objects, condition.start, condition.mainStart), relativeAt: -1 };
  }
  if (subject.kind === 'pronoun' || !opener.relative) {
    return { actor: nearestSubjectParty(text, mentions, objects, sentenceStart, opener.start), relativeAt: -1 };
  }
  const before = text.slice(Math.max(sentenceStart, opener.start - 120), opener.start);
  const noun = antecedentOf(afterLastMark(before));
  if (noun !== null || !/,\s*$/u.test(before)) return { actor: noun, relativeAt: opener.start };
  // "a Joint Commission, which shall meet": the noun stands before the comma that opens the relative clause.
  return { actor: antecedentOf(afterLastMark(before.replace(/[\s,]+$/u, '')), true), relativeAt: opener.start };
}
