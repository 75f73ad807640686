import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { designatedKeys, isDesignation, scanDesignations } from './designations';

/** Index of the word of `a` starting at the first occurrence of `word` in its text. */
function wordAt(a: ReturnType<typeof analyse>, word: string): number {
  const s = a.text.indexOf(word);
  const w = a.wordStarts.indexOf(s);
  if (s < 0 || w < 0) throw new Error(`no word ${word}`);
  return w;
}

describe('isDesignation', () => {
  // "Corvex" is capitalised inside a sentence twice: the text reads it as a name.
  const text = 'Regulators grounded 40 Corvex 310 planes on Monday. The Corvex 310 fleet had flown for years, and the airline said 212 passengers were rebooked.';
  const a = analyse(text, [], 'en');

  it('reads a number right after a name as part of the name', () => {
    expect(isDesignation(a, wordAt(a, '310'))).toBe(true);
  });

  it('reads a number before what it counts, or after a verb, as a count', () => {
    expect(isDesignation(a, wordAt(a, '40'))).toBe(false);
    expect(isDesignation(a, wordAt(a, '212'))).toBe(false);
  });

  it('reads a number after a name and a comma as no part of the name (an age, a list)', () => {
    const b = analyse('The pilot, Maria Ostrova, 54, was praised. Ostrova said the crew did well.', [], 'en');
    expect(isDesignation(b, wordAt(b, '54'))).toBe(false);
  });

  it('reads a number in a title-case line as a count: its capitals mark no names', () => {
    // Without the title-case guard, "Mark" (a capitalised suffix) would put 2700 on the name "Hit".
    const b = analyse('Quake Toll Hit 2700 Mark Overnight\nThe toll hit 2700 on Friday, Hit officials said.', [], 'en');
    expect(isDesignation(b, wordAt(b, '2700'))).toBe(false);
  });

  it('reads a day after its month and an amount after a currency code as no part of a name', () => {
    const b = analyse('He went home on May 31 after the clinic raised USD 120 for him. May was calm.', [], 'en');
    expect(isDesignation(b, wordAt(b, '31'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '120'))).toBe(false);
  });

  it('reads a year after a name as a date, not as part of the name', () => {
    const b = analyse('The games of Valbonne 2028 were praised. Valbonne agreed.', [], 'en');
    expect(isDesignation(b, wordAt(b, '2028'))).toBe(false);
  });

  it('reads a number with a thousands separator as a count', () => {
    const b = analyse('On Monday Ostrova 2,000 said nothing. Ostrova left.', [], 'en');
    expect(isDesignation(b, wordAt(b, '2,000'))).toBe(false);
  });

  it('reads a number after a possessive, a weekday or a place with no comma as a count (review of pass33)', () => {
    const b = analyse("Ostrova's 40 votes came late. On Thursday 40 people left. In Valbonne 12 people were hurt. Ostrova, Valbonne.", [], 'en');
    expect(isDesignation(b, wordAt(b, '40 votes'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '40 people'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '12 people'))).toBe(false);
  });

  it('reads a day before its month, a tally and a scaled amount as no part of a name', () => {
    const b = analyse('Ils partent le Mercredi 21 août. Les Verts 31 sièges. Corvex 61 millions de dollars. Corvex Group 18 seats went. Corvex.', [], 'fr');
    expect(isDesignation(b, wordAt(b, '21'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '31'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '61'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '18'))).toBe(false);
  });

  it('reads a dotted group of three digits and a range as counts, a decimal code as part of the name', () => {
    const b = analyse('Selon Ostrova 55.000 personnes. Selon Ostrova 180-210 personnes. Ostrova lit Article 12.4 du texte. Ostrova.', [], 'fr');
    expect(isDesignation(b, wordAt(b, '55.000'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '180'))).toBe(false);
    expect(isDesignation(b, wordAt(b, '12.4'))).toBe(true);
  });

  it('reads a whole number after a name by what follows it: a singular noun goes on the name, a plural is counted', () => {
    const b = analyse('Crews checked every Corvex 310 cabin. Near Valbonne 310 homes burned. Corvex and Valbonne.', [], 'en');
    expect(isDesignation(b, wordAt(b, '310 cabin'))).toBe(true);
    expect(isDesignation(b, wordAt(b, '310 homes'))).toBe(false);
  });

  it('reads a number after a place and a determiner as a count when a plural noun follows (review of pass34)', () => {
    const en = analyse('In the Bronx 12 people were hurt. Across the Midwest 30 tornadoes hit. Bronx and Midwest crews.', [], 'en');
    expect(isDesignation(en, wordAt(en, '12'))).toBe(false);
    expect(isDesignation(en, wordAt(en, '30'))).toBe(false);
    const fr = analyse('Dans le Var 200 pompiers luttent. Le Var brûle.', [], 'fr');
    expect(isDesignation(fr, wordAt(fr, '200'))).toBe(false);
  });

  it('reads a number before a verb as a count, in English and French (review of pass34)', () => {
    const en = analyse('In Valbonne 12 remain in hospital. Officials in Valbonne said so.', [], 'en');
    expect(isDesignation(en, wordAt(en, '12'))).toBe(false);
    const fr = analyse('À Valbonne 12 restent hospitalisés. Le maire de Valbonne le dit.', [], 'fr');
    expect(isDesignation(fr, wordAt(fr, '12'))).toBe(false);
  });

  it('keeps a determiner, a name, a code and a plural as a designation only when the name and code recur', () => {
    const twice = analyse('The airline parked its Corvex 310 jets. Each Corvex 310 was checked.', [], 'en');
    expect(isDesignation(twice, wordAt(twice, '310 jets'))).toBe(true);
    const once = analyse('The airline parked its Corvex 310 jets. Each Corvex was checked.', [], 'en');
    expect(isDesignation(once, wordAt(once, '310 jets'))).toBe(false);
  });

  it('finds the line of every candidate scanning each character once, however many candidates a line holds', () => {
    const line = 'Crews checked every Corvex 310 cabin and more. '.repeat(4000);
    const one = analyse(line, [], 'en');
    const r = scanDesignations(one);
    expect(r.marks.reduce((n, m) => n + m, 0)).toBe(4000);
    expect(r.scanned).toBeLessThanOrEqual(line.length + 1);
    const lines = analyse(`${line}\nQuake Toll Hit 2700 Mark Overnight\n${line}`, [], 'en');
    const s = scanDesignations(lines);
    expect(s.marks.reduce((n, m) => n + m, 0)).toBe(8000);
    expect(s.scanned).toBeLessThanOrEqual(lines.text.length + 3);
  });

  it('gives the designated keys of a span once: the pair rules ask them per shared key (claim-anchors.ts)', () => {
    const b = analyse('Crews checked every Corvex 310 cabin. Corvex agreed.', [], 'en');
    const span: [number, number] = [0, b.wordNorms.length - 1];
    const first = designatedKeys(b, span);
    expect([...first]).toEqual(['#310']);
    expect(designatedKeys(b, [0, b.wordNorms.length - 1])).toBe(first);
  });
});
