import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import { inUnitOf, onCommonScale } from './unit-scales';
import type { Lang } from '../types';

// Sentences written for these tests (units20).
const one = (text: string, lang: Lang) => {
  const figs = extractFigures(text, lang).filter((f) => f.unit !== 'date');
  expect(figs, `${text} -> ${JSON.stringify(figs)}`).toHaveLength(1);
  return { low: figs[0].low, high: figs[0].high, qualifier: figs[0].qualifier, unit: figs[0].unit, text: figs[0].text };
};

describe('scales of a rate: basis points, percentage points and fractions of a point are points', () => {
  it.each([
    ['The bank cut its key rate by 25 basis points on Tuesday.', 'en', 0.25, '25 basis points'],
    ['The bank cut its key rate by 25 bps on Tuesday.', 'en', 0.25, '25 bps'],
    ['A dissenter wanted a 50 basis point cut.', 'en', 0.5, '50 basis point'],
    ['The bank cut its key rate by 0.25 percentage point.', 'en', 0.25, '0.25 percentage point'],
    ['The bank cut its key rate by 0.75 percentage points.', 'en', 0.75, '0.75 percentage points'],
    ['A dissenter wanted rates lowered by half a point.', 'en', 0.5, 'half'],
    ['A dissenter wanted rates lowered by a quarter of a point.', 'en', 0.25, 'a quarter'],
    ['La banque a relevé son taux de 25 points de base mardi.', 'fr', 0.25, '25 points de base'],
    ['La banque a relevé son taux de 15 pb mardi.', 'fr', 0.15, '15 pb'],
    ['La banque a relevé son taux de 0,25 point de pourcentage.', 'fr', 0.25, '0,25 point de pourcentage'],
    ["Un membre voulait une baisse d'un demi-point.", 'fr', 0.5, 'un demi'],
    ["La banque a baissé ses taux d'un quart de point.", 'fr', 0.25, 'un quart'],
  ] as const)('%s', (text, lang, value, written) => {
    expect(one(text, lang)).toEqual({ low: value, high: value, qualifier: 'exact', unit: 'points', text: written });
  });

  it('keeps the bounds of an interval when it converts, and leaves an open bound open', () => {
    expect(one('Markets expect more than 50 basis points of cuts.', 'en')).toMatchObject({ low: 0.5, high: null, qualifier: 'more-than', unit: 'points' });
    expect(one('Les marchés attendent entre 25 et 50 points de base de baisse.', 'fr')).toMatchObject({ low: 0.25, high: 0.5, qualifier: 'range', unit: 'points' });
    expect(onCommonScale('basis-points', null, 75)).toEqual({ unit: 'points', low: null, high: 0.75 });
    expect(onCommonScale('percent', 3, 3)).toBeUndefined();
  });

  it('leaves a fraction of something else a share, and index points as written', () => {
    expect(one('Half a million people marched.', 'en').unit).toBe('people');
    expect(one('Un quart des électeurs a voté blanc.', 'fr').unit).not.toBe('points');
    expect(one('Le Dow Jones a gagné 124,10 points.', 'fr')).toMatchObject({ low: 124.1, unit: 'points' });
    expect(one('A quarter of the votes went to the outsider.', 'en').unit).not.toBe('points');
  });

  it('compares a cut told in basis points with one told in points, across the two languages', () => {
    const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
    const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
      compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];
    const page = doc('The central bank cut its key interest rate by 25 basis points.', 'en');
    expect(verdicts(page, doc("La banque centrale a abaissé son taux directeur d'un quart de point.", 'fr'), '25 basis points')).toEqual(['agrees']);
    expect(verdicts(doc('La banque centrale a abaissé son taux directeur de 50 points de base.', 'fr'), doc("La banque centrale a abaissé son taux directeur d'un demi-point.", 'fr'), '50 points de base')).toEqual(['agrees']);
    expect(verdicts(doc('The central bank cut its key interest rate by 25 bps.', 'en'), doc('The central bank cut its key interest rate by 0.25 percentage point.', 'en'), '25 bps')).toEqual(['agrees']);
    // Two values of one unit are compared (here 'related', as two values in points are), where two units never met.
    expect(verdicts(page, doc('The central bank cut its key interest rate by half a point.', 'en'), '25 basis points')).toEqual(['related']);
  });
});

describe('spans of time under a day are compared in one unit', () => {
  const doc = (text: string, lang: Lang) => ({ text, lang, figures: extractFigures(text, lang) });
  const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
    compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => [c.verdict, c.low]) ?? [];
  it('compares "45 minutes" with "trois quarts d\'heure", in the page\'s unit', () => {
    const page = doc('The river rose by eight metres in 45 minutes.', 'en');
    expect(verdicts(page, doc("La rivière est montée de huit mètres en trois quarts d'heure.", 'fr'), '45 minutes')).toEqual([['agrees', 45]]);
  });
  it('converts both bounds, and leaves days apart from hours', () => {
    expect(inUnitOf({ unit: 'minutes' }, { unit: 'hours', low: 1, high: null, countsKey: ['hours'] })).toEqual({ unit: 'minutes', low: 60, high: null, countsKey: ['minutes'] });
    const days = { unit: 'days', low: 3, high: 3, countsKey: ['days'] };
    expect(inUnitOf({ unit: 'hours' }, days)).toBe(days);
  });
});
