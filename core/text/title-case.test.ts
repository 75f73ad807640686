import { describe, expect, it } from 'vitest';
import { looksTitleCase, subheads } from './title-case';

describe('looksTitleCase', () => {
  it('reads an English headline capitalising every content word as title case', () => {
    expect(looksTitleCase('Storm Floods Coastal Towns as Rivers Rise', 'en')).toBe(true);
  });
  it('reads a sentence-case English headline full of names as no title case', () => {
    expect(looksTitleCase('Harbour Bridge in Northport closes, two people injured', 'en')).toBe(false);
  });
  it('reads a French headline whose articles are capitalised too as title case, one in sentence case as not', () => {
    expect(looksTitleCase('La Grève Des Chauffeurs Et Son Coût Pour Les Villes', 'fr')).toBe(true);
    expect(looksTitleCase('La grève des chauffeurs et son coût pour les villes', 'fr')).toBe(false);
  });
});

describe('subheads', () => {
  it('finds a title-case line of an English body, not a line that ends a sentence', () => {
    const text = 'The council met on Monday.\nSchools Close Early Across the Region\nParents were told by text.';
    const [[s, e]] = subheads(text, 'en');
    expect(text.slice(s, e)).toBe('Schools Close Early Across the Region');
    expect(subheads('Schools Close Early Across the Region.', 'en')).toEqual([]);
  });
  it('reads no subheads in French text', () => {
    expect(subheads('Les Écoles Ferment Plus Tôt Dans La Région', 'fr')).toEqual([]);
  });
});
