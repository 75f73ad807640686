import { describe, expect, it } from 'vitest';
import { extractFigures, matchKeys } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit35).
const fig = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text.includes(q));

describe('a plural an action and a topic share (unit35)', () => {
  it('counts strikes as the topic, in both languages', () => {
    const en = fig('The air force has carried out 120 strikes on the port since Monday.', 'en', '120');
    const fr = fig("L'aviation a mené 120 frappes sur le port depuis lundi.", 'fr', '120');
    const air = fig('The air force has carried out 120 airstrikes on the port since Monday.', 'en', '120');
    expect(en?.unit).toBe('t-bombing');
    expect(fr?.unit).toBe('t-bombing');
    expect(air?.unit).toBe('t-bombing');
    expect(matchKeys(en!, fr!)).toBe('same');
  });
  it('leaves a verb and a plural with no topic of its own as they were', () => {
    expect(fig('Over 40 were struck by falling debris.', 'en', '40')?.unit).not.toBe('t-bombing');
    expect(fig('Some 30 protests took place across the region.', 'en', '30')?.unit).toBe('number');
  });
});

describe('miles, nautical miles and km per hour (unit35)', () => {
  it('reads French "milles" after digits as a distance, not thousands', () => {
    const f = fig('Le navire a parcouru 412,5 milles en une journée.', 'fr', '412,5');
    expect(f?.unit).toBe('miles');
    expect(f?.low).toBe(412.5);
    // After a number word, "milles" still scales (a common misspelling of "mille").
    expect(fig('Quelque trois milles personnes attendaient.', 'fr', 'trois')?.low).toBe(3000);
  });
  it('reads nautical miles as one unit in both languages', () => {
    const en = fig('The yacht sailed 412.5 nautical miles in a day.', 'en', '412.5');
    const fr = fig('Le voilier a parcouru 412,5 milles nautiques en une journée.', 'fr', '412,5');
    expect(en?.unit).toBe('nautical-miles');
    expect(fr?.unit).toBe('nautical-miles');
    expect(fig('Le cargo a coulé à 31 milles marins de la côte.', 'fr', '31')?.unit).toBe('nautical-miles');
  });
  it('lets bare miles meet nautical miles only at close values', () => {
    const nm = fig('The yacht sailed 412.5 nautical miles in a day to set the record.', 'en', '412.5')!;
    const close = fig('Le voilier a parcouru 412,5 milles en une journée, un record.', 'fr', '412,5')!;
    const far = fig('Le voilier a parcouru 475 milles en une journée, un record.', 'fr', '475')!;
    expect(matchKeys(close, nm)).not.toBeNull();
    expect(matchKeys(far, nm)).toBeNull();
  });
  it('reads "kmph" and "milles à l\'heure" as speeds', () => {
    expect(fig('Winds reached up to 180 kmph near the coast.', 'en', '180')?.unit).toBe('km/h');
    expect(fig("Des vents d'environ 110 milles à l'heure ont frappé la côte.", 'fr', '110')?.unit).toBe('mph');
  });
});

describe('nouns of people the table lacked (unit35)', () => {
  it('reads attackers, assailants and gunmen as one noun', () => {
    const fr = fig('Les trois assaillants ont pris la fuite.', 'fr', 'trois');
    const en = fig('The three gunmen fled the scene.', 'en', 'three');
    expect(fr?.unit).toBe('people');
    expect(fr?.countsKey[0]).toBe(en?.countsKey[0]);
  });
  it('reads redundancies as jobs cut', () => {
    const f = fig('The group plans 240 redundancies at the plant.', 'en', '240');
    expect(f?.countsKey).toContain('laid-off');
  });
});
