import { describe, expect, it } from 'vitest';
import table from './concepts.json';
import countries from './countries.json';
import { concept, conceptsOf, isReadAs, lookup, phrasesStartingWith } from './index';

/** The nation a folded phrase names ("royaume - uni"), through the same Maps the engine reads. */
function nationOf(phrase: string): string | undefined {
  const seq = phrase.split(' ');
  if (seq.length === 1) return lookup(seq[0], 'nation')?.id;
  const hit = phrasesStartingWith(seq[0]).find((p) => p.seq.length === seq.length && p.seq.every((t, i) => t === seq[i]));
  return hit?.c.type === 'nation' ? hit.c.id : undefined;
}

describe('countries: every country in French and English', () => {
  it('gives a country and its people one nation in both languages', () => {
    for (const [fr, en] of [
      ['qatar', 'qatar'],
      ['emirats arabes unis', 'united arab emirates'],
      ['emirats arabes unis', 'uae'],
      ['pays - bas', 'netherlands'],
      ['neerlandais', 'dutch'],
      ['tchad', 'chadian'],
      ['cote - d \' ivoire', 'ivory coast'],
      ['ivoiriennes', 'ivorians'],
      ['algerie', 'algeria'],
      ['algeriens', 'algerian'],
      ['japonaise', 'japanese'],
      ['mexique', 'mexico'],
    ]) {
      expect(nationOf(fr), fr).toBeDefined();
      expect(nationOf(fr), `${fr} / ${en}`).toBe(nationOf(en));
    }
  });

  it('reads the names the press uses that the country list lacks (MORE_NAMES in scripts/build/countries.mjs)', () => {
    for (const [a, b] of [
      ['birmanie', 'myanmar'],
      ['burma', 'birmans'],
      ['moldova', 'moldavie'],
      ['tchequie', 'czechia'],
      ['rdc', 'drc'],
      ['timor oriental', 'east timor'],
    ]) {
      expect(nationOf(a), a).toBeDefined();
      expect(nationOf(a), `${a} / ${b}`).toBe(nationOf(b));
    }
  });

  it('adds names to the nations written by hand, which keep their labels and adjectives', () => {
    expect(nationOf('royaume - uni')).toBe('uk');
    expect(nationOf('great britain')).toBe('uk');
    expect(nationOf('britain')).toBe('uk');
    expect(nationOf('united states of america')).toBe('usa');
    expect(nationOf('usa')).toBe('usa');
    expect(nationOf('maroc')).toBe(nationOf('morocco'));
    expect(concept(nationOf('marocaines')!)?.label?.fr).toBe('marocains');
  });

  it('leaves out names that are common words or first names', () => {
    // A meeting, a weapon, first names, a US state, a pronoun, French "eau" (water).
    for (const w of ['reunion', 'grenade', 'dominique', 'jordan', 'chad', 'georgia', 'us', 'eau', 'man', 'guinea', 'maurice']) {
      expect(lookup(w, 'nation'), w).toBeUndefined();
    }
    // "meeting" stays what the hand-written table says "réunion" is.
    expect(conceptsOf('reunion').some((c) => c.type === 'nation')).toBe(false);
  });

  it('does not read a left-out name through the country\'s display label or place', () => {
    // The place of the country is "Jordan" for display; in text "Jordan" is more often a first name.
    const jordanie = lookup('jordanie', 'nation')!;
    expect(jordanie.place?.en).toBe('Jordan');
    expect(isReadAs('jordan', jordanie)).toBe(false);
    expect(isReadAs('jordanie', jordanie)).toBe(true);
    // The hand-written nations read their display names as they always did.
    expect(isReadAs('britain', concept('uk')!)).toBe(true);
  });

  it('keeps Niger and Nigeria, and their peoples, apart', () => {
    expect(nationOf('niger')).toBeDefined();
    expect(nationOf('niger')).not.toBe(nationOf('nigeria'));
    // French "nigérien" and English "Nigerien" are Niger's; "nigérian" and "Nigerian" are Nigeria's.
    expect(nationOf('nigeriens')).toBe(nationOf('niger'));
    expect(nationOf('nigerian')).toBe(nationOf('nigeria'));
    expect(nationOf('georgie')).toBe(nationOf('georgien'));
  });

  it('does not take a name two countries share as either ("Congo")', () => {
    expect(lookup('congo', 'nation')).toBeUndefined();
    expect(nationOf('republique democratique du congo')).toBeDefined();
    expect(nationOf('republique democratique du congo')).not.toBe(nationOf('republique du congo'));
  });

  it('never gives a word of the hand-written table another meaning', () => {
    const hand = new Map<string, string>();
    for (const c of table.concepts as Array<{ id: string; type: string; fr: string; en: string }>) {
      for (const f of `${c.fr} ${c.en}`.split(/\s+/).filter(Boolean)) if (!f.includes('_')) hand.set(f, c.id);
    }
    for (const c of countries.countries) {
      for (const f of `${c.fr} ${c.en}`.split(/\s+/).filter(Boolean)) {
        if (f.includes('_') || f.includes('-') || f.includes("'")) continue;
        expect(hand.get(f) === undefined || hand.get(f) === c.id, `${f} is ${hand.get(f)} in concepts.json, not ${c.id}`).toBe(true);
      }
    }
  });

  it('gives every new country a label and a place, and each id once', () => {
    const ids = countries.countries.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of countries.countries) {
      const k = concept(c.id);
      expect(k?.type, c.id).toBe('nation');
      expect(k?.label?.en && k.label.fr && k.place?.en && k.place.fr, c.id).toBeTruthy();
    }
  });

  it('answers nothing for the names of Object.prototype', () => {
    for (const w of [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']) {
      expect(lookup(w.toLowerCase(), 'nation'), w).toBeUndefined();
      expect(concept(w), w).toBeUndefined();
      expect(phrasesStartingWith(w.toLowerCase()), w).toEqual([]);
    }
  });
});
