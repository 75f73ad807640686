import { describe, expect, it } from 'vitest';
import { rarity } from './background';

describe('background rarity', () => {
  it('everyday words count nothing, unknown words fully, the rest between', () => {
    expect(rarity('les', 'fr')).toBe(0);
    expect(rarity('the', 'en')).toBe(0);
    expect(rarity('zzqxhaouz', 'fr')).toBe(1);
    const gov = rarity('gouvernement', 'fr');
    expect(gov).toBeGreaterThan(0);
    expect(gov).toBeLessThan(rarity('deficit', 'fr'));
  });

  it('reads a plural through its singular, and never an inherited property', () => {
    expect(rarity('philosophies', 'fr')).toBe(rarity('philosophie', 'fr'));
    expect(rarity('philosophie', 'fr')).toBeLessThan(1);
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(rarity(w, 'en')).toBeGreaterThanOrEqual(0);
  });
});
