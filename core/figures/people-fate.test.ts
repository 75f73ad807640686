import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests; the company and the town are invented.
const fig = (text: string, lang: Lang, q: string) => {
  const f = extractFigures(text, lang).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('people told by a role on one side, by who they are on the other (match.ts fateUntold)', () => {
  it('a people noun with no doing of its own meets people a role tells at one value', () => {
    const workers = fig('Les 1 340 salariés de l\'usine Varnelle de Castelbrune ont appris la nouvelle lundi.', 'fr', '1 340');
    const laidOff = fig('Varnelle said 1,340 people would be laid off in Castelbrune.', 'en', '1,340');
    expect(workers.countsKey[0]).toBe('employee');
    expect(workers.countsKey.slice(1).some((k) => k === 'laid-off')).toBe(false);
    expect(laidOff.countsKey[0]).toBe('person');
    expect(matchDetail(laidOff, workers).reason).not.toBe('category');
  });

  it('not at another value: the named people may be more than those the role tells', () => {
    const workers = fig('Les 1 500 salariés de l\'usine Varnelle de Castelbrune ont appris la nouvelle lundi.', 'fr', '1 500');
    const laidOff = fig('Varnelle said 1,340 people would be laid off in Castelbrune.', 'en', '1,340');
    expect(matchDetail(laidOff, workers).reason).toBe('category');
  });

  it('not when both clauses say a doing, and not the same one', () => {
    const injured = fig('Two people were injured in Castelbrune on Monday.', 'en', 'Two');
    const evacuated = fig('Deux habitants de Castelbrune ont été évacués lundi.', 'fr', 'Deux');
    expect(injured.countsKey).toContain('wounded');
    expect(matchDetail(injured, evacuated).match).toBeNull();
  });
});

describe('a people noun whose fate its sentence does tell (fateUntold does not apply)', () => {
  it('a rank is no count of people: "the sixth victim" is not "six workers"', () => {
    const rank = fig('Rescuers recovered the sixth and final victim of the Varnelle mine collapse on Friday.', 'en', 'sixth');
    const workers = fig('The six workers of the Varnelle mine had started their shift at dawn.', 'en', 'six');
    expect(rank.countsKey[0]).toBe('person');
    expect(rank.fromRank).toBe(true);
    expect(matchDetail(rank, workers).reason).toBe('category');
  });

  it('"surviving" tells a fate: 20 survivors are not 20 dead', () => {
    const dead = fig("Le bilan de l'incendie de Castelbrune est passé à 20 personnes mortes, selon la préfecture.", 'fr', '20');
    const survivors = fig('The 20 surviving workers were flown home from Castelbrune on Sunday.', 'en', '20');
    expect(dead.countsKey).toContain('killed');
    expect(survivors.countsKey.some((k) => k === 'killed' || k === 'survived')).toBe(false);
    expect(matchDetail(dead, survivors).reason).toBe('category');
  });

  it('the first of "X et Y blessés" is a part of the injured, not "11 other people injured"', () => {
    const officers = fig('Les heurts ont fait 11 policiers et 11 passants blessés à Castelbrune.', 'fr', '11');
    const others = fig('Eleven other people were injured in the clashes in Castelbrune.', 'en', 'Eleven');
    expect(officers.coordinated).toBe(true);
    expect(others.countsKey).toContain('wounded');
    expect(matchDetail(others, officers).reason).toBe('category');
  });

  it('not a group of animals: "53 officers and three police dogs were injured" are all the people injured', () => {
    const officers = fig('Fifty-three police officers and three police dogs were injured in Castelbrune.', 'en', 'Fifty-three');
    const injured = fig('La police a fait état de 53 personnes blessées à Castelbrune.', 'fr', '53');
    expect(officers.coordinated).toBeUndefined();
    expect(matchDetail(injured, officers).reason).not.toBe('category');
  });
});
