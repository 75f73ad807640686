import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { clauseRanges } from './clauses';
import { clauseAtOffset } from './crosslang';

/** The clauses of a one-sentence text, as their words. */
function clauses(text: string, lang: string, reported = false): string[] {
  const a = analyse(text, [], lang);
  const seg = a.sentences[0];
  const w1 = a.wordStarts.filter((s) => s < seg.end).length - 1;
  return clauseRanges(a, [0, w1], seg.start, seg.text, reported).map(([x, y]) => text.slice(a.wordStarts[x], a.wordEnds[y]));
}

describe('clauseRanges', () => {
  it('splits at a comma before a conjunction or a relative pronoun', () => {
    expect(clauses('Mexico will face a 12 percent rate, while Canada faces a 15 percent levy and Brazil sees an 18 percent duty.', 'en')).toEqual([
      'Mexico will face a 12 percent rate',
      'while Canada faces a 15 percent levy and Brazil sees an 18 percent duty',
    ]);
    expect(clauses("La tempête a fait 15 morts dans la région, dont trois enfants emportés par la crue.", 'fr')).toEqual([
      'La tempête a fait 15 morts dans la région',
      'dont trois enfants emportés par la crue',
    ]);
  });
  it('splits at a semicolon or a colon whatever follows', () => {
    expect(clauses('The police counted 40,000 marchers; the unions counted 120,000 across the city.', 'en')).toEqual([
      'The police counted 40,000 marchers',
      'the unions counted 120,000 across the city',
    ]);
  });
  it('does not split a list of nouns, nor a number written with a comma', () => {
    expect(clauses('The storm destroyed 1,200 homes and 300 shops in the valley.', 'en')).toHaveLength(1);
    expect(clauses('Les syndicats ont compté 2,5 millions de manifestants et la police 1,2 million.', 'fr')).toHaveLength(1);
  });
  it('splits at a comma before a word opening an adjunct (a concession, a time, an example)', () => {
    expect(clauses("Les secours ont sauvé 212 personnes au total, malgré une mer très agitée toute la nuit.", 'fr')).toEqual([
      'Les secours ont sauvé 212 personnes au total',
      'malgré une mer très agitée toute la nuit',
    ]);
    expect(clauses('The firm will cut 4,000 jobs, including 900 in its home region.', 'en')).toEqual([
      'The firm will cut 4,000 jobs',
      'including 900 in its home region',
    ]);
    expect(clauses("Le parti a obtenu 148 sièges au total, selon les résultats publiés lundi soir.", 'fr')).toEqual([
      'Le parti a obtenu 148 sièges au total',
      'selon les résultats publiés lundi soir',
    ]);
    // Without the comma the word stays inside its clause ("after" as a preposition of the fact).
    expect(clauses('The firm cut 4,000 jobs after the merger with its rival.', 'en')).toHaveLength(1);
  });
  it('joins a piece too short to be a clause to the one before it', () => {
    // "and more" is an aside of two words: no clause of its own.
    expect(clauses('The ministry counted 40,000 marchers in the capital, and more.', 'en')).toHaveLength(1);
    expect(clauses('The ministry counted 40,000 marchers in the capital, and more in the suburbs.', 'en')).toHaveLength(2);
  });
  it('with `reported`, sets a reporting frame apart from what it reports, with or without words between', () => {
    expect(clauses('The governor said on Tuesday that the toll had risen to 45 in the province.', 'en', true)).toEqual([
      'The governor said on Tuesday',
      'that the toll had risen to 45 in the province',
    ]);
    expect(clauses("Le gouverneur a déclaré mardi que le bilan s'élevait à 45 morts dans la province.", 'fr', true)).toEqual([
      'Le gouverneur a déclaré mardi',
      "que le bilan s'élevait à 45 morts dans la province",
    ]);
    // Without `reported` (a count's clause, count-pairs.ts) the frame stays with its fact.
    expect(clauses('The governor said on Tuesday that the toll had risen to 45 in the province.', 'en')).toHaveLength(1);
  });
  it('with `reported`, leaves a "that" / "que" with no verb of saying before it', () => {
    expect(clauses('The storm that hit the coast on Monday killed 45 people in the province.', 'en', true)).toHaveLength(1);
    expect(clauses('Le bilan est plus lourd que celui de la tempête de l’an dernier.', 'fr', true)).toHaveLength(1);
    // A verb of saying too far before the word (more than REPORT_VERB_REACH words).
    expect(clauses('Officials said the new bridge over the river that opened in May carried 300 trucks.', 'en', true)).toHaveLength(1);
  });
  it('with `reported`, reaches REPORT_VERB_REACH words back for the verb of saying, no farther', () => {
    // "said in a statement that": the verb 4 words before "that", split.
    expect(clauses('Officials said in a statement that the toll had risen to 45.', 'en', true)).toEqual([
      'Officials said in a statement',
      'that the toll had risen to 45',
    ]);
    // "said in a short statement that": 5 words before, one clause.
    expect(clauses('Officials said in a short statement that the toll had risen to 45.', 'en', true)).toHaveLength(1);
  });
  it('keeps the reporting frame in the clause of a count (clauseAtOffset)', () => {
    const text = 'Officials said in a statement that the toll had risen to 45.';
    const a = analyse(text, [], 'en');
    const c = clauseAtOffset(a, text.indexOf('45'));
    expect(c && text.slice(a.wordStarts[c.words[0]], a.wordEnds[c.words[1]])).toBe('Officials said in a statement that the toll had risen to 45');
  });
  it('with `reported`, does not split a French conjunction ending in "que"', () => {
    expect(clauses('Le ministère a recensé 45 morts ainsi que 12 blessés graves dans la province.', 'fr', true)).toHaveLength(1);
    expect(clauses('Les secours ont compté 45 morts après que la crue a emporté deux maisons.', 'fr', true)).toHaveLength(1);
  });
  it('with `reported`, looks for the verb of saying only after the last break found', () => {
    // "officials said" stands before the break at ", and": the relative "that" after it is no report.
    expect(clauses('The toll reached 45, officials said, and the bridge that collapsed was closed.', 'en', true)).toEqual([
      'The toll reached 45, officials said',
      'and the bridge that collapsed was closed',
    ]);
  });
  it('with `reported`, leaves a verb of saying used as an adjective, with restrictive ne…que, or with a noun object', () => {
    expect(clauses('The reported 45 deaths that occurred in the province were confirmed.', 'en', true)).toHaveLength(1);
    expect(clauses("Le ministère n'a recensé que 12 morts dans la province du nord.", 'fr', true)).toHaveLength(1);
    expect(clauses('Le ministère ne recense que 12 morts dans la province du nord.', 'fr', true)).toHaveLength(1);
    expect(clauses('She wrote a note that 45 people had signed in the town hall.', 'en', true)).toHaveLength(1);
    expect(clauses('Le ministère a annoncé un bilan que les associations contestent dans la province.', 'fr', true)).toHaveLength(1);
    // "told" names who hears after it: what follows "that" is still the report.
    expect(clauses('The mayor told the council that the toll had risen to 45.', 'en', true)).toEqual([
      'The mayor told the council',
      'that the toll had risen to 45',
    ]);
  });
});
