import { describe, expect, it } from 'vitest';
import { extractFigures, matchDetail } from './index';
import { fig } from '../../test/support/figure-probes';

/** The figures of a text whose text is `q`, in order. */
const all = (text: string, lang: 'en' | 'fr', q: string) => extractFigures(text, lang).filter((f) => f.text === q);

describe('a list that sums up counts its sentences told (unit43b)', () => {
  const text = [
    'The first projections give the Blue Party 214 seats in the assembly, and the Green Party only 87 seats.',
    'The Red Party slipped some 5 points in polls over the campaign.',
    '',
    "Here's the full projection:",
    '',
    'Blue Party: 214',
    'Green Party: 87',
    'Others: 9',
  ].join('\n');
  it('reads an item of a told value as that count, not as the count just before the list', () => {
    const [, item] = all(text, 'en', '214');
    expect(item.unit).toBe('seats');
    expect(all(text, 'en', '87')[1].unit).toBe('seats');
  });
  it('reads the next item of the list as the list counts, its value told or not', () => {
    const others = all(text, 'en', '9')[0];
    expect(others.unit).toBe('seats');
    expect(others.countsKey[0]).toBe('seat');
  });
  it('takes no other item\'s value: a value an item above gave is that label\'s count', () => {
    const cities = [
      'Les syndicats ont annoncé 900 000 manifestants dans le pays mardi.',
      '',
      'Le point sur les chiffres des manifestants par ville :',
      '',
      'Brest : 30 000 (syndicats) / 12 000 selon la police',
      '',
      'Quimper : 12 000 (syndicats) / 5 000 selon la police',
    ].join('\n');
    const second = all(cities, 'fr', '12 000')[1];
    expect(second.countsKey).not.toContain('loc:brest');
  });
  it('leaves a small item of no list above it as it was read', () => {
    const small = "The party won 4 seats in 2019.\n\nHere's the full count:\n\nBlue Party: 4";
    expect(all(small, 'en', '4')[1].unit).not.toBe('seats');
  });
});

describe('the seats by whom a decision was taken are the tally of a vote (unit43b)', () => {
  const voix = fig('La motion a recueilli 287 voix à l\'Assemblée de Valdoria mercredi.', 'fr', '287');
  it.each([
    ['La motion a été adoptée par 287 députés de l\'Assemblée de Valdoria mercredi.', 'fr'],
    ['The motion was approved by 287 lawmakers in the Valdoria assembly on Wednesday.', 'en'],
  ])('reads the agent as having voted: %s', (text, lang) => {
    const f = fig(text, lang as 'en' | 'fr', '287');
    expect(f.unit).toBe('seats');
    expect(f.countsKey).toContain('vote-cast');
    expect(matchDetail(f, voix).reason).not.toBe('unit');
  });
  it('reads the agent past a bound ("rejected by at least 287")', () => {
    expect(fig('The bill was rejected by at least 287 lawmakers on Wednesday.', 'en', 'at least 287').countsKey).toContain('vote-cast');
  });
  it.each([
    ['The Valdoria stadium has 287 seats, the club said on Wednesday.', 'en'],
    ['The party won 287 seats in the Valdoria assembly.', 'en'],
    ['Le parti a obtenu 287 sièges, selon les résultats publiés par la commission.', 'fr'],
  ])('not seats that no decision was taken by: %s', (text, lang) => {
    const f = fig(text, lang as 'en' | 'fr', '287');
    expect(f.countsKey).not.toContain('vote-cast');
    expect(matchDetail(f, voix).reason).toBe('unit');
  });
});

describe('a part of a whole owned by a possessive (unit43b)', () => {
  it('reads "N of the <owner>\'s M <noun>" as a part of that noun', () => {
    expect(fig("The party won 240 of the chamber's 543 seats on Tuesday.", 'en', '240').unit).toBe('seats');
    expect(fig('The firm said 20 of the company’s 100 vehicles were damaged.', 'en', '20').unit).toBe('vehicles');
  });
  it('leaves a possessive with no number after it to the reading it had', () => {
    expect(fig("Two of the country's leaders met on Tuesday.", 'en', 'Two').unit).toBe('number');
  });
});
