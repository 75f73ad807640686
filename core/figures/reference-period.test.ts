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
    expect(momentOf('The rate reached 31% in the first half of the year.', 'en', '2023-09-20')).toBe('2023-06');
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
    expect(momentOf('Prices have risen 9% since the first quarter.', 'en', '2023-09-20')).toBe('2023-09-20');
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
    // No forecast word: the fourth quarter is still running in November.
    expect(momentOf('Sales rose 6% in the fourth quarter.', 'en', '2024-11-20')).toBe('2024-11-20');
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
    expect(momentOf('The rate will rise by 1.5 percentage points from April 2025.', 'en', '2024-10-30', 'any')).toBe('2024-10-30');
  });
});

describe('review of moment36', () => {
  it('reads a month to come for a count or a future verb (#1)', () => {
    expect(momentOf('The summit will bring together 40 leaders in June.', 'en', '2025-03-10', 'any')).toBe('2025-06');
    expect(momentOf('Quelque 300 groupes électrogènes doivent arriver en juin.', 'fr', '2025-03-10', 'any')).toBe('2025-06');
    expect(momentOf('Inflation will reach 4% in June.', 'en', '2025-03-10')).toBe('2025-06');
    expect(momentOf("L'inflation a atteint 4 % en juin.", 'fr', '2025-03-10')).toBe('2024-06');
  });
  it('reads no calendar period in a match, a pregnancy or a century (#2)', () => {
    expect(momentOf('The home side scored 3 goals in the first half.', 'en', '2025-03-10', 'any')).toBe('2025-03-10');
    expect(momentOf('The visitors scored 40 points in the third quarter.', 'en', '2025-03-10', 'any')).toBe('2025-03-10');
    expect(momentOf('Le risque est de 15 % au premier trimestre de grossesse.', 'fr', '2025-05-10')).toBe('2025-05-10');
    expect(momentOf('The town lost 30% of its people in the second half of the 14th century.', 'en', '2025-05-10')).toBe('2025-05-10');
  });
  it('lets the figure\'s own clause win over an opening phrase (#3)', () => {
    expect(extractFigures('In the first quarter, output fell 2%, and today unemployment stands at 7.5%.', 'en', { published: '2024-06-10' })
      .filter((f) => f.unit === 'percent').map((f) => f.moment)).toEqual(['2024-03', '2024-06-10']);
  });
  it('takes the sentence\'s year or "last year" for a period (#4)', () => {
    expect(momentOf('En 2022, le PIB a reculé de 2 % au premier trimestre.', 'fr', '2024-06-10')).toBe('2022-03');
    expect(momentOf('Revenue fell 3% in the first quarter of last year.', 'en', '2024-06-10')).toBe('2023-03');
    expect(momentOf("Le chiffre d'affaires a baissé de 3 % au premier trimestre de l'an dernier.", 'fr', '2024-06-10')).toBe('2023-03');
  });
  it('reads T and S codes only with their year (#5)', () => {
    expect(momentOf('Un T3 loué 900 euros par mois.', 'fr', '2024-06-10', 'any')).not.toMatch(/^\d{4}-\d{2}$/);
    expect(momentOf('La ligne T1 transporte 300 000 voyageurs.', 'fr', '2024-06-10', 'any')).toBe('2024-06-10');
    expect(momentOf('Les ventes ont progressé de 5 % au T3 2023.', 'fr', '2024-06-10')).toBe('2023-09');
  });
  it('reads "the last month" as no calendar month (#6)', () => {
    expect(momentOf('Prices rose 4% over the last month.', 'en', '2024-06-10')).toBe('2024-06-10');
    expect(momentOf('Some 300 people died in the last month.', 'en', '2024-06-10', 'any')).toBe('2024-06-10');
    expect(momentOf('Prices rose 4% last month.', 'en', '2024-06-10')).toBe('2024-05');
  });
  it('reads "tabler" only with "sur", and each language\'s own words (#7)', () => {
    expect(momentOf('The table shows sales up 6% in the third quarter.', 'en', '2024-11-20')).toBe('2024-09');
    expect(momentOf('Les analystes tablent sur une hausse de 6 % au troisième trimestre.', 'fr', '2024-11-20')).toBe('2024-11-20');
  });
  it('keeps a comma before a figure that follows no value its own clause\'s', () => {
    expect(extractFigures('En décembre, 25,5 % des ménages étaient pauvres.', 'fr', { published: '2024-01-15' })
      .filter((f) => f.unit === 'percent').map((f) => f.moment)).toEqual(['2023-12']);
  });
});
