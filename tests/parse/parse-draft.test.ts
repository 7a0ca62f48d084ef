import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Draft } from '../../src/model/draft.js';
import { parseDraft } from '../../src/parse/parse-draft.js';
import { draftOf, parseFixture, tree } from './helpers.js';

describe('numbering styles', () => {
  test('numbered headings of every style nest by heading level', () => {
    const result = parseFixture('parse/headings.md');
    expect(result.ok).toBe(true);
    expect(tree(result.draft!.clauses)).toEqual([
      '1. [definitions] Definitions — Terms used in this agreement.',
      'Article 2 [2] Ceasefire — The parties shall cease fire within 72 hours.',
      '  Section 2.1 [2.1] Monitoring applies.',
      '  Section 2.2 [2.2] Verification — Verification by observers.',
      'Point 12 [12] A point by its label.',
      '§ 4 [4] Final provisions — See Article 2 and point 12.',
      'ARTICLE V [V] Entry into force — On signature.',
    ]);
    const blocks = result.draft!.blocks.map((b) => `${b.kind}: ${b.text}`);
    expect(blocks).toEqual(['heading: Framework agreement', 'paragraph: Preamble: the parties agree as follows.']);
    const article = result.draft!.clauses[1]!;
    expect(article).toMatchObject({ num: 'Article 2', numValue: '2', label: 'Article', style: 'decimal', path: ['2'] });
    expect(result.draft!.clauses[3]).toMatchObject({ num: '§ 4', numValue: '4', label: '§' });
    expect(result.draft!.clauses[4]).toMatchObject({ numValue: 'V', style: 'upper-roman' });
  });

  test('lists keep their printed numbers across notes, nest, and take lettered and roman paragraphs as sub-points', () => {
    const result = parseFixture('parse/lists.md');
    // Its numbers skip 3 (a note says it was deleted) and 6–11: worth a warning, the draft stays valid.
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.rule}: ${m.message.split(':')[0]}`)).toEqual([
      '6:1 warning numbering-gap: numbers 3, 6–11 are missing at this level',
    ]);
    expect(result.ok).toBe(true);
    expect(tree(result.draft!.clauses)).toEqual([
      '1. [1] First point.',
      '2. [2] Second point.',
      '4. [4] Fourth point, after the note, keeps its number.',
      '  1. [4.1] A nested numbered point.',
      '  2. [4.2] Another nested point.',
      '5. [five] Fifth point with an id.\n\nA paragraph continuing point five.',
      '  a. [5.a] lettered under five;',
      '  b. [5.b] second lettered;',
      '12) [12] Twelfth, with a parenthesis.',
      '  (i) [12.i] a roman sub-point of twelve;',
      '  (ii) [12.ii] a second roman sub-point;',
      '  (iii) [12.iii] a third.',
    ]);
    expect(result.draft!.clauses[0]!.position.start).toEqual({ line: 1, column: 1, offset: 0 });
    const note = result.draft!.blocks[0]!;
    expect(note).toMatchObject({ kind: 'note', text: '(Point 3 is deleted.)', parent: null });
    expect(note.position.start.line).toBe(4);
    const roman = result.draft!.clauses[4]!.children[0]!;
    expect(roman).toMatchObject({ style: 'lower-roman', numValue: 'i' });
  });

  test('lettered points on the lines right after a numbered point are its sub-points', () => {
    const draft = draftOf('5. The guarantee:\na. first;\nb. second.\n\n6. Next.\n');
    expect(tree(draft.clauses)).toEqual(['5. [5] The guarantee:', '  a. [5.a] first;', '  b. [5.b] second.', '6. [6] Next.']);
    expect(draft.clauses[0]!.children[1]!.position.start.line).toBe(3);
  });

  test('letters that are also roman numerals follow the sequence they continue', () => {
    const draft = draftOf('1. Intro.\n\n(h) eighth;\n\n(i) ninth letter;\n\n(j) tenth.\n');
    expect(draft.clauses[0]!.children.map((c) => `${c.numValue}:${c.style}`)).toEqual(['h:lower-alpha', 'i:lower-alpha', 'j:lower-alpha']);
  });

  test('bullets are points without numbers; section lines stay blocks', () => {
    const draft = draftOf('Ceasefire:\n\n- Both sides withdraw.\n- Prisoners are exchanged.\n\nSanctions:\n\n- Sanctions are lifted.\n');
    expect(tree(draft.clauses)).toEqual(['• [b1] Both sides withdraw.', '• [b2] Prisoners are exchanged.', '• [b3] Sanctions are lifted.']);
    expect(draft.clauses[0]).toMatchObject({ num: null, numValue: null, style: 'bullet', path: ['•1'] });
    expect(draft.blocks.map((b) => `${b.kind}: ${b.text}`)).toEqual(['section: Ceasefire:', 'section: Sanctions:']);
  });

  test('bold lead-ins give a paragraph clause its heading', () => {
    const draft = draftOf('**Article 5. Collective defence.** The parties shall assist each other.\n');
    expect(draft.clauses[0]).toMatchObject({ num: 'Article 5', heading: 'Collective defence', text: 'The parties shall assist each other.' });
  });

  test('a labelled number alone on its line heads the text on the next lines, as a pasted treaty writes it', () => {
    const draft = draftOf(
      'Article 1\nThe Parties reaffirm their commitment.\n\nARTICLE 2.\nThe guarantee shall last\nten years.\n\nArticle 3 — Joint Commission\nThe Parties shall establish a Joint Commission.\n(a) It shall meet twice a year;\n(b) it shall report.\n\n§ 4\nThis Agreement enters into force on signature.\n',
    );
    expect(tree(draft.clauses)).toEqual([
      'Article 1 [1] The Parties reaffirm their commitment.',
      'ARTICLE 2 [2] The guarantee shall last ten years.',
      'Article 3 [3] Joint Commission — The Parties shall establish a Joint Commission.',
      '  (a) [3.a] It shall meet twice a year;',
      '  (b) [3.b] it shall report.',
      '§ 4 [4] This Agreement enters into force on signature.',
    ]);
    expect(draft.blocks).toEqual([]);
  });

  test('points right under a heading line, and bullets typed as characters, are points', () => {
    const draft = draftOf(
      'Article 2 - Guarantees\n1.1 The guarantees last ten years.\n1.2 They may be extended.\n\n• Ukraine shall not join NATO.\n• Russia shall withdraw\nits forces.\n▪ Prisoners are exchanged.\n',
    );
    expect(tree(draft.clauses)).toEqual([
      'Article 2 [2] Guarantees',
      '  1.1 [2.1.1] The guarantees last ten years.',
      '  1.2 [2.1.2] They may be extended.',
      '    • [2.1.2.b1] Ukraine shall not join NATO.',
      '    • [2.1.2.b2] Russia shall withdraw its forces.',
      '    • [2.1.2.b3] Prisoners are exchanged.',
    ]);
    expect(draft.clauses[0]!.children[1]!.children[0]).toMatchObject({ num: null, numValue: null, style: 'bullet' });
    // A bullet character inside a sentence is text.
    expect(draftOf('Trade • services • goods.\n').clauses).toEqual([]);
  });

  test('a pasted text without headings takes its title from a first line written as one', () => {
    expect(draftOf('AGREEMENT ON SECURITY GUARANTEES\n\nArticle 1\nThe Parties agree.\n').title).toBe('AGREEMENT ON SECURITY GUARANTEES');
    expect(draftOf('Framework Agreement on Peace in Ukraine\n\n1. Text.\n').title).toBe('Framework Agreement on Peace in Ukraine');
    // A sentence, a line after the first clause, or a line of lower-case words is no title: the file name (`test.md`) stays.
    expect(draftOf('The full text of the plan, as obtained by reporters, reads:\n\n1. Text.\n').title).toBe('test');
    expect(draftOf('1. Text.\n\nFINAL PROVISIONS\n').title).toBe('test');
    expect(draftOf('some notes on the plan\n\n1. Text.\n').title).toBe('test');
  });

  test('an article written as a paragraph owns what follows it, and a title on a line of its own is its heading', () => {
    const draft = draftOf(
      [
        'Article 12\nScope\n1. This Agreement applies to the territory of the Parties.\n2. It does not apply to Crimea.',
        'The Parties may agree otherwise.',
        'Article 13',
        'Entry into force',
        'This Agreement shall enter into force on signature.',
        'ARTICLE 14\nFINAL PROVISIONS\nThis Agreement is done in two copies.',
        'Article 15\nThe guarantee shall last ten years.',
        'Point 1: a point.',
        'A closing paragraph after the points is the article\'s, as under a heading.',
      ].join('\n\n') + '\n',
    );
    expect(tree(draft.clauses)).toEqual([
      'Article 12 [12] Scope — The Parties may agree otherwise.',
      '  1. [12.1] This Agreement applies to the territory of the Parties.',
      '  2. [12.2] It does not apply to Crimea.',
      'Article 13 [13] Entry into force — This Agreement shall enter into force on signature.',
      'ARTICLE 14 [14] FINAL PROVISIONS — This Agreement is done in two copies.',
      "Article 15 [15] The guarantee shall last ten years.\n\nA closing paragraph after the points is the article's, as under a heading.",
      '  Point 1 [15.1] a point.',
    ]);
    expect(draft.blocks).toEqual([]);
    // A clause's title is no document title: without a title line or a heading, the file name stays.
    expect(draft.title).toBe('test');
  });

  test('numbers that skip some at one level are a warning, unless the draft says it is partial', () => {
    const gaps = (text: string): string[] => parseDraft(text, { path: 'test.md' }).messages.filter((m) => m.rule === 'numbering-gap').map((m) => `${m.line}: ${m.message.split(':')[0]}`);
    expect(gaps('5. a\n\n12. b\n\n20. c\n')).toEqual(['3: numbers 6–11, 13–19 are missing at this level']);
    expect(gaps('1. a\n\n2. b\n\n4. c\n')).toEqual(['5: number 3 is missing at this level']);
    expect(gaps('Article 1\nA.\n\nArticle 3\nC.\n\nArticle 4\n1. x\n2. y\n4. z\n')).toEqual(['4: number 2 is missing at this level', '10: number 3 is missing at this level']);
    expect(gaps(Array.from({ length: 7 }, (_, k) => `${3 * k + 1}. p`).join('\n\n'))).toEqual(['3: numbers 2–3, 5–6, 8–9, 11–12, … are missing at this level']);
    // No gap: consecutive numbers, a number that goes down, letters, and a partial draft.
    expect(gaps('1. a\n\n2. b\n\n1. c\n')).toEqual([]);
    expect(gaps('1. a\n   a. x\n   c. y\n')).toEqual([]);
    expect(gaps('---\ncompleteness: partial\n---\n5. a\n\n12. b\n')).toEqual([]);
  });

  test('a first line that runs on, or a long one, is no heading line', () => {
    // The sentence goes on: the paragraph stays text, as "Article 5 of the treaty" does on one line.
    expect(draftOf('Article 5 of the treaty\nis the model.\n').clauses).toEqual([]);
    // A separator, then words that run on into the next line (a comma, or a lower-case start): all of it is text.
    expect(tree(draftOf('Article 5: The guarantee,\nonce signed, lasts.\n').clauses)).toEqual(['Article 5 [5] The guarantee, once signed, lasts.']);
    expect(tree(draftOf('Article 5: The guarantee shall\nlast ten years.\n').clauses)).toEqual(['Article 5 [5] The guarantee shall last ten years.']);
  });

  test('a sentence that starts with "Article 5 of" is not a clause', () => {
    const draft = draftOf('Article 5 of the treaty is the model.\n');
    expect(draft.clauses).toEqual([]);
    expect(draft.blocks[0]!.text).toBe('Article 5 of the treaty is the model.');
  });

  test('a file with no numbering and no bullets is a sequence of blocks', () => {
    const result = parseFixture('parse/no-numbering.md');
    expect(result.draft!.clauses).toEqual([]);
    expect(result.draft!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('a plan pasted from a news page, without front matter', () => {
  const result = parseFixture('parse/pasted-plan.md');
  const draft = result.draft!;

  test('its points, sub-points, notes and narrative are all found', () => {
    expect(result.ok).toBe(true);
    expect(draft.hasFrontMatter).toBe(false);
    expect(draft.id).toBe('pasted-plan');
    expect(tree(draft.clauses).map((line) => line.split('] ')[0] + ']')).toEqual([
      '1. [1]', '2. [2]', '3. [3]', '4. [4]', '5. [5]', '6. [6]', '  (a) [6.a]', '  (b) [6.b]', '  (c) [6.c]', '8. [8]', '• [b1]', '• [b2]',
    ]);
    expect(draft.blocks.map((b) => b.kind)).toEqual(['section', 'note', 'section', 'paragraph']);
  });

  test('with no front matter the text is taken as the document itself', () => {
    expect(draft.status).toBeNull();
    expect(draft.completeness).toBe('full');
    expect(draft.clauses.every((c) => c.wording === 'verbatim')).toBe(true);
  });

  test('facts are found in the points', () => {
    const five = draft.clauses[4]!;
    expect(five.facts.numbers).toMatchObject([{ value: 600000, unit: 'personnel', raw: '600,000 personnel' }]);
    expect(draft.clauses[5]!.children[0]!.facts.parties.map((p) => p.name)).toEqual(['United States']);
    expect(draft.clauses[6]!.facts.terms).toMatchObject([{ kind: 'duration', value: 100, unit: 'day' }]);
    expect(draft.clauses[7]!.quotes.map((q) => q.text)).toEqual(['all for all']);
  });
});

describe('stable ids', () => {
  test('{#id} at the start of a point or the end of a heading is the id and is not in the text', () => {
    const draft = draftOf('## 5. Security guarantee {#guarantee}\n\nText.\n\n1. {#sovereignty} Sovereignty is confirmed.\n');
    expect(draft.clauses[0]).toMatchObject({ id: 'guarantee', idSource: 'author', heading: 'Security guarantee', text: 'Text.' });
    expect(draft.clauses[0]!.children[0]).toMatchObject({ id: 'sovereignty', idSource: 'author', text: 'Sovereignty is confirmed.' });
  });

  test('an id that could escape a folder is refused and not used', () => {
    const result = parseFixture('parse/problems.md');
    const ids = tree(result.draft!.clauses);
    expect(ids.some((line) => line.includes('..'))).toBe(false);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.rule}`)).toEqual([
      '1:1 warning reference-unresolved',
      '2:1 error duplicate-id',
      '3:1 warning duplicate-number',
      '4:1 error clause-id-invalid',
    ]);
    expect(result.ok).toBe(false);
  });
});

describe('front matter', () => {
  test('every problem is positioned on its field, with a suggestion where one helps', () => {
    const result = parseFixture('parse/bad-front-matter.md');
    expect(result.ok).toBe(false);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.rule} ${m.message}`)).toEqual([
      '3:1 front-matter-unknown-field unknown front matter field "titel"; did you mean "title"?',
      '4:7 date-invalid "date" is "2025-13-45", which is not a date; expected YYYY-MM-DD (or YYYY-MM, YYYY)',
      '5:9 front-matter-invalid "status" cannot be "leeked"; expected one of reported, leaked, official, reference (did you mean "leaked"?)',
      '8:8 url-invalid "source.url" is invalid: expected an http:// or https:// address',
      '11:11 front-matter-invalid "parties[0].role" cannot be "guarantr"; expected one of guarantor, beneficiary, signatory, mediator, observer, party (did you mean "guarantor"?)',
    ]);
    // What was valid is kept.
    expect(result.draft).toMatchObject({ id: 'v2', source: null });
  });

  test('a YAML syntax error names its line and column', () => {
    const result = parseFixture('parse/yaml-syntax.md');
    expect(result.messages).toMatchObject([{ line: 2, rule: 'yaml-invalid', severity: 'error' }]);
    expect(result.draft!.clauses).toHaveLength(1);
  });

  test('front matter that is not a mapping, and unclosed front matter, are reported', () => {
    expect(parseDraft('---\n- a\n- b\n---\n1. x\n').messages).toMatchObject([{ line: 2, column: 1, rule: 'front-matter-invalid' }]);
    expect(parseDraft('---\nid: x\n\n1. x\n').messages).toMatchObject([{ line: 1, column: 1, rule: 'front-matter-unclosed', severity: 'warning' }]);
  });

  test('all fields are read into the draft', () => {
    const draft = draftOf(
      '---\nid: v1\ntitle: T\ndate: 2025-11-20\nfollows: v0\nagreement: plan\nstatus: leaked\ncompleteness: partial\n' +
        'source:\n  outlet: O\n  url: https://example.org/a\n  reported: 2025-11-21\n  obtainedBy: O\n' +
        'parties:\n  - name: Russia\n    aliases: [Moscow]\n    role: [signatory]\n    signatureRequired: unclear\n' +
        'modelledOn: nat#art5\nnotes: n\n---\n1. x\n',
    );
    expect(draft).toMatchObject({
      id: 'v1', title: 'T', date: '2025-11-20', follows: 'v0', agreement: 'plan', status: 'leaked', completeness: 'partial', notes: 'n',
      source: { outlet: 'O', url: 'https://example.org/a', reported: '2025-11-21', obtainedBy: 'O' },
      parties: [{ name: 'Russia', aliases: ['Moscow'], roles: ['signatory'], signatureRequired: 'unclear' }],
      modelledOn: [{ clause: null, draft: 'nat', target: 'art5' }],
    });
  });
});

describe('provenance of the wording', () => {
  test('in a reported draft, quoted words are verbatim and the rest paraphrase', () => {
    const draft = draftOf('---\nstatus: reported\n---\n- The plan offers "reliable security guarantees".\n- Sanctions would be lifted.\n- "Shall be regarded as an attack."\n');
    expect(draft.clauses.map((c) => c.wording)).toEqual(['mixed', 'paraphrase', 'verbatim']);
    expect(draft.clauses[0]!.quotes).toMatchObject([{ text: 'reliable security guarantees' }]);
  });
});

describe('the reader never throws', () => {
  test('on any string, the result is a valid draft or messages', () => {
    const markdownish = fc.stringMatching(/^[\d a-z().\-#>*:{}"\n§]{0,200}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), markdownish), (text) => {
        const result = parseDraft(text, { path: 'x.md' });
        if (result.draft) expect(Draft.safeParse(result.draft).success).toBe(true);
        for (const m of result.messages) expect(m.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: Number(process.env['DRAFTDIFF_PROPERTY_RUNS'] ?? 300) },
    );
  });

  test('on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = parseDraft(bytes, { path: 'x.md' });
        if (result.draft) expect(Draft.safeParse(result.draft).success).toBe(true);
      }),
      { numRuns: Number(process.env['DRAFTDIFF_PROPERTY_RUNS'] ?? 300) },
    );
  });
});

describe('front matter that YAML only rejects when read', () => {
  test('an alias without its anchor, and an alias bomb, are messages at their place', () => {
    const unresolved = parseDraft('---\nid: x\nparties:\n  - name: Russia\n    aliases: [*Moscow]\n---\n1. x\n');
    expect(unresolved.messages).toMatchObject([{ line: 5, column: 15, rule: 'yaml-invalid', severity: 'error' }]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)];
    const result = parseDraft(`---\n${bomb.join('\n')}\n---\n1. x\n`);
    expect(result.messages.map((m) => m.rule)).toEqual(['yaml-invalid']);
  });
});

describe('labelled paragraphs and bold lead-ins', () => {
  test('a bold run that is part of the first sentence is not a heading', () => {
    const draft = draftOf("**1. Ukraine's sovereignty** will be confirmed.\n\n**2.** A pact.\n");
    expect(tree(draft.clauses)).toEqual(["1. [1] Ukraine's sovereignty will be confirmed.", '2. [2] A pact.']);
  });

  test('labelled paragraphs are structure: they close list points and nest by rank (Part > Chapter > Article > Point)', () => {
    const draft = draftOf('Part I\n\n**Article 1.** First.\n\n1. sub one\n2. sub two\n\n**Article 2.** Second.\n\nPoint 1: a point.\n\nPoint 2: another.\n\n**Article 3.** Third.\n');
    expect(tree(draft.clauses)).toEqual([
      'Part I [I] ',
      '  Article 1 [I.1] First.',
      '    1. [I.1.1] sub one',
      '    2. [I.1.2] sub two',
      '  Article 2 [I.2] Second.',
      '    Point 1 [I.2.1] a point.',
      '    Point 2 [I.2.2] another.',
      '  Article 3 [I.3] Third.',
    ]);
    const flat = draftOf('1. A list point.\n\n**Article 5. Collective defence.** The parties shall assist.\n');
    expect(tree(flat.clauses)).toEqual(['1. [1] A list point.', 'Article 5 [5] Collective defence — The parties shall assist.']);
  });
});

describe('the file a draft was read from', () => {
  test('its SHA-256 is that of the bytes, read as a plain string by JSON, spreads and the schema', async () => {
    const { createHash } = await import('node:crypto');
    const { readDraftFile } = await import('../../src/parse/read-draft-file.js');
    const bytes = new TextEncoder().encode('1. First point.\n\n2. Second point, “quoted”.\n');
    const expected = createHash('sha256').update(bytes).digest('hex');
    const draft = parseDraft(bytes, { path: 'plan.md' }).draft!;
    expect(draft.file).toEqual({ path: 'plan.md', sha256: expected });
    expect(JSON.parse(JSON.stringify(draft)).file.sha256).toBe(expected);
    expect({ ...draft.file }.sha256).toBe(expected);
    expect(Draft.safeParse(draft).success).toBe(true);
    // The same through the file reader, whose quick path reads simple Markdown without remark.
    const read = await readDraftFile('drafts/1-initial-plan.md');
    const { readFileSync } = await import('node:fs');
    expect(read.draft!.file.sha256).toBe(createHash('sha256').update(readFileSync('drafts/1-initial-plan.md')).digest('hex'));
  });
});
