import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import { sharedMates } from './sentence-mates';
import type { Lang } from '../types';

// Sentences written for these tests; the places and names are invented.
const fig = (text: string, lang: Lang, q: string, nth = 0) => {
  const f = extractFigures(text, lang).filter((x) => x.text === q)[nth];
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('sentence mates', () => {
  it('are the other values of a figure\'s sentence, not those of the next sentence', () => {
    const f = fig('Le foyer, peu profond (8 km), se situait à 27 km au nord de Valdoria. Il a fait 12 morts.', 'fr', '8 km');
    expect(f.mates).toEqual(['km=27/27']);
  });

  it('make two clauses of two languages that share no word one count', () => {
    // "profond" / "depth" and "foyer" / "quake" never meet; both sentences give 27 km beside 8 km.
    const fr = fig('Le foyer, peu profond (8 km), se situait à 27 km au nord de Valdoria.', 'fr', '8 km');
    const en = fig('The quake struck 27 km north of Valdoria at a shallow depth of 8 km.', 'en', '8 km');
    expect(sharedMates(fr, en)).toBe(1);
    expect(matchDetail(fr, en).match).toBe('same');
    // Without the mates the clauses share too little.
    expect(matchDetail({ ...fr, mates: undefined }, { ...en, mates: undefined }).reason).toBe('context');
  });

  it('do not pair two items of one list by a third', () => {
    // Told twice, "24 %" of one party and "26 %" of another share the "49 %" of a third: two counts all the same.
    const fr = fig('Le parti A a obtenu 24 %, le parti B 26 % et le parti C 49 % des voix.', 'fr', '24 %');
    const en = fig('Party A won 24%, party B 26% and party C 49% of the vote.', 'en', '26%');
    const same = fig('Party A won 24%, party B 26% and party C 49% of the vote.', 'en', '24%');
    expect(sharedMates(fr, en)).toBe(0);
    expect(sharedMates(fr, same)).toBe(1);
  });

  it('leave out a bare number and a calendar year', () => {
    const f = fig('En 2024, les deux usines ont supprimé 300 emplois.', 'fr', '300');
    expect(f.mates).toBeUndefined();
  });
});

describe('sentence mates of the figures\' own unit', () => {
  const FR = 'Le chiffre d\'affaires atteint 57 milliards de dollars, en hausse de 62 %, dont 51 milliards de dollars pour les serveurs.';
  it('must meet: two amounts of two lists are not paired by a percent both sentences give', () => {
    const en = 'Revenue rose 62% to $57 billion, above the $55 billion analysts expected.';
    // Both sentences give 62 %, but beside the amount compared one gives 51 milliards, the other 55 billion.
    expect(sharedMates(fig(FR, 'fr', '57 milliards'), fig(en, 'en', '57 billion'))).toBe(0);
    // A sentence with no other amount against one with another: not known to be one list.
    expect(sharedMates(fig(FR, 'fr', '57 milliards'), fig('Revenue rose 62% to $57 billion.', 'en', '57 billion'))).toBe(0);
  });

  it('one list told twice pairs each item with its own', () => {
    const en = 'Revenue rose 62% to $57 billion, of which $51 billion came from servers.';
    expect(sharedMates(fig(FR, 'fr', '57 milliards'), fig(en, 'en', '57 billion'))).toBe(1);
    // The servers' 51 milliards against the whole 57 billion: the English sentence gives 51 itself.
    expect(sharedMates(fig(FR, 'fr', '51 milliards'), fig(en, 'en', '57 billion'))).toBe(0);
  });
});

describe('a run of text with many values', () => {
  it('is no sentence: its figures get no mates', () => {
    const run = 'Results - A 12% - B 14% - C 16% - D 18% - E 21% - F 23% - G 25% - H 27%';
    expect(fig(run, 'en', '12%').mates).toBeUndefined();
    expect(fig('Results: A 12%, B 14% and C 16%.', 'en', '12%').mates).toEqual(['percent=14/14', 'percent=16/16']);
  });
});
