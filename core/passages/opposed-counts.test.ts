import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { opposedCount } from './opposed-counts';

/** opposedCount at the first occurrence of `num` in `text`, its clause taken from the first word. */
function at(text: string, num: string, lang: string): boolean {
  const a = analyse(text, [], lang);
  return opposedCount(a, text.indexOf(num), 0);
}

describe('opposedCount', () => {
  it('reads a count in the object of an opposing verb', () => {
    expect(at('Mayors asked the state to step in to prevent the closure of 300 schools.', '300', 'en')).toBe(true);
    expect(at('Nurses walked out to protest the planned loss of 450 beds.', '450', 'en')).toBe(true);
    expect(at("Les élus se mobilisent pour empêcher la fermeture de 300 classes.", '300', 'fr')).toBe(true);
  });
  it('leaves a count the clause states', () => {
    expect(at('The hospital will close 450 beds by next year.', '450', 'en')).toBe(false);
    expect(at('Le groupe va supprimer 300 postes dans le pays.', '300', 'fr')).toBe(false);
  });
  it('leaves a protest noun and a count past an agent', () => {
    expect(at('The protests in the capital left 12 people dead.', '12', 'en')).toBe(false);
    expect(at('A protest held by 5,000 people blocked the bridge.', '5,000', 'en')).toBe(false);
    expect(at('They tried to prevent it and 40 people were hurt.', '40', 'en')).toBe(false);
  });
});
