import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Sentences written for these tests (fixrev26a): mends of review rev26a.
const texts = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => f.text);

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

const momentOf = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang, { published: '2024-11-10' }).find((f) => f.text === q)?.moment;

describe('"depuis" + a name and a "since" clause of saying date no period (fixrev26a)', () => {
  it('keeps the day of a count told "depuis" a place', () => {
    expect(momentOf('La ministre a déclaré depuis Lyon jeudi que 25 personnes ont été blessées.', 'fr', '25')).toBe('2024-11-07');
  });
  it('keeps the day of a count in a "since" clause of saying', () => {
    expect(momentOf('Since the police said on Thursday that 25 people were injured, the town has been quiet.', 'en', '25')).toBe('2024-11-07');
  });
  it('still reads "depuis la ... jeudi" as the start of the period', () => {
    expect(momentOf('25 personnes ont été blessées depuis la reprise des combats jeudi.', 'fr', '25')).not.toBe('2024-11-07');
  });
});

describe('"remains" / "reste" as a noun is no adverb of the time of writing (fixrev26a)', () => {
  const pub = { published: '2024-11-07' };
  it('leaves the count after "the remains of" / "le reste des" with the lead\'s day', () => {
    const en = extractFigures('Quake toll climbs\nThe toll reached 90, the agency said on Wednesday.\nTeams have recovered the remains of 15 people.', 'en', pub);
    expect(en.find((f) => f.text === '15')?.moment).toBe('2024-11-06');
    const fr = extractFigures('Le bilan monte\nLa préfecture a indiqué mercredi que 90 personnes étaient mortes.\nLe reste des 200 habitants a été relogé.', 'fr', pub);
    expect(fr.find((f) => f.text === '200')?.moment).toBe('2024-11-06');
  });
  it('still reads the verb "remain" as the time of writing', () => {
    const en = extractFigures('Quake toll climbs\nThe toll reached 90, the agency said on Wednesday.\n15 people remain missing.', 'en', pub);
    expect(en.find((f) => f.text === '15')?.moment).toBe('2024-11-07');
  });
});

describe('a share "from X to Y" is no count of the noun after "share of" (fixrev26a)', () => {
  it('leaves the two values without the noun, in both languages', () => {
    const en = extractFigures('The share of seats held by the left went from 42 to 37.', 'en');
    expect(en.find((f) => f.text === '42')?.unit).toBe('number');
    expect(en.find((f) => f.text === '37')?.unit).toBe('number');
    const fr = extractFigures('La part des sièges de la gauche est passée de 42 à 37.', 'fr');
    expect(fr.find((f) => f.text === '42')?.unit).toBe('number');
  });
  it('still gives the noun to a number of seats', () => {
    expect(extractFigures('The number of seats held by the left went from 42 to 37.', 'en').find((f) => f.text === '42')?.unit).toBe('seats');
  });
});

describe('"pc" alone is per cent only after a decimal number (fixrev26a)', () => {
  it('reads "500 pc" as no percentage, "3.5 pc" as one', () => {
    const pieces = extractFigures('The shop sold 500 pc of the old stock.', 'en').find((f) => f.text.startsWith('500'));
    expect(pieces).toBeDefined();
    expect(pieces!.unit).not.toBe('percent');
    expect(extractFigures('Shares fell 3.5 pc on Tuesday.', 'en').find((f) => f.text.startsWith('3.5'))?.unit).toBe('percent');
  });
});

describe('a capitalised suffix after a spaced model code (fixrev26a)', () => {
  it('reads "un Boeing 787 Max" as a model, "Chile 2 Peru 1" still as a score', () => {
    expect(texts('La compagnie a reçu un Boeing 787 Max en mars.', 'fr')).not.toContain('787');
    expect(texts('Chile 2 Peru 1 Ecuador 0 in the group.', 'en')).toEqual(expect.arrayContaining(['2', '1']));
  });
});
