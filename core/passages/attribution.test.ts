import { describe, expect, it } from 'vitest';
import { analyse, type Analysis } from './tokens';
import { attributionWords } from './attribution';
import { claimEnough } from './judge';
import { matchOf } from '../../test/support/raw-match';

/** The words of `text` marked as attribution, in order. */
function marked(text: string, lang = 'fr'): string[] {
  const a = analyse(text, [], lang);
  const m = attributionWords(a, text);
  return a.wordNorms.filter((_, i) => m[i] === 1);
}

describe('attributionWords', () => {
  it('marks "selon X" up to the end of its clause', () => {
    expect(marked("Les habitants ont quitté leurs maisons, selon des images diffusées sur les réseaux sociaux, puis sont revenus.")).toEqual([
      'selon', 'des', 'images', 'diffusees', 'sur', 'les', 'reseaux', 'sociaux',
    ]);
  });
  it('marks "d\'après X" but not "après"', () => {
    expect(marked("D'après la préfecture, la route est coupée.")).toEqual(['apres', 'la', 'prefecture']);
    expect(marked('Après la crue, la route est coupée.')).toEqual([]);
  });
  it('ends the phrase at a number or a subject pronoun that opens the claim', () => {
    expect(marked('According to the county estimate it covers 120 square miles.', 'en')).toEqual(['according', 'to', 'the', 'county', 'estimate']);
    expect(marked('Selon la police 87 000 personnes ont défilé.')).toEqual(['selon', 'la', 'police']);
  });
  it('marks nothing in a sentence without attribution', () => {
    expect(marked('The council voted the plan on Tuesday.', 'en')).toEqual([]);
  });
});


describe('claimEnough (judge.ts)', () => {
  const p = "Des habitants sont sortis dans les rues du bourg, craignant de nouvelles coulées, selon des images diffusées sur les réseaux sociaux.";
  const s = "La même scène s'est reproduite dans le bourg voisin touché par la crue, selon des images diffusées sur les réseaux sociaux.";
  const texts = { page: p, source: s };
  const pa = analyse(p, [], 'fr');
  const sa = analyse(s, [], 'fr');
  it('drops a match whose words are mostly the attribution both sentences share', () => {
    const m = matchOf(pa, sa, ['bourg', 'imag', 'diffus', 'reseau', 'sociau']);
    expect(claimEnough(m, pa, sa, texts, null)).toBe(false);
  });
  it('keeps the same words when they are the claim, not an attribution', () => {
    const p2 = 'Des images diffusées sur les réseaux sociaux montrent le bourg inondé.';
    const s2 = 'Les images diffusées sur les réseaux sociaux montrent un bourg sous les eaux.';
    const pa2 = analyse(p2, [], 'fr');
    const sa2 = analyse(s2, [], 'fr');
    const m = matchOf(pa2, sa2, ['imag', 'diffus', 'reseau', 'sociau', 'bourg']);
    expect(claimEnough(m, pa2, sa2, { page: p2, source: s2 }, null)).toBe(true);
  });
});
