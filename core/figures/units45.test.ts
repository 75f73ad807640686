import { describe, expect, it } from 'vitest';
import { fig } from '../../test/support/figure-probes';

describe('a part of a whole written in words (unit45)', () => {
  it('reads "deux des six ouvriers" as workers, as "deux des 6 ouvriers" is, never as a noun "six"', () => {
    expect(fig('Deux des six ouvriers ont été retrouvés jeudi.', 'fr', 'Deux')).toMatchObject({ unit: 'people', countsKey: expect.arrayContaining(['employee']) });
    expect(fig('Cinq des six personnes à bord sont décédées.', 'fr', 'Cinq').countsKey).not.toContain('w:six');
    expect(fig('Deux des 6 ouvriers ont été retrouvés jeudi.', 'fr', 'Deux')).toMatchObject({ unit: 'people', countsKey: expect.arrayContaining(['employee']) });
  });
  it('keeps a noun of remains before the part its own count, "sans vie" after it or not', () => {
    expect(fig('Les corps sans vie de deux des six ouvriers ont été repêchés.', 'fr', 'deux').unit).toBe('w:body');
    expect(fig('Les cadavres de trois des dix passagers ont été retrouvés.', 'fr', 'trois').unit).toBe('w:body');
    expect(fig('The corpses of two of the six workers were found.', 'en', 'two').unit).toBe('w:body');
  });
});

describe('a whole whose number carries its own approximation (unit45)', () => {
  it('gives the part the whole\'s noun past "nearly", "roughly", "more than", "quelque", "près de"', () => {
    expect(fig('The utility said 2.6 million of its nearly three million customers were without power.', 'en', '2.6').unit).toBe('households');
    expect(fig('Only 1,200 of the roughly 3,000 workers will keep their jobs.', 'en', '1,200')).toMatchObject({ unit: 'people', countsKey: expect.arrayContaining(['employee', 'part']) });
    expect(fig('Twelve of the more than 300 passengers were hurt.', 'en', 'Twelve').unit).toBe('people');
    expect(fig('5,6 millions des quelque 24 millions d\'électeurs se sont rendus aux urnes.', 'fr', '5,6')).toMatchObject({ unit: 'people', countsKey: expect.arrayContaining(['voter']) });
    expect(fig('Environ 300 des près de 1 000 salariés ont été licenciés.', 'fr', '300').countsKey).toEqual(expect.arrayContaining(['employee', 'part']));
  });
  it('reads no whole from a hedge before something that is no number', () => {
    expect(fig('Some 300 of the nearly finished houses were sold.', 'en', '300').unit).not.toBe('houses');
  });
});

describe('a toll or a "number of" far before the verb of reaching stays out of another clause', () => {
  it('reads no toll into a value a clause later (review rev45c)', () => {
    const en = "The death toll from last week's floods has not been updated since Monday, the regional government said in a statement released on Tuesday evening, while the river level in the northern town rose to 12.";
    expect(fig(en, 'en', '12').countsKey).not.toContain('killed');
  });
});

describe('a number in words restated in digits in brackets (unit45)', () => {
  it('gives the number in words the noun after the brackets, in both languages', () => {
    expect(fig('The commission said that twenty-one (21) people have died since the protests began.', 'en', 'twenty-one').unit).toBe('people');
    expect(fig('The council has a maximum period of thirty (30) days to decide.', 'en', 'thirty').unit).toBe('days');
    expect(fig('Quarante-deux (42) personnes ont été blessées.', 'fr', 'Quarante-deux').unit).toBe('people');
  });
  it('reads no noun past a bracket that restates nothing', () => {
    expect(fig('He scored three (a record) goals.', 'en', 'three').unit).toBe('number');
    expect(fig('He scored three (3) goals.', 'en', 'three').unit).toBe('w:goal');
    // Digits that are not the words' value restate nothing (review rev45c).
    expect(fig('He scored three (2) goals.', 'en', 'three').unit).toBe('number');
    expect(fig('Trois (4) personnes ont été blessées.', 'fr', 'Trois').unit).toBe('number');
  });
});
