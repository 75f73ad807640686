import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import { isAgentNoun } from './agent-nouns';

// Sentences written for these tests (units20).
const first = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang)[0];

describe('nouns of people the table does not know, by their suffix', () => {
  it('reads "-ists" / "-istes" plurals as people, keeping the noun', () => {
    expect(first('The walkout involves 1,200 machinists.', 'en')).toMatchObject({ unit: 'people', countsKey: ['w:machinist'] });
    expect(first('Le débrayage concerne 1 200 machinistes.', 'fr').unit).toBe('people');
    expect(isAgentNoun('lists', 'en')).toBe(false);
    expect(isAgentNoun('insists', 'en')).toBe(false);
    expect(first('The archive holds 300 lists.', 'en').unit).not.toBe('people');
  });
  it('does not read compounds of "list" as people, and keeps agents whose stem ends in "l" (fixrev20a)', () => {
    for (const w of ['playlists', 'checklists', 'shortlists', 'wishlists', 'waitlists', 'watchlists']) expect(isAgentNoun(w, 'en')).toBe(false);
    for (const w of ['journalists', 'cyclists', 'stylists', 'novelists', 'idealists', 'finalists']) expect(isAgentNoun(w, 'en')).toBe(true);
    expect(first('The app offers 500 playlists.', 'en').unit).not.toBe('people');
    expect(first('The hospital uses 12 checklists.', 'en').unit).not.toBe('people');
  });
  it('counts "ouvriers" as workers and "syndiqués" as members (general vocabulary of the table)', () => {
    expect(first('Plus de 2 000 ouvriers ont cessé le travail.', 'fr').countsKey[0]).toBe('employee');
    expect(first('Les 1 500 syndiqués ont voté la grève.', 'fr').countsKey[0]).toBe('member');
  });
  it('meets a count of known people at one value told to three digits, not at a round value', () => {
    const m = (a: string, b: string) => matchDetail(first(a, 'en'), first(b, 'en')).reason;
    expect(m('The walkout involves 1,250 machinists.', 'The walkout involves 1,250 workers.')).toBe('ok');
    expect(m('The walkout involves 1,000 machinists.', 'The walkout involves 1,000 workers.')).not.toBe('ok');
  });
  it('does not meet people whose role or action conflicts at that value (fixrev20a)', () => {
    const m = (a: string, b: string, lang: 'fr' | 'en' = 'en') => matchDetail(first(a, lang), first(b, lang)).reason;
    expect(m('The strike involves 1,250 machinists in Valdoria.', 'The army deployed 1,250 soldiers in Valdoria.')).not.toBe('ok');
    expect(m('The strike involves 1,250 machinists in Valdoria.', 'In Valdoria, 1,250 police officers were deployed.')).not.toBe('ok');
    expect(m('La grève touche 1 250 machinistes à Valdoria.', "L'armée a déployé 1 250 soldats à Valdoria.", 'fr')).not.toBe('ok');
    // Against a workforce told with no conflicting role, the value is still evidence.
    expect(m('The strike involves 1,250 machinists in Valdoria.', 'The plant in Valdoria employs 1,250 workers.')).toBe('ok');
  });
});
