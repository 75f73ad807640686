import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (unit32).
const unitOf = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text === q)?.unit;

describe('a scale whose noun is the subject of the value\'s clause (unit32)', () => {
  it('reads "sa magnitude a été estimée à 6,1" and the values coordinated after it', () => {
    const text = "Sa magnitude a été estimée à 6,1 par l'institut national, à 6,3 par l'observatoire voisin.";
    expect(unitOf(text, 'fr', '6,1')).toBe('magnitude');
    expect(unitOf(text, 'fr', '6,3')).toBe('magnitude');
    expect(unitOf('La magnitude de la secousse était de 5,8 selon les sismologues.', 'fr', '5,8')).toBe('magnitude');
    expect(unitOf('Its magnitude was later revised to 6.4 by the survey.', 'en', '6.4')).toBe('magnitude');
  });
  it('reads a range after a participle ("d\'une magnitude estimée entre 5,9 et 6,2")', () => {
    expect(unitOf("Trois jours après une secousse d'une magnitude estimée entre 5,9 et 6,2, les routes restent coupées.", 'fr', 'entre 5,9 et 6,2')).toBe('magnitude');
  });
  it('reads no magnitude for a count of the clause, nor past a number or above the scale', () => {
    // A noun the table knows after the number is what it counts.
    expect(unitOf("La secousse, d'une magnitude moindre, a détruit 8 maisons.", 'fr', '8')).not.toBe('magnitude');
    // A guard only: this one gave no magnitude before unit32 either.
    expect(unitOf('Sa magnitude, selon le rapport publié à 12, reste discutée.', 'fr', '12')).not.toBe('magnitude');
    // Above the scale: no magnitude is 12. The figure is read, so the scale check is what refuses the unit.
    const above = extractFigures('Sa magnitude a été estimée à 12 par erreur.', 'fr').find((f) => f.text === '12');
    expect(above).toBeDefined();
    expect(above?.unit).not.toBe('magnitude');
  });
  it('reads no magnitude when the scale\'s noun has no verb of measuring before the value', () => {
    const en = extractFigures('The magnitude of the crisis rose to 4 in the ranking.', 'en').find((f) => f.text === '4');
    expect(en).toBeDefined();
    expect(en?.unit).not.toBe('magnitude');
    const fr = extractFigures('La magnitude du séisme, ressentie à 3, reste discutée.', 'fr').find((f) => f.text === '3');
    expect(fr).toBeDefined();
    expect(fr?.unit).not.toBe('magnitude');
  });
});

describe('a value of a graded scale measures its event, it counts nothing (unit32)', () => {
  it('lets a toll govern its value past a magnitude in its subject', () => {
    expect(unitOf('The death toll from a magnitude 6.9 earthquake that hit the island on Monday has risen to 14, officials said.', 'en', '14')).toBe('people');
  });
  it('keeps the top of a scale within it ("strengthened to 5" after "Category 4")', () => {
    expect(unitOf('A Category 3 storm reached the islands and strengthened to 5 overnight.', 'en', '5')).toBe('category');
  });
  it('lets a toll govern its value past a clock time written "a.m."', () => {
    expect(unitOf('The toll rose to 12 after the blast, which struck at 9 a.m. on Friday.', 'en', '12')).toBe('people');
  });
  it('passes the scale\'s unit on to no value outside the scale', () => {
    const text = 'A quake of magnitude 6.6 hit the valley on Monday, stranding hundreds in the hills.';
    expect(unitOf(text, 'en', 'hundreds')).not.toBe('magnitude');
    expect(unitOf('A quake of magnitude 6.6 hit the valley, and 14 were found later.', 'en', '14')).not.toBe('magnitude');
    // Within the scale, the next value of the sentence is still its value.
    expect(unitOf('A quake of magnitude 6.6 hit the valley, followed an hour later by one of 5.2.', 'en', '5.2')).toBe('magnitude');
  });
});

describe('a fraction of a century is a span of years (unit32)', () => {
  const figureOf = (text: string, lang: Lang, q: string) => extractFigures(text, lang).find((f) => f.text.startsWith(q));
  it('reads "a quarter of a century" and "un demi-siècle" as years', () => {
    const en = figureOf('The drought was the worst in a quarter of a century, farmers said.', 'en', 'a quarter');
    expect([en?.unit, en?.low]).toEqual(['years', 25]);
    const fr = figureOf('La sécheresse est la pire depuis un demi-siècle.', 'fr', 'un demi');
    expect([fr?.unit, fr?.low]).toEqual(['years', 50]);
  });
  it('reads a fraction glued to "century" by a hyphen ("a quarter-century")', () => {
    const en = figureOf('The feud between the two villages lasted a quarter-century.', 'en', 'a quarter');
    expect([en?.unit, en?.low]).toEqual(['years', 25]);
  });
  it('leaves a fraction of something else a share', () => {
    expect(figureOf('Half of the century\'s droughts struck in summer.', 'en', 'Half')?.unit).not.toBe('years');
    expect(figureOf('Un quart des électeurs se sont abstenus.', 'fr', 'Un quart')?.unit).not.toBe('years');
  });
});

describe('a participle of need after a bare number is no counted noun (unit32)', () => {
  it('gives "les 326 nécessaires" the count before it, as a threshold', () => {
    const f = extractFigures('Le parti totalise 340 sièges, dépassant largement les 326 nécessaires pour obtenir la majorité.', 'fr').find((x) => x.text === '326');
    expect(f?.unit).toBe('seats');
    expect(f?.countsKey).toContain('threshold');
  });
});

describe('a participle of need before a noun is an adjective, the noun is counted (fixunit32)', () => {
  it('keeps the noun after "needed", "required", "necessary"', () => {
    expect(unitOf('The bill won the 218 needed votes.', 'en', '218')).not.toBe('number');
    expect(unitOf('They gathered the 60 required signatures.', 'en', '60')).not.toBe('number');
    expect(unitOf('The 300 necessary reforms were voted.', 'en', '300')).not.toBe('number');
  });
  it('still reads a bare need after the number as no noun ("the 270 needed to win")', () => {
    const f = extractFigures('The 270 needed to win were out of reach.', 'en').find((x) => x.text === '270');
    expect(f?.countsKey).toContain('threshold');
    expect(f?.unit).not.toMatch(/^w:need/);
  });
});
