import { describe, expect, test } from 'vitest';
import { findSentenceStarts, findSubjectWords, markPrepositionalObjects } from '../../src/parse/find-actor.js';
import { findParties } from '../../src/parse/find-parties.js';

describe('findSentenceStarts', () => {
  test('ends sentences at . ! ? ; and line breaks, not after abbreviations', () => {
    const text = 'One. Two! Three? Four; five\nsix. The U.S. and Art. 5 e.g. here.';
    expect(findSentenceStarts(text)).toEqual([0, 4, 9, 16, 22, 28, 32, 63]);
  });
});

describe('markPrepositionalObjects', () => {
  test('marks mentions after a preposition and those joined to them', () => {
    const text = 'Ukraine and attacks by Russia and China on Poland, with the US';
    expect(markPrepositionalObjects(text, findParties(text, []))).toEqual([false, true, true, true, true]);
  });
});

describe('findSubjectWords', () => {
  test('takes up to three words of the subject, without determiners', () => {
    expect(findSubjectWords('The guarantee would', 0, 14)).toBe('guarantee');
    expect(findSubjectWords('They agree that an armed attack against them shall', 0, 45)).toBe('armed attack');
    expect(findSubjectWords('It shall', 0, 3)).toBeNull();
    expect(findSubjectWords('', 0, 0)).toBeNull();
  });
});

describe('conditions', () => {
  test('a pronoun after "If X does Y," refers to X, and the main clause subject wins over the condition', async () => {
    const { findFacts } = await import('../../src/parse/find-facts.js');
    expect(findFacts('If Ukraine invades Russia, it will lose the guarantee;').obligations.map((o) => o.actor)).toEqual(['Ukraine']);
    expect(findFacts('If Russia invades Ukraine, a decisive coordinated military response will follow.').obligations.map((o) => o.actor)).toEqual(['coordinated military response']);
    expect(findFacts('Should Russia attack, the US will respond.').obligations.map((o) => o.actor)).toEqual(['United States']);
  });
});
