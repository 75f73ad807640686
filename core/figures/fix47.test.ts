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

describe('fix47 (rev47b 3): a counter written as a sentence that points at the page stays furniture (furniture.ts counterOfPage)', () => {
  it.each([
    ['fr', 'Le maire a démissionné.\nIl y a 12 commentaires sur cet article'],
    ['en', 'The mayor resigned.\nThere are 12 comments on this article'],
    ['en', 'The mayor resigned.\nJoin our 50,000 followers on Instagram'],
    ['fr', 'Le maire a démissionné.\nRejoignez nos 120 000 abonnés sur WhatsApp'],
  ] as const)('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
  it.each([
    ['en', 'The singer boasts more than 8.5 million followers on the platform.', 8.5e6],
    ['en', 'Over 300 comments on the bill have been submitted to the committee.', 300],
    ['fr', "L'influenceur a accumulé plus de 550 000 abonnés grâce à ses vidéos.", 550000],
  ] as const)('%s keeps the story\'s counter: %s', (lang, text, low) => {
    expect(extractFigures(text, lang).map((f) => f.low)).toContain(low);
  });
});

describe("fix47 (rev47b 4): a byline's participle is a stamp; only a lower-case participle after a determiner and a noun is a sentence's (furniture.ts participleOfSentence)", () => {
  it.each([
    ['en', 'The mayor resigned.\nJane Doe, senior correspondent Published 3 March 2025'],
    ['fr', 'Le maire a démissionné.\nLa rédaction web publié le 3 mars 2025'],
  ] as const)('%s drops the stamp: %s', (lang, text) => {
    expect(extractFigures(text, lang).filter((f) => f.unit === 'date')).toEqual([]);
  });
  it.each([
    ['fr', 'Les secours indiquent dans un communiqué publié lundi 12 mai que deux randonneurs sont morts.', '12 mai'],
    ['en', 'The ministry said in a report published on 12 May that two hikers died.', '12 May'],
  ] as const)('%s keeps the story\'s day: %s', (lang, text, words) => {
    expect(find(text, lang, words)?.unit).toBe('date');
  });
});

describe('fix47 (rev47b 5): only a glued unit before "read", or "de lecture" ending a line, is a reading time (furniture.ts)', () => {
  it.each([
    ['fr', 'Les élèves ont droit à 20 minutes de lecture par jour.', 20],
    ['en', 'Students get a 20-minute read-aloud session every day.', 20],
  ] as const)('%s keeps: %s', (lang, text, low) => {
    expect(extractFigures(text, lang).map((f) => f.low)).toContain(low);
  });
  it.each([
    ['en', 'The mayor resigned.\nA 5-minute read\nThe council met on Monday.'],
    ['fr', 'Le maire a démissionné.\n5 minutes de lecture\nLe conseil se réunit lundi.'],
  ] as const)('%s drops the reading time: %s', (lang, text) => {
    expect(extractFigures(text, lang).map((f) => f.low)).not.toContain(5);
  });
});

describe('fix47 (rev47b 7): a span noun followed by "de / of" is an occasion, not a length of one (word-numbers.ts lengthOfSpan)', () => {
  it.each([
    ['en', 'The government called for a day of mourning.'],
    ['fr', 'Les syndicats ont défilé dans une journée de mobilisation nationale.'],
    ['fr', "Le bilan d'une année de guerre est lourd."],
  ] as const)('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
  it.each([
    ['fr', 'Le scrutin a été prolongé d’une heure dans la capitale.', 'une heure'],
    ['en', 'The vote was delayed for a day after the storm.', 'a day'],
  ] as const)('%s keeps the length: %s', (lang, text, words) => {
    expect(find(text, lang, words)?.low).toBe(1);
  });
});

describe('fix47 (rev47b 6, 8): a bare French plural before a singular determiner, and "some dozen" (vague.ts)', () => {
  it("reads no count of people in 'Les millions de l'héritage'", () => {
    expect(read("Les millions de l'héritage ont disparu.", 'fr')).toEqual([]);
  });
  it('keeps a bare plural before its counted noun', () => {
    expect(find('Les milliers de manifestants ont défilé.', 'fr', 'milliers')?.low).toBe(2000);
  });
  it('reads "some dozen" as about twelve', () => {
    const f = find('Some dozen protesters gathered outside.', 'en', 'dozen');
    expect([f?.low, f?.high]).toEqual([12, 12]);
  });
  it('keeps "a few dozen" as dozens', () => {
    expect(find('A few dozen protesters gathered outside.', 'en', 'dozen')?.low).toBe(24);
  });
});

describe("fix47 (rev47b 10): a feminine participle of publication is a stamp's word too (furniture.ts BEFORE)", () => {
  it.each(['Cette page publiée le 3 mars 2025 a été mise à jour.', 'Le maire a démissionné.\nPubliée le 3 mars 2025'])('fr: %s', (text) => {
    expect(extractFigures(text, 'fr').filter((f) => f.unit === 'date')).toEqual([]);
  });
  it("keeps the day of a study published in the story", () => {
    expect(find('Selon une étude publiée le 3 mars 2025, 40 écoles ont fermé.', 'fr', '3 mars')?.unit).toBe('date');
  });
});
