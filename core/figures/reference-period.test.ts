import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

/** The moment of the first figure of `unit` in `text`, read as published on `published`. */
function momentOf(text: string, lang: Lang, published: string | undefined, unit = 'percent'): string | undefined {
  return extractFigures(text, lang, { published }).find((f) => f.unit === unit || (unit === 'any' && f.unit !== 'date' && f.unit !== 'year'))?.moment;
}

describe('a figure of a quarter or a half-year is of that period (its last month)', () => {
  it('reads the ordinal and the period noun in both languages', () => {
    expect(momentOf('Les ventes ont reculé de 4,2 % au deuxième trimestre.', 'fr', '2023-08-02')).toBe('2023-06');
    expect(momentOf('Sales fell 4.2% in the third quarter, the group said on Thursday.', 'en', '2023-10-26')).toBe('2023-09');
    expect(momentOf('Le taux a atteint 31 % au premier semestre.', 'fr', '2023-09-20')).toBe('2023-06');
    expect(momentOf('The rate reached 31% in the first half.', 'en', '2023-09-20')).toBe('2023-06');
  });
  it('takes the written year, else the latest such period begun by publication', () => {
    expect(momentOf('Le taux était de 28 % au second semestre 2022.', 'fr', '2023-09-20')).toBe('2022-12');
    expect(momentOf('Le taux était de 28 % au second semestre.', 'fr', '2023-02-20')).toBe('2022-12');
    expect(momentOf('Revenue grew 3% in the fourth quarter.', 'en', '2024-01-30')).toBe('2023-12');
    expect(momentOf('Revenue grew 3% in Q2 2022.', 'en', '2024-01-30')).toBe('2022-06');
  });
  it('reads an opening phrase closed by a comma', () => {
    expect(momentOf('Au premier trimestre, la production a baissé de 7 %.', 'fr', '2023-05-15')).toBe('2023-03');
  });
  it('leaves a period of another clause, or a start or a deadline, to it', () => {
    // The period is the loss's, after a comma: the cut's own moment is the day of publication.
    expect(momentOf('Le groupe supprime 12 % de ses postes, après une perte au premier semestre.', 'fr', '2023-09-20')).toBe('2023-09-20');
    expect(momentOf('Prices have risen 9% since the first quarter.', 'en', '2023-09-20')).not.toBe('2023-03');
    // The other value's period: "contre" sets it against the first.
    expect(extractFigures('Le taux est de 30 % au premier semestre, contre 25 % au second semestre 2022.', 'fr', { published: '2023-09-20' })
      .filter((f) => f.unit === 'percent').map((f) => f.moment)).toEqual(['2023-06', '2022-12']);
  });
});

describe('a value of a period not yet counted is of the day it is given', () => {
  it('leaves a period not closed by publication, or an expected value, without the period', () => {
    // November: the fourth quarter is still running; its revenue is a forecast.
    expect(momentOf('The group sees fourth-quarter revenue of $12 billion.', 'en', '2024-11-20', 'any')).toBe('2024-11-20');
    expect(momentOf('Les analystes attendaient une hausse de 6 % au troisième trimestre.', 'fr', '2024-11-20')).toBe('2024-11-20');
    expect(momentOf('Sales rose 6% in the third quarter.', 'en', '2024-11-20')).toBe('2024-09');
  });
});

describe('last month', () => {
  it('is the month before publication', () => {
    expect(momentOf('Employers added 150,000 jobs last month.', 'en', '2024-01-05', 'any')).toBe('2023-12');
    expect(momentOf('Le chômage a atteint 7,5 % le mois dernier.', 'fr', '2024-03-12')).toBe('2024-02');
  });
});

describe('a month named without its year is the latest such month by publication', () => {
  it('gives the month, in the past', () => {
    expect(momentOf('Prices rose 2.1% in December.', 'en', '2024-01-12')).toBe('2023-12');
    expect(momentOf('Les prix ont augmenté de 1,4 % en mars.', 'fr', '2024-04-11')).toBe('2024-03');
  });
  it('gives each value of a list its own month', () => {
    expect(extractFigures('Les prix ont augmenté de 3,1 % en octobre, 2,5 % en novembre et 1,8 % en décembre.', 'fr', { published: '2024-01-15' })
      .filter((f) => f.unit === 'percent').map((f) => f.moment)).toEqual(['2023-10', '2023-11', '2023-12']);
  });
  it('reads a month of a year right beside the figure, not one elsewhere in the sentence', () => {
    expect(momentOf('Le taux était de 6,2 % en juin 2021.', 'fr', '2024-03-12')).toBe('2021-06');
    expect(momentOf('The rate will rise by 1.5 percentage points from April 2025.', 'en', '2024-10-30', 'any')).not.toBe('2025-04');
  });
});
