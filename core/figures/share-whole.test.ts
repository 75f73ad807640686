import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { shareWhole, wholesApart } from './share-whole';
import type { Lang } from '../types';

const whole = (text: string, lang: Lang, q: string): string | undefined => {
  const f = extractFigures(text, lang).find((x) => x.text.endsWith(q));
  if (!f) throw new Error(`no figure ${q}`);
  return shareWhole(text, f);
};

describe('shareWhole', () => {
  it('reads the noun a share is of, past its determiner', () => {
    expect(whole("Mardi matin, 95 % de l'approvisionnement en gaz était assuré.", 'fr', '95 %')).toBe(whole("Hier, 80 % de l'approvisionnement était coupé.", 'fr', '80 %'));
    expect(whole('About 40% of the demand was lost in seconds.', 'en', '40%')).toBeDefined();
    expect(whole('Le parti a obtenu 12 pour cent des voix.', 'fr', '12 pour cent')).toBeDefined();
  });
  it('reads no whole after a share that names none, nor after "de plus"', () => {
    expect(whole('Le chômage a atteint 7,9 % au premier trimestre.', 'fr', '7,9 %')).toBeUndefined();
    expect(whole('Les prix ont monté de 5 % de plus que prévu.', 'fr', '5 %')).toBeUndefined();
    expect(whole('Turnout was 60 percent.', 'en', '60 percent')).toBeUndefined();
  });
  it('tells two wholes apart, but not one word written two ways', () => {
    const supply = whole("Mardi matin, 95 % de l'approvisionnement en gaz était assuré.", 'fr', '95 %');
    const demand = whole('Environ 40 % de la demande en gaz a été perdue.', 'fr', '40 %');
    expect(wholesApart(supply, demand)).toBe(true);
    expect(wholesApart(demand, whole('About 40% of demand was lost.', 'en', '40%'))).toBe(false);
    expect(wholesApart(demand, undefined)).toBe(false);
  });
});
