import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { ELISION, elidedStart, elisionLength, WORD, words } from './words';

/** The words the regular expression finds in the folded text, with its offsets. */
function byExpression(text: string): Array<[number, number]> {
  const folded = fold(text);
  return [...folded.matchAll(new RegExp(WORD.source, WORD.flags))].map((m) => [m.index!, m.index! + m[0].length]);
}

/** Where each word `words` scanned ends (elision moves a start, "l'armée" starts at "armée", never an end). */
function ends(text: string): number[] {
  return words(text).map((w) => w.end);
}

describe('words', () => {
  it('reads numbers, elisions, hyphens and marks as the expression does', () => {
    const text = "L'armée a tiré 10.000 obus, soit 2,5 % de plus ; « sud-africains » e\u0301te\u0301 ½ 𝟏𝟐.𝟑 𝐀𝐁 😀x ٣,٤";
    expect(ends(text)).toEqual(byExpression(text).map(([, e]) => e));
    expect(words("l'armée 10.000 sud-africains").map((w) => w.norm)).toEqual(['armee', '10.000', 'sud-africains']);
  });

  it('ends a word at an em dash, which the folded text writes as a hyphen, and joins at a hyphen', () => {
    // Text written for this test: an aside set off by an unspaced em dash or horizontal bar.
    expect(words('Marie-Amélie\u2014may resign\u2015soon').map((w) => w.norm)).toEqual(['marie-amelie', 'may', 'resign', 'soon']);
    expect(words('sud\u2011africains').map((w) => w.norm)).toEqual(['sud-africains']);
  });

  it('matches the expression on random strings of the characters that decide a word', () => {
    // Letters, marks, digits of several scripts, surrogate pairs and lone halves, the joiners.
    const pool = ['a', 'B', 'é', '1', '٣', '½', '\u0301', "'", '’', '-', '.', ',', ' ', '\n', '𝟎', '𝐀', '😀', '\ud835', '\udc00', "qu'", '10.000'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 0, len = 1 + rand(10); i < len; i++) s += pool[rand(pool.length)];
      expect(ends(s), JSON.stringify(s)).toEqual(byExpression(s).map(([, e]) => e));
    }
  });
});

describe('elisionLength', () => {
  it('finds what the elision expression matches', () => {
    const starts = ['l', 'd', 'qu', 'jusqu', 'quoiqu', 'lorsque', 'x', 'aujourd', '', "l'", 'L'];
    const after = ['armee', 'A', '1', 'é', '\u0301', '-', "'", '', '𝐀', '😀', ' x', '٣'];
    for (const s of starts) for (const a of after) {
      const w = `${s}'${a}`;
      expect(elisionLength(w), JSON.stringify(w)).toBe(ELISION.exec(w)?.[0].length ?? 0);
    }
    expect(elisionLength('armee')).toBe(0);
  });
});

describe('elidedStart', () => {
  // Written for this test.
  const text = "L'enquête avance ; jusqu’au soir, aujourd'hui rien qu'un mot. Don't.";
  const at = (w: string) => text.indexOf(w);
  it('moves a span start on a word back over its elided article or pronoun', () => {
    expect(elidedStart(text, at('enquête'))).toBe(0);
    expect(elidedStart(text, at('au soir'))).toBe(at('jusqu’au'));
    expect(elidedStart(text, at('un mot'))).toBe(at("qu'un"));
  });
  it('leaves a word with no elided article, or an apostrophe inside a longer word, as it is', () => {
    expect(elidedStart(text, at('avance'))).toBe(at('avance'));
    expect(elidedStart(text, at('hui'))).toBe(at('hui'));
    expect(elidedStart(text, at("t."))).toBe(at("t."));
  });
});
