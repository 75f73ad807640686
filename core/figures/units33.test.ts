import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit33).
const fig = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q);
const unitOf = (text: string, lang: Lang, q: string) => fig(text, lang, q)?.unit;

describe('"mm" glued to digits (unit33)', () => {
  it('reads lower-case "mm" as millimetres, not a million', () => {
    const f = fig('More than 120mm of rain fell overnight on the coast.', 'en', 'More than 120mm');
    expect(f?.unit).toBe('mm');
    expect(f?.low).toBe(120);
    expect(fig('The yearly average is 80.5mm.', 'en', '80.5mm')?.low).toBe(80.5);
  });
  it('still reads capital "MM" after a currency as a million', () => {
    const f = fig('The start-up raised $7MM last spring.', 'en', '7MM');
    expect(f?.low).toBe(7e6);
    expect(f?.unit).toBe('dollar');
  });
});

describe('lengths in feet and inches, hours as "hrs" (unit33)', () => {
  it('reads feet and pieds as one unit', () => {
    expect(unitOf('The jet was climbing through 12,000 feet when the window cracked.', 'en', '12,000 feet')).toBe('feet');
    expect(unitOf("L'avion montait à 12 000 pieds quand le hublot s'est fissuré.", 'fr', '12 000 pieds')).toBe('feet');
  });
  it('reads inches and pouces as one unit', () => {
    expect(unitOf('The town got 2.5 inches of snow.', 'en', '2.5 inches')).toBe('inches');
    expect(unitOf('La ville a reçu 2,5 pouces de neige.', 'fr', '2,5 pouces')).toBe('inches');
  });
  it('reads "hrs" as hours', () => {
    expect(unitOf('The road stayed closed for 36 hrs after the slide.', 'en', '36 hrs')).toBe('hours');
  });
});

describe('counts of charges, schoolchildren, and French adjectives before the noun (unit33)', () => {
  it('reads "chefs d\'accusation" as charges, not leaders, and "counts" and "charges" alike', () => {
    const fr = fig("L'ancien maire a été reconnu coupable des 12 chefs d'accusation.", 'fr', '12');
    const en = fig('The former mayor was found guilty on all 12 counts.', 'en', '12');
    const en2 = fig('The former mayor faces 12 charges of fraud.', 'en', '12');
    expect(fr?.countsKey).toEqual(['charge']);
    expect(en?.countsKey).toEqual(['charge']);
    expect(en2?.countsKey).toEqual(['charge']);
    // "chefs" alone still names leaders.
    expect(fig("Les 12 chefs de la coalition se sont réunis.", 'fr', '12')?.countsKey).toContain('leader');
  });
  it('reads schoolchildren and écoliers as students', () => {
    expect(fig('Six schoolchildren were hurt when the bus overturned.', 'en', 'Six')?.countsKey).toContain('student');
    expect(fig('Six écoliers ont été blessés quand le bus s\'est renversé.', 'fr', 'Six')?.countsKey).toContain('student');
  });
  it('reads the noun after "anciens", "hauts"', () => {
    expect(fig('Trois anciens ministres ont signé la lettre.', 'fr', 'Trois')?.countsKey).toContain('t-minister');
    expect(fig('Cinq hauts fonctionnaires ont été entendus.', 'fr', 'Cinq')?.countsKey).toContain('civil-servant');
  });
});

describe('number words are never the counted noun (unit33)', () => {
  it('reads no "w:five" in "from 9,000 to 7,000 within five years"', () => {
    // Before the fix this gave unit and countsKey 'w:six' (the number word read as the counted noun).
    const en = fig('The firm will cut jobs from 9,000 to 7,000 within six years.', 'en', '9,000');
    expect(en?.countsKey).toContain('employee');
    expect(en?.countsKey).not.toContain('w:six');
  });
});

describe('an age set between commas after a title or a noun of one person (unit33)', () => {
  it('reads "The governor, 61, was..." as an age', () => {
    const f = fig('The governor, 61, was taken to hospital on Friday.', 'en', '61');
    expect(f?.unit).toBe('years');
    expect(f?.countsKey).toContain('age');
  });
  it('reads no age after a plural noun', () => {
    expect(fig('The victims, 14, were named on Friday.', 'en', '14')?.countsKey).not.toContain('age');
  });
});

describe('a partitive of a noun same in the plural, "At 44," (unit33)', () => {
  it('reads "79 of the aircraft" as aircraft', () => {
    expect(fig('The carrier has 43 of the aircraft in its fleet.', 'en', '43')?.unit).toBe('aircraft');
  });
  it('reads "At 44, Name" as an age, not a clock\'s hour', () => {
    expect(fig('Claire Moreau won the vote. At 37, Moreau becomes the youngest mayor of the city.', 'en', '37')?.countsKey).toContain('age');
    expect(fig('At 37, she becomes the youngest mayor of the city.', 'en', '37')?.countsKey).toContain('age');
    expect(fig('At 10, Moreau opened the session.', 'en', '10')?.countsKey ?? []).not.toContain('age');
  });
});

describe('review fixunit33: no age where the structure says otherwise', () => {
  const noAge = (text: string, q: string) => expect(fig(text, 'en', q)?.countsKey ?? []).not.toContain('age');
  it('reads no age after a noun same in the plural, before a list or a plural verb', () => {
    noAge('The police, 30, arrived late.', '30');
    noAge('The personnel, 40, were evacuated.', '40');
    noAge('Of the counts against the senator, 12, 14 and 15 were dropped.', '12');
    noAge('For the minister, 20, not 30, is the right figure.', '20');
    noAge('The crowd saw the governor, 25, or 26 of them at most.', '25');
  });
  it('reads no age after "At N," before a place, a firm or a lone surname', () => {
    noAge('At 35, Seville was the hottest city in the country.', '35');
    noAge('At 25, France has the highest rate in the region.', '25');
    noAge('At 40, Tesla shares looked cheap.', '40');
    noAge('At 18, Jones had the lowest score.', '18');
  });
});

describe('review fixunit33: unit words that are other words', () => {
  it('reads a singular "foot" before a noun as no length', () => {
    expect(unitOf('The army sent 200 foot soldiers to the border.', 'en', '200')).toBe('number');
    expect(unitOf('The ferry carried 300 foot passengers.', 'en', '300')).toBe('number');
    expect(fig('The wall is 30 foot high.', 'en', '30 foot')?.unit).toBe('feet');
  });
  it('reads "pieds de" a plant, and the body\'s "pieds", as no length', () => {
    expect(unitOf('Les gendarmes ont saisi 500 pieds de cannabis.', 'fr', '500')).toBe('number');
    expect(unitOf('Le domaine compte 10 000 pieds de vigne.', 'fr', '10 000')).toBe('number');
    expect(unitOf('Il a été amputé des deux pieds.', 'fr', 'deux')).toBe('number');
    expect(unitOf("L'avion volait à 30 000 pieds d'altitude.", 'fr', '30 000 pieds')).toBe('feet');
  });
  it('reads capital HR as no hours', () => {
    expect(unitOf('The bank will cut 200 HR jobs.', 'en', '200')).toBe('number');
    expect(unitOf('The ward has 200 HRS staff.', 'en', '200')).toBe('number');
    expect(unitOf('The road was closed for 6 hrs on Monday.', 'en', '6 hrs')).toBe('hours');
  });
});
