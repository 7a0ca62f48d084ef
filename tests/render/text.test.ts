import { describe, expect, test } from 'vitest';
import { renderComparison } from '../../src/render/index.js';
import { compare, everyChangeDrafts, hostileDrafts } from './fixture.js';

const ESC = '\u001b';

describe('terminal text', () => {
  test('without colour: a summary first, changes marked [+…+] and [-…-], unchanged clauses collapsed into a count', () => {
    const text = renderComparison(compare(everyChangeDrafts()), { format: 'text' });
    expect(text).not.toContain(ESC);
    expect(text.indexOf('Clauses   3 modified')).toBeLessThan(text.indexOf('[-600,000-][+800,000+]'));
    expect(text).toContain('limited to [-600,000-][+800,000+] personnel.');
    expect(text).toContain('… 2 unchanged clauses …');
    expect(text).not.toContain("Ukraine's sovereignty will be confirmed.");
    expect(text).toContain('    major   Number changed: 600,000 personnel → 800,000 personnel (+33 %).');
  });

  test('with colour: green underlined insertions, red struck deletions, bold headers', () => {
    const text = renderComparison(compare(everyChangeDrafts()), { format: 'text', color: true });
    expect(text).toContain(`${ESC}[31;9m600,000${ESC}[0m${ESC}[32;4m800,000${ESC}[0m`);
    expect(text).toContain(`${ESC}[1m3 → 4${ESC}[0m`);
    expect(text).not.toContain('[+');
  });

  test('colour is ignored by the other formats', () => {
    const comparison = compare(everyChangeDrafts());
    expect(renderComparison(comparison, { format: 'md', color: true })).not.toContain(ESC);
    expect(renderComparison(comparison, { format: 'html', color: true })).not.toContain(ESC);
  });

  test('hostile draft text stays visible text: no escape sequence, no fake change marker, markup shown as written', () => {
    for (const color of [false, true]) {
      const text = renderComparison(compare(hostileDrafts()), { format: 'text', color });
      const withoutOurs = text.replace(/\u001b\[[0-9;]*m/g, '');
      expect(withoutOurs).not.toContain(ESC);
      expect(withoutOurs).toContain('␛[31mred␛[0m');
      expect(withoutOurs).toContain('<script>alert(1)</script> <img src=x onerror=alert(1)> {{constructor}} {{#each this}}x{{/each}}');
      expect(withoutOurs).toContain('javascript:alert(1) {++ins++} {--del--} {~~a~>b~~}');
      expect(withoutOurs).toContain('Redline: <img src=x onerror=alert(1)> {{constructor}} → <script>alert("title")</script>');
      if (!color) expect(withoutOurs).toContain('[\\+fake insert+\\] [\\-fake delete-\\]');
    }
  });
});
