import { describe, expect, it } from 'vitest';
import { matchDetail } from './index';
import { readEn as en, readFr as fr } from './test-two-days';

// Sentences written for these tests; the clauses of each pair share no word of context, so only the count can join them.

describe('one count of a thousand or more told as one value across two nouns of people (ctx48 largeCountAcross)', () => {
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
  it('"members" meet the general noun of workers only: members of a party are no employees of a firm', () => {
    const enMembers = en('The union says it has 12,300 members across the country.', '12,300');
    const frEmployees = fr('La direction veut se séparer de 12 300 salariés, a-t-elle annoncé.', '12 300');
    expect(matchDetail(enMembers, frEmployees).match).toBe('same');
    const enResidents = en('The region is home to 12,300 residents.', '12,300');
    const frMembres = fr('Le parti revendique 12 300 membres.', '12 300');
    expect(frMembres.countsKey[0]).toBe('member');
    expect(matchDetail(enResidents, frMembres).match).toBeNull();
    expect(matchDetail(frMembres, enResidents).match).toBeNull();
  });
  it('not a round value of one significant digit: thousands of police officers and thousands of people at one event', () => {
    const enPolice = en('Some 3,000 police officers were on duty.', 'Some 3,000');
    const frPeople = fr('Quelque 3 000 personnes étaient présentes.', 'Quelque 3 000');
    expect(matchDetail(enPolice, frPeople).match).toBeNull();
    expect(matchDetail(frPeople, enPolice).match).toBeNull();
    const enFans = en('The stadium holds 50,000 spectators.', '50,000');
    const frResidents = fr('Environ 50 000 personnes vivent dans la commune.', 'Environ 50 000');
    expect(matchDetail(enFans, frResidents).match).toBeNull();
    const frTeachers = fr('Ils étaient 4 000 enseignants.', '4 000');
    const enPeople = en('Some 4,000 people gathered.', 'Some 4,000');
    expect(matchDetail(frTeachers, enPeople).match).toBeNull();
    const enSome = en('Some 2,000 people gathered.', 'Some 2,000');
    const frPolice = fr('Il y avait 2 000 policiers.', '2 000');
    expect(matchDetail(enSome, frPolice).match).toBeNull();
    // Members and workers may meet, but not at a round value.
    const enParty = en('The union has 9,000 members.', '9,000');
    const frMakers = fr('Le constructeur emploie 9 000 salariés.', '9 000');
    expect(enParty.countsKey[0]).toBe('member');
    expect(matchDetail(enParty, frMakers).match).toBeNull();
  });
  it('not a fate told on one side only, though the value and the two nouns would meet', () => {
    const frEmployees = fr('La direction veut se séparer de 27 500 salariés, a-t-elle annoncé.', '27 500');
    const enMarched = en('Some 27,500 people marched through the capital.', 'Some 27,500');
    expect(matchDetail(frEmployees, enMarched).reason).toBe('context');
    expect(matchDetail(enMarched, frEmployees).reason).toBe('context');
  });
  it('not two kinds of people, each saying what its people are', () => {
    // A noun the table does not know counts people too, so the category test lets it meet "salariés": only the rule's
    // own guard (one side "people") keeps them apart.
    const machinists = en('There were 12,300 machinists.', '12,300');
    const salaries = fr('La direction veut se séparer de 12 300 salariés, a-t-elle annoncé.', '12 300');
    expect(machinists.unit).toBe('people');
    expect(matchDetail(machinists, salaries).match).toBeNull();
    expect(matchDetail(salaries, machinists).match).toBeNull();
  });
  it('not below a thousand across two nouns: hundreds are told of many sets of one story', () => {
    const residents = en('The region is home to 740 residents.', '740');
    const people = fr('Au total, 740 personnes vivent encore sur place.', '740');
    expect(residents.countsKey[0]).not.toBe(people.countsKey[0]);
    expect(matchDetail(residents, people).reason).toBe('context');
  });
});
