import { describe, expect, it } from 'vitest';
import { analyse, passageSentences } from './tokens';

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

describe('passageSentences', () => {
  it('cuts a sentence whose stop is glued to the next one', () => {
    const text = 'The dam gave way before dawn.Rescue teams reached the village by noon.';
    expect(passageSentences(text, 'en').map((s) => s.text)).toEqual(['The dam gave way before dawn.', 'Rescue teams reached the village by noon.']);
  });

  it('cuts after a closing quote glued to the next sentence, with exact offsets', () => {
    // The segmenter alone reads one sentence here (no space after the quote).
    const text = 'It was a real reform.”Protests followed in the capital.';
    const s = passageSentences(text, 'en');
    expect(s.map((x) => x.text)).toEqual(['It was a real reform.”', 'Protests followed in the capital.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('cuts before an elided capital', () => {
    const text = 'a déclaré la préfète.L’armée est arrivée dans la nuit.';
    expect(passageSentences(text, 'fr').map((s) => s.text)).toEqual(['a déclaré la préfète.', 'L’armée est arrivée dans la nuit.']);
  });

  it('reads a long lower-case run in linear time', () => {
    const long = (n: number): number => {
      const t0 = performance.now();
      passageSentences('Intro. ' + 'a'.repeat(n) + ' end.', 'en');
      return performance.now() - t0;
    };
    long(1000);
    // Quadratic, 80,000 letters took 17 s; linear, well under one.
    expect(long(80_000)).toBeLessThan(1000);
  });

  it('does not cut a domain, an initial or an acronym', () => {
    const text = 'Officials told Daily.Az that J.R.Tolvan met U.S.Senators on Monday.';
    expect(passageSentences(text, 'en').length).toBe(1);
  });
});
