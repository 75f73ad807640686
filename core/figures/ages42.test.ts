import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { compareFigures, extractFigures } from './index';

// Sentences written for these tests (cat42): a French age told by the clause's structure (a name in apposition, a
// capitalised noun of a people, "à N ans" at a clause's head or before the verb's object, "avoir N ans"), and the
// terms and spans that must stay years.
const key = (text: string, q: string) => extractFigures(text, 'fr').find((f) => f.text === q)?.countsKey[0];
const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('a French age told by the structure of its clause (cat42)', () => {
  it('reads a noun phrase set beside a name as that person', () => {
    expect(key('Le suspect, Marc Delorme, un menuisier de 48 ans, a été interpellé.', '48 ans')).toBe('age');
    expect(key('La police a arrêté un menuisier de 48 ans, Marc Delorme.', '48 ans')).toBe('age');
    expect(key('Le sénateur de 63 ans Paul Verdier a été réélu.', '63 ans')).toBe('age');
    expect(key('M. Verdier, un sénateur de 63 ans, a été réélu.', '63 ans')).toBe('age');
    expect(key('Chimiste de 52 ans, Anne Lorrain dirige le laboratoire.', '52 ans')).toBe('age');
  });

  it('reads a capitalised noun of a people after a determiner', () => {
    expect(key('Le match a été remporté par le Norvégien de 24 ans.', '24 ans')).toBe('age');
  });

  it('reads "à N ans" at the head of a clause or before the object of its verb', () => {
    expect(key('À seulement 19 ans, la nageuse a battu le record.', '19 ans')).toBe('age');
    expect(key('La nageuse remporte à 19 ans sa première médaille.', '19 ans')).toBe('age');
    expect(key('Il venait tout juste d\'avoir 50 ans.', '50 ans')).toBe('age');
  });

  it('keeps terms and spans as years', () => {
    expect(key('Le taux à 10 ans a atteint 3 %.', '10 ans')).toBe('years');
    expect(key('Il a signé un contrat de 5 ans avec le club.', '5 ans')).toBe('years');
    expect(key('Il a signé un contrat de 5 ans, Paris Saint-Germain a confirmé.', '5 ans')).toBe('years');
    expect(key('Il est à 5 ans de la retraite.', '5 ans')).toBe('years');
    expect(key('Paul Verdier, un élu de 20 ans de carrière, a démissionné.', '20 ans')).toBe('years');
  });

  it('meets the English age of the same person', () => {
    expect(verdicts(doc('La police a arrêté un menuisier de 48 ans, Marc Delorme, mardi à Lyon.', 'fr'),
      doc('Police in Lyon arrested Marc Delorme, 48, on Tuesday.', 'en'), '48 ans')).toEqual(['agrees']);
  });
});

describe('two relatives of one surname keep their own ages (fix-cat42)', () => {
  it('does not set a son\'s age against his father\'s', () => {
    const page = doc('Le tireur, Lucas Martin Vidal, un menuisier de 20 ans, a été abattu.', 'fr');
    const src = doc('His father, Martin Vidal, 53, told reporters he had no warning.', 'en');
    expect(verdicts(page, src, '20 ans')).toEqual([]);
  });

  it('still meets the same person named with or without the first name', () => {
    expect(verdicts(doc('Le tireur, Lucas Martin Vidal, un menuisier de 20 ans, a été abattu.', 'fr'),
      doc('The gunman, Lucas Vidal, 20, was shot dead.', 'en'), '20 ans')).toEqual(['agrees']);
    expect(verdicts(doc('Le tireur, Lucas Martin Vidal, un menuisier de 20 ans, a été abattu.', 'fr'),
      doc('The gunman was identified as Vidal, 20, a student.', 'en'), '20 ans')).toEqual(['agrees']);
  });

  it('reads no first name in a capitalised word that opens a clause or follows an article', () => {
    const fr = doc('Le président sortant, Paul Verdier, 70 ans, brigue un second mandat.', 'fr');
    expect(verdicts(fr, doc('Incumbent President Paul Verdier, 70, seeks a second term.', 'en'), '70 ans')).toEqual(['agrees']);
    expect(verdicts(fr, doc('Voters backed the Conservative Paul Verdier, 70, in the first round.', 'en'), '70 ans')).toEqual(['agrees']);
    expect(verdicts(fr, doc('Outgoing Verdier, 70, seeks a second term.', 'en'), '70 ans')).toEqual(['agrees']);
  });
});
