import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../text/words';
import { stem } from '../text/stem';
import { contentStems, soldierStems } from './content-stems';
import { shingles, winnow } from './shingles';
import { analyse, type ContentToken } from './tokens';

describe('contentStems', () => {
  it('drops function words and maps the forms of one concept to the stems of its usual name', () => {
    expect(contentStems('les', STOPWORDS)).toEqual([]);
    expect(contentStems('soldats', STOPWORDS)).toEqual(contentStems('troupes', STOPWORDS));
    expect(contentStems('troops', STOPWORDS)).toEqual(contentStems('militaires', STOPWORDS));
    expect(contentStems('pekin', STOPWORDS)).toEqual(contentStems('chine', STOPWORDS));
    expect(contentStems('pekin', STOPWORDS)).toEqual(contentStems('beijing', STOPWORDS));
    // A single word meets the multi-word name it stands for.
    expect(contentStems('washington', STOPWORDS)).toEqual(['etats', 'unis'].flatMap((w) => contentStems(w, STOPWORDS)));
    expect(contentStems('onu', STOPWORDS)).toEqual(['nation', 'uni']);
  });
  it('keeps the own stem of a word inside a multi-word name, and of places and things', () => {
    expect(contentStems('etats', STOPWORDS)).toEqual([stem('etats')]);
    expect(contentStems('province', STOPWORDS)).toEqual([stem('province')]);
    expect(contentStems('drones', STOPWORDS)).toEqual([stem('drones')]);
  });
  it("keeps a nation's adjective apart from its name", () => {
    expect(contentStems('americain', STOPWORDS)).toEqual([stem('americain')]);
    expect(contentStems('washington', STOPWORDS)).toEqual(['etats', 'unis'].flatMap((w) => [stem(w)]));
  });
  it('does not look concepts up on Object.prototype', () => {
    expect(contentStems('constructor', STOPWORDS)).toEqual([stem('constructor')]);
  });
  it('reads "hommes" as soldiers only in a sentence about war', () => {
    expect(soldierStems('hommes', STOPWORDS)).toEqual(contentStems('soldats', STOPWORDS));
    expect(soldierStems('femmes', STOPWORDS)).toBeNull();
    const stems = (t: string) => analyse(t, [], 'fr').tokens.map((x) => x.stem);
    expect(stems('Le pays a envoyé 12.000 hommes sur le front.')).toContain(contentStems('soldats', STOPWORDS)[0]);
    expect(stems('Trois hommes ont été arrêtés au marché.')).not.toContain(contentStems('soldats', STOPWORDS)[0]);
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
