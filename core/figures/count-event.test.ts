import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures, matchKeys } from './index';
import type { Lang } from '../types';
import { nameKey } from '../text/names';

// Sentences written for these tests; the names are invented.
const fig = (text: string, lang: Lang, q: string) => {
  const f = extractFigures(text, lang).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};
const events = (text: string, lang: Lang, q: string) => fig(text, lang, q).countsKey.filter((k) => k.startsWith('ev:'));
const ev = (name: string) => `ev:${nameKey(name)}`;
const doc = (text: string, lang: Lang, published?: string) => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('the named sub-event a count belongs to', () => {
  it('reads the name before the noun, after it, and a scene set before the count, in both languages', () => {
    expect(events('The Ridgeline fire has killed 8 people, officials said.', 'en', '8')).toEqual([ev('ridgeline')]);
    expect(events('L\'incendie de Valcourt a fait 16 morts selon les pompiers.', 'fr', '16')).toEqual([ev('valcourt')]);
    expect(events('Dans l\'incendie de Valcourt, 16 personnes sont mortes.', 'fr', '16')).toEqual([ev('valcourt')]);
    expect(events('Au moins 12 personnes ont été tuées dans l\'attaque de Mirsa.', 'fr', 'Au moins 12')).toEqual([ev('mirsa')]);
    expect(events('The Dunmore plant employs 300 workers.', 'en', '300')).toEqual([ev('dunmore')]);
    expect(events('Le site de Montbrison emploie 900 salariés.', 'fr', '900')).toEqual([ev('montbrison')]);
  });

  it('reads a name right after its noun: French after a determiner, English when the noun is part of the name', () => {
    const fr = fig('La tempête Orla a fait 7 morts selon la préfecture.', 'fr', '7');
    const en = fig('Storm Orla has killed 7 people, officials said.', 'en', '7');
    expect(fr.countsKey).toContain(ev('orla'));
    expect(en.countsKey).toContain(ev('orla'));
    expect(matchKeys(fr, en)).toBe('same');
    // After a lower-case English noun, a name is most often a clause's subject, not the plant's name.
    expect(events('The plant Renault bought in 2019 employs 900 people.', 'en', '900')).toEqual([]);
  });

  it('gives a scene set before the clause only to its first count', () => {
    const text = 'La tempête a fait 40 morts dans le district de Norvan, 12 dans le district de Selmi et 5 à Arbel.';
    expect(events(text, 'fr', '40')).toEqual([ev('norvan')]);
    expect(events(text, 'fr', '12')).toEqual([ev('selmi')]);
    expect(events(text, 'fr', '5')).toEqual([]);
  });

  it('reads no sub-event in a compound, an acronym, or a plural without a word of several', () => {
    expect(events('Depuis le cessez-le-feu de Brenne, 40 prisonniers ont été libérés.', 'fr', '40')).toEqual([]);
    expect(events('At least 30 people were killed in a strike on the UN school.', 'en', 'At least 30')).toEqual([]);
    expect(events('Plus de 200 personnes ont été tuées lors de frappes sur la ville.', 'fr', 'Plus de 200')).toEqual([]);
  });

  it('reads the rounds of a vote as named sub-events', () => {
    const text = 'Le parti a obtenu 33 % des voix au premier tour et 37 % au second tour.';
    expect(events(text, 'fr', '33 %')).toEqual(['ev:round-1']);
    expect(events(text, 'fr', '37 %')).toEqual(['ev:round-2']);
    const en = fig('In the first round, turnout was 67%.', 'en', '67%');
    expect(en.countsKey).toContain('ev:round-1');
    expect(matchKeys(en, fig('La participation au second tour s\'élevait à 60 %.', 'fr', '60 %'))).not.toBe('same');
  });

  it('reads "celui de X" and a sub-event told without its name ("the blaze") as the one named before', () => {
    const text = '16 personnes sont mortes dans l\'incendie de Valcourt et 4 dans celui de Brenne.';
    expect(events(text, 'fr', '16')).toEqual([ev('valcourt')]);
    expect(events(text, 'fr', '4')).toEqual([ev('brenne')]);
    expect(events('The Ridgeline fire broke out on Tuesday near the town. The blaze has killed 8 people.', 'en', '8')).toEqual([ev('ridgeline')]);
    expect(events('L\'usine de Montbrison fermera en mars. Le site emploie 900 salariés.', 'fr', '900')).toEqual([ev('montbrison')]);
    // Two named fires before: "the fire" may be either.
    expect(events('The Ridgeline fire merged with the Cedar fire on Tuesday. The fire has killed 8 people.', 'en', '8')).toEqual([]);
  });

  it('reads a count over several sub-events as their total', () => {
    expect(events('Les deux incendies ont fait 24 morts.', 'fr', '24')).toEqual(['ev:*']);
    expect(events('Both storms have left 60 people dead.', 'en', '60')).toEqual(['ev:*']);
    // "in all" is a total over sub-events only in a text that names several; elsewhere it sums something else.
    const several = 'The Ridgeline fire has killed 8 people. The Cedar fire has killed 16 people. In all, 24 people have died.';
    expect(events(several, 'en', '24')).toEqual(['ev:*']);
    expect(events('In all, 24 people have died in the region this year.', 'en', '24')).toEqual([]);
  });

  it('keeps two named sub-events apart, and one from the total; a count that names none is not set apart', () => {
    const a = fig('The Ridgeline fire has killed 8 people.', 'en', '8');
    const b = fig('L\'incendie de Valcourt a fait 16 morts.', 'fr', '16');
    expect(matchKeys(a, b)).not.toBe('same');
    const total = fig('Les deux incendies ont fait 24 morts.', 'fr', '24');
    expect(matchKeys(b, total)).not.toBe('same');
    const same = fig('The Valcourt fire has killed 16 people.', 'en', '16');
    expect(matchKeys(same, b)).toBe('same');
    const unnamed = fig('Au moins 16 personnes sont mortes, selon les autorités.', 'fr', 'Au moins 16');
    expect(matchKeys(unnamed, b)).toBe('same');
  });

  it('never calls two sites\' counts of one day a disagreement', () => {
    const page = doc('The Dunmore plant employs 300 workers, the company said on Monday.', 'en', '2024-11-05');
    const src = doc('Le site de Montbrison emploie 900 salariés, a indiqué lundi la direction.', 'fr', '2024-11-05');
    expect(verdicts(page, src, '300')).not.toContain('differs');
    const same = doc('Le site de Dunmore emploie 900 salariés, a indiqué lundi le syndicat.', 'fr', '2024-11-05');
    expect(verdicts(page, same, '300').length).toBe(1);
  });
});

describe("a sentence's subject", () => {
  it('scopes each count of its verbs and participles, however far after it', () => {
    const text = 'Le feu Valcourt a déchiré un chemin de destruction à travers 14 021 hectares à Brenne et Morlaix, rasant plus de 9 400 bâtiments et revendiquant 17 vies.';
    expect(events(text, 'fr', '17')).toEqual([`ev:${nameKey('valcourt')}`]);
    // A count whose own words name another keeps its own.
    const two = 'Le feu Valcourt a détruit 300 maisons dans la vallée, pendant que le feu Brenne en a détruit 120 sur le plateau.';
    expect(events(two, 'fr', '120')).toEqual([`ev:${nameKey('brenne')}`]);
    // A subject that is no named sub-event gives nothing.
    expect(events('Les pompiers ont lutté toute la nuit contre les flammes, qui ont fait 17 morts.', 'fr', '17')).toEqual([]);
  });
});
