import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../text/words';
import { contentStems } from './lexicon';
import { stem } from '../text/stem';
import { shingles, winnow } from './shingles';
import type { ContentToken } from './tokens';

describe('contentStems', () => {
  it('drops function words and maps synonyms', () => {
    expect(contentStems('les', STOPWORDS)).toEqual([]);
    expect(contentStems('soldats', STOPWORDS)).toEqual(contentStems('troupes', STOPWORDS));
    expect(contentStems('moscou', STOPWORDS)).toEqual(contentStems('russie', STOPWORDS));
    expect(contentStems('pyongyang', STOPWORDS)).toEqual(contentStems('rpdc', STOPWORDS));
    expect(contentStems('onu', STOPWORDS)).toEqual(['nation', 'uni']);
  });
  it('does not look synonyms up on Object.prototype', () => {
    expect(contentStems('constructor', STOPWORDS)).toEqual([stem('constructor')]);
  });
});

describe('winnow', () => {
  const toks = (s: string) => s.split(' ').map((stem) => ({ stem }) as ContentToken);
  it('keeps a common fingerprint for every shared run of w + k - 1 tokens', () => {
    const w = 4;
    const k = 2;
    const a = toks('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu');
    const b = toks('un deux trois delta epsilon zeta eta theta quatre cinq');
    const fa = new Set(winnow(shingles(a, k), w).map(([, h]) => h));
    const fb = winnow(shingles(b, k), w).map(([, h]) => h);
    expect(fb.some((h) => fa.has(h))).toBe(true);
    expect(winnow(shingles(a, k), w).length).toBeLessThan(shingles(a, k).length);
  });
});
