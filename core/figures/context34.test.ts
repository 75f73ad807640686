import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (ctx34, fixctx34); the names are invented.
const at = (text: string, lang: Lang, q: string, published?: string) => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};
// An undated side is passed as null (undefined would take the default).
const pair = (one: string, la: Lang, two: string, lb: Lang, year: string, pa = '2025-03-04', pb: string | null = '2025-03-05') =>
  matchDetail(at(one, la, year, pa), at(two, lb, year, pb ?? undefined));

describe('one past year on both sides (onePastYear)', () => {
  const one = 'The last movement of this size took place in 1987, historians said.';
  const two = 'No movement had closed the harbours since 1987, the spokesman added.';
  it('a year long before both articles meets with one shared word', () => {
    expect(at(one, 'en', '1987', '2025-03-04').unit).toBe('year');
    expect(pair(one, 'en', two, 'en', '1987').match).toBe('same');
  });
  it('not a year of the articles\' own time, the year of many counts', () => {
    expect(pair(one.replace('1987', '2024'), 'en', two.replace('1987', '2024'), 'en', '2024').reason).toBe('context');
  });
  // PAST_YEAR_GAP: three years before both moments is enough, two is not.
  const strikeA = 'The last strike of this size took place in YEAR, historians said.';
  const strikeB = 'No strike had closed the harbours since YEAR, the spokesman added.';
  it('three years before both moments is a past year', () => {
    expect(pair(strikeA.replace('YEAR', '2022'), 'en', strikeB.replace('YEAR', '2022'), 'en', '2022').match).toBe('same');
  });
  it('two years before is not', () => {
    expect(pair(strikeA.replace('YEAR', '2023'), 'en', strikeB.replace('YEAR', '2023'), 'en', '2023').reason).toBe('context');
  });
  it('"since" alone is no shared word: any two counts since one year would meet', () => {
    expect(pair('Prices have doubled since 2020.', 'en', 'The club has lost members since 2020.', 'en', '2020').reason).toBe('context');
  });
  it('a topic id alone is no shared word: two votes of one year in two countries', () => {
    expect(pair('Les élections de 2021 ont été remportées par le parti.', 'fr', "L'élection présidentielle de 2021 a été boycottée.", 'fr', '2021').reason).toBe('context');
    expect(pair('Le dernier séisme de cette ampleur remonte à 1987.', 'fr', 'No earthquake this strong had hit the island since 1987.', 'en', '1987').reason).toBe('context');
  });
  it('two French clauses of one past event meet with one word', () => {
    expect(pair('Le dernier mouvement de cette ampleur remonte à 1987, selon les historiens.', 'fr',
      "Aucun mouvement n'avait fermé les ports depuis 1987, a ajouté le porte-parole.", 'fr', '1987').match).toBe('same');
  });
  it('a French and an English clause meet through a word of the table', () => {
    expect(pair('La dernière grève de cette ampleur remonte à 1987, selon les historiens.', 'fr', strikeB.replace('YEAR', '1987'), 'en', '1987').match).toBe('same');
  });
  it('an undated side is no past year: its clause may be of any time', () => {
    expect(pair(strikeA.replace('YEAR', '1987'), 'en', strikeB.replace('YEAR', '1987'), 'en', '1987', '2025-03-04', null).reason).toBe('context');
  });
});
