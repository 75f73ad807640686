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

describe('exact uncommon value: review rev47c (fix-exactval47)', () => {
  it('is symmetric and does not join two different counted nouns on the value alone', () => {
    const jets = fr('La compagnie a immobilisé 171 Max 9 samedi.', '171');
    const riders = en('The flight carried 171 passengers and six crew.', '171');
    expect(matchDetail(jets, riders).match).toBe(matchDetail(riders, jets).match);
    expect(matchDetail(jets, riders).match).toBeNull();
  });
  it('with one value told, the bar of one is met by the value alone: no shared word is asked (measured: two digits 24 / 0 / 0 / 1)', () => {
    const village = fr('Le village se trouve à 17 km de la frontière.', '17 km');
    const convoy = en('The convoy drove 17 km on Friday.', '17 km');
    expect(matchDetail(village, convoy).match).toBe('same');
    // One significant digit still asks its word.
    const village1 = fr('Le village se trouve à 10 km de la frontière.', '10 km');
    const convoy1 = en('The convoy drove 10 km on Friday.', '10 km');
    expect(matchDetail(village1, convoy1).reason).toBe('context');
  });
  it('not points: a change in points is a rate\'s', () => {
    const chomage = fr('Le chômage a reculé de 17 points.', '17');
    const support = en('Support fell 17 points on Friday.', '17');
    expect(matchDetail(chomage, support).reason).toBe('context');
  });
  it('an approximate value ("près de") counts as its value: news gives one figure with or without "about"', () => {
    const pres = fr("L'entreprise a levé près de 164 millions de dollars auprès de ses actionnaires.", 'près de 164 millions');
    const raised = en('The startup said it raised $164 million in June.', '164 million');
    expect(matchDetail(pres, raised).match).toBe('same');
  });
  it('not a value converted from another unit', () => {
    const km = fr("L'orage a balayé 33,7 km de côte mardi.", '33,7 km');
    const miles = en('The hail fell across 21 miles (33.7 km) of coast, officials reported.', '21 miles');
    expect(matchDetail(km, miles).match).toBeNull();
  });
});
