import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { lastDigitUnit, samePrecisionRounded, withinRounding } from './intervals';
import type { Figure } from './types';
import type { Lang } from '../types';

const fig = (text: string, lang: Lang, q: string): Figure => {
  const f = extractFigures(text, lang).find((x) => x.text === q);
  if (!f) throw new Error(`no figure "${q}" in "${text}"`);
  return f;
};

describe('lastDigitUnit', () => {
  it('gives the place of the last significant digit', () => {
    expect(lastDigitUnit(1300)).toBe(100);
    expect(lastDigitUnit(1_300_000)).toBe(100_000);
    expect(lastDigitUnit(955)).toBe(1);
    expect(lastDigitUnit(25.9)).toBeCloseTo(0.1);
  });
});

describe('withinRounding', () => {
  it('reads "quelque 1 300" as what rounds to it at the hundreds (1 250 to 1 349)', () => {
    const about = fig('Quelque 1 300 bénévoles ont été mobilisés.', 'fr', 'Quelque 1 300');
    expect(withinRounding(about, fig('Les organisateurs comptent 1 340 bénévoles.', 'fr', '1 340'))).toBe(true);
    expect(withinRounding(about, fig('Les organisateurs comptent 1 250 bénévoles.', 'fr', '1 250'))).toBe(true);
    expect(withinRounding(about, fig('Les organisateurs comptent 1 360 bénévoles.', 'fr', '1 360'))).toBe(false);
  });
  it('reads "about 1.3 million" as covering 1.27 million (beyond the 2% rule)', () => {
    const about = fig('About 1.3 million visitors came to the fair.', 'en', 'About 1.3 million');
    expect(withinRounding(about, fig('The fair counted 1.27 million visitors.', 'en', '1.27 million'))).toBe(true);
  });
  it('does not stretch one significant digit to half the value: "about 1 million" is not 1.1 million', () => {
    const about = fig('About 1 million visitors came to the fair.', 'en', 'About 1 million');
    expect(withinRounding(about, fig('The fair counted 1.1 million visitors.', 'en', '1.1 million'))).toBe(false);
  });
  it('needs the qualifier for the precision rule: a plain "1 300" is not a rounding of 1 340', () => {
    const plain = fig('Le festival a reçu 1 300 bénévoles.', 'fr', '1 300');
    expect(withinRounding(plain, fig('Les organisateurs comptent 1 340 bénévoles.', 'fr', '1 340'))).toBe(false);
  });
});

describe('samePrecisionRounded (verdict35)', () => {
  it('reads a share cut to one decimal as the same value', () => {
    expect(samePrecisionRounded(fig('La liste a obtenu 31,4 % des suffrages.', 'fr', '31,4 %'), fig('The list won 31.48 per cent of the ballots.', 'en', '31.48 per cent'))).toBe(true);
    // Rounded, as before.
    expect(samePrecisionRounded(fig('La liste a obtenu 31,5 % des suffrages.', 'fr', '31,5 %'), fig('The list won 31.48 per cent of the ballots.', 'en', '31.48 per cent'))).toBe(true);
  });
  it('leaves two values apart that neither rounding nor a cut joins, and a whole number cut from a decimal', () => {
    expect(samePrecisionRounded(fig('La liste a obtenu 31,3 % des suffrages.', 'fr', '31,3 %'), fig('The list won 31.48 per cent of the ballots.', 'en', '31.48 per cent'))).toBe(false);
    expect(samePrecisionRounded(fig('La liste a obtenu 31 % des suffrages.', 'fr', '31 %'), fig('The list won 31.8 per cent of the ballots.', 'en', '31.8 per cent'))).toBe(false);
  });
});

describe('samePrecisionRounded: a cut only for shares (verdict35 review)', () => {
  it('does not read an amount cut to a decimal as the same value', () => {
    expect(samePrecisionRounded(fig('La digue mesure 17,2 kilomètres.', 'fr', '17,2 kilomètres'), fig('The dike is 17.27 kilometres long.', 'en', '17.27 kilometres'))).toBe(false);
  });
});
