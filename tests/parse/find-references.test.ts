import { describe, expect, test } from 'vitest';
import { findReferences } from '../../src/parse/find-references.js';

const brief = (text: string) => findReferences(text).map((r) => [r.label, r.target, r.external, r.raw]);

describe('findReferences', () => {
  test('Article 51 of the Charter of the United Nations is external', () => {
    const text = 'the right of self-defence recognised by Article 51 of the Charter of the United Nations';
    expect(findReferences(text)).toEqual([
      { label: 'Article', target: '51', external: true, raw: 'Article 51', span: { start: 40, end: 50 } },
    ]);
  });

  test('labels as written', () => {
    expect(brief('point 5, Point 12, Article 5, Art. 5, Clause 45, Section 3.2, paragraph (b), § 4, §4, Art.7')).toEqual([
      ['point', '5', false, 'point 5'], ['Point', '12', false, 'Point 12'], ['Article', '5', false, 'Article 5'],
      ['Art.', '5', false, 'Art. 5'], ['Clause', '45', false, 'Clause 45'], ['Section', '3.2', false, 'Section 3.2'],
      ['paragraph', 'b', false, 'paragraph (b)'], ['', '4', false, '§ 4'], ['', '4', false, '§4'],
      ['Art.', '7', false, 'Art.7'],
    ]);
  });

  test('roman numerals stay as written, sub-points join with dots', () => {
    expect(brief('Article V, Articles IV and VI, paragraph (iv), Article 5(b), Article 4(2)(a)')).toEqual([
      ['Article', 'V', false, 'Article V'], ['Articles', 'IV', false, 'Articles IV'], ['Articles', 'VI', false, 'VI'],
      ['paragraph', 'iv', false, 'paragraph (iv)'], ['Article', '5.b', false, 'Article 5(b)'],
      ['Article', '4.2.a', false, 'Article 4(2)(a)'],
    ]);
  });

  test('lists and ranges give one reference per written target', () => {
    expect(brief('clauses 4 and 5; points 3, 4 or 6; points 3-5')).toEqual([
      ['clauses', '4', false, 'clauses 4'], ['clauses', '5', false, '5'],
      ['points', '3', false, 'points 3'], ['points', '4', false, '4'], ['points', '6', false, '6'],
      ['points', '3', false, 'points 3'], ['points', '5', false, '5'],
    ]);
  });

  test('external by possessive or by "of the <Name>"', () => {
    expect(brief("NATO's Article 5, NATO’s Article 5, Article 5 of the North Atlantic Treaty, point 5 of the Agreement, point 5 of this plan")).toEqual([
      ['Article', '5', true, 'Article 5'], ['Article', '5', true, 'Article 5'], ['Article', '5', true, 'Article 5'],
      ['point', '5', false, 'point 5'], ['point', '5', false, 'point 5'],
    ]);
  });

  test('not references', () => {
    expect(brief('the 28-point plan, at this point I think, Article5, the point is, points of view')).toEqual([]);
    expect(brief('Article 5 and I agree')).toEqual([['Article', '5', false, 'Article 5']]);
  });

  test('spans slice to raw', () => {
    const text = 'see  Articles 4 ,  5 and 6 of the Treaty and §§ 2–3';
    for (const r of findReferences(text)) expect(text.slice(r.span.start, r.span.end)).toBe(r.raw);
  });
});
