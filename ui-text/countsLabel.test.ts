import { describe, expect, it } from 'vitest';
import { countsLabel } from './countsLabel';

describe('a count in the UI language', () => {
  it('says it in French where the background gave its French, in English otherwise', () => {
    expect(countsLabel('people killed', 'fr', 'personnes tuées')).toEqual({ text: 'personnes tuées', lang: 'fr' });
    expect(countsLabel('people killed', 'fr-CA', 'personnes tuées')).toEqual({ text: 'personnes tuées', lang: 'fr' });
    expect(countsLabel('tgv in total', 'fr')).toEqual({ text: 'tgv in total', lang: 'en' });
    expect(countsLabel('people killed', 'en', 'personnes tuées')).toEqual({ text: 'people killed', lang: 'en' });
  });
});
