/**
 * The judge's test of a phrase two sentences share (judge.ts isSharedPhrase): a short match spanning
 * little of both its sentences is a phrase, not a statement; the same words making most of a
 * sentence, or a figure, are a statement. Texts written for these tests (a factory fire).
 */
import { describe, expect, it } from 'vitest';
import { analyse, type Analysis } from './tokens';
import { matchOf } from '../../test/support/raw-match';
import { claimWords, isSharedPhrase, FRAGMENT_MAX_COVER } from './judge';
import { NUMBER_WORDS_WORTH } from './banality';


const PHRASE = ['usin', 'delma', 'quart', 'nord'];

describe('isSharedPhrase', () => {
  const page = analyse("Les pompiers sont arrivés à l'usine Delmas du quartier nord vers minuit, a indiqué le maire, qui a demandé une enquête sur les bornes d'incendie.", [], 'fr');
  const src = analyse("Le préfet s'est rendu jeudi à l'usine Delmas du quartier nord pour rencontrer les familles des ouvriers blessés et les responsables du site.", [], 'fr');
  it('knows the stems it is given', () => {
    expect(PHRASE.every((s) => page.tokens.some((t) => t.stem === s))).toBe(true);
  });
  it('reads a place named in two long sentences saying different things as a shared phrase', () => {
    expect(isSharedPhrase(matchOf(page, src, PHRASE), page, src)).toBe(true);
  });
  it('reads the same words as a statement when they make most of a sentence on one side', () => {
    const short = analyse("Le préfet s'est rendu à l'usine Delmas du quartier nord.", [], 'fr');
    const m = matchOf(page, short, PHRASE);
    expect((m.srcLast - m.srcFirst + 1) / short.tokens.length).toBeGreaterThanOrEqual(FRAGMENT_MAX_COVER);
    expect(isSharedPhrase(m, page, short)).toBe(false);
  });
  it('reads a match with a figure as a statement', () => {
    const p = analyse("Les pompiers ont pompé 1.500 litres à l'usine Delmas du quartier nord vers minuit, a indiqué le maire, qui a demandé une enquête sur les bornes d'incendie.", [], 'fr');
    const s = analyse("Le préfet a fait état de 1.500 litres déversés jeudi à l'usine Delmas du quartier nord, devant les familles des ouvriers blessés et les responsables du site.", [], 'fr');
    expect(isSharedPhrase(matchOf(p, s, ['1500', 'litr', ...PHRASE]), p, s)).toBe(false);
  });
});

describe('claimWords', () => {
  it('counts a year as one word, a count of the same digits written in groups as two', () => {
    const text = 'Le plan retire 3,2 milliards au budget 2027, et 2 027 logements restent à construire.';
    const a = analyse(text, [], 'fr');
    const at = (from: number) => a.tokens.findIndex((t) => t.stem === '2027' && t.start >= from);
    const year = at(0);
    const count = at(a.tokens[year].end);
    expect(count).toBeGreaterThan(year);
    expect(claimWords(a, text, [year])).toBe(1);
    expect(claimWords(a, text, [count])).toBe(NUMBER_WORDS_WORTH);
  });
});
