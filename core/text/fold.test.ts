import { describe, expect, it } from 'vitest';
import { fold, foldSlice, holdFold } from './fold';
import { prng } from './prng';

/** fold as it was written first: four replacements, then lower case and accents per character. */
function reference(text: string): string {
  const lowered = text
    .replace(/[\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032]/g, "'")
    .replace(/[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A]/g, '"')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u2004\u2005\u2006\u2008\u205F\u3000]/g, ' ')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-');
  let out = '';
  for (const ch of lowered.split('')) {
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? lower : ch;
    const d = base.normalize('NFD');
    const stripped = d.length > 1 && /^[\p{L}][\p{M}]+$/u.test(d) ? d[0] : base;
    out += stripped.length === 1 ? stripped : ch;
  }
  return out;
}

describe('fold', () => {
  it('folds every code unit as the reference does', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(fold(all)).toBe(reference(all));
  });

  it('folds text mixing runs and folded characters as the reference does', () => {
    const rand = prng(5);
    const pool = ['a', 'Z', ' ', '`', "'", 'É', 'ç', '’', '«', '\u00a0', '–', 'İ', 'ß', '€', '😀', 'Ⅻ', '.', '9'];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = 0, n = Math.floor(rand() * 12); i < n; i++) s += pool[Math.floor(rand() * pool.length)];
      expect(fold(s), JSON.stringify(s)).toBe(reference(s));
    }
    expect(fold("L’Élysée « a dit »")).toBe('l\'elysee " a dit "');
  });
});

describe('foldSlice', () => {
  it('is the fold of the slice, for any window of either of two texts asked in turn', () => {
    const texts = ["L’Élysée a annoncé « 12 morts » le 3 mars.", 'The MINISTRY said – on Monday – that 1,200 were hurt.'];
    for (let k = 0; k < 200; k++) {
      const text = texts[k % 2];
      const a = (k * 7) % text.length;
      const b = a + ((k * 13) % (text.length + 5));
      expect(foldSlice(text, a, b), `${k % 2} ${a} ${b}`).toBe(fold(text.slice(a, b)));
    }
  });
});

describe('holdFold', () => {
  it('gives foldSlice the held text, and foldSlice still folds any other text it is asked', () => {
    const held = 'Le Préfet a compté 1 200 Manifestants.';
    holdFold(held, fold(held));
    expect(foldSlice(held, 3, 9)).toBe('prefet');
    const other = 'ÉTÉ 2024 : Trois Morts.';
    expect(foldSlice(other, 0, 3)).toBe('ete');
    expect(foldSlice(held, 20, 26)).toBe(fold(held.slice(20, 26)));
  });
});
