import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareDrafts } from '../../src/compare/index.js';
import type { Comparison, Draft } from '../../src/model/index.js';
import { REPLACEMENT, sanitizeXmlText } from '../../src/render/docx/sanitize-xml-text.js';
import { revisionDate } from '../../src/render/docx/revision.js';
import { renderDocx } from '../../src/render/render-docx.js';
import { makeDraft } from '../compare/helpers.js';
import { everyKind, partial } from './docx-fixture.js';
import { bodyXml, extractVersions, PARAGRAPH, revisionTags, unzipDocx, versionText } from './docx-helpers.js';

async function open(comparison: Comparison, options: Parameters<typeof renderDocx>[1] = {}): Promise<Record<string, string>> {
  return unzipDocx(await renderDocx(comparison, options));
}

/** Asserts the accept/reject law on a rendered comparison and gives back the extracted texts. */
async function expectLaw(comparison: Comparison): Promise<{ new: string; old: string }> {
  const parts = await open(comparison);
  const got = extractVersions(bodyXml(parts['word/document.xml']!));
  expect(got.problems).toEqual([]);
  expect(got.new).toBe(versionText(comparison, 'new'));
  expect(got.old).toBe(versionText(comparison, 'old'));
  return got;
}

describe('renderDocx: accept all gives the new version, reject all the old one', () => {
  it('holds on a fixture with every kind of change', async () => {
    const comparison = everyKind();
    const statuses = new Set(comparison.changes.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['added', 'merged', 'modified', 'removed', 'split', 'unchanged']);
    expect(comparison.changes.some((c) => c.moved && c.renumbered)).toBe(true);
    expect(comparison.changes.some((c) => c.kind === 'block' && c.status === 'modified')).toBe(true);
    expect(comparison.changes.some((c) => c.depth === 1 && c.status === 'added')).toBe(true);
    const got = await expectLaw(comparison);
    expect(got.new).toContain(`2. Security guarantee\nThe United States will provide a guarantee lasting 15 years.${PARAGRAPH}`);
    expect(got.old).toContain(`2. Security\nThe United States will provide a guarantee lasting 10 years.${PARAGRAPH}`);
    expect(got.new).toContain(`4. Europe will provide fighter jets stationed in Poland.${PARAGRAPH}5. Ukraine’s armed forces`);
    expect(got.old).toContain(`6. The frozen assets`);
    expect(got.new).toContain(`• Sanctions will be lifted in stages.${PARAGRAPH}`);
  });

  it('holds with not-reported clauses of a partial version', async () => {
    const comparison = partial();
    expect(comparison.changes.filter((c) => c.notReported)).toHaveLength(2);
    await expectLaw(comparison);
  });

  it('holds for an empty comparison and for texts made only of line breaks and tabs', async () => {
    await expectLaw(compareDrafts(makeDraft([]), makeDraft([])));
    await expectLaw(
      compareDrafts(
        makeDraft([{ num: '1.', heading: 'H', text: '\n\na\tb\n' }, { block: '\n' }, { num: '2.', text: '' }]),
        makeDraft([{ num: '1.', text: 'a\n\tb\n\n' }, { block: '' }, { num: '2.', heading: 'Only a heading', text: '' }]),
      ),
    );
  });

  it('indents sub-points by depth', async () => {
    const xml = (await open(everyKind()))['word/document.xml']!;
    expect(xml).toMatch(/<w:ind w:left="567"\/>.*?All prisoners/s);
  });
});

describe('renderDocx: tracked changes', () => {
  it('gives every w:ins and w:del an author and the new version’s date', async () => {
    const xml = (await open(everyKind()))['word/document.xml']!;
    const tags = revisionTags(xml);
    expect(tags.filter((t) => t.tag === 'ins').length).toBeGreaterThan(5);
    expect(tags.filter((t) => t.tag === 'del').length).toBeGreaterThan(5);
    for (const t of tags) expect(t).toMatchObject({ author: 'draftdiff', date: '2025-11-01T00:00:00Z' });
    expect(xml).toContain('<w:delText');
  });

  it('tracks whole paragraphs with their paragraph marks', async () => {
    const xml = (await open(everyKind()))['word/document.xml']!;
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins w:id="\d+" w:author="draftdiff"/s);
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:del w:id="\d+" w:author="draftdiff"/s);
  });

  it('uses the given author and date', async () => {
    const xml = (await open(everyKind(), { author: 'Legal desk <A&B>', date: '2025-12-24T09:30:00Z' }))['word/document.xml']!;
    for (const t of revisionTags(xml)) expect(t).toMatchObject({ author: 'Legal desk &lt;A&amp;B&gt;', date: '2025-12-24T09:30:00Z' });
    await expect(renderDocx(everyKind(), { date: 'yesterday' })).rejects.toThrow(TypeError);
  });

  it('dates partial and missing draft dates deterministically', () => {
    expect(revisionDate('2025')).toBe('2025-01-01T00:00:00Z');
    expect(revisionDate('2025-11')).toBe('2025-11-01T00:00:00Z');
    expect(revisionDate('2025-11-20')).toBe('2025-11-20T00:00:00Z');
    expect(revisionDate(null)).toBe('1970-01-01T00:00:00Z');
  });

  it('gives revisions and comments unique ids', async () => {
    const parts = await open(everyKind());
    const ids = [...parts['word/document.xml']!.matchAll(/<w:(?:ins|del)\b[^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    const commentIds = [...parts['word/comments.xml']!.matchAll(/<w:comment\b[^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    const all = [...ids, ...commentIds];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('renderDocx: comments', () => {
  it('puts every finding in a comment anchored on its clause', async () => {
    const comparison = everyKind();
    const parts = await open(comparison);
    const comments = parts['word/comments.xml']!;
    const document = parts['word/document.xml']!;
    const findings = comparison.changes.flatMap((c) => c.findings);
    const ids = [...comments.matchAll(/<w:comment\b[^>]*w:id="(\d+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBe(findings.length);
    for (const id of ids) {
      const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      const ref = document.indexOf(`<w:commentReference w:id="${id}"/>`);
      expect(start).toBeGreaterThan(-1);
      expect(end).toBeGreaterThan(start);
      expect(ref).toBeGreaterThan(end);
    }
    for (const f of findings) {
      expect(comments).toContain(`[${f.severity}] ${f.rule}`);
      expect(comments).toContain(f.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
  });

  it('anchors the move comment on the moved clause', async () => {
    const document = (await open(everyKind()))['word/document.xml']!;
    const comments = (await open(everyKind()))['word/comments.xml']!;
    const id = /<w:comment\b[^>]*w:id="(\d+)"[^>]*>(?:(?!<\/w:comment>).)*clause-moved/s.exec(comments)?.[1];
    expect(id).toBeDefined();
    const span = document.slice(document.indexOf(`<w:commentRangeStart w:id="${id}"/>`), document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`));
    expect(span).toContain('A peace council chaired by the President');
  });

  it('says a clause missing from a partial version is not reported', async () => {
    const parts = await open(partial());
    expect(parts['word/comments.xml']).toContain('not-reported');
    expect(parts['word/comments.xml']).toContain('whether it was dropped is unknown');
  });

  it('labels a moved block with a comment of its own', async () => {
    const old = makeDraft([{ block: 'Note one about the plan.' }, { num: '1.', text: 'A clause.' }, { num: '2.', text: 'Another clause.' }, { block: 'Closing words of the plan.' }]);
    const neu = makeDraft([{ block: 'Closing words of the plan.' }, { num: '1.', text: 'A clause.' }, { num: '2.', text: 'Another clause.' }, { block: 'Note one about the plan.' }]);
    const comparison = compareDrafts(old, neu);
    await expectLaw(comparison);
    expect(comparison.changes.some((c) => c.kind === 'block' && c.moved && c.findings.length === 0)).toBe(true);
    const parts = await open(comparison);
    expect(parts['word/comments.xml']).toContain('This text was moved');
    expect(parts['word/document.xml']).toMatch(/<w:commentRangeStart w:id="0"\/>(?:(?!commentRangeEnd).)*Note one about the plan\./s);
  });
});

describe('renderDocx: summary section', () => {
  it('describes both versions and the counts before the body', async () => {
    const comparison = partial();
    const document = (await open(comparison))['word/document.xml']!;
    const summary = document.slice(0, document.indexOf('<w:sectPr'));
    for (const text of ['full', 'reported', 'partial', '2025-11-20', 'Not reported', 'Words inserted', 'Provenance', 'quotation marks']) {
      expect(summary).toContain(text);
    }
    expect(revisionTags(summary)).toEqual([]);
  });
});

describe('renderDocx: hostile text', () => {
  it('replaces characters XML 1.0 cannot hold', () => {
    expect(sanitizeXmlText('a\u0000b\u0008c\u000Bd\u000Ce\u000Ef\u001Fg')).toBe(`a${REPLACEMENT}b${REPLACEMENT}c${REPLACEMENT}d${REPLACEMENT}e${REPLACEMENT}f${REPLACEMENT}g`);
    expect(sanitizeXmlText('\uD800x\uDC00')).toBe(`${REPLACEMENT}x${REPLACEMENT}`);
    expect(sanitizeXmlText('\uFFFE\uFFFF')).toBe(REPLACEMENT + REPLACEMENT);
    expect(sanitizeXmlText('ok 😀 \t\n é')).toBe('ok 😀 \t\n é');
    expect(sanitizeXmlText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('writes markup, entities and control characters as text, never as XML', async () => {
    const nasty = 'Text <script>alert(1)</script> & <w:t>]]> <![CDATA[x]]> \u0000\u0001\u001F \uD800 end';
    const comparison = compareDrafts(makeDraft([{ num: '1.', heading: '<b>&', text: 'Plain.' }]), makeDraft([{ num: '1.', heading: '<i>&', text: nasty }, { block: nasty }]), {});
    const parts = await open(comparison, { author: 'A <b> & \u0007' });
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(xml, name).not.toContain('<script>');
      expect(xml, name).not.toContain('<![CDATA[');
    }
    const got = await expectLaw(comparison);
    expect(got.new).toContain(`Text <script>alert(1)</script> & <w:t>]]> <![CDATA[x]]> ${REPLACEMENT.repeat(3)} ${REPLACEMENT} end`);
  });
});

describe('renderDocx: reproducible output', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives byte-identical files at different times and with different random numbers', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
    const first = await renderDocx(everyKind());
    vi.setSystemTime(new Date('2033-08-09T10:11:12Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0.987654321);
    const second = await renderDocx(everyKind());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = unzipDocx(first)['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-01T00:00:00Z</dcterms:modified>');
  });

  it('writes the content-types part first and a valid zip', async () => {
    const bytes = await renderDocx(partial());
    const names = Object.keys(unzipDocx(bytes));
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/comments.xml', 'docProps/core.xml']));
  });
});

const draftsDir = join(import.meta.dirname, '../../drafts');
const corpus = existsSync(draftsDir) ? readdirSync(draftsDir).filter((f) => /^\d.*\.md$/.test(f)).sort() : [];

describe.skipIf(corpus.length < 2 || !existsSync(join(import.meta.dirname, '../../src/parse/parse-draft.ts')))('renderDocx on the shipped corpus', () => {
  it('keeps the law for each consecutive pair of drafts', async () => {
    const { parseDraft } = await import('../../src/parse/parse-draft.js');
    const drafts: Draft[] = corpus.map((file) => {
      const result = parseDraft(readFileSync(join(draftsDir, file)), { path: `drafts/${file}` });
      if (result.draft === null) throw new Error(`${file} did not parse`);
      return result.draft;
    });
    for (let i = 1; i < drafts.length; i++) await expectLaw(compareDrafts(drafts[i - 1]!, drafts[i]!));
  });
});
