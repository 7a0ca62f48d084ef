/**
 * Finds the parties a clause's text names and resolves them to canonical names.
 *
 * Decisions:
 * - A built-in table covers the parties of the shipped corpus (see `KNOWN_PARTIES`); the draft's
 *   front-matter parties (`name` and `aliases`) are added on top and win where an alias is the same.
 * - Matching is case-sensitive (so `US` never matches `use`, `May` is not a party, `Turkey` is not
 *   `turkey`) and whole-word: `US` does not match inside `USA` or `US$`. At each position the longest
 *   alias wins and mentions never overlap.
 * - A leading article is part of the mention for names that take one (`the US`, `The European Union`,
 *   `the Kremlin`, `the Alliance`): multi-word names and acronyms may be preceded by `the`/`The`.
 * - Demonyms `Ukrainian(s)`, `Russian(s)` and `American(s)` name their country: in these drafts
 *   "Ukrainian forces" or "any future Russian attack" are about the state. Other demonyms (French,
 *   German, British, …) are left out because they more often name a language or are plain adjectives.
 * - `Europe` and `European allies`/`partners`/`countries`/`nations`/`states` are one party, `Europe`;
 *   `European Union` stays its own party. `North America`, `Latin America` etc. are not the United States.
 */
import type { Party } from '../model/draft.js';
import type { PartyMention } from '../model/facts.js';
import { WORD_START, allMatches, fastPaths } from './find-shared.js';

/** Built-in parties: canonical name → aliases as they appear in text. */
export const KNOWN_PARTIES: Readonly<Record<string, readonly string[]>> = {
  Ukraine: ['Ukraine', 'Kyiv', 'Kiev', 'Ukrainian', 'Ukrainians'],
  Russia: ['Russia', 'Russian Federation', 'Moscow', 'Kremlin', 'the Kremlin', 'Russian', 'Russians'],
  'United States': [
    'United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Washington',
    'American', 'Americans',
  ],
  'European Union': ['European Union', 'EU'],
  NATO: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'the Alliance'],
  'United Kingdom': ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  France: ['France'],
  Germany: ['Germany'],
  Poland: ['Poland'],
  Turkey: ['Turkey', 'Türkiye', 'Turkiye'],
  China: ['China', "People's Republic of China", 'People’s Republic of China', 'Beijing'],
  'United Nations': ['United Nations', 'UN', 'U.N.'],
  Europe: [
    'Europe', 'European allies', 'European partners', 'European countries', 'European nations', 'European states',
  ],
  'transatlantic community': [
    'transatlantic community', 'the transatlantic community', 'Transatlantic community',
    'trans-Atlantic community', 'the trans-Atlantic community',
  ],
};

/** Names that contain an alias but are not that party; matched and then dropped. */
const NOT_PARTIES = [
  'North America', 'North American', 'South America', 'South American', 'Latin America', 'Latin American',
  'Central America', 'Central American', 'Washington Post', 'South China Sea', 'Pan-American',
];

interface Matcher {
  /** One regular expression over all aliases, longest first, white space between words as `\s{1,3}`. */
  regex: RegExp;
  /**
   * `regex` for the `spaced` text, where a run of one to three white-space characters is as many plain spaces and a
   * longer run is NULs: `" +"` instead of `\s{1,3}`. It matches where `regex` matches in the text itself, and V8
   * compiles it about five times faster (`{1,3}` is costly in an alternation of over a hundred names): a command that
   * reads the parties of a few clauses spent most of that time compiling `regex`.
   */
  spacedRegex: RegExp;
  /** Alias as written in the pattern → canonical name, or null for a blocked name. */
  names: Map<string, string | null>;
  /**
   * The words every alias holds as written (its first word after a leading `the`/`The`), as one search for any of
   * them: a text holding none of them cannot match `regex`, and this search is much cheaper.
   */
  keys: RegExp;
}

let cache: { key: string; parties: readonly Party[]; matcher: Matcher } | null = null;
/**
 * The matcher of each party list seen, by identity: a comparison asks in turn for the clauses of two drafts, each
 * with its own list, and `cache` alone would build the key of one list at every turn.
 */
const byList = new WeakMap<readonly Party[], Matcher>();

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Whether an alias commonly takes a leading `the` (multi-word names and acronyms). */
function takesArticle(alias: string): boolean {
  return /^\p{Lu}/u.test(alias) && (/\s/.test(alias) || /^[\p{Lu}.]{2,}$/u.test(alias));
}

function buildMatcher(parties: readonly Party[]): Matcher {
  const names = new Map<string, string | null>();
  const add = (alias: string, name: string | null): void => {
    const trimmed = alias.trim().replace(/\s+/g, ' ');
    if (trimmed === '') return;
    names.set(trimmed, name);
    if (/^the /.test(trimmed)) names.set(`The${trimmed.slice(3)}`, name);
    else if (takesArticle(trimmed)) {
      names.set(`the ${trimmed}`, name);
      names.set(`The ${trimmed}`, name);
    }
  };
  for (const [name, aliases] of Object.entries(KNOWN_PARTIES)) for (const alias of aliases) add(alias, name);
  for (const blocked of NOT_PARTIES) add(blocked, null);
  for (const party of parties) {
    add(party.name, party.name);
    for (const alias of party.aliases) add(alias, party.name);
  }
  const alternatives = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  const pattern = (space: string): RegExp => new RegExp(`${WORD_START}(?:${alternatives.map((a) => a.replace(/ /g, space)).join('|')})(?![\\p{L}\\p{N}_$])`, 'gu');
  const regex = pattern('\\s{1,3}');
  const spacedRegex = pattern(' +');
  const keyWords = new Set<string>();
  for (const alias of names.keys()) {
    const words = alias.split(' ');
    keyWords.add(words.length > 1 && (words[0] === 'the' || words[0] === 'The') ? words[1]! : words[0]!);
  }
  const keys = new RegExp([...keyWords].map(escape).join('|'));
  return { regex, spacedRegex, names, keys };
}

function matcherFor(parties: readonly Party[]): Matcher {
  // The same list is passed for every clause of a draft: skip building its key again.
  if (cache?.parties === parties) return cache.matcher;
  const known = fastPaths.enabled ? byList.get(parties) : undefined;
  if (known !== undefined) return known;
  const key = JSON.stringify(parties.map((p) => [p.name, p.aliases]));
  if (cache?.key !== key) cache = { key, parties, matcher: buildMatcher(parties) };
  else cache = { ...cache, parties };
  byList.set(parties, cache.matcher);
  return cache.matcher;
}

/** Finds mentions of known and front-matter parties, resolved to canonical names, in reading order. */
export function findParties(text: string, parties: readonly Party[] = []): PartyMention[] {
  const matcher = matcherFor(parties);
  const { names } = matcher;
  const mentions: PartyMention[] = [];
  if (fastPaths.enabled && !matcher.keys.test(text)) return mentions;
  // The spaced text has the same length, so a match's index and length are the same in the text itself.
  const searched = fastPaths.enabled ? spaced(text) : text;
  for (const match of allMatches(searched, fastPaths.enabled ? matcher.spacedRegex : matcher.regex)) {
    const raw = searched === text ? match[0] : text.slice(match.index, match.index + match[0].length);
    const name = names.get(raw.replace(/\s+/g, ' '));
    if (name === undefined || name === null) continue;
    mentions.push({ name, raw, span: { start: match.index, end: match.index + raw.length } });
  }
  return mentions;
}

/** White space other than a plain space, or four spaces in a row. */
const UNUSUAL_SPACE = /[^\S ]| {4}/;
const SPACE_RUN = /\s+/g;

/**
 * The text for `spacedRegex`, of the same length: each run of one to three white-space characters (`\s`, one UTF-16
 * unit each) as many plain spaces, each longer run as many NULs, which `" +"` does not match (no more than
 * `\s{1,3}` matches a run of four) and which are no letters or digits either.
 */
function spaced(text: string): string {
  if (!UNUSUAL_SPACE.test(text)) return text;
  return text.replace(SPACE_RUN, (run) => (run.length <= 3 ? ' '.repeat(run.length) : '\u0000'.repeat(run.length)));
}
