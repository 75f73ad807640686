import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** The figure that starts the text: its text, bounds and qualifier. */
function first(text: string, lang: 'fr' | 'en') {
  const f = extractFigures(text, lang)[0];
  return f ? [f.text, f.low, f.high, f.qualifier] : null;
}

describe('vague plurals: at least twice the scale, in their own words', () => {
  it.each([
    ['des milliers de manifestants', 'des milliers', 2000, 'fr'],
    ['plusieurs centaines de blessés', 'plusieurs centaines', 200, 'fr'],
    ['des dizaines de milliers de personnes', 'des dizaines de milliers', 20000, 'fr'],
    ['dozens of villages', 'dozens', 24, 'en'],
    ['several hundred workers', 'several hundred', 200, 'en'],
    ['hundreds of thousands of voters', 'hundreds of thousands', 200000, 'en'],
    ['tens of thousands of people', 'tens of thousands', 20000, 'en'],
    ['scores of houses were flooded', 'scores', 40, 'en'],
  ] as const)('%s', (text, words, low, lang) => {
    expect(first(text, lang)).toEqual([words, low, null, 'vague']);
  });
});

describe('approximate nouns: about the value', () => {
  it.each([
    ['une quarantaine de maires', 'une quarantaine', 40, 'fr'],
    ["une cinquantaine de chefs d'État", 'une cinquantaine', 50, 'fr'],
    ['une bonne centaine de bénévoles', 'une bonne centaine', 100, 'fr'],
    ['un millier de policiers', 'un millier', 1000, 'fr'],
    ['une dizaine de milliers de foyers', 'une dizaine de milliers', 10000, 'fr'],
    ['a dozen ministers resigned', 'a dozen', 12, 'en'],
  ] as const)('%s', (text, words, value, lang) => {
    expect(first(text, lang)).toEqual([words, value, value, 'about']);
  });

  it('takes a bound word before them', () => {
    expect(first("plus d'une centaine de maires", 'fr')).toEqual(["plus d'une centaine", 100, null, 'more-than']);
    expect(first('entre une trentaine et une quarantaine de maires', 'fr')?.slice(1)).toEqual([30, 40, 'range']);
  });
});

describe('words that only look vague', () => {
  it.each([
    ['Le navire a été placé en quarantaine.', 'fr'],
    ['Their scores of the season were low.', 'en'],
    ['The test scores of pupils rose.', 'en'],
    ['She scores well.', 'en'],
    ['Les milliers sont rares.', 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(extractFigures(text, lang).filter((f) => f.qualifier === 'vague' || f.qualifier === 'about')).toEqual([]);
  });
});
