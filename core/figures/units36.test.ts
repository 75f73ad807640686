import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { compareFigures } from './compare';
import { extractFigures } from './index';
import { inUnitOf } from './unit-scales';

const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => [c.verdict, c.low, c.high]) ?? [];

describe('spans of a day or more meet in one unit (unit36)', () => {
  it('converts months to years and back, both bounds', () => {
    expect(inUnitOf({ unit: 'years' }, { unit: 'months', low: 300, high: 300, countsKey: ['months'] })).toEqual({ unit: 'years', low: 25, high: 25, countsKey: ['years'] });
    expect(inUnitOf({ unit: 'months' }, { unit: 'years', low: null, high: 2, countsKey: ['years'] })).toEqual({ unit: 'months', low: null, high: 24, countsKey: ['months'] });
  });
  it('converts decades and centuries to years, weeks to days', () => {
    expect(inUnitOf({ unit: 'years' }, { unit: 'w:decade', low: 3, high: 3, countsKey: ['w:decade'] }).low).toBe(30);
    expect(inUnitOf({ unit: 'years' }, { unit: 'w:century', low: 8, high: 8, countsKey: ['w:century'] }).low).toBe(800);
    expect(inUnitOf({ unit: 'days' }, { unit: 'weeks', low: 2, high: 2, countsKey: ['weeks'] }).low).toBe(14);
  });
  it('leaves months apart from days, and days apart from hours', () => {
    const months = { unit: 'months', low: 2, high: 2, countsKey: ['months'] };
    expect(inUnitOf({ unit: 'days' }, months)).toBe(months);
    const days = { unit: 'days', low: 3, high: 3, countsKey: ['days'] };
    expect(inUnitOf({ unit: 'hours' }, days)).toBe(days);
  });
  it('reads decades as one unit in both languages', () => {
    expect(extractFigures('Unemployment is at its highest in three decades.', 'en').map((f) => f.unit)).toContain('w:decade');
    expect(extractFigures('Le chômage est au plus haut depuis trois décennies.', 'fr').map((f) => f.unit)).toContain('w:decade');
  });
  it('compares a prison term told in months with one told in years', () => {
    const page = doc('The judge sentenced the former trader to 25 years in prison for fraud.', 'en');
    const src = doc("Le juge a condamné l'ancien trader à 300 mois de prison pour fraude.", 'fr');
    expect(verdicts(page, src, '25 years')).toEqual([['agrees', 25, 25]]);
    // The row is marked converted, so the popup shows "300 mois" as written, not a bare 25 under "years".
    const row = compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === '25 years');
    expect(row?.comparisons.map((c) => c.converted)).toEqual([true]);
  });
});

describe('two coordinated nouns before a plural head (unit36)', () => {
  const units = (text: string) => extractFigures(text, 'en').map((f) => [f.text, f.unit, f.countsKey.join(' ')]);
  it('counts the head after "X and Y"', () => {
    expect(units('A jury convicted the clerk on five bribery and perjury counts.')).toEqual([['five', 'charges', 'charge']]);
    expect(units('Seven bank and insurance employees lost their jobs.')[0][2]).toBe('employee');
  });
  it('meets the French count of charges', () => {
    const page = doc('Le tribunal l’a reconnu coupable de cinq chefs d’accusation.', 'fr');
    const src = doc('A jury convicted the clerk on five bribery and perjury counts.', 'en');
    expect(verdicts(page, src, 'cinq').map((v) => v[0])).toEqual(['agrees']);
  });
  it('leaves a plural first noun and a name apart', () => {
    expect(units('Three soldiers and two civilians were killed.').map((u) => u[2])).toEqual(['soldier', 'civilian killed']);
    // A plural first noun: "men and women" is not one noun qualifying another.
    expect(units('Police arrested seven men and women.')).toEqual([['seven', 'people', 'man arrested']]);
    expect(units('Seven steel and rail workers quit.')[0][2]).toBe('employee');
    // A plural middle word is a second noun of its own, and a capitalised one a name: neither qualifies the head.
    expect(units('Seven steel and arms workers quit.')[0][2]).not.toBe('employee');
    expect(units('Seven steel and Google workers quit.')[0][2]).not.toBe('employee');
  });
});

describe('a year named by a year noun or "in" in a sentence of a toll (unit36)', () => {
  const read = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => [f.text, f.unit]);
  it('keeps the year a year', () => {
    expect(read("Le bilan de l'année 2021 est lourd.", 'fr')).toEqual([['2021', 'year']]);
    expect(read('The death toll in 2019 was the heaviest in a decade.', 'en')[0]).toEqual(['2019', 'year']);
    expect(read('Un dépôt de bilan à la fin de 2021.', 'fr')).toEqual([['2021', 'year']]);
  });
  it('keeps a count with its noun a count', () => {
    expect(read('The flood resulted in 2000 deaths.', 'en')).toEqual([['2000', 'people']]);
    expect(read('Le bilan s’élève à 2021 morts.', 'fr')).toEqual([['2021', 'people']]);
  });
  it('keeps a count after a year noun or a part of a period a count', () => {
    const unitOf = (text: string, lang: Lang) => extractFigures(text, lang).find((f) => f.text === '2000')?.unit;
    expect(unitOf('Last year 2000 people were killed on the roads.', 'en')).not.toBe('year');
    expect(unitOf('The plan means the end of 2000 jobs at the plant.', 'en')).not.toBe('year');
    expect(unitOf('By the end of 2000 people had fled the town.', 'en')).not.toBe('year');
    expect(unitOf('La police a chargé au milieu des 2000 manifestants.', 'fr')).not.toBe('year');
    expect(unitOf('Le gouvernement annonce la fin des 2000 contrats aidés.', 'fr')).not.toBe('year');
    expect(read('The toll was 300 dead at the start of 2020.', 'en')).toContainEqual(['2020', 'year']);
  });
});

describe('a currency after the initials "US" or "U.S." (unit36)', () => {
  const units = (text: string) => extractFigures(text, 'en').map((f) => f.unit);
  it('reads the currency', () => {
    expect(units('The firm lost 2 billion US Dollars in the quarter.')).toContain('dollar');
    expect(units('The fund raised 12 million U.S. dollars.')).toContain('dollar');
  });
  it('leaves the pronoun "us" and initials before no unit apart', () => {
    expect(units('The army sent 500 US Marines.')).toEqual(['number']);
    expect(units('The firm paid 40 US\ndollars.')).toEqual(['number']);
  });
});
