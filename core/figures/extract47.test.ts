import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** The figures of a text as [text, low, high, unit]. */
const read = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => [f.text, f.low, f.high, f.unit]);
/** The figure whose text holds `words`, if any. */
const find = (text: string, lang: 'fr' | 'en', words: string) => extractFigures(text, lang).find((f) => f.text.includes(words));

describe('extract47: a noun of number with its definite article counts only a plural noun after "de" (vague.ts countedAfter)', () => {
  it.each([
    ["La quarantaine de l'équipage a été levée hier.", 'quarantaine'],
    ['La quarantaine de rigueur a été imposée au navire.', 'quarantaine'],
    ['La centaine de la course a été fêtée au port.', 'centaine'],
    ['La dizaine de ses proches est restée au village.', 'dizaine'],
    ['Les voyageurs ont subi une quarantaine de 14 jours.', 'quarantaine'],
  ])('no count in: %s', (text, words) => {
    expect(find(text, 'fr', words)).toBeUndefined();
  });
  it.each([
    ["La centaine d'agents mobilisés a fouillé la zone.", 'centaine', 100],
    ['La dizaine de jours de grève a coûté cher.', 'dizaine', 10],
    ['Une quarantaine de marins ont été évacués.', 'quarantaine', 40],
  ])('keeps the count of: %s', (text, words, low) => {
    expect(find(text, 'fr', words)?.low).toBe(low);
  });
});

describe('extract47: a scale\'s bare plural after "en / in" before a unit of money or measure is a unit statement (vague.ts unitStatementAt)', () => {
  it.each([
    ['fr', "Les montants du tableau sont exprimés en millions d'euros."],
    ['fr', 'Les volumes sont donnés en milliers de tonnes.'],
    ['en', 'All figures in the table are in millions of dollars.'],
    ['en', 'Amounts are expressed in thousands of euros.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
  it.each([
    ['fr', 'Les pertes pourraient se chiffrer en centaines de millions de dollars.', 2e8],
    ['fr', "Les dégâts s'évaluent en millions d'euros.", 2e6],
    ['en', 'Protests took place in hundreds of cities.', 200],
  ] as const)('keeps an amount or a count: %s: %s', (lang, text, low) => {
    expect(extractFigures(text, lang)[0]?.low).toBe(low);
  });
});

describe("extract47: a demonstrative and a noun of the page before a publication's participle is the page's stamp (furniture.ts PAGE_DEICTIC_LINE)", () => {
  it.each([
    ['fr', 'Cet article publié le 3 mars 2025 a été mis à jour.'],
    ['fr', 'Ce contenu publié le 4 mars 2025 est archivé.'],
    ['en', 'This story published on 5 March 2025 was updated.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(extractFigures(text, lang).filter((f) => f.unit === 'date')).toEqual([]);
  });
  it('keeps a story\'s report named with a demonstrative', () => {
    expect(find('Ce rapport publié lundi 12 mai montre que 40 écoles ont fermé.', 'fr', '12 mai')?.unit).toBe('date');
  });
});

describe('extract47: page links and reading times (furniture.ts counterLink, GLUED_MINUTES)', () => {
  it.each([
    ['fr', 'Le maire a démissionné.\nLire les 12 commentaires sur cet article'],
    ['fr', 'Le maire a démissionné.\nVoir les 45 commentaires de ce fil'],
    ['en', 'The mayor resigned.\nRead all 12 comments on this story'],
    ['en', 'The mayor resigned.\n5-minute read'],
  ] as const)('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
  it('keeps a counter after a preposition opening a sentence', () => {
    expect(find('Sur les 400 000 abonnés de la chaîne, la moitié vivent en France.', 'fr', '400 000')?.low).toBe(400000);
  });
});
