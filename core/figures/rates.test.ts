import { describe, expect, it } from 'vitest';
import { fig } from '../../test/support/figure-probes';
import { matchDetail } from './match';

describe('a rate reads its counted noun and what it counts per (rate47)', () => {
  it('reads a French decimal before a singular noun and "par" as a count of that noun per another', () => {
    const f = fig('Le taux moyen est tombé à 1,45 enfant par foyer cette année.', 'fr', '1,45');
    expect(f.countsKey).toContain('child');
    expect(f.countsKey).toContain('per:household');
  });
  it('reads "for every", "per" and "pour chaque" the same way in both languages', () => {
    expect(fig('The survey counted 2.3 children for every household in the region.', 'en', '2.3').countsKey).toEqual(expect.arrayContaining(['child', 'per:household']));
    expect(fig('The survey counted 2.3 children per household in the region.', 'en', '2.3').countsKey).toContain('per:household');
    expect(fig("L'enquête a compté 2,3 enfants pour chaque foyer de la région.", 'fr', '2,3').countsKey).toContain('per:household');
  });
  it('reads a number of the "per" noun and one key for a person, an inhabitant or a head', () => {
    expect(fig('The disease killed 12 people per 100,000 inhabitants last year.', 'en', '12').countsKey).toContain('per:head');
    expect(fig("La maladie a tué 12 personnes pour 100 000 habitants l'an dernier.", 'fr', '12').countsKey).toContain('per:head');
    expect(fig('Les dons atteignent 40 euros par habitant.', 'fr', '40').countsKey).toContain('per:head');
    expect(fig('Donations reached 40 euros per capita.', 'en', '40').countsKey).toContain('per:head');
  });
  it('reads no rate after an agent\'s "par", "par rapport", a time, "each" alone or "per cent"', () => {
    expect(fig('Douze soldats ont été tués par la milice.', 'fr', 'Douze').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    // The counted noun right before "par", at a value (money) that would read a rate: only "rapport" and the name stop it.
    expect(fig("La dette a crû de 2,5 milliards d'euros par rapport à 2022.", 'fr', '2,5').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    expect(fig("L'association a reçu 500 euros par Leboncoin.", 'fr', '500').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    expect(fig('Le pays exporte 15 millions de tonnes par an.', 'fr', '15').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    expect(fig('The two firms paid 500 euros each.', 'en', '500').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    expect(fig('Unemployment fell to 7.5 per cent.', 'en', '7.5').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    expect(fig('Douze soldats ont été tués par Reuters.', 'fr', 'Douze').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
  });
  it('reads no rate in an interval ("every four weeks") nor in a score of two counts ("pour 3 défaites")', () => {
    expect(fig('Workers get one week every four weeks.', 'en', 'one').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
    expect(fig("L'équipe compte 4,5 victoires pour 3 défaites.", 'fr', '4,5').countsKey.some((k) => k.startsWith('per:'))).toBe(false);
  });
});

describe('"par" of a cause or a means and a floating "each" read no rate (rev47f 1-2)', () => {
  const noRate = (s: string, lang: 'en' | 'fr', q: string): boolean => !fig(s, lang, q).countsKey.some((k) => k.startsWith('per:'));
  it('reads no rate after casualties and "par" (how they died)', () => {
    expect(noRate('Les secours ont compté 14 blessés par balle dans le quartier.', 'fr', '14')).toBe(true);
    expect(noRate('La région a recensé 900 décès par cancer en un an.', 'fr', '900')).toBe(true);
  });
  it('reads no rate after a whole count and "par" before a noun the table does not know', () => {
    expect(noRate('La mairie a envoyé 700 lettres par courrier aux familles.', 'fr', '700')).toBe(true);
  });
  it('still reads a decimal or an amount of money per such a noun', () => {
    expect(noRate('Les joueurs ont marqué 2,5 buts par rencontre.', 'fr', '2,5')).toBe(false);
    expect(noRate('Les joueurs ont touché 45 euros par rencontre.', 'fr', '45')).toBe(false);
    expect(noRate('Les joueurs ont marqué 25 buts par rencontre.', 'fr', '25')).toBe(true);
  });
  it('reads no rate after a bare "each" floating after the subject', () => {
    expect(noRate('The 30 nurses each received a letter.', 'en', '30')).toBe(true);
    expect(noRate('The 25 pilots each carried a radio.', 'en', '25')).toBe(true);
  });
});

describe('a rate meets the same rate across languages, and not a plain count of its noun (rate47)', () => {
  const en = fig('The survey counted 2.3 children for every household in the region.', 'en', '2.3');
  const fr = fig('Le taux moyen est de 2,3 enfants par foyer dans la région.', 'fr', '2,3');
  it('meets the same rate told in the other language, the French noun singular below two', () => {
    expect(matchDetail(en, fr).match).toBe('same');
    const enLow = fig('The survey counted 1.45 children per household in the region.', 'en', '1.45');
    const frLow = fig('Le taux moyen est de 1,45 enfant par foyer dans la région.', 'fr', '1,45');
    expect(matchDetail(enLow, frLow).match).toBe('same');
  });
  it('never meets a plain count of its first noun at another value, nor a rate per another noun', () => {
    const total = fig("L'école accueille 640 enfants dans la région.", 'fr', '640');
    expect(matchDetail(en, total).match).toBeNull();
    const perWoman = fig('The survey counted 2.3 children for every woman in the region.', 'en', '2.3');
    expect(matchDetail(perWoman, fr).match).toBeNull();
  });
});
