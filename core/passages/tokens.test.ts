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

describe('analyse: the language is given', () => {
  it('has no default language, so English text is never read with French endings', () => {
    // Checked by `tsc --noEmit`: a call without the language no longer compiles (it defaulted to 'fr').
    // @ts-expect-error the language is required
    const a = analyse('The boats were found.', []);
    expect(a.lang).toBeUndefined();
    expect(analyse('The boats were found.', [], 'en').lang).toBe('en');
  });
  it('marks the words written as names', () => {
    const a = analyse('Hier, Marie a parlé avec Marie et son mari.', [], 'fr');
    expect(a.wordNorms.filter((_, i) => a.wordNames[i] === 1)).toEqual(['marie', 'marie']);
  });
});
