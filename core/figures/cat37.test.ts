import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (cat37); the region and the towns are invented.
const at = (text: string, lang: Lang, q: string, published = '2025-03-02') => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q || x.text.replace(/\s/g, ' ').startsWith(q));
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('people driven from their homes, whatever general noun tells them (cat37)', () => {
  it('"people have fled" counts the displaced, as "réfugiés" does', () => {
    const fled = at('More than 60,000 people have fled the northern valley since the fighting began.', 'en', 'More than 60,000');
    const refugees = at('Plus de 60 000 réfugiés sont arrivés dans la province voisine depuis le début des combats.', 'fr', 'Plus de 60 000');
    expect(fled.countsKey).toContain('displaced');
    expect(refugees.countsKey.slice(0, 1)).toEqual(['person']);
    expect(refugees.countsKey).toContain('displaced');
    expect(matchDetail(fled, refugees).reason).not.toBe('category');
  });
  it('inhabitants or civilians evacuated are people evacuated', () => {
    const inhabitants = at('About 42,000 inhabitants were evacuated from the coastal towns on Sunday.', 'en', 'About 42,000');
    const civilians = at('Plus de 40 000 civils ont été évacués des villes côtières dimanche.', 'fr', 'Plus de 40 000');
    expect(inhabitants.countsKey[0]).toBe('person');
    expect(civilians.countsKey[0]).toBe('person');
    expect(matchDetail(inhabitants, civilians).reason).not.toBe('category');
  });
  it('a part of a population keeps its own noun: children displaced are not all the displaced', () => {
    const children = at('At least 5,000 children have been displaced by the floods.', 'en', 'At least 5,000');
    const people = at('At least 37,000 people have been displaced by the floods.', 'en', 'At least 37,000');
    expect(children.countsKey[0]).toBe('child');
    expect(matchDetail(children, people).match).toBeNull();
  });
  it('inhabitants with no fate said keep their noun: a town of 8,000 inhabitants is not its evacuees', () => {
    const town = at('The town has 8,000 inhabitants, the mayor said.', 'en', '8,000');
    expect(town.countsKey[0]).toBe('inhabitant');
  });
  it('a flight told in a clause of its own, after "alors que" or "while", is not the count\'s fate', () => {
    const fr = at("L'explosion a entraîné la mort d'au moins 90 personnes, alors que des milliers de civils fuient la région.", 'fr', "au moins 90");
    expect(fr.countsKey).toContain('killed');
    expect(fr.countsKey).not.toContain('displaced');
    const en = at('The blast killed at least 90 people, while thousands of civilians fled the region.', 'en', 'at least 90');
    expect(en.countsKey).toContain('killed');
    expect(en.countsKey).not.toContain('displaced');
  });
});

describe('flight is the displaced role only for people-like counts, after the number (cat37 review)', () => {
  const notDisplaced: [string, Lang, string][] = [
    ['The 3 robbers fled with 2 million euros.', 'en', '3'],
    ['The 3 robbers fled with 2 million euros.', 'en', '2 million'],
    ["Trois malfaiteurs ont fui à bord d'une voiture volée.", 'fr', 'Trois'],
    ['The 12 suspects fled the scene before police arrived.', 'en', '12'],
    ['Investors fled the market as shares fell 12 percent.', 'en', '12 percent'],
    ['Quelque 2 000 capitaux ont fui le pays.', 'fr', 'Quelque 2 000'],
  ];
  for (const [text, lang, q] of notDisplaced) {
    it(`"${q}" in "${text}" is not displaced`, () => {
      expect(at(text, lang, q).countsKey).not.toContain('displaced');
    });
  }
  it('people who fled after the number are displaced, with "alors" inside the clause', () => {
    expect(at('300 personnes ont alors fui la ville.', 'fr', '300').countsKey).toContain('displaced');
    expect(at('Some 4,000 residents fled the coastal villages.', 'en', 'Some 4,000').countsKey).toContain('displaced');
    // A noun hidden behind an unknown place name still counts a nation's people.
    expect(at('The Armenian government said 9,200 Verdania residents had fled to Armenia.', 'en', '9,200').countsKey).toContain('displaced');
  });
  it('a town of 8,000 inhabitants evacuated: its inhabitants are the people evacuated', () => {
    // A town evacuated is its people evacuated: news tells the same count as "8,000 people were evacuated", so the
    // count is read as people under the role (counts.ts POPULATION_NOUNS), and compares with that one.
    const town = at('The town of 8,000 inhabitants was evacuated on Sunday.', 'en', '8,000');
    expect(town.countsKey.slice(0, 2)).toEqual(['person', 'evacuated']);
    const people = at('About 8,000 people were evacuated on Sunday.', 'en', 'About 8,000');
    expect(matchDetail(town, people).reason).not.toBe('category');
  });
});
