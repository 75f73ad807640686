import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** The figures of a text as [text, low, high, unit]. */
const read = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang).map((f) => [f.text, f.low, f.high, f.unit]);
/** The figure whose text holds `words`, if any. */
const find = (text: string, lang: 'fr' | 'en', words: string) => extractFigures(text, lang).find((f) => f.text.includes(words));

describe('extract46: French vague plurals with no determiner of their own (vague.ts bareFrenchPlural)', () => {
  it.each([
    ['La tempête a fait trois morts et de dizaines de blessés.', 'dizaines', 20],
    ['Les milliers de grévistes ont voté la reprise.', 'milliers', 2000],
    ['Ces centaines de bénévoles ont nettoyé la plage.', 'centaines', 200],
    ['Le chantier a coûté des « centaines » de millions.', 'centaines', 200],
    ['Les réfugiés arrivent par milliers à la frontière.', 'milliers', 2000],
    ['La grève coûte centaines de millions de dollars par jour.', 'centaines de millions', 2e8],
  ])('%s', (text, words, low) => {
    const f = find(text, 'fr', words);
    expect([f?.low, f?.high, f?.qualifier]).toEqual([low, null, 'vague']);
  });
  it('leaves a plural of number with nothing counted after it', () => {
    expect(read('Les milliers sont rares.', 'fr')).toEqual([]);
  });
  it('reads "la centaine de" and a quoted noun as about a hundred, never "la quarantaine" alone', () => {
    expect(find("La centaine d'agents mobilisés a fouillé la zone.", 'fr', 'centaine')?.low).toBe(100);
    expect(find('Une « centaine » de soldats a été déployée.', 'fr', 'centaine')?.low).toBe(100);
    expect(read('Le navire reste à la quarantaine.', 'fr')).toEqual([]);
  });
  it('reads "several dozen" as dozens', () => {
    expect(find('Rescuers are looking for several dozen missing people.', 'en', 'several dozen')?.low).toBe(24);
  });
});

describe("extract46: a counter's noun inside the story's sentence (furniture.ts counterInSentence)", () => {
  it('keeps followers, subscribers, views and frames a clause reads on after', () => {
    expect(find('The singer has more than 3.2 million followers on the platform.', 'en', '3.2 million')?.low).toBe(3.2e6);
    expect(find('La chaîne compte plus de 400 000 abonnés grâce à ses vidéos.', 'fr', '400 000')?.low).toBe(400000);
    expect(find('La caméra filme à 60 images par seconde.', 'fr', '60')?.low).toBe(60);
  });
  it('still drops a page counter on its own line', () => {
    expect(read('Le maire a démissionné.\n12 commentaires\n3 partages', 'fr').map((f) => f[0])).toEqual([]);
  });
});

describe("extract46: a publication's participle after a sentence's noun (furniture.ts participleOfSentence)", () => {
  it('keeps the day of a statement published in the story', () => {
    expect(find('Les secours indiquent dans un communiqué publié lundi 12 mai que deux randonneurs sont morts.', 'fr', '12 mai')?.unit).toBe('date');
  });
  it('drops a stamp and a byline stamp (French) and a passive of publication (English)', () => {
    const fr = 'Le maire a démissionné.\nArticle publié le 3 mars 2025\nJean Dupont | Publié le 4 mars 2025 à 10h';
    expect(extractFigures(fr, 'fr').filter((f) => f.unit === 'date')).toEqual([]);
    const en = 'Since the last bulletin was published on 5 March 2025, two cases were reported.';
    expect(extractFigures(en, 'en').filter((f) => f.unit === 'date')).toEqual([]);
  });
});

describe('extract46: the article of a length of time (word-numbers.ts lengthOfSpan)', () => {
  it.each([
    ['fr', 'Le scrutin a été prolongé d’une heure dans la capitale.', 'une heure', 'hours'],
    ['fr', 'Le musée est resté fermé pendant une décennie.', 'une', 'w:decade'],
    ['fr', 'Une heure plus tard, le train est reparti.', 'Une heure', 'hours'],
    ['fr', 'Le ministre a démissionné un mois après le vote.', 'un mois', 'months'],
    ['fr', 'Le syndicat a fixé un ultimatum d’une semaine.', 'une semaine', 'weeks'],
    ['fr', 'La réparation prendra environ une semaine.', 'environ une semaine', 'weeks'],
    ['en', 'The vote was extended by an hour in the capital.', 'an hour', 'hours'],
    ['en', 'A week after the vote, the minister resigned.', 'A week', 'weeks'],
    ['en', 'The report is due within a month.', 'a month', 'months'],
  ] as const)('%s: %s', (lang, text, words, unit) => {
    const f = find(text, lang, words);
    expect([f?.low, f?.unit]).toEqual([1, unit]);
  });
  it.each([
    ['fr', 'Les prix changent d’un jour à l’autre.'],
    ['fr', 'Au cours d’une journée, la neige est tombée.'],
    ['fr', 'Une semaine de grève a bloqué les ports.'],
    ['en', 'A week of strikes shut the ports.'],
    ['en', 'She lives in a house by the sea.'],
  ] as const)('leaves the article of %s: %s', (lang, text) => {
    expect(extractFigures(text, lang).filter((f) => f.low === 1)).toEqual([]);
  });
});

describe('fix-extract46: a length told by its article is no frame of a bare number after it (ellipsis.ts ARTICLE_SPAN)', () => {
  it.each([
    ['fr', 'Le séisme de magnitude 6,1 a été suivi une heure plus tard par une réplique de 4,8.', '4,8', 'magnitude'],
    ['en', 'The storm reached Category 3 on Monday, then weakened for a day to 2.', '2', 'category'],
  ] as const)('%s: %s', (lang, text, q, unit) => {
    expect(find(text, lang, q)?.unit).toBe(unit);
  });
});

describe('fix-extract46: a passive verb after two coordinated nouns is the count\'s own (count-segment.ts SUBJECT_JOINS)', () => {
  it.each([
    ['fr', 'Lors des heurts, 40 pompiers et secouristes ont été blessés.', '40', 'wounded'],
    ['en', 'During the clashes, 40 firefighters and medics were injured.', '40', 'wounded'],
  ] as const)('%s: %s', (lang, text, q, role) => {
    expect(find(text, lang, q)?.countsKey).toContain(role);
  });
  it('leaves a role of another clause after the join to that clause', () => {
    expect(find('During the clashes, 40 firefighters died and officials were injured.', 'en', '40')?.countsKey).not.toContain('wounded');
  });
});
