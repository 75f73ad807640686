import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

const unitOf = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q)?.unit;

describe('a four-digit number after a preposition of time (extract.ts yearOfPreposition)', () => {
  it('is a year after a horizon or a deadline with no counted noun after it', () => {
    expect(unitOf("Le groupe prévoit l'arrêt d'ici 2028 des usines de la région.", 'fr', '2028')).toBe('year');
    expect(unitOf("Les travaux seront achevés à l'horizon 2031.", 'fr', '2031')).toBe('year');
    expect(unitOf('The plant will close by 2029, the firm said.', 'en', '2029')).toBe('year');
    expect(unitOf('The line will run until 2033 at the earliest.', 'en', '2033')).toBe('year');
  });
  it('is a count when a counted noun or a partitive of people follows', () => {
    expect(unitOf('Unemployment fell by 2000 people last month.', 'en', '2000')).toBe('people');
    expect(unitOf('The bank will cut its workforce by 2000 jobs.', 'en', '2000')).toBe('people');
    expect(unitOf('The blockade lasted until 2000 workers went home.', 'en', '2000')).toBe('people');
    expect(unitOf('The march ended in 2000 of the protesters being detained.', 'en', '2000')).toBe('people');
    expect(unitOf("La production a été réduite en 2000 des salariés.", 'fr', '2000')).toBe('people');
  });
});

describe('French "être N à": a bare number between "être" and "à" counts the subject, people', () => {
  const one = (text: string) => extractFigures(text, 'fr').map((f) => ({ text: f.text, unit: f.unit, key: f.countsKey[0] }));
  it('a plural or non-finite "être", with or without an adverb or a bracket', () => {
    expect(one('Ils sont 27 à contester la décision.')).toContainEqual(expect.objectContaining({ text: '27', unit: 'people', key: 'person' }));
    expect(one('Elles étaient 4 000 à marcher vers la préfecture.')).toContainEqual(expect.objectContaining({ text: '4 000', unit: 'people' }));
    expect(one('Les pèlerins devaient être 180 à bord du bateau.')).toContainEqual(expect.objectContaining({ text: '180', unit: 'people' }));
    expect(one('Ils disent avoir été 60 à son bord.')).toContainEqual(expect.objectContaining({ text: '60', unit: 'people' }));
    expect(one('Ils sont désormais 9 (contre 12 la veille) à refuser le vote.')).toContainEqual(expect.objectContaining({ text: '9', unit: 'people' }));
  });
  it('not a singular "être", nor "à" before a number, nor without "à"', () => {
    expect(one('Le score est 3 à 1 à la mi-temps.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
    expect(one('Les loyers sont 3 à 4 fois plus chers qu\'ailleurs.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
    expect(one('Les chiffres sont 12, selon le rapport.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
  });
  it('not a score or an idiom after "à": only an infinitive or "bord" (review rev27c)', () => {
    expect(one('Les Bleus sont menés 2 à zéro à la pause.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
    expect(one('Les taux seront 2 à partir de janvier.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
    expect(one('Les écarts sont 3 à peine.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
    expect(one('Les équipes sont 3 à quatre points du leader.')).not.toContainEqual(expect.objectContaining({ unit: 'people' }));
  });
});

describe('an ordinal whose own noun is one person with a fate tells a count (extract.ts FATE_RANK_NOUNS)', () => {
  // Sentences written for this test.
  const fig = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q);
  it('reads "the sixth victim" / "la sixième victime" as a count of people of that rank', () => {
    expect(fig('Divers recovered the sixth victim on Tuesday, officials said.', 'en', 'sixth')).toMatchObject({ unit: 'people', low: 6, high: 6 });
    expect(fig('Les plongeurs ont retrouvé la sixième victime mardi.', 'fr', 'sixième')).toMatchObject({ unit: 'people', low: 6, high: 6 });
    expect(fig('Le corps de la troisième victime a été retrouvé jeudi.', 'fr', 'troisième')?.unit).toBe('people');
    expect(fig('Rescuers pulled out a fourth casualty at dawn.', 'en', 'fourth')?.unit).toBe('people');
    expect(fig('Divers recovered the sixth and final victim on Tuesday.', 'en', 'sixth')).toMatchObject({ unit: 'people', low: 6 });
    expect(fig('Les plongeurs ont retrouvé la sixième et dernière victime mardi.', 'fr', 'sixième')).toMatchObject({ unit: 'people', low: 6 });
  });
  it('reads a ranked person as a count when the clause tells a harm that befell them', () => {
    expect(fig('Une quatrième personne a perdu la vie à l\'hôpital.', 'fr', 'quatrième')).toMatchObject({ unit: 'people', low: 4 });
    expect(fig('A fourth person has died in hospital, officials said.', 'en', 'fourth')).toMatchObject({ unit: 'people', low: 4 });
    expect(unitOf('Une troisième personne a été interpellée.', 'fr', 'troisième')).toBe('ordinal');
    expect(unitOf('A second person was questioned by police.', 'en', 'second')).toBe('ordinal');
  });
  it('keeps any other rank a rank: a day, a round, a city, and plural victims', () => {
    expect(unitOf('The third day of the strike began quietly.', 'en', 'third')).toBe('ordinal');
    expect(unitOf('Le second tour aura lieu dimanche.', 'fr', 'second')).toBe('ordinal');
    expect(unitOf('La deuxième ville du pays a voté.', 'fr', 'deuxième')).toBe('ordinal');
    expect(unitOf('The first victims were named on Monday.', 'en', 'first')).toBe('ordinal');
    expect(unitOf('The sixth and final round was held on Tuesday.', 'en', 'sixth')).toBe('ordinal');
    expect(unitOf('Les premières victimes ont été identifiées.', 'fr', 'premières')).toBe('ordinal');
    // unit29: a French plural ordinal before a noun spelled alike in both numbers ranks a group, it counts none.
    expect(unitOf('Les quatre premiers décès ont été confirmés lundi.', 'fr', 'premiers')).toBe('ordinal');
    expect(unitOf('Les trois premiers morts étaient des passants.', 'fr', 'premiers')).toBe('ordinal');
  });
  // fixrev29: sentences written for this test (the review's, and their French or English counterparts).
  it('reads no count when the ranked noun only starts a compound (the noun right after it)', () => {
    expect(unitOf('It was the third death threat against the mayor.', 'en', 'third')).toBe('ordinal');
    expect(unitOf('He was the second death row inmate executed this spring.', 'en', 'second')).toBe('ordinal');
    expect(unitOf('Le premier corps d\'armée a été déployé.', 'fr', 'premier')).toBe('ordinal');
    expect(unitOf('The third death reported on Monday was a child.', 'en', 'third')).toBe('people');
  });
  it('reads no count when the rank runs over a period or a series', () => {
    expect(unitOf('C\'est le deuxième mort en deux semaines sur ce chantier.', 'fr', 'deuxième')).toBe('ordinal');
    expect(unitOf('It is the second death since 2015.', 'en', 'second')).toBe('ordinal');
    expect(unitOf('Il s\'agit du second décès depuis 2019.', 'fr', 'second')).toBe('ordinal');
    expect(unitOf('It was the third death on the site this year.', 'en', 'third')).toBe('ordinal');
    expect(unitOf('C\'est le troisième décès sur le chantier.', 'fr', 'troisième')).toBe('people');
  });
  it('reads a ranked victim as a count only when its clause tells a harm or a recovery', () => {
    expect(unitOf('The third victim was a child, police said.', 'en', 'third')).toBe('ordinal');
    expect(unitOf('The first victim to be named was a nurse.', 'en', 'first')).toBe('ordinal');
    expect(unitOf('La deuxième victime était une infirmière.', 'fr', 'deuxième')).toBe('ordinal');
    expect(unitOf('The sixth victim died in hospital on Monday.', 'en', 'sixth')).toBe('people');
    expect(unitOf('Une quatrième victime a été retrouvée sous les décombres.', 'fr', 'quatrième')).toBe('people');
  });
  it('reads the harm in the ranked person\'s own clause, not in a relative clause about someone else', () => {
    expect(unitOf('A second person, who saw a man killed in the street, was questioned by police.', 'en', 'second')).toBe('ordinal');
    expect(unitOf('Une deuxième personne, qui a vu un homme tué dans la rue, a été interrogée.', 'fr', 'deuxième')).toBe('ordinal');
    expect(unitOf('A sixth person, who was hurt in the blast, has died.', 'en', 'sixth')).toBe('people');
    expect(unitOf('The body of the fourth victim who died in the collapse was recovered on Friday.', 'en', 'fourth')).toBe('people');
  });
});
