import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { clauseAtOffset } from './crosslang';
import { opposedCount } from './opposed-counts';

/** opposedCount at the first occurrence of `num` in `text`, in the clause clauseAtOffset gives it. */
function at(text: string, num: string, lang: string): boolean {
  const a = analyse(text, [], lang);
  const c = clauseAtOffset(a, text.indexOf(num));
  if (!c) throw new Error(`no clause for ${num}`);
  return opposedCount(a, c.word, c.words[0]);
}

describe('opposedCount', () => {
  it('reads a count in the object of an opposing verb of purpose', () => {
    expect(at('Mayors asked the state to step in to prevent the closure of 300 schools.', '300', 'en')).toBe(true);
    expect(at('Nurses walked out to protest the planned loss of 450 beds.', '450', 'en')).toBe(true);
    expect(at("Les élus se mobilisent pour empêcher la fermeture de 300 classes.", '300', 'fr')).toBe(true);
    expect(at('Unions want to prevent the loss of 600 jobs.', '600', 'en')).toBe(true);
    expect(at('Les syndicats veulent empêcher la suppression de 600 postes.', '600', 'fr')).toBe(true);
    expect(at("Ils se mobilisent afin d'empêcher la fermeture de 300 classes.", '300', 'fr')).toBe(true);
  });
  it('leaves a count the clause states', () => {
    expect(at('The hospital will close 450 beds by next year.', '450', 'en')).toBe(false);
    expect(at('Le groupe va supprimer 300 postes dans le pays.', '300', 'fr')).toBe(false);
  });
  it('leaves a protest noun and a count past an agent', () => {
    expect(at('The protests in the capital left 12 people dead.', '12', 'en')).toBe(false);
    // "protest" is the verb here (after "to"): only the agent "by" sets the count apart.
    expect(at('They marched to protest the reform backed by 5,000 people.', '5,000', 'en')).toBe(false);
    expect(at('They tried to prevent it and 40 people were hurt.', '40', 'en')).toBe(false);
  });
  it('does not read past a comma or another verb into the main clause', () => {
    expect(at('Pour éviter la foule, 3 000 policiers ont été déployés.', '3 000', 'fr')).toBe(false);
    expect(at("Afin d'empêcher les violences, 2 000 gendarmes sont mobilisés.", '2 000', 'fr')).toBe(false);
    expect(at('To prevent clashes, police deployed 3,000 officers.', '3,000', 'en')).toBe(false);
    expect(at('In order to avert a strike, the firm gave 500 workers a raise.', '500', 'en')).toBe(false);
    expect(at('Efforts to prevent the disease saved 300 lives.', '300', 'en')).toBe(false);
    expect(at('Failure to prevent the attack killed 300 people.', '300', 'en')).toBe(false);
  });
  it('leaves counts stated as facts: finite forms, adjectives, no purpose mark', () => {
    expect(at('The agreement averted 600 job cuts at the plant.', '600', 'en')).toBe(false);
    expect(at('The new dikes prevented the flooding of 3,000 homes.', '3,000', 'en')).toBe(false);
    expect(at("L'accord a permis d'éviter 600 suppressions de postes.", '600', 'fr')).toBe(false);
    expect(at('Opposing parties won 120 seats in the vote.', '120', 'en')).toBe(false);
  });
  it('leaves a future or an ability, which states what something does (review rev27c)', () => {
    expect(at('The new vaccine will prevent 300 deaths a year.', '300', 'en')).toBe(false);
    expect(at('Vaccines can prevent 300 deaths a year.', '300', 'en')).toBe(false);
    expect(at('Le nouveau vaccin peut éviter 300 décès par an.', '300', 'fr')).toBe(false);
  });
  it('does not take a purpose mark from before the clause', () => {
    const text = 'Workers have the right to protest the loss of 300 jobs.';
    const a = analyse(text, [], 'en');
    const c = clauseAtOffset(a, text.indexOf('300'));
    if (!c) throw new Error('no clause');
    // A clause opening on the verb: the "to" before it is another clause's word.
    const v = a.wordNorms.indexOf('protest');
    expect(opposedCount(a, c.word, v)).toBe(false);
    expect(opposedCount(a, c.word, v - 1)).toBe(true);
  });
});
