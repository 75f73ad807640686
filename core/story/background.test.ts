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

  it('reads a French feminine, plural or ordinal absent from the list through its base, not through a short other word', () => {
    expect(rarity('premiere', 'fr')).toBe(rarity('premier', 'fr'));
    expect(rarity('financieres', 'fr')).toBe(rarity('financier', 'fr'));
    expect(rarity('quatriemes', 'fr')).toBe(rarity('quatre', 'fr'));
    expect(rarity('deuxieme', 'fr')).toBe(rarity('deux', 'fr'));
    expect(rarity('premier', 'fr')).toBeLessThan(0.5);
    // "mère" is not "mer": a base shorter than four letters is not read.
    expect(rarity('mere', 'fr')).toBe(1);
  });
});
