import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures, matchDetail } from './index';

// Sentences written for these tests (units24).
const fig = (text: string, lang: 'fr' | 'en', q: string) => extractFigures(text, lang).find((f) => f.text === q)!;

describe('a part of a whole named without a number (units24)', () => {
  it('counts the noun of its whole, in both languages, and is a part', () => {
    const en = fig('Doctors said 40 of the patients were discharged on Friday.', 'en', '40');
    expect(en.countsKey[0]).toBe(fig('Doctors said 40 patients were discharged on Friday.', 'en', '40').countsKey[0]);
    expect(en.unit).toBe('people');
    expect(en.countsKey).toContain('part');
    // A role of people as the whole: people in that role.
    const dead = fig('Officials said 12 of those killed were children.', 'en', '12');
    expect(dead.unit).toBe('people');
    expect(dead.countsKey).toContain('killed');
    const fr = fig('Selon la mairie, 30 de ces logements ont été détruits.', 'fr', '30');
    expect(fr.unit).not.toBe('number');
    expect(fr.countsKey).toContain('part');
  });
  it('meets the same count said with the noun next to the number', () => {
    const part = fig('Five of the deaths were recorded in the northern province.', 'en', 'Five');
    const whole = fig('The toll stood at five deaths in the northern province.', 'en', 'five');
    expect(part.unit).toBe(whole.unit);
  });
  it('is the nation\'s count when a nation is its predicate', () => {
    const f = fig('At least 80 of the victims were Peruvians, the embassy said.', 'en', 'At least 80');
    expect(f.countsKey).not.toContain('part');
    expect(f.countsKey).toContain('iso-pe');
  });
  it('reads no whole from a pronoun, a possessive, a superlative or a fraction', () => {
    expect(fig('Three of the country\'s regions were hit by the storm.', 'en', 'Three').unit).toBe('number');
    expect(fig('The bank was one of the largest lenders in the region.', 'en', 'one').unit).not.toBe('w:lender');
    expect(fig('It was one of the deadliest storms on record.', 'en', 'one').unit).not.toBe('w:storm');
    // A noun in -est is no superlative (rev24a): the whole it names is counted.
    expect(fig('Police detained three of the protest leaders.', 'en', 'three').unit).toBe('people');
    expect(fig('The bill passed with 2/3 of the members voting.', 'en', '2/3').unit).toBe('share');
  });
});

describe('an English compound of words glued by hyphens before the counted noun (units24)', () => {
  it('counts the last word of a plural compound', () => {
    const f = fig('The court heard the 20 co-workers on Monday.', 'en', '20');
    expect(f.unit).not.toBe('number');
    expect(fig('Police arrested 12 ex-soldiers at the border.', 'en', '12').countsKey[0]).toBe('soldier');
  });
  it('reads a singular compound as an adjective of the noun after it', () => {
    expect(fig('The army fired three long-range missiles overnight.', 'en', 'three').unit).toBe('missiles');
  });
  it('leaves a negated noun, a unit before a dash and French compounds to their own readings', () => {
    expect(fig('The crash killed 12 non-passengers on the ground.', 'en', '12').countsKey[0]).toBe('person');
    expect(fig('She won 49.7 percent—well within the margin.', 'en', '49.7 percent').unit).toBe('percent');
    // French puts a compound's head first: "camions-citernes" are lorries.
    expect(fig('La ville a envoyé 40 camions-citernes.', 'fr', '40').unit).toBe(fig('La ville a envoyé 40 camions.', 'fr', '40').unit);
  });
});

describe('currencies written by word or code (units24)', () => {
  it('reads yen and yuan as money, in both languages', () => {
    const en = fig('The group posted a loss of 12.5 billion yen for the quarter.', 'en', '12.5 billion');
    const fr = fig('Le groupe a publié une perte de 12,5 milliards de yens sur le trimestre.', 'fr', '12,5 milliards');
    expect(en.unit).toBe('yen');
    expect(fr.unit).toBe('yen');
    expect(matchDetail(en, fr).reason).not.toBe('unit');
    expect(fig('Exports reached 300 billion yuan last year.', 'en', '300 billion').unit).toBe('yuan');
    // The yen's sign, as the passage spans read it (core/text/currency.ts).
    expect(fig('Sales hit ¥5 billion in the quarter.', 'en', '5 billion').unit).toBe('yen');
  });
  it('reads a currency code before its amount as its unit', () => {
    expect(fig('The plan saves over USD 4 billion a year.', 'en', '4 billion').unit).toBe('dollar');
    expect(fig('Le plan économise EUR 4 milliards par an.', 'fr', '4 milliards').unit).toBe('euro');
    // A word of three letters that is no currency is no code.
    expect(fig('The two sides met and 4 billion was agreed.', 'en', '4 billion').unit).not.toBe('dollar');
  });
});

describe('a clock time with its minutes after a point (units24)', () => {
  it('reads "9.40pm" and "6.15 a.m." as times, and a decimal without am / pm as none', () => {
    const t = extractFigures('The alarm was raised at around 9.40pm on Friday.', 'en').find((f) => f.unit === 'time');
    expect(t?.low).toBe('21:40');
    expect(extractFigures('Crews arrived at 6.15 a.m. on Sunday.', 'en').find((f) => f.unit === 'time')?.low).toBe('06:15');
    expect(extractFigures('Shares rose 9.40 percent on Friday.', 'en').some((f) => f.unit === 'time')).toBe(false);
  });
});

describe('a share against a percentage (units24)', () => {
  const compare = (l1: 'fr' | 'en', t1: string, l2: 'fr' | 'en', t2: string) => {
    const page = { text: t1, lang: l1, figures: extractFigures(t1, l1) };
    return compareFigures(page, [{ id: 's', text: t2, lang: l2, figures: extractFigures(t2, l2) }]).flatMap((r) => r.comparisons.map((c) => c.verdict));
  };
  it('compares a fraction and the same share in percent, both ways', () => {
    expect(compare('en', 'The carmaker will cut its production capacity by a quarter.', 'fr', 'Le constructeur va réduire sa capacité de production de 25 %.')).toEqual(['agrees']);
    expect(compare('fr', 'Le constructeur va réduire sa capacité de production de 25 %.', 'en', 'The carmaker will cut its production capacity by a quarter.')).toEqual(['agrees']);
  });
  it('reads a share against another percentage as another value', () => {
    // Not "agrees": 25 against 40 parts of a hundred (a conversion the wrong way round would read 2,500 or 0.4).
    expect(compare('en', 'The carmaker will cut its production capacity by a quarter.', 'en', 'The carmaker will cut its production capacity by 40%.')).toEqual(['related']);
  });
});

describe('units against the things the other side names (units24)', () => {
  const verdicts = (l1: 'fr' | 'en', t1: string, l2: 'fr' | 'en', t2: string) => {
    const page = { text: t1, lang: l1, figures: extractFigures(t1, l1) };
    return compareFigures(page, [{ id: 's', text: t2, lang: l2, figures: extractFigures(t2, l2) }]).flatMap((r) => r.comparisons.map((c) => `${r.page.text}/${c.verdict}`));
  };
  it('compares a count of units with a count of vehicles of the same output', () => {
    expect(verdicts('fr', "L'usine a une capacité de production de 300 000 unités par an.", 'en', 'The plant has a production capacity of 300,000 vehicles a year.')).toEqual(['300 000/agrees']);
  });
  it('never reads units as people', () => {
    expect(verdicts('fr', "L'usine a une capacité de production de 300 000 unités par an.", 'en', 'The plant employs 300,000 people in production a year.')).toEqual([]);
  });
});
