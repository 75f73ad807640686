import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';

/** What the one figure of a sentence counts. */
const counts = (text: string, lang: 'fr' | 'en'): string | undefined => extractFigures(text, lang)[0]?.counts;

describe('figures: any country says whose and where (core/concepts/countries.json)', () => {
  it('reads a country the hand-written nations lack the same in both languages', () => {
    expect(counts('Plus de 1 500 secouristes émiratis ont été déployés au Maroc.', 'fr')).toBe('Emirati rescuers sent to Morocco');
    expect(counts('More than 1,500 Emirati rescuers were deployed in Morocco.', 'en')).toBe('Emirati rescuers sent to Morocco');
    expect(counts('Au moins 40 Algériens ont été tués en Libye.', 'fr')).toBe(counts('At least 40 Algerians were killed in Libya.', 'en'));
    expect(counts('Au moins 40 Algériens ont été tués en Libye.', 'fr')).toMatch(/^Algerian /);
  });

  it('does not read a first name as a country', () => {
    // "Jordan" is left out of the country's forms: a first name far more often than the kingdom.
    expect(counts('Jordan Dupont a réuni 300 militants.', 'fr')).not.toMatch(/Jordan/);
  });
});
