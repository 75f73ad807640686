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
