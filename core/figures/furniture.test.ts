import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** The texts of the figures a reader would be shown. */
const shown = (text: string, lang: 'fr' | 'en'): string[] => extractFigures(text, lang).filter((f) => f.salient !== false).map((f) => f.text);

const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;
const texts = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => f.text);

describe('page furniture', () => {
  it('drops a line that is only a date and a time', () => {
    expect(shown('Updated\nMar 14, 2023, 09:12 AM\nThe storm left 40 people dead.', 'en')).toEqual(['40']);
    expect(shown('Tuesday, 14 March 2023 09:12 PM EDT\nThe storm left 40 people dead.', 'en')).toEqual(['40']);
    expect(shown('10:41 14.03.23\nLa tempête a fait 40 morts.', 'fr')).toEqual(['40']);
  });

  it('drops a photo caption closed by its credit', () => {
    const fr = 'Des sinistrés devant leur maison, à Valence, le 14 mars 2023. - Marie MARTIN / AFP\nLa tempête a fait 40 morts.';
    expect(shown(fr, 'fr')).toEqual(['40']);
    const en = 'Rescuers search the rubble on March 14, 2023. John Smith via Associated Press\nThe storm left 40 people dead.';
    expect(shown(en, 'en')).toEqual(['40']);
    expect(shown('Flooded streets on March 14, 2023. REUTERS/Reuters TV\nThe storm left 40 people dead.', 'en')).toEqual(['40']);
  });

  it("drops a caption's copy written just before it (the picture's alternative text)", () => {
    const fr = 'Des sinistrés à Valence, le 14 mars 2023.\n\nDes sinistrés à Valence, le 14 mars 2023. - Marie MARTIN / AFP\nLa tempête a fait 40 morts.';
    expect(shown(fr, 'fr')).toEqual(['40']);
    // A line merely followed by another that starts alike is no caption.
    expect(shown('La tempête a fait 40 morts.\nLa tempête a fait 40 morts et 120 blessés.', 'fr')).toEqual(['40', '40', '120']);
  });

  it("drops an embedded post's signature, a reading time and a rating line", () => {
    expect(extractFigures('Nous ne céderons pas.\n— Jeanne Martin (@jmartin) January 31, 2023\nLa tempête a fait 40 morts.', 'fr').map((f) => f.text)).toEqual(['40']);
    expect(extractFigures('2 min\nLa tempête a fait 40 morts.', 'fr').map((f) => f.text)).toEqual(['40']);
    expect(extractFigures('Rating: 5\nThe storm left 40 people dead.', 'en').map((f) => f.text)).toEqual(['40']);
  });

  it('keeps a paragraph that ends with an agency tag', () => {
    expect(shown('La tempête a fait 40 morts et 120 blessés, selon la préfecture. (AFP/Reuters)', 'fr')).toEqual(['40', '120']);
  });

  it('drops read-more links and update stamps', () => {
    expect(shown('Also read: 10 things to know\nThe storm left 40 people dead.', 'en')).toEqual(['40']);
    expect(shown('À lire également : 5 questions sur la tempête\nLa tempête a fait 40 morts.', 'fr')).toEqual(['40']);
    expect(shown('Publié le 14/03/2023 à 14:32, modifié à 15:10\nLa tempête a fait 40 morts.', 'fr')).toEqual(['40']);
    expect(shown('Publié par Jeanne Martin le lundi 14 mars 2023\nLa tempête a fait 40 morts.', 'fr')).toEqual(['40']);
    expect(shown('Published on Monday, March 14, 2023\nThe storm left 40 people dead.', 'en')).toEqual(['40']);
  });

  it("keeps a count after a sentence's own words of publishing", () => {
    expect(shown('Le syndicat a publié son décompte : 80 000 manifestants.', 'fr')).toEqual(['80 000']);
    expect(shown('The ministry published its count: 40 dead.', 'en')).toEqual(['40']);
    expect(shown('A tally published by Reuters: 80,000 protesters marched in Paris.', 'en')).toEqual(['80,000']);
  });

  it('drops an agency dateline and keeps the figures after it', () => {
    expect(shown('XYZ-14 mars 2023: La tempête a fait 40 morts.', 'fr')).toEqual(['40']);
  });

  it('reads a year between a determiner and a singular noun as a year', () => {
    expect(shown('Since his 2017 election victory, 300 deputies left.', 'en')).toEqual(['300']);
    expect(shown('The 2000 people who marched were counted.', 'en')).toEqual(['2000']);
  });

  it('reads a number inside a list of names as part of a name', () => {
    expect(shown('An estimate for Radio France, France 24, RFI and LCP gives 180 seats.', 'en')).toEqual(['180']);
    expect(extractFigures('Au Mali 12, au Niger 30 soldats ont été tués.', 'fr').map((f) => f.text)).toEqual(['12', '30']);
    expect(extractFigures('Radio France, France 24, RFI et LCP.', 'fr')).toEqual([]);
  });

  it('keeps what only looks like furniture', () => {
    expect(shown('Photographers counted 40 boats.', 'en')).toEqual(['40']);
    expect(shown('March 14 was the day 40 people died.', 'en').includes('40')).toBe(true);
  });
});

describe('furniture words inside a sentence', () => {
  it('keeps a count after "modifié par"', () => {
    expect(extractFigures('Le texte a été modifié par 300 députés.', 'fr').map((f) => f.text)).toEqual(['300']);
  });
});

// Sentences written for these tests (units26, fixrev26a): a model name and code between a count and its noun.
describe('a model name and code between a count and its noun (units26)', () => {
  it('counts the noun after the model, and reads no figure in the code', () => {
    const s = 'The navy ordered 14 Sikorsky S-70 helicopters and 3 C295 aircraft last year.';
    const fs = extractFigures(s, 'en');
    expect(fs.find((f) => f.text === '14')?.unit).toBe(fig('The navy ordered 14 helicopters.', 'en', '14').unit);
    expect(fs.find((f) => f.text === '3')?.unit).toBe('aircraft');
    expect(fs.some((f) => f.text.includes('70') || f.text.includes('295'))).toBe(false);
    const words = extractFigures('Officials grounded eight Airbus A320 jets.', 'en');
    expect(words.find((f) => f.text === 'eight')?.unit).toBe('aircraft');
  });
  it('keeps a name and a number with no count before it, and a date', () => {
    expect(extractFigures('Apollo 11 carried three astronauts.', 'en').some((f) => f.text === 'three')).toBe(true);
    expect(extractFigures('Some 40 Boeing workers struck on 12 March 2024.', 'en').find((f) => f.text === 'Some 40')?.unit).toBe('people');
  });
});

describe('a name and a spaced number after a count is a model only when the model pattern holds (fixrev26a)', () => {
  it('keeps the figures of a score, a table, a time, a plural and a unit', () => {
    expect(texts('The polls shut at 7 PM 10 hours after they opened.', 'en')).toContain('10 hours');
    expect(texts('He won 4 Grammys 15 years apart.', 'en')).toContain('15 years');
    expect(texts('Result: Greens 310 Liberals 95 Centre 7', 'en')).toEqual(expect.arrayContaining(['95', '7']));
    expect(texts('Chile 2 Peru 1 in the final match.', 'en')).toEqual(expect.arrayContaining(['2', '1']));
    expect(texts('The ticket cost 2 Dollars 40 cents.', 'en')).toContain('40');
  });
  it('still reads a model code followed by its noun, or with a glued tail, as no figure', () => {
    expect(texts('The agency launched 2 Falcon 9 rockets this week.', 'en')).not.toContain('9');
    expect(texts('The airline bought 30 Boeing 737-800 aircraft.', 'en').some((t) => /737|800/.test(t))).toBe(false);
  });
});

describe('a capitalised suffix after a spaced model code (fixrev26a)', () => {
  it('reads "un Boeing 787 Max" as a model, "Chile 2 Peru 1" still as a score', () => {
    expect(texts('La compagnie a reçu un Boeing 787 Max en mars.', 'fr')).not.toContain('787');
    expect(texts('Chile 2 Peru 1 Ecuador 0 in the group.', 'en')).toEqual(expect.arrayContaining(['2', '1']));
  });
});
