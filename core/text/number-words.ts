/**
 * Numbers as single words. `words()` keeps "50.000" and "50,000" whole but splits "50 000" at its space;
 * a passage span taken from such words could begin mid-number ("000 soldats"), and the same value would
 * never meet across styles. `joinNumbers` merges the digit groups of one number into one word whose
 * `norm` is its value written plainly: "50.000" = "50,000" = "50 000" -> "50000"; "2,5" = "2.5" ->
 * "2.5"; "1,27 million" -> "1.27" (a three-digit group before "million" is a decimal part).
 */
import type { Word } from './words';

/** Separators between thousands groups: dot, comma, space, no-break and narrow no-break space, and the apostrophe
 *  (straight or typographic) of Swiss usage ("100'000", "1’250’000"), which words() keeps inside one word
 *  (SWISS_GROUPED splits it back). */
const GROUP_SEP = /^[., \u00a0\u202f'\u2019]$/;
/** Separators between an integer and its decimals. */
const DECIMAL_SEP = /^[.,]$/;
const DIGITS = /^\p{N}+$/u;
/** Words after which "1,212" is a decimal ("1,212 million"), not a thousand-and-something. */
export const SCALE_WORDS = new Set(['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'trillion', 'trillions', 'md', 'mds', 'mn', 'bn']);

/** A word of digit groups joined by dots or commas, as words() gives "50.000" or "1,5". */
const DOTTED = /^\p{N}+(?:[.,]\p{N}+)+$/u;
/** A word of thousands groups joined by apostrophes, as words() gives Swiss French "100'000" (fold makes "’" "'"):
 *  three digits after each apostrophe, at most three before the first, so nothing else written with an apostrophe
 *  between digits is read as one number. Left whole, its parts gave "#100" and "#000", which met nothing of the
 *  other text's "100,000". */
const SWISS_GROUPED = /^\p{N}{1,3}(?:'\p{N}{3})+$/u;

/** The word starts with an ASCII letter, so it is no number: settles most words without the
 *  Unicode expressions below, which ran on every word of a text. */
function startsWithLetter(norm: string): boolean {
  const c = norm.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

/** Split "50.000" and "1,5" back into their digit groups, each with its own offsets, for joinNumbers to read. */
function digitGroups(ws: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of ws) {
    if (startsWithLetter(w.norm) || !(DOTTED.test(w.norm) || SWISS_GROUPED.test(w.norm))) {
      out.push(w);
      continue;
    }
    let at = 0;
    for (const g of w.norm.split(/[.,']/)) {
      out.push({ raw: w.raw.slice(at, at + g.length), norm: g, start: w.start + at, end: w.start + at + g.length, capitalized: false });
      at += g.length + 1;
    }
  }
  return out;
}

/** Merge the digit groups of each number into one word (offsets of the whole number, value as norm). */
export function joinNumbers(text: string, words: Word[]): Word[] {
  const ws = digitGroups(words);
  const out: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (startsWithLetter(w.norm) || !DIGITS.test(w.norm)) {
      out.push(w);
      continue;
    }
    let j = i;
    let intPart = w.norm;
    let decimals = '';
    // Thousands groups: one separator character, then exactly three digits. The first group has at
    // most three digits ("2023 300 people" is a year and a count).
    if (w.norm.length <= 3) {
      while (j + 1 < ws.length && isGroup(text, ws[j], ws[j + 1], GROUP_SEP) && ws[j + 1].norm.length === 3) {
        j++;
        intPart += ws[j].norm;
      }
    }
    // Decimals: "2,5", "2.5", "25,9 %". One group of three after a dot or comma is a thousands group
    // (taken above), unless a scale word follows ("1,212 million").
    if (j === i && j + 1 < ws.length && isGroup(text, ws[j], ws[j + 1], DECIMAL_SEP)) {
      const next = ws[j + 1];
      const scaled = j + 2 < ws.length && SCALE_WORDS.has(ws[j + 2].norm);
      if (next.norm.length !== 3 || scaled) {
        j++;
        decimals = next.norm;
      }
    } else if (j === i + 1 && SCALE_WORDS.has(ws[j + 1]?.norm ?? '') && DECIMAL_SEP.test(text[ws[i].end]) && w.norm.length <= 3) {
      // "1,212 million": the group taken as thousands is the decimal part.
      decimals = ws[j].norm;
      intPart = w.norm;
    }
    if (j === i) {
      out.push(w);
      continue;
    }
    const end = ws[j].end;
    out.push({ raw: text.slice(w.start, end), norm: decimals ? `${Number(intPart)}.${decimals.replace(/0+$/, '') || '0'}` : String(Number(intPart)), start: w.start, end, capitalized: false });
    i = j;
  }
  return out;
}

/** `b` follows `a` after exactly one separator character matching `sep`, and is all digits. */
function isGroup(text: string, a: Word, b: Word, sep: RegExp): boolean {
  return b.start === a.end + 1 && sep.test(text[a.end]) && DIGITS.test(b.norm);
}
