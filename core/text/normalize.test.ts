import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandLigatures, normalize, toOriginalRange } from './normalize';

describe('normalize', () => {
  it('folds case, accents, apostrophes and quotes, and collapses punctuation and spaces', () => {
    expect(normalize('« L’Élysée  a   dit »,\u00a0OK').text).toBe("l'elysee a dit ok");
  });

  it('expands ligatures with a map back to the original character', () => {
    const src = 'Le cœur bat';
    const n = normalize(src);
    expect(n.text).toBe('le coeur bat');
    const i = n.text.indexOf('coeur');
    const [s, e] = toOriginalRange(n, i, i + 'coeur'.length);
    expect(src.slice(s, e)).toBe('cœur');
    expect(expandLigatures('œuvre')).toBe('oeuvre');
  });

  it('maps every normalised range back to original text that normalises to it', () => {
    const src = '  Volodymyr   Zelensky, « président » ukrainien… Œdipe ';
    const n = normalize(src);
    expect(n.map.length).toBe(n.text.length + 1);
    for (const word of n.text.split(' ')) {
      const i = n.text.indexOf(word);
      const [s, e] = toOriginalRange(n, i, i + word.length);
      expect(normalize(src.slice(s, e)).text).toBe(word);
    }
  });

  it('drops invisible characters', () => {
    expect(normalize('in\u00advisible\u200b mot').text).toBe('invisible mot');
  });

  it('never throws and keeps the map monotone for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = normalize(s);
        expect(n.map.length).toBe(n.text.length + 1);
        expect(n.map.every((v, i) => i === 0 || v >= n.map[i - 1])).toBe(true);
        expect(n.map[n.text.length]).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });
});
