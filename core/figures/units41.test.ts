import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';

describe('counted nouns that meet their translation (unit41)', () => {
  it('reads a count of constituencies as the seats they return, in both languages', () => {
    expect(fig('Les résultats ont été publiés pour 140 circonscriptions.', 'fr', '140').unit).toBe('seats');
    expect(fig('Results were declared in 140 constituencies by midnight.', 'en', '140').unit).toBe('seats');
    expect(verdicts('Le scrutin se joue dans 312 circonscriptions dimanche.', 'fr', 'Voting for 312 seats takes place on Sunday.', 'en')).toContain('agrees');
  });
  it('keeps a constituency that is not what the number counts out of the seats', () => {
    expect(fig('Il a obtenu 52 % des voix dans sa circonscription.', 'fr', '52').unit).toBe('percent');
  });
  it('reads French ressortissants and English nationals as people', () => {
    expect(fig('Trois ressortissants belges figurent parmi les blessés.', 'fr', 'Trois').unit).toBe('people');
    expect(fig('About 450 foreign nationals were flown out on Tuesday.', 'en', '450').unit).toBe('people');
    expect(verdicts('Environ 450 ressortissants ont été évacués mardi.', 'fr', 'About 450 people were evacuated on Tuesday.', 'en')).toContain('agrees');
  });
  it('keeps the adjective national out of the people', () => {
    expect(fig('The national team won 3 matches.', 'en', '3').unit).not.toBe('people');
  });
  it('reads French officiers as the officers English names', () => {
    expect(fig('Onze officiers ont été arrêtés.', 'fr', 'Onze').unit).toBe('people');
    expect(verdicts('Onze officiers ont été arrêtés jeudi.', 'fr', 'Eleven officers were arrested on Thursday.', 'en')).toContain('agrees');
  });
  it('reads past an English compound with an irregular participle to the noun it qualifies', () => {
    expect(fig('Schools stay shut in the 12 flood-hit districts.', 'en', '12').unit).toBe('districts');
    expect(fig('Aid reached five war-torn towns.', 'en', 'five').unit).toBe('towns');
    expect(fig('Doctors staffed 30 state-run hospitals.', 'en', '30').unit).toBe('hospitals');
  });
});
