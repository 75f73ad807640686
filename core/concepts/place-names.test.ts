import { describe, expect, it } from 'vitest';
import data from './place-names.json';
import countries from './countries.json';
import { nameKey } from '../text/names';
import { fold } from '../text/fold';

const key = (name: string): string => nameKey(fold(name));

describe('place-names.json (exonyms of places, match23)', () => {
  it('lists names of one word whose two spellings differ once read as name keys', () => {
    for (const { en, fr } of data.places) {
      expect(/[\s-]/.test(en) || /[\s-]/.test(fr)).toBe(false);
      expect(key(en)).not.toBe(key(fr));
    }
  });
  it('no French name is the English name of another place (Valence is not Valencia), nor the reverse', () => {
    const en = new Map(data.places.map((p) => [key(p.en), key(p.fr)]));
    const fr = new Map(data.places.map((p) => [key(p.fr), key(p.en)]));
    for (const p of data.places) {
      expect(!en.has(key(p.fr)) || en.get(key(p.fr)) === key(p.fr)).toBe(true);
      expect(!fr.has(key(p.en)) || fr.get(key(p.en)) === key(p.en)).toBe(true);
    }
  });
  it('lists no country, which countries.json names in both languages', () => {
    const names = new Set<string>();
    for (const c of countries.countries as Array<{ place?: { en: string; fr: string } }>) {
      if (c.place) { names.add(key(c.place.en)); names.add(key(c.place.fr)); }
    }
    for (const { en, fr } of data.places) expect(names.has(key(en)) || names.has(key(fr))).toBe(false);
  });
  it('leaves out a French name that is another French place, and names that are common first names', () => {
    const all = new Set(data.places.flatMap((p) => [key(p.en), key(p.fr)]));
    for (const n of ['Vienne', 'Caroline', 'Virginie', 'Géorgie']) expect(all.has(key(n))).toBe(false);
  });
});
