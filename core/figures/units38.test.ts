import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { extractFigures, matchDetail } from './index';

const fig = (text: string, lang: Lang, q?: string) => {
  const fs = extractFigures(text, lang);
  return q ? fs.find((f) => f.text.includes(q))! : fs[0];
};

describe('currencies spelt differently across languages (unit38)', () => {
  it('reads roubles and rubles as one currency, in both languages', () => {
    const fr = fig("L'État a versé 40 milliards de roubles au groupe l'an dernier.", 'fr');
    const en = fig('The state paid the group 40 billion rubles last year.', 'en');
    const enUk = fig('The state paid the group 40 billion roubles last year.', 'en');
    expect(fr.unit).toBe('rouble');
    expect(en.unit).toBe('rouble');
    expect(enUk.unit).toBe('rouble');
    expect(matchDetail(fr, en).reason).not.toBe('unit');
  });
  it('reads the rouble code in capitals only, and the rouble sign', () => {
    expect(fig('The group received RUB 12 billion from the budget.', 'en').unit).toBe('rouble');
    expect(fig('Each worker was paid 12 rub a day.', 'en').unit).not.toBe('rouble');
    expect(fig('The ministry spent ₽3 billion on the road.', 'en').unit).toBe('rouble');
  });
  it('reads hryvnias and grivnas as one currency', () => {
    expect(fig('Le pays a emprunté 5 milliards de grivnas.', 'fr').unit).toBe('hryvnia');
    expect(fig('The country borrowed 5 billion hryvnias.', 'en').unit).toBe('hryvnia');
  });
  it('keeps a rouble apart from a dollar', () => {
    const rub = fig('The state paid the group 40 billion rubles last year.', 'en');
    const usd = fig('The state paid the group 40 billion dollars last year.', 'en');
    expect(matchDetail(rub, usd).reason).toBe('unit');
  });
  it('reads "Rs" before an amount as rupees', () => {
    expect(fig("Le gouvernement a promis une aide de Rs 2 lakh aux familles.", 'fr').unit).toBe('rupee');
    expect(fig('The state promised Rs 5 lakh to each family.', 'en').unit).toBe('rupee');
    expect(fig('The state promised Rs. 5 lakh to each family.', 'en').unit).toBe('rupee');
  });
  it('reads "RS" or "rs" after a number as no rupee', () => {
    const two = fig('Two RS police officers were injured.', 'en');
    expect(two.unit).not.toBe('rupee');
    expect(two.countsKey[0]).toBe('person');
    expect(fig('Le réseau compte 5 RS actifs.', 'fr').unit).not.toBe('rupee');
  });
});

describe('an amount restated in another unit in brackets (unit38)', () => {
  it('gives a bare amount after the restatement the unit the text converts from', () => {
    const text = 'The ministry allocated 90 bln rubles ($1 bln) to the firm last year. Of that amount, wages equaled 60 bln, the minister said.';
    const wages = fig(text, 'en', '60');
    expect(wages.unit).toBe('rouble');
  });
  it('still gives a bare amount the unit of a plain amount before it', () => {
    const text = 'The ministry allocated 90 bln rubles to the firm last year. Of that amount, wages equaled 60 bln, the minister said.';
    expect(fig(text, 'en', '60').unit).toBe('rouble');
    const dollars = 'The ministry allocated $90 billion to the firm last year. Of that amount, wages equaled $60 billion and bonuses 20 billion.';
    expect(fig(dollars, 'en', '20').unit).toBe('dollar');
  });
});

describe('a count in brackets after an amount is no restatement (unit38)', () => {
  it('keeps the count in brackets as the frame of a bare number after it', () => {
    const text = 'The fund lent 5 billion dollars (to 40 firms) in 2023. Of those, 12 went bankrupt.';
    expect(fig(text, 'en', '12').unit).not.toBe('number');
  });
});

describe('a definite article before a bare amount told before (unit38)', () => {
  it('reads "les 300 millions" as the amount of the same value told before', () => {
    const text = "La société devait payer une amende de 300 millions de dollars, mais elle a fait appel et n'a pas versé les 300 millions.";
    const f = extractFigures(text, 'fr').filter((x) => x.text.includes('300'));
    expect(f.length).toBe(2);
    expect(f[1].unit).toBe('dollar');
  });
  it('leaves a bare amount after an article alone when no such value was told', () => {
    const text = "La société devait payer une amende de 300 millions de dollars.\n\nElle n'a pas versé les 120 millions.";
    const f = fig(text, 'fr', '120');
    expect(f.unit).not.toBe('dollar');
  });
  it('reads no count of the same value a paragraph before, or past a nearer bare figure of that value', () => {
    const glued = extractFigures('Police arrested 90 people.\n\nMusic of the 90s played all night.', 'en');
    expect(glued[1].countsKey[0]).toBe('number');
    const block = extractFigures('About 400 workers were evacuated from the site.\n\nThe crane fell near the 400 block of Central Avenue.', 'en');
    expect(block[1].countsKey[0]).toBe('number');
    const vote = extractFigures('Five soldiers were killed.\n\nThe vote was 5-4: the 5 in favour were judges.', 'en');
    expect(vote[vote.length - 1].countsKey[0]).not.toBe('soldier');
  });
  it('never reads "the N" as a duration of that value', () => {
    const text = 'The two freed sailors boarded a two-hour flight; after they land, the two will see a doctor.';
    const two = extractFigures(text, 'en').filter((x) => x.text.includes('two'));
    expect(two[two.length - 1].unit).not.toBe('hours');
  });
});
