import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (cat45); the agency and the region are invented.
const at = (text: string, lang: Lang, q: string, published = '2025-03-02') => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q || x.text.replace(/\s/g, ' ').startsWith(q));
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f;
};

describe('a bare amount of money against the same amount another writer gave a budget noun (cat45)', () => {
  it('is not refused on its category, and meets it when the clauses share enough', () => {
    const bare = at("L'agence régionale a reçu 12 milliards d'euros de l'État pour reconstruire les routes.", 'fr', '12 milliards');
    const framed = at('The regional agency received €12 billion from the state budget to rebuild roads.', 'en', '12 billion');
    expect(bare.countsKey[0]).toBe('euro');
    expect(framed.countsKey[0]).toBe('t-budget');
    expect(matchDetail(bare, framed).match).toBe('same');
    expect(matchDetail(framed, bare).match).toBe('same');
  });
  it('asks the shared context of a unit with no counted noun, from either side, even at one value', () => {
    const bare = at('The museum sold a painting for €12 billion last spring.', 'en', '12 billion');
    const framed = at('The government unveiled savings of €12 billion for next year.', 'en', '12 billion');
    expect(framed.countsKey[0]).toBe('t-budget');
    expect(matchDetail(bare, framed)).toMatchObject({ match: null, reason: 'context', bar: 'unit', need: 2 });
    expect(matchDetail(framed, bare)).toMatchObject({ match: null, reason: 'context', bar: 'unit', need: 2 });
  });
  it('is not met on one shared word though the values are equal (the one-value bar does not apply)', () => {
    const bare = at('The regional agency received €12 billion.', 'en', '12 billion');
    const framed = at('The regional budget is €12 billion.', 'en', '12 billion');
    expect(matchDetail(bare, framed)).toMatchObject({ match: null, reason: 'context', shared: 1, need: 2 });
    expect(matchDetail(framed, bare)).toMatchObject({ match: null, reason: 'context', shared: 1, need: 2 });
  });
  it('keeps two currencies and two budget nouns apart', () => {
    const dollars = at('The regional agency received $12 billion to rebuild roads.', 'en', '12 billion');
    const euros = at('The regional agency received €12 billion from the state budget to rebuild roads.', 'en', '12 billion');
    expect(matchDetail(dollars, euros).reason).toBe('unit');
    const debt = at('The public debt of the region exceeds €12 billion.', 'en', 'exceeds €12 billion');
    expect(debt.countsKey[0]).toBe('t-debt');
    expect(matchDetail(debt, euros).reason).toBe('category');
  });
});

describe('a rank whose noun the writer left out (cat45)', () => {
  const rank = (text: string, lang: Lang) => extractFigures(text, lang, { published: '2025-03-02' }).find((f) => f.unit === 'ordinal')!;
  const alone = rank('Au classement final du rallye, la pilote belge termine deuxième, derrière son coéquipier.', 'fr');
  it('meets a rank of the same value whose clause says the same', () => {
    const second = rank('In the final standings of the rally, the Belgian driver finished in second place behind her teammate.', 'en');
    expect(alone.ranked ?? []).toEqual([]);
    expect(matchDetail(alone, second).match).toBe('same');
    expect(matchDetail(second, alone).match).toBe('same');
  });
  it('stays apart from a rank of another value', () => {
    const third = rank('In the final standings of the rally, the Belgian driver finished in third place behind her teammate.', 'en');
    expect(matchDetail(alone, third).match).toBeNull();
  });
  it('stays apart from a rank whose noun its clause does not name', () => {
    const placed = rank('She finished second in the rally.', 'en');
    const stage = rank('The Belgian driver won the second stage of the rally.', 'en');
    const appeal = rank('The Belgian team lost its second appeal.', 'en');
    expect(stage.ranked).toContain('w:stage'); // the table's word since lexicon46 ("étape" / "stage")
    expect(matchDetail(placed, stage).reason).toBe('category');
    expect(matchDetail(stage, placed).reason).toBe('category');
    expect(matchDetail(alone, appeal).reason).toBe('category');
  });
  it('meets a rank whose noun its clause names, under the weak bar', () => {
    const placed = rank('She finished second in the final stage.', 'en');
    const stage = rank('She won the second stage.', 'en');
    expect(matchDetail(placed, stage).reason).not.toBe('category');
  });
  it('keeps the weak bar of two shared words though the values are equal', () => {
    const she = rank('She finished second.', 'en');
    const he = rank('He finished second.', 'en');
    expect(matchDetail(she, he)).toMatchObject({ match: null, reason: 'context', shared: 1, need: 2 });
  });
});
