import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the clauses of each pair share no word of context, so only the count can join them.

describe('one count of a thousand or more told as one value across two nouns of people or a fate on one side (ctx48)', () => {
  it('joins a kind of people and "people", both ways, in both languages', () => {
    const frEmployees = fr('La direction veut se séparer de 12 300 salariés, a-t-elle annoncé.', '12 300');
    const enPeople = en('Analysts put the number at about 12,300 people.', 'about 12,300');
    expect(frEmployees.countsKey[0]).not.toBe(enPeople.countsKey[0]);
    expect(matchDetail(frEmployees, enPeople).match).toBe('same');
    expect(matchDetail(enPeople, frEmployees).match).toBe('same');
    const enResidents = en('The region is home to 48,000 residents.', '48,000');
    const frPersonnes = fr('Au total, 48 000 personnes vivent encore sur place.', '48 000');
    expect(matchDetail(frPersonnes, enResidents).match).toBe('same');
  });
  it('not a fate told on one side only: the other clause may tell another in words the table does not know', () => {
    const enNone = en('Officials put the figure at 27 million people.', '27 million');
    const frMarched = fr('Quelque 27 millions de personnes ont défilé dimanche dans le pays.', 'Quelque 27 millions');
    expect(frMarched.countsKey.length).toBeGreaterThan(1);
    expect(matchDetail(enNone, frMarched).reason).toBe('context');
    expect(matchDetail(frMarched, enNone).reason).toBe('context');
  });
  it('not two kinds of people, each saying what its people are', () => {
    const nurses = en('The strike was joined by 12,300 nurses.', '12,300');
    const salaries = fr('La direction veut se séparer de 12 300 salariés, a-t-elle annoncé.', '12 300');
    expect(nurses.countsKey[0]).not.toBe('person');
    expect(matchDetail(nurses, salaries).match).toBeNull();
  });
  it('not two fates told: people who marched are not people arrested', () => {
    const marched = en('Some 27,000 people marched through the capital.', 'Some 27,000');
    const arrested = fr('Quelque 27 000 personnes ont été arrêtées depuis janvier.', 'Quelque 27 000');
    expect(matchDetail(marched, arrested).reason).toBe('context');
  });
  it('not below a thousand across two nouns: hundreds are told of many sets of one story', () => {
    const crew = en('The region is home to 740 residents.', '740');
    const people = fr('Au total, 740 personnes vivent encore sur place.', '740');
    expect(crew.countsKey[0]).not.toBe(people.countsKey[0]);
    expect(matchDetail(crew, people).reason).toBe('context');
  });
  it('not two values: the rule is for one count told twice', () => {
    const a = en('About 12,300 people could be affected by the plan, analysts said.', 'About 12,300');
    const b = fr('La direction veut se séparer de 12 400 salariés, a-t-elle annoncé.', '12 400');
    expect(matchDetail(a, b).match).toBeNull();
  });
});
