import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit31).
const unitOf = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q)?.unit;

describe('a pronoun for a noun told before gives a bare number that noun (unit31)', () => {
  it('reads the French clitic "en" before the number\'s verb, past a paragraph break', () => {
    const text = 'Pour adopter le texte, il fallait 288 voix.\nLa motion en a obtenu 331.';
    expect(unitOf(text, 'fr', '331')).toBe('votes');
    // With no pronoun, a bare number after a paragraph break is left bare, as before.
    expect(unitOf('Pour adopter le texte, il fallait 288 voix.\nLa motion a obtenu 331.', 'fr', '331')).toBe('number');
    // "en" before a place is no pronoun.
    expect(unitOf('Pour adopter le texte, il fallait 288 voix.\nLa motion en France a obtenu 331.', 'fr', '331')).toBe('number');
  });
  it('takes the noun told with no number before the pronoun', () => {
    expect(unitOf("Le groupe n'a jamais fermé d'usine, mais il menaçait d'en fermer trois.", 'fr', 'trois')).toBe(unitOf('Le groupe menaçait de fermer trois usines.', 'fr', 'trois'));
  });
  it('reads "d\'entre eux" and "of them" after the number', () => {
    expect(unitOf('La police a interpellé 40 manifestants.\nSelon elle, 12 d\'entre eux ont été relâchés.', 'fr', '12')).toBe('people');
    expect(unitOf('Police detained 40 protesters.\n12 of them were released.', 'en', '12')).toBe('people');
  });
  it('reads no pronoun in set phrases with "en" ("en fait", "en janvier")', () => {
    expect(unitOf("L'usine a supprimé 40 emplois.\nLes grévistes étaient en fait 300.", 'fr', '300')).not.toBe(unitOf("L'usine a supprimé 40 emplois.", 'fr', '40'));
    expect(unitOf('Pour adopter le texte, il fallait 288 voix.\nLa motion en janvier a obtenu 331.', 'fr', '331')).toBe('number');
    expect(unitOf('Pour adopter le texte, il fallait 288 voix.\nLa motion en a obtenu 331.', 'fr', '331')).toBe('votes');
  });
});
