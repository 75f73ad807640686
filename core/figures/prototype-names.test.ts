/**
 * Every name of Object.prototype, Array.prototype, Function.prototype and String.prototype, as it is
 * written and folded, through every look-up of the figure path: the number tables (unit, scale,
 * ordinal, denominator, digit suffix), vague and approximate nouns, bound words, what is counted,
 * who says it, dates and moments, and the comparison. A table that were a plain object would answer
 * "constructor" or "length" from its prototype: the figure path must read such a word as any
 * unknown word, and never throw ("The firm hired 3,000 constructor staff." once crashed the CLI).
 */
import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures, type Figure } from './index';
import { fold } from '../text/fold';
import { tokenize } from './tokens';
import { parseNumberAt } from './numbers';
import { parseVagueAt } from './vague';

const NAMES = [...new Set([Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
  .flatMap((p) => Object.getOwnPropertyNames(p))
  .flatMap((n) => [n, n.toLowerCase(), n.replace(/_/g, '')]))];

/** Each template puts the name where one kind of look-up reads it. */
const TEMPLATES: Record<'fr' | 'en', string[]> = {
  fr: [
    '{w}', '3 000 {w}', '3{w} de personnes', '3 {w}', '{w} 3', 'trois {w}', 'vingt {w}', 'trois {w}s', 'un {w}',
    'des {w} de soldats', 'plusieurs {w}', 'une {w} de maires', 'une {w}', 'plus de {w} 40', '40 {w} plus',
    'entre 3 et {w} 5', 'de 3 {w} 5', 'deux tiers de {w}', 'un et {w}', 'vingt-{w}', 'cent {w}',
    'selon le {w}, 40 morts', '40 morts, a déclaré {w}', 'le {w} 3 mars 2024, 40 morts', '{w} dernier, 40 morts',
    '12 {w}', 'La tempête a fait 40 morts et 12 {w}.', '- 3 {w}', '{w}-5', 'le 3 {w} 2024', '{w} 2017 {w}',
  ],
  en: [
    '{w}', 'The firm hired 3,000 {w} staff.', '3{w} people', '3 {w}', '{w} 3', 'three {w}', 'twenty {w}', 'three {w}s',
    'a {w}', 'thousands of {w}', 'several {w}', 'a {w} of people', '{w} of people', 'scores of {w}', 'more than {w} 40',
    '40 {w} more', 'between 3 and {w} 5', 'from 3 {w} 5', 'two thirds of a {w}', 'one and a {w}', 'twenty-{w}',
    'hundred {w}', 'According to the {w}, 40 died.', '40 died, {w} said.', 'On {w} 3, 2024, 40 died.', 'last {w}, 40 died',
    '12 {w}', 'The storm killed 40 people and injured 12 {w}.', '- 3 {w}', '{w}-5', 'his 2017 {w} victory', '2.5 {w}',
  ],
};

function valid(text: string, figs: Figure[]): void {
  for (const f of figs) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const b of [f.low, f.high]) expect(b === null || typeof b === 'string' || Number.isFinite(b)).toBe(true);
    expect(typeof f.counts).toBe('string');
    expect(Array.isArray(f.countsKey)).toBe(true);
    if (f.saidBy !== undefined) expect(typeof f.saidBy).toBe('string');
  }
}

describe('prototype names through the figure path', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every name in every template extracts and compares without throwing`, () => {
      const source = { id: 's', text: '', lang, figures: [] as Figure[] };
      let figures = 0;
      for (const w of NAMES) {
        for (const tpl of TEMPLATES[lang]) {
          const text = tpl.split('{w}').join(w);
          const figs = extractFigures(text, lang, { published: '2024-03-05', relativeOrdinals: true });
          valid(text, figs);
          figures += figs.length;
          source.text = text;
          source.figures = figs;
          const reports = compareFigures({ text, lang, figures: figs }, [source]);
          for (const r of reports) for (const c of r.comparisons) expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
        }
      }
      // The templates do carry numbers: the look-ups were reached, not skipped.
      expect(figures).toBeGreaterThan(NAMES.length * 10);
    });
  }

  it('reads a prototype name as an unknown word, not as a number word', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const w of NAMES) {
        // The parsers themselves start no phrase at it (extraction would also drop a NaN value).
        const toks = tokenize(fold(w), lang, w);
        for (let i = 0; i < toks.length; i++) {
          expect(parseNumberAt(toks, i, lang), w).toBeNull();
          expect(parseVagueAt(toks, i, lang), w).toBeNull();
        }
        // Alone, a word that is no number word gives no figure; with a number, it adds nothing to its value.
        expect(extractFigures(w, lang), w).toEqual([]);
        const three = extractFigures(`3 ${w}`, lang).find((f) => f.start === 0);
        expect(three?.low, w).toBe(3);
      }
    }
  });
});
