import { describe, expect, it } from 'vitest';
import { fig, verdicts } from '../../test/support/figure-probes';
import { asYearOf } from './unit-scales';
import { extractFigures } from './index';

describe('a bare year against a month or a day of that year (unit44)', () => {
  it('reads a month or a day as its year only against that same year', () => {
    const month = { unit: 'date', low: '2011-03', high: '2011-03', countsKey: ['date'] };
    const year = { unit: 'year', low: 2011, high: 2011 };
    expect(asYearOf(month, year)).toMatchObject({ unit: 'year', low: 2011, high: 2011, dateInYear: '2011-03', countsKey: ['year'] });
    expect(asYearOf({ ...month, low: '2011-03-14', high: '2011-03-14' }, year)?.low).toBe(2011);
    // Another year, a span of days, a year-less day: no reading.
    expect(asYearOf(month, { ...year, low: 2012, high: 2012 })).toBeUndefined();
    expect(asYearOf({ ...month, low: '2011-03-01', high: '2011-03-09' }, year)).toBeUndefined();
    expect(asYearOf({ ...month, low: '--03-14', high: '--03-14' }, year)).toBeUndefined();
    expect(asYearOf(year as never, month)).toBeUndefined();
  });
  it('gives overlaps, never agrees, to one past event told by its year and by its month', () => {
    const src = 'The central bank raised its rate for the first time since March 2011, when it last tightened policy.';
    const page = 'La banque centrale a relevé son taux pour la première fois depuis 2011, quand elle avait durci sa politique.';
    expect(verdicts(page, 'fr', src, 'en')).toContain('overlaps');
    expect(verdicts(page, 'fr', src, 'en')).not.toContain('agrees');
    // The same clause with another year: never paired.
    const other = 'La banque centrale a relevé son taux pour la première fois depuis 2010, quand elle avait durci sa politique.';
    expect(verdicts(other, 'fr', src, 'en')).toEqual([]);
  });
});

describe('"pct" after a number is per cent (unit44)', () => {
  it('reads the wire abbreviation as a percentage, a negative one and a word number too', () => {
    expect(fig('Wages rose by 4.15 pct on average this spring.', 'en', '4.15')).toMatchObject({ unit: 'percent', low: 4.15 });
    expect(fig('The deposit rate stayed at minus 0.5 pct for years.', 'en', '0.5')).toMatchObject({ unit: 'percent', low: -0.5 });
    expect(fig('It keeps long-term yields around zero pct.', 'en', 'zero').unit).toBe('percent');
    expect(verdicts('Les salaires ont augmenté de 4,15 % en moyenne ce printemps.', 'fr', 'Wages rose by 4.15 pct on average this spring.', 'en')).toContain('agrees');
  });
});

describe('a range whose values each tell their percent (unit44)', () => {
  it('reads "entre X % et Y %", "X%-Y%" and "between X% and Y%" as one range', () => {
    expect(fig('Le taux directeur est désormais compris entre 2 % et 2,5 %.', 'fr', '2')).toMatchObject({ unit: 'percent', low: 2, high: 2.5, qualifier: 'range' });
    expect(fig('Le taux directeur est fixé à 2,00%-2,50%.', 'fr', '2')).toMatchObject({ low: 2, high: 2.5, qualifier: 'range' });
    expect(fig('The key rate now stands between 2% and 2.5%.', 'en', '2')).toMatchObject({ low: 2, high: 2.5, qualifier: 'range' });
    expect(fig('The bank will keep rates within a range of zero percent and 0.5 percent.', 'en', 'zero')).toMatchObject({ unit: 'percent', low: 0, high: 0.5 });
    expect(verdicts('Le taux directeur est compris entre 2 % et 2,5 %.', 'fr', 'The key rate now stands at 2%-2.5%.', 'en')).toEqual(['agrees']);
  });
  it('keeps a change of a rate two values, and a hyphen after a percent sign no minus', () => {
    const from = extractFigures('La banque a relevé son taux de 2,5 % à 3 % mardi.', 'fr').filter((f) => f.unit === 'percent');
    expect(from.map((f) => f.low)).toEqual([2.5, 3]);
    expect(extractFigures('Le taux est de 2,00%-2,50%.', 'fr').some((f) => typeof f.low === 'number' && f.low < 0)).toBe(false);
    // A starting point with its own unit tells a change as often as a range ("grimper" is no listed cue): two values.
    expect(extractFigures('Le chômage a grimpé de 7,1 % à 7,3 % en un mois.', 'fr').filter((f) => f.unit === 'percent').map((f) => f.low)).toEqual([7.1, 7.3]);
    // A noun of a range before "de" makes it one, even after a verb of change.
    expect(fig('La banque l’a porté à une fourchette de 2,00 % à 2,50 %.', 'fr', '2,00')).toMatchObject({ low: 2, high: 2.5, qualifier: 'range' });
    // Two units: two figures.
    expect(extractFigures('Le chômage est entre 7 % et 12 points de plus.', 'fr').some((f) => f.qualifier === 'range')).toBe(false);
  });
});

describe('nouns of people the table lacked (unit44)', () => {
  it('reads immigrants, dockers, concertgoers, campers, astronauts and cardinals as people', () => {
    expect(fig('More than 3,000 immigrants reached the island overnight.', 'en', '3,000')).toMatchObject({ unit: 'people', countsKey: expect.arrayContaining(['migrant']) });
    expect(fig('Plus de 3 000 immigrés ont atteint l’île dans la nuit.', 'fr', '3 000').countsKey[0]).toBe('migrant');
    expect(fig('Some 20,000 dockworkers walked out.', 'en', '20,000').countsKey[0]).toBe('w:docker');
    expect(fig('Quelque 20 000 dockers ont cessé le travail.', 'fr', '20 000').countsKey[0]).toBe('w:docker');
    expect(fig('Over 60,000 concertgoers attended.', 'en', '60,000').countsKey[0]).toBe('spectator');
    for (const [t, l, q] of [['About 700 campers were evacuated.', 'en', '700'], ['Two astronauts are on board.', 'en', 'Two'], ['Les 120 cardinaux sont réunis.', 'fr', '120']] as const) {
      expect(fig(t, l, q).unit).toBe('people');
    }
    expect(fig('Two astronauts are on board.', 'en', 'Two').countsKey[0]).toBe(fig('Deux astronautes sont à bord.', 'fr', 'Deux').countsKey[0]);
    expect(verdicts('Plus de 3 000 immigrés ont atteint l’île dans la nuit.', 'fr', 'More than 3,000 migrants reached the island overnight.', 'en')).toContain('agrees');
  });
});
