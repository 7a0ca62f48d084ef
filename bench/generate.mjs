/**
 * Synthetic treaties for the benchmark: seeded, deterministic, plain ESM with no dependencies.
 *
 * A treaty is a list of articles (`## Article N — Title`), each with numbered clauses (`45.`, numbered through the
 * whole text, as in many trade agreements) of legal English, 30–120 words each, some with lettered sub-points `(a)`.
 * Clauses refer to other clauses and articles ("Clause 45", "Article 12"). A revision edits about 2 % of clauses and
 * sub-points, inserts 1 %, deletes 1 % and moves a few, then renumbers everything and rewrites every cross-reference
 * to the new numbers. The generator knows which clause became which: it writes that true pairing beside each pair.
 *
 * Usage: `node bench/generate.mjs [DIR]` (default `bench/.corpus/`); `generateCorpus(dir, options)` from code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped whenever the generator's output changes, so a cached corpus is rebuilt. */
export const GENERATOR_VERSION = 3;
/** Default seed of the corpus. */
export const DEFAULT_SEED = 20251122;
/** The pairs of the benchmark: treaties of three sizes and one text without any numbering. */
export const PAIRS = [
  { name: 'treaty-20k', words: 20_000, numbered: true },
  { name: 'treaty-100k', words: 100_000, numbered: true },
  { name: 'treaty-500k', words: 500_000, numbered: true },
  { name: 'plain-100k', words: 100_000, numbered: false },
];

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Each Party', 'The Parties', 'A Party', 'The importing Party', 'The exporting Party', 'The Joint Committee',
  'The competent authorities of each Party', 'The Committee on Trade in Goods', 'The Sub-Committee on Customs Cooperation',
  'Neither Party', 'The Party concerned', 'The requesting Party', 'The responding Party', 'The arbitration panel',
  'Each Party, through its competent authorities,', 'The Trade Committee', 'The customs administrations of the Parties',
];
const MODALS = ['shall', 'shall', 'shall', 'shall not', 'may', 'should', 'will', 'must', 'may not'];
const VERBS = [
  'ensure that', 'accord to', 'apply', 'maintain', 'adopt', 'notify', 'endeavour to facilitate', 'eliminate', 'reduce',
  'publish', 'make available', 'establish', 'review', 'consider', 'take into account', 'promote', 'provide for',
  'refrain from imposing', 'cooperate on', 'exchange information on', 'recognise', 'give effect to', 'implement',
];
const OBJECTS = [
  'treatment no less favourable than that it accords to like goods of national origin',
  'the measures necessary to implement the obligations set out in this Chapter',
  'customs duties on originating goods of the other Party', 'any prohibition or restriction on the importation of any good',
  'the procedures for the issuance of import licences', 'a transparent and predictable regulatory framework',
  'all laws, regulations and administrative rulings of general application', 'the conformity assessment procedures',
  'the sanitary and phytosanitary measures applicable to trade between the Parties', 'a single enquiry point',
  'the tariff elimination schedule set out in the relevant Annex', 'the rules of origin and related procedures',
  'an independent and impartial review of administrative determinations', 'advance rulings in writing',
  'the protection of personal data of natural persons', 'the temporary entry of business visitors',
  'the principle of non-discrimination in public procurement', 'the dispute settlement procedures of this Agreement',
  'any safeguard measure adopted under this Section', 'the exchange of information between competent authorities',
];
const CONDITIONS = [
  'in accordance with {A}', 'subject to {C}', 'except as provided in {C}', 'without prejudice to {A}',
  'as referred to in {C}', 'pursuant to {C}', 'notwithstanding {C}', 'in conformity with {A} and {C}',
  'within {N} days of the date of entry into force of this Agreement', 'no later than {N} days after the request',
  'provided that such measures are not applied in a manner which would constitute a means of arbitrary or unjustifiable discrimination',
  'to the extent permitted by its laws and regulations', 'unless the Parties agree otherwise',
  'where the conditions laid down in {C} are met', 'for a period not exceeding {N} months',
  'on a reciprocal basis', 'in a timely and transparent manner', 'as soon as practicable',
];
const SECTORS = [
  'agricultural', 'fishery', 'forestry', 'textile', 'footwear', 'automotive', 'pharmaceutical', 'chemical', 'machinery',
  'electronic', 'steel', 'aluminium', 'dairy', 'wine', 'spirits', 'tobacco', 'cereal', 'sugar', 'medical', 'maritime',
  'aviation', 'telecommunications', 'financial', 'energy', 'mining', 'timber', 'ceramic', 'optical', 'horticultural',
];
const NOUNS = [
  'goods', 'products', 'services', 'suppliers', 'investors', 'enterprises', 'consignments', 'establishments', 'operators',
  'exporters', 'importers', 'producers', 'certificates', 'licences', 'standards', 'regulations', 'procedures', 'measures',
];
const TITLE_WORDS = [
  'Scope', 'Definitions', 'National Treatment', 'Market Access', 'Customs Duties', 'Import Licensing', 'Export Duties',
  'Transparency', 'Cooperation', 'Review', 'Safeguards', 'Exceptions', 'Rules of Origin', 'Technical Barriers',
  'Sanitary Measures', 'Public Procurement', 'Intellectual Property', 'Competition', 'Subsidies', 'State Enterprises',
  'Dispute Settlement', 'Consultations', 'Mediation', 'Institutional Provisions', 'Entry into Force', 'Amendments',
];
const EDIT_WORDS = [
  'promptly', 'reasonable', 'all', 'relevant', 'applicable', 'further', 'appropriate', 'effective', 'immediately',
  'in particular', 'where appropriate', 'to the extent possible', 'including', 'any', 'such', 'necessary',
];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/**
 * A sentence as tokens: strings, or `{ ref: 'clause' | 'article', target }` with the generator's id of the target,
 * written as "Clause 45" / "Article 12" with the target's current number.
 */
function sentence(random, targets) {
  const out = [];
  const words = (text) => {
    for (const w of text.split(' ')) out.push(w);
  };
  const condition = () => {
    const template = pick(random, CONDITIONS);
    for (const part of template.split(' ')) {
      if (part.startsWith('{A}')) out.push({ ref: 'article', target: pick(random, targets.articles) }, ...rest(part, 3));
      else if (part.startsWith('{C}')) out.push({ ref: 'clause', target: pick(random, targets.clauses) }, ...rest(part, 3));
      else if (part === '{N}') out.push(String(5 + Math.floor(random() * 175)));
      else out.push(part);
    }
  };
  const shape = random();
  if (shape < 0.15) {
    words(`For the purposes of ${random() < 0.5 ? 'this Article' : 'this Chapter'},`);
    words(`${pick(random, SECTORS)} ${pick(random, NOUNS)} means ${pick(random, NOUNS)} ${pick(random, ['classified', 'listed', 'described', 'identified'])} in the relevant Annex`);
    if (random() < 0.6) condition();
  } else {
    words(`${pick(random, SUBJECTS)} ${pick(random, MODALS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`);
    if (random() < 0.5) words(`concerning ${pick(random, SECTORS)} ${pick(random, NOUNS)}`);
    if (random() < 0.7) {
      comma(out);
      condition();
    }
    if (random() < 0.3) {
      comma(out);
      words(`and ${pick(random, MODALS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`);
    }
  }
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = out[last].replace(/,$/, '') + '.';
  else out.push('.');
  return out;
}

/** Ends the sentence so far with a comma. */
function comma(out) {
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] += ',';
  else out.push(',');
}

/** The punctuation glued to a placeholder (`{C},` → `,`). */
function rest(part, from) {
  return part.length > from ? [{ glue: part.slice(from) }] : [];
}

/** A text of `min`–`max` words: whole sentences until the length is reached. */
function paragraph(random, targets, min, max, lead) {
  const goal = min + Math.floor(random() * (max - min + 1));
  const tokens = [];
  let count = 0;
  while (count < goal) {
    const s = sentence(random, targets);
    tokens.push(...s);
    count += s.filter((t) => typeof t === 'string' || t.ref).length;
  }
  if (lead && typeof tokens[tokens.length - 1] === 'string') tokens[tokens.length - 1] = tokens[tokens.length - 1].replace(/\.$/, ':');
  return tokens;
}

/** Builds the old treaty: articles of clauses with sub-points; about `words` words in all. */
function buildTreaty(random, words) {
  // Placeholder targets are filled in once the clauses exist.
  const targets = { articles: [], clauses: [] };
  const clauses = Math.round(words / 113);
  const articles = Math.max(2, Math.round(clauses / 4));
  for (let k = 0; k < articles; k++) targets.articles.push(`A${k}`);
  for (let k = 0; k < clauses; k++) targets.clauses.push(`C${k}`);
  const treaty = [];
  let c = 0;
  for (let k = 0; k < articles; k++) {
    const article = { id: `A${k}`, title: `${pick(random, TITLE_WORDS)}${random() < 0.5 ? ` of ${pick(random, SECTORS)} ${pick(random, NOUNS)}` : ''}`, clauses: [] };
    const count = k === articles - 1 ? clauses - c : Math.max(1, Math.min(clauses - c - (articles - k - 1), 1 + Math.floor(random() * 6)));
    for (let j = 0; j < count; j++) article.clauses.push(makeClause(random, targets, `C${c++}`));
    treaty.push(article);
  }
  return { treaty, targets };
}

function makeClause(random, targets, clauseId) {
  const withSubs = random() < 0.25;
  const clause = { id: clauseId, tokens: paragraph(random, targets, withSubs ? 20 : 30, withSubs ? 50 : 120, withSubs), subs: [] };
  if (withSubs) {
    const n = 2 + Math.floor(random() * 3);
    for (let s = 0; s < n; s++) {
      const tokens = paragraph(random, targets, 15, 45, false);
      const last = tokens.length - 1;
      if (typeof tokens[last] === 'string') tokens[last] = tokens[last].replace(/\.$/, s === n - 1 ? '.' : ';');
      clause.subs.push({ id: `${clauseId}.${s}`, tokens });
    }
  }
  return clause;
}

/** Edits a text: replaces, inserts or deletes a few words (never a cross-reference). */
function editTokens(random, tokens) {
  const out = [...tokens];
  const ops = 1 + Math.floor(random() * 3);
  for (let k = 0; k < ops; k++) {
    const plain = [];
    out.forEach((t, i) => {
      if (typeof t === 'string' && /^[a-z]+$/.test(t)) plain.push(i);
    });
    if (plain.length < 4) break;
    const at = plain[Math.floor(random() * plain.length)];
    const r = random();
    if (r < 0.4) out[at] = pick(random, EDIT_WORDS).split(' ')[0];
    else if (r < 0.7) out.splice(at, 0, ...pick(random, EDIT_WORDS).split(' '));
    else {
      let n = 1 + Math.floor(random() * 4);
      let end = at;
      while (n > 0 && end < out.length && typeof out[end] === 'string' && /^[a-z]+$/.test(out[end])) {
        end++;
        n--;
      }
      out.splice(at, Math.max(1, end - at));
    }
  }
  return out;
}

/** The revision: ~2 % of texts edited, 1 % of clauses inserted, 1 % deleted, a few moved; numbers follow from order. */
function revise(random, treaty, targets) {
  const next = treaty.map((a) => ({ ...a, clauses: a.clauses.map((c) => ({ ...c, subs: c.subs.map((s) => ({ ...s })) })) }));
  const all = () => next.flatMap((a) => a.clauses.map((c) => ({ article: a, clause: c })));
  const total = all().length;
  let inserted = 0;
  // Edits.
  for (const { clause } of all()) {
    if (random() < 0.02) clause.tokens = editTokens(random, clause.tokens);
    for (const sub of clause.subs) if (random() < 0.02) sub.tokens = editTokens(random, sub.tokens);
  }
  // Deletions (1 %), never emptying an article.
  const deletions = Math.max(1, Math.round(total * 0.01));
  for (let k = 0; k < deletions; k++) {
    const article = pick(random, next);
    if (article.clauses.length < 2) continue;
    article.clauses.splice(Math.floor(random() * article.clauses.length), 1);
  }
  // Insertions (1 %), the first in Article 1 so every later clause is renumbered.
  const insertions = Math.max(1, Math.round(total * 0.01));
  for (let k = 0; k < insertions; k++) {
    const article = k === 0 ? next[0] : pick(random, next);
    const clause = makeClause(random, targets, `N${++inserted}`);
    article.clauses.splice(k === 0 ? 0 : Math.floor(random() * (article.clauses.length + 1)), 0, clause);
  }
  // Moves: a few clauses to another article.
  const moves = Math.max(2, Math.round(total * 0.002));
  for (let k = 0; k < moves; k++) {
    const from = pick(random, next);
    const to = pick(random, next);
    if (from === to || from.clauses.length < 2) continue;
    const [clause] = from.clauses.splice(Math.floor(random() * from.clauses.length), 1);
    to.clauses.splice(Math.floor(random() * (to.clauses.length + 1)), 0, clause);
  }
  return next;
}

/** Writes tokens as text, each reference with the current number of its target (or "the relevant provision" when gone). */
function renderTokens(tokens, numbers) {
  let text = '';
  for (const t of tokens) {
    if (typeof t === 'string') text += (text === '' || /^[,.;:]/.test(t) ? '' : ' ') + t;
    else if (t.glue) text += t.glue;
    else {
      const n = (t.ref === 'article' ? numbers.articles : numbers.clauses).get(t.target);
      const label = t.ref === 'article' ? 'Article' : 'Clause';
      text += (text === '' ? '' : ' ') + (n === undefined ? `the relevant ${label.toLowerCase()}` : `${label} ${n}`);
    }
  }
  return text;
}

/** Numbers of articles and clauses in reading order. */
function numbering(treaty) {
  const articles = new Map();
  const clauses = new Map();
  let c = 0;
  treaty.forEach((article, k) => {
    articles.set(article.id, k + 1);
    for (const clause of article.clauses) clauses.set(clause.id, ++c);
  });
  return { articles, clauses };
}

/**
 * Writes a treaty as Markdown; returns the text, the generator ids of its units in the order the reader lists them
 * (clauses in pre-order, or blocks in reading order for a text without numbering), and its word count.
 */
function renderTreaty(treaty, title, numbered) {
  const numbers = numbering(treaty);
  const lines = [`# ${title}`, ''];
  const units = [];
  if (numbered) {
    lines.push('The Parties to this Agreement have agreed as follows.', '');
  }
  for (const article of treaty) {
    if (numbered) {
      lines.push(`## Article ${numbers.articles.get(article.id)} — ${article.title}`, '');
      units.push(article.id);
    }
    for (const clause of article.clauses) {
      const text = renderTokens(clause.tokens, numbers);
      if (numbered) {
        const marker = `${numbers.clauses.get(clause.id)}.`;
        const indent = ' '.repeat(marker.length + 1);
        lines.push(`${marker} ${text}`, '');
        units.push(clause.id);
        clause.subs.forEach((sub, s) => {
          lines.push(`${indent}(${String.fromCharCode(97 + s)}) ${renderTokens(sub.tokens, numbers)}`, '');
          units.push(sub.id);
        });
      } else {
        lines.push(text, '');
        units.push(clause.id);
        for (const sub of clause.subs) {
          lines.push(renderTokens(sub.tokens, numbers), '');
          units.push(sub.id);
        }
      }
    }
  }
  const markdown = lines.join('\n');
  const words = markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { markdown, units, words };
}

/** Generates one pair: old and new Markdown and the true pairing of their units. */
export function generatePair({ words, numbered }, seed) {
  const random = seededRandom(seed ^ words);
  const { treaty, targets } = buildTreaty(random, words);
  const revised = revise(random, treaty, targets);
  const old = renderTreaty(treaty, 'Agreement on Trade and Economic Partnership', numbered);
  const neu = renderTreaty(revised, 'Agreement on Trade and Economic Partnership', numbered);
  const newIndex = new Map(neu.units.map((id, k) => [id, k]));
  const oldIndex = new Map(old.units.map((id, k) => [id, k]));
  const pairs = [];
  old.units.forEach((id, k) => pairs.push([k, newIndex.get(id) ?? null]));
  neu.units.forEach((id, k) => {
    if (!oldIndex.has(id)) pairs.push([null, k]);
  });
  const truth = { kind: numbered ? 'clauses' : 'blocks', oldUnits: old.units.length, newUnits: neu.units.length, pairs };
  return { old: old.markdown, new: neu.markdown, truth, words: { old: old.words, new: neu.words } };
}

/**
 * Writes the corpus into `dir` (`<name>-old.md`, `<name>-new.md`, `<name>-truth.json`, `manifest.json`) unless a
 * manifest of the same seed and generator version is already there. Returns the manifest.
 */
export function generateCorpus(dir, { seed = DEFAULT_SEED } = {}) {
  const manifestPath = join(dir, 'manifest.json');
  try {
    const existing = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (existing.seed === seed && existing.generator === GENERATOR_VERSION) return existing;
  } catch {
    // No corpus yet.
  }
  mkdirSync(dir, { recursive: true });
  const manifest = { generator: GENERATOR_VERSION, seed, pairs: [] };
  for (const spec of PAIRS) {
    const pair = generatePair(spec, seed);
    const files = { old: join(dir, `${spec.name}-old.md`), new: join(dir, `${spec.name}-new.md`), truth: join(dir, `${spec.name}-truth.json`) };
    writeFileSync(files.old, pair.old);
    writeFileSync(files.new, pair.new);
    writeFileSync(files.truth, `${JSON.stringify(pair.truth)}\n`);
    manifest.pairs.push({ name: spec.name, numbered: spec.numbered, words: pair.words.old, wordsNew: pair.words.new, units: pair.truth.oldUnits, files });
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] ?? join(here, '.corpus');
  const seed = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) : DEFAULT_SEED;
  const manifest = generateCorpus(dir, { seed });
  for (const p of manifest.pairs) console.log(`${p.name}: ${p.words} words, ${p.units} units`);
}
