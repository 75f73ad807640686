import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit34).
const fig = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text.includes(q));
const unitOf = (text: string, lang: Lang, q: string) => fig(text, lang, q)?.unit;

describe('French "N heures" as the hour of the day (unit34)', () => {
  it('reads an hour after "vers", "à", "peu après", "dès" as a clock time', () => {
    const f = fig("L'incendie s'est déclaré vers 16 heures mardi.", 'fr', '16 heures');
    expect(f?.unit).toBe('time');
    expect(f?.low).toBe('16:00');
    expect(f?.qualifier).toBe('about');
    expect(fig('Le train a déraillé peu après 18 heures.', 'fr', '18 heures')?.low).toBe('18:00');
    expect(fig('La réunion commence à 8 heures, lundi.', 'fr', '8 heures')?.unit).toBe('time');
    expect(fig('Les bureaux ouvrent dès 7 heures.', 'fr', '7 heures')?.unit).toBe('time');
    expect(fig('Il est 14 heures et la place est pleine.', 'fr', '14 heures')?.low).toBe('14:00');
  });
  it('reads both ends of a span of the day and an hour told "du matin"', () => {
    const text = 'Un couvre-feu est en vigueur de 20 heures à 5 heures dans toute la ville.';
    expect(fig(text, 'fr', '20 heures')?.low).toBe('20:00');
    expect(fig(text, 'fr', '5 heures')?.low).toBe('05:00');
    expect(fig('Le séisme a frappé la région et 3 heures du matin.', 'fr', '3 heures')?.unit).toBe('time');
    expect(fig('Le bureau ferme à 17 heures 30.', 'fr', '17 heures 30')?.low).toBe('17:30');
  });
  it('leaves lengths of hours as hours', () => {
    expect(unitOf('Le premier bilan est tombé 18 heures après le naufrage.', 'fr', '18 heures')).toBe('hours');
    expect(unitOf('Les pompiers ont lutté pendant 14 heures.', 'fr', '14 heures')).toBe('hours');
    expect(unitOf('Le village est à 2 heures de route.', 'fr', '2 heures')).toBe('hours');
    expect(unitOf('Il a 3 heures pour quitter les lieux.', 'fr', '3 heures')).toBe('hours');
    expect(unitOf('Il y a 2 heures, le feu a repris.', 'fr', '2 heures')).toBe('hours');
    expect(unitOf('Une grève de 24 heures est annoncée.', 'fr', '24 heures')).toBe('hours');
    expect(unitOf('La garde à vue peut durer jusqu\'à 48 heures.', 'fr', '48 heures')).toBe('hours');
    expect(unitOf('Une grève de 4 heures est annoncée.', 'fr', '4 heures')).toBe('hours');
  });
});

describe('nouns of people the table lacked (unit34)', () => {
  it('reads French "adversaires" as opponents, not a noun of its own', () => {
    const f = fig('Le président sortant affronte cinq adversaires.', 'fr', 'cinq');
    expect(f?.unit).toBe('people');
    expect(f?.countsKey[0]?.startsWith('w:')).toBe(false);
  });
});
