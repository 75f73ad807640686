import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';

const stockOf = (text: string, lang: string, word: string): boolean[] => {
  const a = analyse(text, [], lang);
  return a.tokens.filter((t) => a.wordNorms[t.word] === word).map((t) => t.stock);
};

describe('analyse: dates are stock', () => {
  it('makes a day of the month beside its month stock, in both orders', () => {
    expect(stockOf('La grève du 19 janvier a réuni 80 000 personnes.', 'fr', '19')).toEqual([true]);
    expect(stockOf('Voters went to the polls on July 7 in 577 constituencies.', 'en', '7')).toEqual([true]);
  });
  it('leaves a count that is not a date its own weight', () => {
    expect(stockOf('La grève du 19 janvier a réuni 80 000 personnes.', 'fr', '80000')).toEqual([false]);
    expect(stockOf('Il y a eu 19 blessés en janvier.', 'fr', '19')).toEqual([false]);
  });
});
