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
    const f = fig('La digue, haute de 6 m, a cédé sur 40 m au sud de Valdoria. Il y a eu 12 morts.', 'fr', '6 m');
    expect(f.mates).toEqual(['m=40/40']);
  });

  it('make two clauses of two languages that share no word one count', () => {
    // "haute" / "high" and "digue" / "levee" never meet; both sentences give 40 m beside 6 m.
    const fr = fig('La digue, haute de 6 m, a cédé sur 40 m.', 'fr', '6 m');
    const en = fig('A 40 m stretch of the 6 m high levee gave way.', 'en', '6 m');
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

  it('leave out a day: the story\'s date alone does not join two counts', () => {
    const a = fig('On 3 March 2031 the index fell 2% in Valdoria.', 'en', '2%');
    const b = fig('On 3 March 2031 inflation rose 3% in the country.', 'en', '3%');
    expect(sharedMates(a, b)).toBe(0);
  });

  it('read sentences as the segmenter does: an abbreviation ends none', () => {
    expect(fig('Il y a eu 12 morts, selon M. Durand, et 40 blessés.', 'fr', '12').mates).toEqual(['people=40/40']);
    expect(fig('Officials said 12 died, Dr. Okafor told reporters, and 40 were hurt.', 'en', '12').mates).toEqual(['people=40/40']);
  });

  it('leave out a bare number and a calendar year', () => {
    const f = fig('En 2024, les deux usines ont supprimé 300 emplois.', 'fr', '300');
    expect(f.mates).toBeUndefined();
  });
});

describe('sentence mates of the figures\' own unit', () => {
  const FR = 'Le chiffre d\'affaires atteint 8,4 milliards d\'euros, en hausse de 17 %, dont 5,2 milliards d\'euros pour les services.';
  it('must meet: two amounts of two lists are not paired by a percent both sentences give', () => {
    const en = 'Revenue rose 17% to €8.4 billion, above the €8.1 billion analysts expected.';
    // Both sentences give 17 %, but beside the amount compared one gives 5,2 milliards, the other 8.1 billion.
    expect(sharedMates(fig(FR, 'fr', '8,4 milliards'), fig(en, 'en', '8.4 billion'))).toBe(0);
    // A sentence with no other amount against one with another: not known to be one list.
    expect(sharedMates(fig(FR, 'fr', '8,4 milliards'), fig('Revenue rose 17% to €8.4 billion.', 'en', '8.4 billion'))).toBe(0);
  });

  it('one list told twice pairs each item with its own', () => {
    const en = 'Revenue rose 17% to €8.4 billion, of which €5.2 billion came from services.';
    expect(sharedMates(fig(FR, 'fr', '8,4 milliards'), fig(en, 'en', '8.4 billion'))).toBe(1);
    // The services' 5,2 milliards against the whole 8.4 billion: the English sentence gives 5.2 itself.
    expect(sharedMates(fig(FR, 'fr', '5,2 milliards'), fig(en, 'en', '8.4 billion'))).toBe(0);
  });
});

describe('a run of text with many values', () => {
  it('is no sentence: its figures get no mates', () => {
    const run = 'Results - A 12% - B 14% - C 16% - D 18% - E 21% - F 23% - G 25% - H 27%';
    expect(fig(run, 'en', '12%').mates).toBeUndefined();
    expect(fig('Results: A 12%, B 14% and C 16%.', 'en', '12%').mates).toEqual(['percent=14/14', 'percent=16/16']);
  });
});
