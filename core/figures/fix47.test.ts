import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** The figures of a text as [text, low, high, unit]. */
const read = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => [f.text, f.low, f.high, f.unit]);
/** The figure whose text holds `words`, if any. */
const find = (text: string, lang: 'fr' | 'en', words: string) => extractFigures(text, lang).find((f) => f.text.includes(words));

describe('fix47 (rev47b 1): a number word or a quantifier after "de" leaves a noun of number no count (vague.ts)', () => {
  it.each([
    'La quarantaine de deux semaines a été levée hier.',
    'Les voyageurs ont subi une quarantaine de quatorze jours.',
    'Les voyageurs ont subi une quarantaine de dix jours.',
    'La quarantaine de tous les passagers a été levée hier.',
    'La quarantaine de ceux qui arrivent par bateau est obligatoire.',
    'La quarantaine de certains passagers a été levée.',
    'La quarantaine de plusieurs navires a été levée.',
  ])('no count of forty in: %s', (text) => {
    expect(find(text, 'fr', 'quarantaine')).toBeUndefined();
  });
  it.each([
    ['Une dizaine de milliers de personnes ont défilé.', 'dizaine', 10000],
    ['La vingtaine de pays signataires a salué le texte.', 'vingtaine', 20],
    ['Une quarantaine de marins ont été évacués.', 'quarantaine', 40],
  ])('keeps the count of: %s', (text, words, low) => {
    expect(find(text, 'fr', words)?.low).toBe(low);
  });
});
