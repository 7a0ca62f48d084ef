/**
 * Reads the YAML front matter of a draft: syntax errors, unknown fields (with a "did you mean"), and invalid
 * values are problems positioned on the offending key or value; whatever is valid is kept.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { FrontMatter } from '../model/front-matter.js';
import { error, type Problem } from './problem.js';
import { suggest } from './suggest.js';

/** What was read from the front matter. */
export interface FrontMatterResult {
  /** The valid fields; invalid ones are left out. */
  value: FrontMatter;
  /** Problems, positioned in the whole file. */
  problems: Problem[];
}

/** Field names allowed at each level, for "did you mean" suggestions. */
const KNOWN_FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(FrontMatter.shape),
  source: ['outlet', 'url', 'reported', 'obtainedBy'],
  parties: ['name', 'aliases', 'role', 'signatureRequired'],
  modelledOn: ['clause', 'on'],
};

type Issue = z.core.$ZodIssue;

/**
 * Parses front matter YAML found at `firstLine` (the line after the opening `---`) of the file.
 * @example readFrontMatter('id: v1\ntitle: First', 2).value // { id: 'v1', title: 'First' }
 */
export function readFrontMatter(yamlText: string, firstLine: number): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number): [number, number] => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, yamlText.length)));
    return [pos.line + firstLine - 1, pos.col];
  };
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    const [line, column] = at(e.pos[0]);
    problems.push(error(line, column, 'yaml-invalid', `front matter is not valid YAML: ${firstSentence(e.message)}`));
  }
  if (problems.length > 0) return { value: {}, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // An alias without its anchor (`*name`) or an alias bomb is only found when the YAML is turned into values.
    const message = cause instanceof Error ? cause.message : String(cause);
    const name = /alias\b.*:\s*\*?([^\s,\]}]+)\s*$/i.exec(message)?.[1];
    const [line, column] = at(name ? Math.max(0, yamlText.indexOf(`*${name}`)) : 0);
    problems.push(error(line, column, 'yaml-invalid', `front matter is not valid YAML: ${firstSentence(message)}`));
    return { value: {}, problems };
  }
  if (data === null || data === undefined) return { value: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const [line, column] = at(0);
    problems.push(error(line, column, 'front-matter-invalid', 'front matter must be a mapping of fields such as "id: …" and "title: …"'));
    return { value: {}, problems };
  }
  const record = { ...(data as Record<string, unknown>) };
  const parsed = FrontMatter.safeParse(record);
  if (parsed.success) return { value: parsed.data, problems };
  for (const issue of parsed.error.issues) problems.push(...describeIssue(issue, doc, at));
  // Keep what is valid: drop every top-level field that had a problem and parse again.
  for (const issue of parsed.error.issues) {
    const top = issue.path[0];
    if (typeof top === 'string') delete record[top];
    else if (issue.code === 'unrecognized_keys') for (const key of issue.keys) delete record[key];
  }
  const retry = FrontMatter.safeParse(record);
  return { value: retry.success ? retry.data : {}, problems };
}

function describeIssue(issue: Issue, doc: Document, at: (offset: number) => [number, number]): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const level = String(path.filter((p) => typeof p === 'string').at(-1) ?? '');
    const known = KNOWN_FIELDS[level] ?? [];
    return issue.keys.map((key) => {
      const [line, column] = at(keyOffset(doc, path, key));
      const hint = suggest(key, known);
      const where = path.length > 0 ? ` in "${dotted(path)}"` : '';
      const advice = hint ? `; did you mean "${hint}"?` : `; known fields are ${known.join(', ')}`;
      return error(line, column, 'front-matter-unknown-field', `unknown front matter field "${key}"${where}${advice}`);
    });
  }
  const specific = mostSpecific(issue);
  const fullPath = specific === issue ? path : [...path, ...specific.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const [line, column] = at(valueOffset(doc, fullPath));
  const field = dotted(fullPath);
  const last = String(fullPath.filter((p) => typeof p === 'string').at(-1) ?? '');
  const rule = last === 'date' || last === 'reported' ? 'date-invalid' : last === 'url' ? 'url-invalid' : 'front-matter-invalid';
  const given = doc.getIn(fullPath);
  if (specific.code === 'invalid_value') {
    const options = specific.values.map(String);
    const hint = typeof given === 'string' ? suggest(given, options) : null;
    const advice = hint ? ` (did you mean "${hint}"?)` : '';
    return [error(line, column, rule, `"${field}" cannot be ${show(given)}; expected one of ${options.join(', ')}${advice}`)];
  }
  if (rule === 'date-invalid') {
    return [error(line, column, rule, `"${field}" is ${show(given)}, which is not a date; expected YYYY-MM-DD (or YYYY-MM, YYYY)`)];
  }
  return [error(line, column, rule, `"${field}" is invalid: ${specific.message}`)];
}

/** In a union, the issue of the branch that got furthest is the one worth showing. */
function mostSpecific(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const branches = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.code !== 'invalid_type'));
  const chosen = (branches[0] ?? issue.errors[0])?.[0];
  if (!chosen) return issue;
  const inner = mostSpecific(chosen);
  // The returned path is relative to the union's own path.
  return inner === chosen ? chosen : ({ ...inner, path: [...chosen.path, ...inner.path] } as Issue);
}

function keyOffset(doc: Document, path: (string | number)[], key: string): number {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return pair.key.range[0];
    }
  }
  return valueOffset(doc, path);
}

function valueOffset(doc: Document, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n -= 1) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.range) return node.range[0];
  }
  return 0;
}

function dotted(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
