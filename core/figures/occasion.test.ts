import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import { occasionOf } from './occasion';
import { tokenize } from './tokens';
import { fold } from '../text/fold';
import type { Lang } from '../types';

const fig = (text: string, lang: Lang, q: string, published = '2026-04-08') => extractFigures(text, lang, { published }).find((f) => f.text === q);
const doc = (text: string, lang: Lang, published = '2026-04-08') => ({ text, lang, published, figures: extractFigures(text, lang, { published }) });
const verdicts = (page: ReturnType<typeof doc>, src: ReturnType<typeof doc>, q: string) =>
  compareFigures(page, [{ id: 's', ...src }]).find((r) => r.page.text === q)?.comparisons.map((c) => c.verdict) ?? [];

describe('occasionOf', () => {
  it('reads an ordinal before an event noun, in both languages', () => {
    expect(fig('The second wave of strikes killed 14 people, officials said.', 'en', '14')?.occasion).toEqual(['o:wave:2']);
    expect(fig('La deuxième vague a fait 14 morts, selon les autorités.', 'fr', '14')?.occasion).toEqual(['o:wave:2']);
    expect(fig('Lors de la troisième nuit de violences, 120 personnes ont été interpellées.', 'fr', '120')?.occasion).toEqual(['o:night:3']);
    // A round is read as a named sub-event (count-event.ts), not here; an ordinal counted is no occasion of itself.
    expect(fig('Au premier tour, la candidate a obtenu 31 % des voix.', 'fr', '31 %')?.occasion).toBeUndefined();
    expect(fig('It was the fifth day of fighting.', 'en', 'fifth')?.occasion).toBeUndefined();
    expect(fig('On the third night of unrest, police arrested 120 people.', 'en', '120')?.occasion).toEqual(['o:night:3']);
  });
  it('reads the weekday an event noun is tied to, by a possessive, a "de" or its own phrase', () => {
    expect(fig("Tuesday's attack left 9 people dead.", 'en', '9')?.occasion).toEqual(['d:tue']);
    expect(fig("L'attaque de mardi a fait 9 morts.", 'fr', '9')?.occasion).toEqual(['d:tue']);
    expect(fig('Les frappes aériennes sur la ville mardi soir ont fait 9 morts.', 'fr', '9')?.occasion).toEqual(['d:tue']);
  });
  it('reads no weekday of a saying, and none past a comma or a number', () => {
    expect(fig("L'attaque a fait 9 morts, a indiqué mardi le ministère.", 'fr', '9')?.occasion).toBeUndefined();
    expect(fig('The attack killed 9 people, officials said on Tuesday.', 'en', '9')?.occasion).toBeUndefined();
  });
  it('reads the occasion of the count\'s own segment first, and no day of a span of days', () => {
    const t = 'Officials said 25 people were killed in the second wave of blasts, bringing the toll from the blasts on Monday and Tuesday to 37.';
    expect(fig(t, 'en', '25')?.occasion).toEqual(['o:wave:2']);
    expect(fig('The blasts on Monday and Tuesday killed 37 people.', 'en', '37')?.occasion).toBeUndefined();
  });
  it('reads nothing from a sentence naming two occasions of one sort', () => {
    expect(fig('The first wave killed 12 people and the second wave killed 20.', 'en', '12')?.occasion).toBeUndefined();
  });
});

describe('occasionsApart in compare', () => {
  it('never calls the counts of two waves told the same day a disagreement', () => {
    const page = doc('The second wave of blasts killed at least 20 people, the health ministry said on Wednesday.', 'en');
    const first = doc("Les explosions de mardi ont fait 12 morts, a indiqué mercredi le ministère de la santé.", 'fr');
    const same = doc('La deuxième vague d’explosions a fait 12 morts, a indiqué mercredi le ministère de la santé.', 'fr');
    expect(verdicts(page, same, 'at least 20')).toEqual(['differs']);
    expect(verdicts(page, doc('La première vague a fait 12 morts, a indiqué mercredi le ministère de la santé.', 'fr'), 'at least 20')).toEqual(['related']);
    // The page's weekday (its saying's) is no occasion; Tuesday's blasts against Wednesday's wave is.
    const wed = doc("Wednesday's blasts killed at least 20 people, the health ministry said.", 'en');
    expect(verdicts(wed, first, 'at least 20')).toEqual(['related']);
  });
  it('keeps two numbered attacks apart and one attack read twice together', () => {
    const page = doc('The second attack killed at least 20 people, the health ministry said on Wednesday.', 'en');
    expect(verdicts(page, doc('La première attaque a fait 12 morts, a indiqué mercredi le ministère de la santé.', 'fr'), 'at least 20')).toEqual(['related']);
    expect(verdicts(page, doc('La deuxième attaque a fait 12 morts, a indiqué mercredi le ministère de la santé.', 'fr'), 'at least 20')).toEqual(['differs']);
  });
});

describe('occasion: what is no occasion', () => {
  it('keeps a running toll told by its day of rescue updated', () => {
    const page = doc('On the fourth day of rescue efforts, the death toll rose to 2,400.', 'en', '2026-04-09');
    const src = doc('The death toll from the earthquake rose to 2,000 on the third day of rescue efforts.', 'en', '2026-04-08');
    expect(fig('On the fourth day of rescue efforts, the death toll rose to 2,400.', 'en', '2,400')?.occasion).toEqual(['o:day:4']);
    expect(verdicts(page, src, '2,400')).toEqual(['updated']);
  });
  it('reads no single weekday in a span of two', () => {
    expect(fig('Les affrontements de la nuit de mardi à mercredi ont fait 7 morts.', 'fr', '7')?.occasion).toBeUndefined();
    expect(fig('The raids from Monday through Wednesday killed 7 people.', 'en', '7')?.occasion).toBeUndefined();
    expect(fig('The raids from Monday to Wednesday killed 7 people.', 'en', '7')?.occasion).toBeUndefined();
  });
  it('reads no occasion in a rank, a count of occasions or a record', () => {
    expect(fig('The first two attacks killed 30 people.', 'en', '30')?.occasion).toBeUndefined();
    expect(fig('It was the second deadliest attack, with 30 dead.', 'en', '30')?.occasion).toBeUndefined();
    expect(fig('The first strike on the capital since 2006 killed 30 people.', 'en', '30')?.occasion).toBeUndefined();
    expect(fig('Le deuxième séisme le plus meurtrier a fait 30 morts.', 'fr', '30')?.occasion).toBeUndefined();
  });
  it('reads no weekday past a verb or a subordinator', () => {
    expect(fig('The attack came after talks collapsed on Tuesday, and 9 people died.', 'en', '9')?.occasion).toBeUndefined();
    expect(fig("L'attaque a été confirmée mardi par le ministère, qui compte 12 morts.", 'fr', '12')?.occasion).toBeUndefined();
    expect(fig('Bitcoin exploded on Tuesday, rising 12%.', 'en', '12%')?.occasion).toBeUndefined();
  });
  it('reads plurals and a part of the day before a possessive', () => {
    expect(fig("Tuesday night's attack left 9 people dead.", 'en', '9')?.occasion).toEqual(['d:tue']);
    expect(fig('The second earthquakes killed 9 people.', 'en', '9')?.occasion).toEqual(['o:quake:2']);
    expect(fig('Les séismes de mardi ont fait 9 morts.', 'fr', '9')?.occasion).toEqual(['d:tue']);
  });
  it('reads each figure of a text with no full stop in time linear in its length', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `the second wave of attacks on Tuesday killed ${i + 10} people`).join(' and ');
    const toks = tokenize(fold(text), 'en', text);
    const t0 = performance.now();
    let read = 0;
    for (let k = 0; k < toks.length; k++) if (toks[k].kind === 'd' && occasionOf(toks, k)) read++;
    expect(read).toBe(5000);
    // Quadratic reading (each figure walking the whole sentence) takes minutes here; linear takes well under a second.
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
