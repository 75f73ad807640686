import { describe, expect, it } from 'vitest';
import { fig } from '../../test/support/figure-probes';
import { extractFigures } from './index';

/** The figure whose text is exactly `q`. */
const exact = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

describe('a list member gives its noun to no year, fraction, vote side, lone article or other clause (rev46e)', () => {
  it('reads a year in a list as a year', () => {
    expect(fig('The party won in 1952, 1957 and 1962 general elections.', 'en', '1957').unit).toBe('year');
    expect(fig('It lost the 2012, 2014, 2017 and 2021 elections.', 'en', '2017').unit).toBe('year');
  });
  it('keeps a fraction a share and takes no noun after a lone article', () => {
    expect(fig('C\'est presque un tiers et un signal de l\'électeur.', 'fr', 'un tiers').unit).toBe('share');
    expect(fig('It is almost a third and one signal from the voters.', 'en', 'a third').unit).toBe('share');
    expect(fig('Ils ont vu un MiG 29 et un avion de chasse.', 'fr', '29').unit).toBe('number');
  });
  it('keeps the other side of a vote a count of votes', () => {
    expect(exact('Le texte a été adopté par 312 voix contre 12 et 5 abstentions.', 'fr', '12').countsKey).not.toContain('t-turnout');
    expect(exact('The bill passed by 312 votes to 12 and 5 abstentions.', 'en', '12').countsKey).not.toContain('t-turnout');
  });
  it('gives no noun that is the subject of its own clause', () => {
    expect(fig('Le score est de 3 et 40 000 supporteurs ont envahi la pelouse.', 'fr', '3').unit).toBe('number');
    expect(fig('Le CAC a perdu 2,5 et 300 salariés ont été licenciés.', 'fr', '2,5').unit).toBe('number');
    expect(fig('Trois et quatre personnes ont été blessées.', 'fr', 'Trois').unit).toBe('people');
  });
  it('reads only the member right before the noun in a chain, and an alternative as no list', () => {
    expect(exact('Ils ont gagné 12 et 9 et 4 sièges.', 'fr', '9').unit).toBe('seats');
    expect(exact('Ils ont gagné 12 et 9 et 4 sièges.', 'fr', '12').unit).toBe('number');
    // "ou" is no list: the alternative is a span read by ellipsis.ts, whose members count the noun.
    expect(exact('Ils auront 12 ou 9 sièges.', 'fr', '12').unit).toBe('seats');
  });
});
