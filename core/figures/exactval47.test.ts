import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the clauses of each pair share no word, so only the value can join them.

describe('one exact uncommon value written on both sides counts as one shared word (exactval47)', () => {
  const raised = (v: string): ReturnType<typeof en> => en(`The startup said it raised $${v} million in June.`, `${v} million`);
  const leve = (v: string, q = `${v} millions`): ReturnType<typeof fr> => fr(`L'entreprise a levé ${v} millions de dollars auprès de ses actionnaires.`, q);
  it('joins an amount of two significant digits, both ways', () => {
    expect(matchDetail(leve('64'), raised('64')).match).toBe('same');
    expect(matchDetail(raised('64'), leve('64')).match).toBe('same');
  });
  it('joins a measure with a unit the clauses do not name again', () => {
    const pieds = fr("L'appareil volait à 16 000 pieds quand la porte s'est détachée.", '16 000 pieds');
    const feet = en('The jet was cruising at about 16,000 feet at the time.', 'about 16,000 feet');
    expect(matchDetail(pieds, feet).match).toBe('same');
  });
  it('not a value whose last digit is a 5 (a half step), nor one of one significant digit', () => {
    expect(matchDetail(leve('65'), raised('65')).reason).toBe('context');
    expect(matchDetail(leve('60'), raised('60')).reason).toBe('context');
  });
  it('not a bound: "plus de 64 millions" is where a count starts', () => {
    const bound = fr("L'entreprise a levé plus de 64 millions de dollars auprès de ses actionnaires.", 'plus de 64 millions');
    expect(matchDetail(bound, raised('64')).reason).toBe('context');
  });
  it('not a value written in words on one side (no digits two writers chose alike)', () => {
    const words = fr("L'entreprise a levé soixante-quatre millions de dollars auprès de ses actionnaires.", 'soixante-quatre millions');
    expect(words.low).toBe(64_000_000);
    expect(matchDetail(words, raised('64')).reason).toBe('context');
  });
  it('not a rate: two rates of one story often sit at one value', () => {
    const sales = fr('Les ventes du groupe ont bondi de 37 % au troisième trimestre.', '37 %');
    const shares = en('Its shares jumped 37% on Friday.', '37%');
    expect(matchDetail(sales, shares).reason).toBe('context');
  });
  it('not a count of people: tolls of two digits recur within one story', () => {
    const dehors = fr('Selon la mairie, 37 personnes ont dormi dehors.', '37');
    const found = en('Rescuers found 37 people on Friday.', '37');
    expect(matchDetail(dehors, found).reason).toBe('context');
  });
});
