import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Sentences written for these tests.
const figs = (text: string, lang: 'fr' | 'en') => extractFigures(text, lang, { published: '2024-03-12' });
const keyOf = (text: string, lang: 'fr' | 'en', value: string) => figs(text, lang).find((f) => f.text.includes(value))?.countsKey ?? [];

describe('an English compound adjective before the counted noun', () => {
  it('counts the noun after "<word>-<participle>", not the word before the hyphen', () => {
    const f = figs('Officials recorded four flood-related deaths on Monday.', 'en')[0];
    expect(f.unit).toBe('people');
    expect(f.countsKey).toContain('killed');
    // A word the table does not know before the hyphen no longer ends the phrase on a bare number.
    expect(figs('Doctors reported 35 smoke-linked deaths in the valley.', 'en')[0].unit).toBe('people');
  });
  it('reads a hyphenated word that is no participle as an adjective of the noun after it', () => {
    // "long-term" ends in no participle; since units24 a compound whose last word is singular is an adjective of the
    // noun after it all the same (it ended the phrase on a bare number before).
    expect(figs('The firm signed three long-term contracts.', 'en')[0].unit).toBe(figs('The firm signed three contracts.', 'en')[0].unit);
  });
});

describe('a headline present of killing, and the participle of wounding', () => {
  it('reads "kills 9" and "wounding 11" as tolls', () => {
    expect(figs('Landslide kills 9 in the north', 'en')[0].countsKey).toContain('killed');
    const w = figs('A truck bomb exploded near the market, wounding 11.', 'en')[0];
    expect(w.unit).toBe('people');
    expect(w.countsKey).toContain('wounded');
  });
});

describe('speeds written out', () => {
  it('reads "miles à l\'heure", "kilomètres à l\'heure", "miles per hour", "kilometers an hour" as speeds', () => {
    const fr = figs("Des rafales de 120 miles à l'heure (190 kilomètres à l'heure) ont été relevées.", 'fr');
    expect(fr.map((f) => f.unit)).toEqual(['mph', 'km/h']);
    const en = figs('Gusts reached 120 miles per hour, or 190 kilometers an hour.', 'en');
    expect(en.map((f) => f.unit)).toEqual(['mph', 'km/h']);
    // A distance stays a distance.
    expect(figs('La route est coupée sur 12 kilomètres.', 'fr')[0].unit).toBe('km');
  });
});

describe('a rank on a graded scale written before its value', () => {
  it('reads "catégorie 4" and "a Category 4 cyclone" as one unit, in both languages', () => {
    expect(figs('Le cyclone est passé en catégorie 4 dans la nuit.', 'fr')[0].unit).toBe('category');
    expect(figs('The Category 4 cyclone weakened overnight.', 'en')[0].unit).toBe('category');
    // Not the unit of a count before it: "en 40 ans ... en catégorie 4" is no count of years.
    const both = figs("Le plus fort depuis 40 ans, il a touché la côte mardi en catégorie 4.", 'fr');
    expect(both.find((f) => f.text.includes('4') && !f.text.includes('40'))?.unit).toBe('category');
  });
  it('reads the word after a number as a counted noun, not as the scale', () => {
    expect(figs('Trois catégories de salariés sont concernées.', 'fr')[0].unit).not.toBe('category');
    expect(figs('Three categories of workers are affected.', 'en')[0].unit).not.toBe('category');
  });
});

describe('a noun of an action before the thing it is done to', () => {
  it('counts the thing: "créations d\'emplois", "fermetures d\'usines"', () => {
    expect(figs("Seulement 40 000 créations d'emplois ont été enregistrées en mars.", 'fr')[0].countsKey[0]).toBe('employee');
    expect(figs('Le groupe a annoncé 12 fermetures de sites.', 'fr')[0].countsKey[0]).toBe('site');
  });
  it('leaves a noun of an action alone when no noun of the table follows "de"', () => {
    expect(figs('On compte 40 000 créations par an.', 'fr')[0].countsKey[0]).not.toBe('employee');
  });
});

describe('the size of a change counts the subject of its verb', () => {
  it('reads "les effectifs n\'ont augmenté que de 40 000" and "jobs fell by 12,000" as counts of that noun', () => {
    expect(figs("Les effectifs n'ont augmenté que de 40 000 en mars.", 'fr')[0].countsKey[0]).toBe('employee');
    expect(figs('Factory jobs fell by 12,000 in March.', 'en')[0].countsKey[0]).toBe('employee');
  });
  it('reads nothing where the subject is no noun of the table', () => {
    expect(figs('Les prix ont augmenté de 3 en un an.', 'fr')[0].unit).toBe('number');
  });
});

describe('fixrev19b: review rev19b of figrecall19', () => {
  it('reads only listed nouns of an action before "of" (not "pictures", "signatures")', () => {
    // Before fixrev19b: children and inhabitants, the ending "-tures" read as a noun of an action.
    expect(keyOf('The agency released 40 pictures of children on Monday.', 'en', '40')).not.toContain('child');
    expect(keyOf('The petition gathered 1,000 signatures of residents.', 'en', '1,000')).not.toContain('inhabitant');
    expect(figs("Seulement 40 000 créations d'emplois ont été enregistrées en mars.", 'fr')[0].countsKey[0]).toBe('employee');
  });
  it('counts the subject\'s head of a verb of change, or nothing when the table does not know it', () => {
    // Before fixrev19b: hospitals, the nearest known noun before the unknown head "admissions".
    expect(keyOf('Hospital admissions rose by 300 in March.', 'en', '300')).not.toContain('hospital');
    expect(figs('Factory jobs have fallen by 12,000 in March.', 'en')[0].countsKey[0]).toBe('employee');
  });
  it('reads a short participle of a compound adjective ("army-led")', () => {
    // Before fixrev19b: the army, the word before the hyphen, "-led" too short for a participle.
    expect(figs('Officials counted 4 army-led convoys on the road.', 'en')[0].unit).not.toMatch(/army/u);
  });
});
