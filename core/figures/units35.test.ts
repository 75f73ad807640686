import { describe, expect, it } from 'vitest';
import { extractFigures, matchKeys } from './index';
import { asMilesOf } from './unit-scales';
import type { Lang } from '../types';

// Sentences written for these tests (unit35).
const fig = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text.includes(q));

describe('a plural that is both an action and a topic stays a bare count (fixunit35)', () => {
  // unit35 read "strikes"/"frappes" after a number as bombings; a strike by workers, a shot at goal and a pitch are
  // "strikes"/"frappes" too, so the rule was removed (the review's finding 2): these must never meet as one count.
  it('does not read a labour strike, a shot at goal or a pitch as a bombing', () => {
    const labour = fig('Unions have staged 12 strikes at the refinery since January.', 'en', '12');
    const raids = fig('Le ministère a recensé 12 frappes depuis janvier.', 'fr', '12');
    const goal = fig('Le club a tenté 15 frappes en première période.', 'fr', '15');
    const pitch = fig('The pitcher recorded 11 strikes in the game.', 'en', '11');
    for (const f of [labour, raids, goal, pitch]) {
      expect(f).toBeDefined();
      expect(f!.unit).not.toBe('t-bombing');
    }
    expect(matchKeys(labour!, raids!)).toBeNull();
  });
  it('does not read marches as a topic of their own', () => {
    const f = fig('Il y a eu 40 marches dans le pays ce week-end.', 'fr', '40');
    expect(f).toBeDefined();
    expect(f!.unit).not.toBe('t-march');
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
  it('reads "milles" before a noun as thousands, as a misspelling of "mille"', () => {
    const debt = fig('Il doit 5 milles euros à la banque.', 'fr', '5');
    expect(debt?.unit).toBe('euro');
    expect(debt?.low).toBe(5000);
    const names = fig('Ils ont collecté 3 milles signatures.', 'fr', '3');
    expect(names?.low).toBe(3000);
    expect(names?.unit).not.toBe('miles');
    expect(fig('La dette atteint 3,5 milles milliards.', 'fr', '3,5')?.low).toBe(3.5e12);
    // Before a preposition it is the distance.
    expect(fig('Le cargo a sombré à 31 milles de la côte.', 'fr', '31')?.unit).toBe('miles');
  });
  it('reads a singular "mille nautique" / "mille marin" as one nautical mile, not a thousand', () => {
    const one = fig('Le bateau mouille à 1 mille nautique du port.', 'fr', '1');
    expect(one?.unit).toBe('nautical-miles');
    expect(one?.low).toBe(1);
    const un = fig('Le chalutier a coulé à un mille marin de la côte.', 'fr', 'un');
    expect(un?.unit).toBe('nautical-miles');
    expect(un?.low).toBe(1);
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

describe('asMilesOf (fixunit35)', () => {
  it('renames the unit wherever it sits in countsKey', () => {
    const bare = { unit: 'miles', countsKey: ['ev:*', 'miles'], low: 412.5, high: 412.5 };
    const nm = { unit: 'nautical-miles', countsKey: ['nautical-miles'], low: 412.5, high: 412.5 };
    expect(asMilesOf(bare, nm)?.countsKey).toEqual(['ev:*', 'nautical-miles']);
  });
});
