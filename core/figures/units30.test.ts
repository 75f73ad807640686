import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit30): counts refused on their unit because the counted noun was misread.
const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict);
const unitOf = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q)?.unit;
const keyOf = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q)?.countsKey;

describe('a part counts what its whole counts, past the words before the whole\'s noun (unit30)', () => {
  it('reads the whole\'s noun after an adjective or a compound, and a whole written in words', () => {
    expect(unitOf('The party won four of the nine coastal districts.', 'en', 'four')).toBe('districts');
    expect(unitOf('The storm flattened three of the five wooden bridges.', 'en', 'three')).toBe(unitOf('The storm flattened three wooden bridges.', 'en', 'three'));
    expect(unitOf('The storm flattened three of the five wooden bridges.', 'en', 'three')).not.toBe('number');
    expect(unitOf('Les pompiers ont sauvé sept des huit immeubles.', 'fr', 'sept')).toBe(unitOf('Les pompiers ont sauvé sept immeubles.', 'fr', 'sept'));
  });
  it('reads a whole told with a possessive after "de / of"', () => {
    expect(unitOf("L'usine va se séparer de 1 200 de ses 4 000 salariés.", 'fr', '1 200')).toBe('people');
    expect(unitOf('The plant will shed 1,200 of its 4,000 workers.', 'en', '1,200')).toBe('people');
  });
  it('takes no whole from a number word that counts one, nor from a whole with no noun', () => {
    expect(unitOf('Elle a donné 6 sur une échelle de 10.', 'fr', '6')).toBe('number');
    expect(unitOf('He named two of the twelve in the committee.', 'en', 'two')).toBe('number');
  });
  it('compares a part told with its whole against the same count told alone, across languages', () => {
    const en = doc('On Sunday the firm closed 1,200 of its 4,000 stores across the country.', 'en');
    const fr = doc('Dimanche, le groupe a fermé 1 200 magasins dans tout le pays.', 'fr');
    expect(verdicts(en, fr, '1,200')).toEqual(['agrees']);
  });
});

describe('an English compound of three words counts its last noun (unit30)', () => {
  it('reads "city council seats" as seats, not towns', () => {
    expect(unitOf('Two city council seats went to the party.', 'en', 'Two')).toBe('seats');
    // A verb between a noun of people and a plural noun is no compound's middle word: the count is of the first noun.
    expect(keyOf('About 500 police confront protesters in Paris.', 'en', 'About 500')).toContain('police-officer');
    expect(keyOf('About 500 police guard protesters.', 'en', 'About 500')).toContain('police-officer');
    expect(keyOf('Some 200 staff join strikers.', 'en', 'Some 200')).toContain('employee');
    // A middle word's "-ing" or "-ed" makes it no verb: nouns end so too.
    expect(unitOf('Two city housing units were removed.', 'en', 'Two')).toBe(unitOf('Two units were removed.', 'en', 'Two'));
  });
});

describe('"grands électeurs" are votes, as electoral college votes are (unit30)', () => {
  it('reads "electoral college votes" as votes, not elections, a capitalised middle word too', () => {
    expect(unitOf('She now holds 270 electoral college votes.', 'en', '270')).toBe('votes');
    expect(unitOf('She now holds 270 Electoral College votes.', 'en', '270')).toBe('votes');
    expect(unitOf('She won 270 electoral votes.', 'en', '270')).toBe('votes');
  });
  it('meets the French "grands électeurs", and keeps voters apart', () => {
    expect(unitOf('Elle a obtenu 270 grands électeurs.', 'fr', '270')).toBe('votes');
    expect(verdicts(doc('She secured 270 electoral college votes on Wednesday.', 'en'), doc('Elle a obtenu mercredi 270 grands électeurs.', 'fr'), '270')).toEqual(['agrees']);
    // Voters are people, not votes: a count of voters never meets a count of votes.
    expect(unitOf('Quelque 270 000 électeurs se sont déplacés.', 'fr', 'Quelque 270 000')).toBe('people');
  });
});

describe('a number in parentheses after a country is a count of the toll listed by country, not an age (unit30)', () => {
  it('reads each country\'s number as the toll\'s noun, and still reads a person\'s age', () => {
    const fr = 'Les orages ont fait 19 morts en Hongrie (4), en Slovaquie (6) et en Croatie (9).';
    expect(extractFigures(fr, 'fr').filter((f) => ['4', '6', '9'].includes(f.text)).map((f) => f.unit)).toEqual(['people', 'people', 'people']);
    const en = 'The storms killed 19 people in Hungary (4), Slovakia (6) and Croatia (9).';
    expect(extractFigures(en, 'en').filter((f) => ['4', '6', '9'].includes(f.text)).map((f) => f.unit)).toEqual(['people', 'people', 'people']);
    expect(unitOf('La victime, Marie Lenoir (45), a été retrouvée chez elle.', 'fr', '45')).toBe('years');
    // A surname that is a people's adjective is no country, and a name with no place preposition before it no place.
    expect(unitOf('The victim, Paul Dutch (57), was found at home.', 'en', '57')).toBe('years');
    expect(unitOf('The singer, Jordan (34), was found at home.', 'en', '34')).toBe('years');
    // A list of ages whose first line is a man's name: the names after it are no countries' lines.
    const ages = extractFigures('The victims, Paul Smith (57), Jordan (34) and Chad (19), were found.', 'en');
    expect(ages.filter((f) => ['57', '34', '19'].includes(f.text)).map((f) => f.unit)).toEqual(['years', 'years', 'years']);
  });
  it('reads the nations of the hand-written table and names of several words', () => {
    const fr = 'Les orages ont fait 19 morts en France (4), en Allemagne (6) et en Italie (9).';
    expect(extractFigures(fr, 'fr').filter((f) => ['4', '6', '9'].includes(f.text)).map((f) => f.unit)).toEqual(['people', 'people', 'people']);
    const fr2 = 'Il y a eu 12 morts au Royaume-Uni (5) et aux Pays-Bas (7).';
    expect(extractFigures(fr2, 'fr').filter((f) => ['5', '7'].includes(f.text)).map((f) => f.unit)).toEqual(['people', 'people']);
    const en = 'The crash killed 11 people in South Korea (3) and the United Arab Emirates (8).';
    expect(extractFigures(en, 'en').filter((f) => ['3', '8'].includes(f.text)).map((f) => f.unit)).toEqual(['people', 'people']);
  });
  it('keeps two countries\' lines of one list apart', () => {
    const fr = doc('Lundi, les orages ont fait 19 morts en Hongrie (4), en Slovaquie (6) et en Croatie (9).', 'fr');
    const six = verdicts(doc('On Monday the storms killed six people in Hungary.', 'en'), fr, 'six');
    expect(six).toBeDefined();
    expect(six).not.toContain('agrees');
  });
});

describe('an audience of a number counts its viewers (unit30)', () => {
  it('reads "an audience of" as spectators and compares it with viewers', () => {
    expect(unitOf('The debate drew a television audience of 12.4 million.', 'en', '12.4 million')).toBe('people');
    expect(verdicts(doc('The debate drew a television audience of 12.4 million on Tuesday.', 'en'),
      doc('Some 12.4 million viewers watched the debate on Tuesday.', 'en'), '12.4 million')).toEqual(['agrees']);
  });
});

describe('a whole read after a part reads no whole of its own (fixunit30)', () => {
  it('reads a long chain of "N of the M" without recursing once a link', () => {
    // Before: each link's whole read its own whole, a recursion as deep as the chain (a RangeError at 3,000 links).
    const chain = (n: number, link: (i: number) => string, end: string) => Array.from({ length: n }, (_, i) => link(i + 2)).join(' ') + end;
    const en = extractFigures(`They won ${chain(3000, (i) => `${i} of the`, ' 99999 seats.')}`, 'en');
    expect(en.length).toBeGreaterThan(1000);
    const fr = extractFigures(`Ils ont gagné ${chain(3000, (i) => `${i} des`, ' 99999 sièges.')}`, 'fr');
    expect(fr.length).toBeGreaterThan(1000);
  }, 60_000);
  it('reads the noun past a French adjective of a whole after "de ses"', () => {
    expect(unitOf('Il a fermé 3 de ses 10 nouveaux magasins.', 'fr', '3')).toBe(unitOf('Il a fermé 3 magasins.', 'fr', '3'));
    expect(unitOf('Il a fermé 3 de ses 10 nouveaux magasins.', 'fr', '3')).not.toBe('number');
  });
});
