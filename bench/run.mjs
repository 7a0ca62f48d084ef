/**
 * `npm run bench`: times `draftdiff compare` on synthetic treaties against `git diff --no-index --word-diff` on the
 * same files in the same run, and measures how much the redline marks compared with a per-clause word diff over the
 * true pairing. Writes `bench/results.json` and prints a Markdown table (see bench/README.md).
 *
 * Environment: `BENCH_RUNS` (runs per figure; default 5, and 3 for the 500k pair), `BENCH_ONLY` (comma-separated
 * pair names; such a run writes no results.json), `BENCH_SEED` (corpus seed), `BENCH_UPDATE_README=1` (write the table
 * into bench/README.md).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWordsWithSpace } from 'diff';
import { compareDrafts } from '../dist/compare/index.js';
import { parseDraft } from '../dist/parse/index.js';
import { DEFAULT_SEED, generateCorpus } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist', 'bin', 'draftdiff.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const scratch = mkdtempSync(join(tmpdir(), 'draftdiff-bench-'));
/** Reports a child's peak memory where /usr/bin/time is missing (node children only). */
const RSS_WRAPPER = `data:text/javascript,${encodeURIComponent(
  "import {writeFileSync} from 'node:fs'; process.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });",
)}`;

/** The targets of the issue "Speed: a benchmark, and a compare that stays near-linear up to treaty size". */
const TARGETS = { jsonVsGit: 12, htmlExtraSeconds: 1, peakMegabytes: 600, growth: 6, plainVsNumbered: 3, qualityPercent: 2 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 3) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** Runs a command once: wall time from spawn to exit, exit code, peak RSS in MB (null when unknown), stderr. */
function runOnce(command, args) {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  const isNode = command === process.execPath;
  const [file, argv] = TIME
    ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, isNode ? ['--import', RSS_WRAPPER, ...args] : args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let rss = null;
      try {
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const kilobytes = Number(lines[lines.length - 1]);
        if (Number.isFinite(kilobytes) && kilobytes > 0) rss = kilobytes / 1024;
        rmSync(rssFile, { force: true });
      } catch {
        rss = null;
      }
      resolve({ seconds, code, rss, stderr });
    });
  });
}

/** Median wall time and peak memory of `runs` runs; null (with the reason) when the command is unavailable. */
async function timeCommand(command, args, runs, okCodes) {
  const times = [];
  let rss = null;
  for (let k = 0; k < runs; k++) {
    const result = await runOnce(command, args);
    if (!okCodes.includes(result.code)) return { seconds: null, rss: null, runs: times.length, unavailable: `exit ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}` };
    times.push(result.seconds);
    if (result.rss !== null) rss = Math.max(rss ?? 0, result.rss);
  }
  return { seconds: median(times), rss, runs, unavailable: null };
}

/** Median time of parsing both files in this process. */
function timeParse(oldBytes, newBytes, runs) {
  const times = [];
  for (let k = 0; k < runs; k++) {
    const started = process.hrtime.bigint();
    parseDraft(oldBytes, { path: 'old.md' });
    parseDraft(newBytes, { path: 'new.md' });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return median(times);
}

/** The units the generator's true pairing refers to: clauses in pre-order, or the blocks that are not headings. */
function unitsOf(draft, kind) {
  if (kind === 'blocks') return [...draft.blocks].sort((a, b) => a.order - b.order).filter((b) => b.kind !== 'heading').map((b) => ({ id: b.id, text: b.text, heading: null }));
  const out = [];
  const walk = (list) => {
    for (const c of list) {
      out.push({ id: c.id, text: c.text, heading: c.heading });
      walk(c.children);
    }
  };
  walk(draft.clauses);
  return out;
}

function markedChars(parts) {
  let n = 0;
  for (const part of parts) if (part.added || part.removed) n += part.value.length;
  return n;
}

/**
 * Redline quality: characters marked inserted or deleted by `compareDrafts` against `diffWordsWithSpace` run inside
 * each truly paired clause (an inserted or deleted clause counts whole), and how many true pairs were found.
 */
function measureQuality(oldDraft, newDraft, comparison, truth) {
  const olds = unitsOf(oldDraft, truth.kind);
  const news = unitsOf(newDraft, truth.kind);
  if (olds.length !== truth.oldUnits || news.length !== truth.newUnits) {
    return { error: `the reader found ${olds.length}/${news.length} units, the generator wrote ${truth.oldUnits}/${truth.newUnits}` };
  }
  let reference = 0;
  for (const [i, j] of truth.pairs) {
    const a = i === null ? null : olds[i];
    const b = j === null ? null : news[j];
    if (a && b) {
      reference += markedChars(diffWordsWithSpace(a.text, b.text));
      if (a.heading !== null || b.heading !== null) reference += markedChars(diffWordsWithSpace(a.heading ?? '', b.heading ?? ''));
    } else reference += (a ?? b).text.length;
  }
  let marked = 0;
  const pairs = new Map();
  const markedIn = (change) => {
    let n = 0;
    for (const op of change.diff) if (op.op !== 'equal') n += op.text.length;
    for (const op of change.headingDiff ?? []) if (op.op !== 'equal') n += op.text.length;
    return n;
  };
  for (const change of comparison.changes) {
    marked += markedIn(change);
    if (change.old && change.new && !Array.isArray(change.old) && !Array.isArray(change.new)) pairs.set(`${change.old.id}>${change.new.id}`, change);
  }
  // The same measure over the true pairs that compare also paired: the word diff alone, without alignment errors.
  let truePairs = 0;
  let found = 0;
  let pairedMarked = 0;
  let pairedReference = 0;
  for (const [i, j] of truth.pairs) {
    if (i === null || j === null) continue;
    truePairs++;
    const change = pairs.get(`${olds[i].id}>${news[j].id}`);
    if (change === undefined) continue;
    found++;
    pairedMarked += markedIn(change);
    pairedReference += markedChars(diffWordsWithSpace(olds[i].text, news[j].text));
    if (olds[i].heading !== null || news[j].heading !== null) pairedReference += markedChars(diffWordsWithSpace(olds[i].heading ?? '', news[j].heading ?? ''));
  }
  return {
    markedChars: marked,
    referenceChars: reference,
    differencePercent: round(((marked - reference) / Math.max(1, reference)) * 100, 2),
    pairsFound: found,
    truePairs,
    pairedDifferencePercent: round(((pairedMarked - pairedReference) / Math.max(1, pairedReference)) * 100, 2),
  };
}

/** In-process figures of one pair: time by stage (one run, after the parse runs warmed up) and redline quality. */
function measureInProcess(pair, oldBytes, newBytes, runs) {
  const parseSeconds = timeParse(oldBytes, newBytes, runs);
  let t = process.hrtime.bigint();
  const lap = () => {
    const now = process.hrtime.bigint();
    const seconds = Number(now - t) / 1e9;
    t = now;
    return seconds;
  };
  const oldDraft = parseDraft(oldBytes, { path: pair.files.old }).draft;
  const newDraft = parseDraft(newBytes, { path: pair.files.new }).draft;
  const parse = lap();
  const comparison = compareDrafts(oldDraft, newDraft);
  const compare = lap();
  const json = JSON.stringify(comparison, null, 2);
  const stringify = lap();
  const truth = JSON.parse(readFileSync(pair.files.truth, 'utf8'));
  const quality = measureQuality(oldDraft, newDraft, comparison, truth);
  return {
    parseSeconds,
    stages: { parse: round(parse), compare: round(compare), stringify: round(stringify), jsonMegabytes: round(json.length / 1024 / 1024, 1) },
    clauses: comparison.changes.filter((c) => c.kind === 'clause').length,
    summary: comparison.summary,
    quality,
  };
}

async function benchPair(pair, runs) {
  const oldBytes = readFileSync(pair.files.old);
  const newBytes = readFileSync(pair.files.new);
  const out = join(scratch, `${pair.name}.out`);
  process.stderr.write(`${pair.name}: ${pair.words} words, ${runs} runs…\n`);
  const json = await timeCommand(process.execPath, [cli, 'compare', pair.files.old, pair.files.new, '--format', 'json', '-o', out], runs, [0]);
  const html = await timeCommand(process.execPath, [cli, 'compare', pair.files.old, pair.files.new, '--format', 'html', '-o', `${out}.html`], runs, [0]);
  const git = await timeCommand('git', ['diff', '--no-index', '--word-diff=porcelain', pair.files.old, pair.files.new], runs, [0, 1]);
  const inProcess = measureInProcess(pair, oldBytes, newBytes, runs);
  return {
    name: pair.name,
    numbered: pair.numbered,
    words: pair.words,
    units: pair.units,
    runs,
    seconds: {
      json: round(json.seconds),
      html: round(html.seconds),
      parse: round(inProcess.parseSeconds),
      git: round(git.seconds),
    },
    vsGit: {
      json: json.seconds === null || !git.seconds ? null : round(json.seconds / git.seconds, 1),
      html: html.seconds === null || !git.seconds ? null : round(html.seconds / git.seconds, 1),
      parse: git.seconds ? round(inProcess.parseSeconds / git.seconds, 1) : null,
    },
    peakMegabytes: { json: round(json.rss, 0), html: round(html.rss, 0), git: round(git.rss, 0) },
    unavailable: { json: json.unavailable, html: html.unavailable, git: git.unavailable },
    stages: inProcess.stages,
    summary: {
      modified: inProcess.summary.modified,
      added: inProcess.summary.added,
      removed: inProcess.summary.removed,
      moved: inProcess.summary.moved,
      renumbered: inProcess.summary.renumbered,
      unchanged: inProcess.summary.unchanged,
    },
    quality: inProcess.quality,
  };
}

const fmt = (value, digits = 2) => (value === null || value === undefined ? '—' : value.toFixed(digits));
const verdict = (ok) => (ok === null ? 'n/a' : ok ? 'met' : 'MISSED');

function table(results) {
  const lines = [
    '| corpus | words | compare json (s) | × git | compare html (s) | parse both (s) | git word-diff (s) | peak RSS json (MB) | redline vs per-clause diff |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const html = r.seconds.html === null ? 'unavailable' : fmt(r.seconds.html);
    const quality = r.quality.error ? 'n/a' : `${r.quality.differencePercent >= 0 ? '+' : ''}${fmt(r.quality.differencePercent)} %`;
    lines.push(`| ${r.name} | ${r.words.toLocaleString('en')} | ${fmt(r.seconds.json)} | ${fmt(r.vsGit.json, 1)} | ${html} | ${fmt(r.seconds.parse)} | ${fmt(r.seconds.git, 3)} | ${fmt(r.peakMegabytes.json, 0)} | ${quality} |`);
  }
  return lines.join('\n');
}

function checkTargets(results) {
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  const big = by['treaty-500k'];
  const mid = by['treaty-100k'];
  const plain = by['plain-100k'];
  const growth = big && mid && big.seconds.json && mid.seconds.json ? big.seconds.json / mid.seconds.json : null;
  const plainRatio = plain && mid && plain.seconds.json && mid.seconds.json ? plain.seconds.json / mid.seconds.json : null;
  const htmlExtra = big && big.seconds.html !== null && big.seconds.json !== null ? big.seconds.html - big.seconds.json : null;
  const quality = big && !big.quality.error ? Math.abs(big.quality.differencePercent) : null;
  return {
    jsonVsGit500k: { value: big?.vsGit.json ?? null, target: `≤ ${TARGETS.jsonVsGit}`, status: verdict(big?.vsGit.json == null ? null : big.vsGit.json <= TARGETS.jsonVsGit) },
    htmlExtraSeconds500k: { value: round(htmlExtra), target: `≤ ${TARGETS.htmlExtraSeconds}`, status: verdict(htmlExtra === null ? null : htmlExtra <= TARGETS.htmlExtraSeconds) },
    peakMegabytes500k: { value: big?.peakMegabytes.json ?? null, target: `≤ ${TARGETS.peakMegabytes}`, status: verdict(big?.peakMegabytes.json == null ? null : big.peakMegabytes.json <= TARGETS.peakMegabytes) },
    growth100kTo500k: { value: round(growth, 2), target: `≤ ${TARGETS.growth}`, status: verdict(growth === null ? null : growth <= TARGETS.growth) },
    plainVsNumbered100k: { value: round(plainRatio, 2), target: `≤ ${TARGETS.plainVsNumbered}`, status: verdict(plainRatio === null ? null : plainRatio <= TARGETS.plainVsNumbered) },
    qualityPercent500k: { value: quality, target: `within ${TARGETS.qualityPercent} %`, status: verdict(quality === null ? null : quality <= TARGETS.qualityPercent) },
  };
}

function targetsTable(targets) {
  const names = {
    jsonVsGit500k: '500k: compare --format json ÷ git word-diff',
    htmlExtraSeconds500k: '500k: --format html minus --format json (s)',
    peakMegabytes500k: '500k: peak memory of compare (MB)',
    growth100kTo500k: 'growth of compare json time, 100k → 500k words',
    plainVsNumbered100k: '100k: text without numbering ÷ numbered text',
    qualityPercent500k: '500k: redline chars vs per-clause diffWords chars, absolute difference (%)',
  };
  const lines = ['| target | measured | goal | status |', '|---|---:|---:|---|'];
  for (const [key, t] of Object.entries(targets)) lines.push(`| ${names[key]} | ${t.value === null ? '—' : t.value} | ${t.target} | ${t.status} |`);
  return lines.join('\n');
}

async function main() {
  const seed = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) : DEFAULT_SEED;
  const manifest = generateCorpus(join(here, '.corpus'), { seed });
  const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
  const results = [];
  for (const pair of manifest.pairs) {
    if (only && !only.has(pair.name)) continue;
    const runs = process.env.BENCH_RUNS ? Math.max(1, Number(process.env.BENCH_RUNS)) : pair.words > 300_000 ? 3 : 5;
    results.push(await benchPair(pair, runs));
  }
  const targets = checkTargets(results);
  const cpu = cpus();
  const report = {
    machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryGigabytes: round(totalmem() / 1024 ** 3, 1), node: process.version, platform: `${process.platform}-${process.arch}` },
    seed,
    date: new Date().toISOString().slice(0, 10),
    results,
    targets,
  };
  // A run of some pairs only (`BENCH_ONLY`) prints its figures but keeps the results of the last whole run.
  if (only === null) writeFileSync(join(here, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = [
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGigabytes} GB, Node ${report.machine.node}; seed ${seed}; ${report.date}.`,
    '',
    table(results),
    '',
    targetsTable(targets),
  ].join('\n');
  console.log(markdown);
  for (const r of results) {
    const q = r.quality.error
      ? r.quality.error
      : `${r.quality.pairsFound}/${r.quality.truePairs} true pairs found; ${r.quality.markedChars} chars marked vs ${r.quality.referenceChars}; inside the pairs found: ${r.quality.pairedDifferencePercent} %`;
    console.log(`\n${r.name}: in-process parse ${r.stages.parse} s, compare ${r.stages.compare} s, JSON ${r.stages.stringify} s (${r.stages.jsonMegabytes} MB); ${q}`);
    for (const [what, why] of Object.entries(r.unavailable)) if (why) console.log(`  ${what} unavailable (${why})`);
  }
  if (process.env.BENCH_UPDATE_README === '1' && only === null) {
    const readme = join(here, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- results:start -->';
    const end = '<!-- results:end -->';
    const a = text.indexOf(start);
    const b = text.indexOf(end);
    if (a !== -1 && b > a) writeFileSync(readme, `${text.slice(0, a + start.length)}\n${markdown}\n${text.slice(b)}`);
  }
  rmSync(scratch, { recursive: true, force: true });
}

await main();
