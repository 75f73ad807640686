import { describe, expect, it } from 'vitest';
import { sentenceEnds } from './sentence-break';
import { prng } from './prng';

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const byIntl = (s: string): number[] => [...segmenter.segment(s)].map((x) => x.index + x.segment.length);

describe('sentenceEnds', () => {
  it('ends sentences where Intl.Segmenter does on news copy', () => {
    const line =
      "Le 12 mars, M. Dupont a dit : « Nous partirons à 7 h 30. » Puis il est parti ! Etc. et la suite… " +
      'The U.S. team won 3.5 points (see p. 4). "Really?" she asked; yes. Ah.\u00a0Fin';
    expect(sentenceEnds(line)).toEqual(byIntl(line));
  });

  it('agrees with Intl.Segmenter on random strings of the characters that decide a boundary', () => {
    const deciding = ['.', '!', '?', ' ', '\u00a0', '\u202f', '\t', 'a', 'B', 'é', 'É', 'ß', 'ǅ', 'ª', '1', '«', '»', '"', "'", '’', '“', '”', '„', '(', ')', '[', ',', ';', ':', '-', '–', '—', '…', '\u0301', '\u00ad', '\u200d', '%', '‣', '€', '‼', '⁇', '\u2024'];
    const rand = prng(17);
    const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)];
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let i = 0, n = 1 + Math.floor(rand() * 14); i < n; i++) s += pick(deciding);
      expect(sentenceEnds(s), JSON.stringify(s)).toEqual(byIntl(s));
    }
  });

  it('leaves lines with other characters to Intl.Segmenter', () => {
    expect(sentenceEnds('Он сказал. Да.')).toBeNull();
    expect(sentenceEnds('Il a dit 😀. Oui.')).toBeNull();
    expect(sentenceEnds('')).toEqual([]);
  });
});
