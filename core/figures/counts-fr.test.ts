import { describe, expect, it } from 'vitest';
import { countsInFrench } from './counts-fr';

describe('a count said in French from the concept table', () => {
  it('puts the noun first, then its adjective and participles, agreeing with a feminine noun', () => {
    expect(countsInFrench('people killed')).toBe('personnes tuées');
    expect(countsInFrench('Palestinian people killed or wounded')).toBe('personnes palestiniennes tuées ou blessées');
    expect(countsInFrench('Israeli hostages rescued in Gaza')).toBe('otages israéliens secourus à Gaza');
    expect(countsInFrench('civil servants')).toBe('fonctionnaires');
    expect(countsInFrench('Moroccan special forces')).toBe('forces spéciales marocaines');
  });
  it('says a nation place, a place the text names, a total, an age and a unit', () => {
    expect(countsInFrench('Spanish soldiers sent to Morocco')).toBe('soldats espagnols envoyés au Maroc');
    expect(countsInFrench('protesters in Saint Malo')).toBe('manifestants à Saint Malo');
    expect(countsInFrench('people in total')).toBe('personnes au total');
    expect(countsInFrench('years (age)')).toBe('ans (âge)');
    expect(countsInFrench('hours')).toBe('heures');
    expect(countsInFrench('share')).toBe('part');
  });
  it('does not repeat its noun in a participle of the same root', () => {
    expect(countsInFrench('protesters marching')).toBe('manifestants');
  });
  it('leaves the count in English (null) when a part has no French, and never reads Object.prototype', () => {
    expect(countsInFrench('tgv in total')).toBeNull();
    expect(countsInFrench('bananas eaten')).toBeNull();
    expect(countsInFrench('constructor')).toBeNull();
    expect(countsInFrench('people __proto__')).toBeNull();
  });
});

describe("a person's age in French", () => {
  it('says whose age it is', () => {
    expect(countsInFrench('age of Durand')).toBe('âge de Durand');
    expect(countsInFrench('age (women)')).toBe('âge (femmes)');
    expect(countsInFrench('age')).toBe('âge');
  });
});
