import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lcsLength, surfaceSimilarity } from './classify';

/** Textbook LCS, for reference. */
function lcsRef(a: number[], b: number[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
  return t[a.length][b.length];
}

describe('lcsLength', () => {
  it('equals the textbook LCS on short sequences, with and without shared prefixes and suffixes', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 20 });
    fc.assert(
      fc.property(seq, seq, seq, seq, (pre, a, b, suf) => {
        const x = [...pre, ...a, ...suf];
        const y = [...pre, ...b, ...suf];
        expect(lcsLength(x, y)).toBe(lcsRef(x, y));
        expect(lcsLength(Int32Array.from(x), Int32Array.from(y))).toBe(lcsRef(x, y));
      }),
      { numRuns: 300 },
    );
  });

  it('scores a copy 1 and a copy with one word changed in the middle below 1', () => {
    const words = 'le ministre a reçu les pêcheurs du port de lorient mardi matin'.split(' ');
    expect(surfaceSimilarity(words, [...words])).toBe(1);
    const changed = [...words];
    changed[5] = 'marins';
    expect(surfaceSimilarity(words, changed)).toBeCloseTo((2 * 11) / 24, 5);
  });
});
