import { describe, expect, test } from 'vitest';
import { findObligations } from '../../src/parse/find-obligations.js';
import { findParties } from '../../src/parse/find-parties.js';

const find = (text: string) => findObligations(text, findParties(text, []));
const brief = (text: string) => find(text).map((o) => [o.raw, o.modality, o.negated]);

describe('findObligations', () => {
  test('the guarantee clause: shall, actor is the subject, not the parties in its prepositional phrases', () => {
    const text = 'Any "significant, deliberate, and sustained armed attack" by Russia on Ukraine "shall be regarded as an attack threatening the peace and security of the transatlantic community."';
    const [obligation, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(obligation).toEqual({
      actor: 'sustained armed attack',
      modality: 'shall',
      negated: false,
      raw: 'shall',
      action: 'be regarded as an attack threatening',
      span: { start: 80, end: 85 },
    });
  });

  test('would be required to is must, actor via the alias Kyiv', () => {
    const text = 'Kyiv would be required to cede more territory than Russia currently controls.';
    expect(find(text)).toEqual([
      {
        actor: 'Ukraine',
        modality: 'must',
        negated: false,
        raw: 'would be required to',
        action: 'cede more territory than Russia currently',
        span: { start: 5, end: 25 },
      },
    ]);
  });

  test('the North Atlantic Treaty: shall, with subject words after "that"', () => {
    const text = 'The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all';
    expect(find(text)).toMatchObject([{ actor: 'armed attack', modality: 'shall', negated: false, action: 'be considered an attack against them' }]);
  });

  test('a second modal with no new subject shares the actor', () => {
    const text = 'The guarantee would initially last for ten years and could be renewed with mutual consent.';
    expect(find(text)).toMatchObject([
      { actor: 'guarantee', modality: 'will', raw: 'would', action: 'initially last for ten years and' },
      { actor: 'guarantee', modality: 'may', raw: 'could', action: 'be renewed with mutual consent' },
    ]);
  });

  test('after a relative clause with no subject, a modal joined by ", and" continues the obligation before the clause', () => {
    // The relative clause's modal belongs to its noun; the later `shall` is the Party's again (it was "manner").
    const text =
      'A Party shall review the protection of personal data, provided that such measures are not applied in a manner which would constitute a means of arbitrary discrimination, and shall not eliminate the protection of personal data.';
    expect(find(text).map((o) => [o.raw, o.actor])).toEqual([
      ['shall', 'Party'],
      ['would', 'manner'],
      ['shall not', 'Party'],
    ]);
    // Another binding modal than the clause's `would` is the main clause's too.
    expect(find('The importing Party will ensure fair treatment in a manner which would constitute no barrier, and shall implement the measures.').map((o) => o.actor)).toEqual([
      'importing Party',
      'manner',
      'importing Party',
    ]);
    expect(find('Russia shall withdraw the troops which would otherwise remain, and shall not return them.').map((o) => o.actor)).toEqual(['Russia', 'troops', 'Russia']);
    // Joined by ", and" to an obligation of the sentence's own clause: its subject, whatever clause stands between.
    expect(
      find('The responding Party will maintain treatment no less favourable than that it accords to like goods, and shall not refrain from imposing duties.').map((o) => o.actor),
    ).toEqual(['responding Party', 'responding Party']);
  });

  test('a modal of the relative clause\'s own kind, or one joined without a comma, stays with the relative clause', () => {
    expect(find('Ukraine shall accept a guarantee which would last ten years, and could be renewed.').map((o) => o.actor)).toEqual(['Ukraine', 'guarantee', 'guarantee']);
    expect(find('Ukraine shall accept a guarantee which would last ten years and shall be renewed.').map((o) => o.actor)).toEqual(['Ukraine', 'guarantee', 'guarantee']);
    // A clause with its own subject ("that the Committee will") is no relative clause without one.
    expect(find('A Party shall ensure that the Committee will meet annually, and will report to the Council.').map((o) => o.actor)).toEqual(['Party', 'Committee', 'Committee']);
  });

  test('the noun before a relative clause stops at a modal', () => {
    expect(find('Each Party shall adopt rules which shall apply to all.').map((o) => o.actor)).toEqual(['Party', 'adopt rules']);
  });

  test('maps every modal form', () => {
    expect(brief('It shall go. It must go. It will go. It should go. It may go. It would go. It could go. It can go.')).toEqual([
      ['shall', 'shall', false], ['must', 'must', false], ['will', 'will', false], ['should', 'should', false],
      ['may', 'may', false], ['would', 'will', false], ['could', 'may', false], ['can', 'may', false],
    ]);
    expect(brief('Russia is required to pay; Ukraine is obliged to hold elections; NATO agrees to refrain; the US undertakes to help; the EU commits to fund.')).toEqual([
      ['is required to', 'must', false], ['is obliged to', 'must', false], ['agrees to', 'shall', false],
      ['undertakes to', 'shall', false], ['commits to', 'shall', false],
    ]);
  });

  test('negations', () => {
    expect(brief("It shall not go. It will never go. It won't go. It may not go. It must not go. It cannot go. It can’t go. It would not be required to go. It will no longer go.")).toEqual([
      ['shall not', 'shall', true], ['will never', 'will', true], ["won't", 'will', true], ['may not', 'may', true],
      ['must not', 'must', true], ['cannot', 'may', true], ['can’t', 'may', true],
      ['would not be required to', 'must', true], ['will no longer', 'will', true],
    ]);
    expect(brief('NATO will not only defend but also deter')).toEqual([['will', 'will', false]]);
  });

  test('agree to after a modal is not a second obligation', () => {
    expect(brief('Russia would agree to a ceasefire')).toEqual([['would', 'will', false]]);
  });

  test('actor is the nearest party before the modal in the same sentence', () => {
    expect(find('Ukraine agrees that the United States will provide support.')[0]?.actor).toBe('United States');
    expect(find('Russia attacked. The security guarantee will apply.')[0]?.actor).toBe('security guarantee');
    expect(find('Under the plan, Ukrainian forces shall withdraw.')[0]?.actor).toBe('Ukraine');
    expect(find('Under the plan, the buffer zone shall be demilitarised.')[0]?.actor).toBe('buffer zone');
    expect(find('The U.S. shall provide weapons.')[0]?.actor).toBe('United States');
    expect(find('It would mark a first.')[0]?.actor).toBeNull();
    expect(find('Sanctions against Russia and Belarus will be lifted.')[0]?.actor).toBe('Sanctions');
  });

  test('actor comes from the modal’s own clause', () => {
    const offer = 'Trump is preparing to offer Ukraine an unprecedented security guarantee that would commit the United States to act.';
    expect(find(offer)[0]?.actor).toBe('unprecedented security guarantee');
    expect(find('According to the document, the guarantee would initially last.')[0]?.actor).toBe('guarantee');
    expect(find('The guarantee, once signed, would last.')[0]?.actor).toBe('guarantee');
    expect(find('The US said that it would help.')[0]?.actor).toBe('United States');
    expect(find('Kyiv would cede land, a concession that would hurt.').map((o) => o.actor)).toEqual(['Ukraine', 'concession']);
    expect(find('Ukraine agrees that the US will provide support and that Russia will withdraw.').map((o) => o.actor)).toEqual([
      'United States', 'Russia',
    ]);
    expect(find('Russia and Ukraine shall exchange prisoners; Europe will pay.').map((o) => o.actor)).toEqual(['Russia and Ukraine', 'Europe']);
  });

  test('a subject of several parties binds them all, named in order and once', () => {
    expect(find('The United States and the European Union shall provide guarantees.')[0]?.actor).toBe('United States and European Union');
    expect(find('Russia, Ukraine and the United States shall exchange all prisoners.')[0]?.actor).toBe('Russia, Ukraine and United States');
    // Parties after a preposition are not the subject; "or" joins no subject.
    expect(find('Any aggression by Russia and Belarus shall be condemned.')[0]?.actor).toBe('aggression');
    expect(find('Russia or Ukraine may request a meeting.')[0]?.actor).toBe('Ukraine');
  });

  test('a relative clause after a comma takes the noun before the comma, when an article opens it', () => {
    expect(find('The Parties shall establish a Joint Commission, which shall meet twice a year.').map((o) => o.actor)).toEqual(['Parties', 'Joint Commission']);
    // "which" after a whole clause names no noun.
    expect(find('Russia would withdraw, which would allow talks.').map((o) => o.actor)).toEqual(['Russia', null]);
  });

  test('uses the mentions passed in, or subject words without them', () => {
    expect(findObligations('Kyiv shall hold elections.', [])[0]?.actor).toBe('Kyiv');
    expect(findObligations('Kyiv shall hold elections.')[0]?.actor).toBe('Kyiv');
  });

  test('no false positives: months, nouns, headings, questions, bare modals', () => {
    expect(find('The talks began in May 2025 and ended on 1 MAY 2026.')).toEqual([]);
    expect(find('the will of the people; political will; at will; against their will.')).toEqual([]);
    expect(find('Shall Ukraine Join NATO')).toEqual([]);
    expect(find('What Russia Will Get')).toEqual([]);
    expect(find('Would Russia agree? Probably.')).toEqual([]);
    expect(find('as soon as it can. Russia’s will. It is a must')).toEqual([]);
    expect(find('willing, shallow, mayor, cannonball, wouldbe')).toEqual([]);
    expect(find('as the case may be')).toEqual([]);
  });

  test('ALL CAPS modals count', () => {
    expect(brief('THE PARTIES SHALL NOT DEPLOY TROOPS')).toEqual([['SHALL NOT', 'shall', true]]);
  });

  test('action stops at the end of the sentence and drops quotation marks', () => {
    expect(find('Russia shall "withdraw". Ukraine')[0]?.action).toBe('withdraw');
    expect(find('Russia shall withdraw its troops from all of the occupied territory')[0]?.action).toBe('withdraw its troops from all of');
  });

  test('spans slice to raw', () => {
    const text = 'Kyiv  would   be required to cede; Russia won’t; the EU SHALL act';
    for (const o of find(text)) expect(text.slice(o.span.start, o.span.end)).toBe(o.raw);
  });
});
