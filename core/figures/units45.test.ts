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
