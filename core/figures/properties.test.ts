import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures, formatFigure, formatNumber } from './index';

const LANGS = ['fr', 'en'] as const;
/** Number-ish fragments mixed into random text, so the parser's deep paths run, not just "no digit". */
const PIECES = [
  ' ', '-', '–', '.', ',', '/', '%', '\u00a0', '\u202f', 'à', 'et', 'and', 'to', 'de', 'plus', 'moins', 'jusqu’à', 'between',
  'vingt', 'quatre', 'cent', 'mille', 'million', 'millions', 'des', 'milliers', 'demi', 'half', 'a', 'un', 'une', 'one',
  'hundred', 'thousand', 'first', 'premier', 'quatrième', 'e', 'th', 'k', 'M', 'h', '22H00', '(19H00 GMT)', 'octobre',
  'December', '2024', '12', '10.000', '600 000', '1,5', '4.8', '½', '«', '»', '\n', 'selon', 'said', 'soldats', 'km',
  'last', 'next', 'the', 'one', 'before', 'avant', 'dernière', 'l’', 'y', 'there', 'according', 'estiment', 'qu’', 'hommes',
];
const texty = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.integer({ min: 0, max: 1e7 }).map(String)), { maxLength: 30 }).map((a) => a.join(' '));

describe('properties', () => {
  it('never throws on any Unicode input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), texty), fc.constantFrom(...LANGS), (s, lang) => {
        extractFigures(s, lang);
      }),
      { numRuns: 1500 },
    );
  });

  it('offsets always slice back to the reported text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), texty), fc.constantFrom(...LANGS), fc.boolean(), (s, lang, relativeOrdinals) => {
        for (const f of extractFigures(s, lang, { relativeOrdinals })) {
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('ignore ranges are respected', () => {
    fc.assert(
      fc.property(texty, fc.constantFrom(...LANGS), (s, lang) => {
        const ignore: Array<[number, number]> = [[0, Math.floor(s.length / 2)]];
        for (const f of extractFigures(s, lang, { ignore, relativeOrdinals: true })) expect(f.start < ignore[0][1] && ignore[0][0] < f.end).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('formatting a number and parsing it again gives the same value', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1e12 }),
      fc.integer({ min: 0, max: 1e9 }).chain((i) => fc.integer({ min: 1, max: 999 }).map((d) => Number(`${i}.${d}`))),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(...LANGS), (v, lang) => {
        const text = formatNumber(v, lang);
        const figs = extractFigures(text, lang);
        expect(figs, `${v} -> ${text}`).toHaveLength(1);
        expect(figs[0].low).toBe(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('formatting a figure and parsing it again gives the same interval', () => {
    const fig = fc.record({
      a: fc.integer({ min: 1, max: 5e6 }),
      span: fc.integer({ min: 1, max: 5e6 }),
      q: fc.constantFrom('exact', 'more-than', 'at-least', 'up-to', 'less-than', 'about', 'range') as fc.Arbitrary<
        'exact' | 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'about' | 'range'
      >,
    });
    fc.assert(
      fc.property(fig, fc.constantFrom(...LANGS), ({ a, span, q }, lang) => {
        const low = q === 'up-to' || q === 'less-than' ? null : a;
        const high = q === 'more-than' || q === 'at-least' ? null : q === 'range' ? a + span : a;
        const text = formatFigure({ low, high, qualifier: q }, lang);
        const figs = extractFigures(text, lang);
        expect(figs, text).toHaveLength(1);
        expect([figs[0].low, figs[0].high, figs[0].qualifier]).toEqual([low, high, q]);
      }),
      { numRuns: 1000 },
    );
  });
});
