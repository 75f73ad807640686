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

describe('fix47 (rev47b 2): only a verb of stating or a copula after a noun of figures makes "en / in" + scale a unit statement', () => {
  it.each([
    ['en', 'The floods resulted in billions of dollars in damage.', 2e9],
    ['en', 'The film raked in millions of dollars at the box office.', 2e6],
    ['en', 'Losses are counted in billions of dollars.', 2e9],
    ['en', 'It was the worst drought in hundreds of years.', 200],
    ['fr', "L'ouragan a causé des pertes évaluées en milliards d'euros.", 2e9],
  ] as const)('%s keeps the amount: %s', (lang, text, low) => {
    expect(extractFigures(text, lang).map((f) => f.low)).toContain(low);
  });
  it.each([
    ['fr', "Les montants du tableau sont exprimés en millions d'euros."],
    ['en', 'All figures in the table are in millions of dollars.'],
    ['en', 'Amounts are expressed in thousands of euros.'],
    ['en', 'All amounts are in thousands of dollars.'],
  ] as const)('%s drops the unit statement: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
});
