/**
 * One pass over the folded text that cuts it into words, digit numbers and punctuation, with
 * offsets. Every later stage (numbers, ranges, dates, counts) walks this array instead of running
 * its own regexes over the whole text, which keeps extraction linear in the text length.
 */
import type { Lang } from '../types';
import { hasAccentedForm, writtenApart } from '../concepts';

export type TokKind = 'w' | 'd' | 'p';

export interface Tok {
  kind: TokKind;
  start: number;
  end: number;
  /** Folded text of the token (lower case, no accents). */
  t: string;
  /** For digit tokens: the parsed value. */
  v: number;
  /** For digit tokens: written as an ordinal ("4e", "4th", "1er"). */
  ord?: boolean;
  /** A line break (or more) precedes this token: numbers never continue across it. */
  nl: boolean;
  /** The original token starts with an upper-case letter ("10M" is ten million, "10m" ten metres). */
  cap?: boolean;
  /** The original word is written all in capitals ("EN DIRECT"): a headline's or a label's, not a sentence's. */
  upper?: boolean;
  /** An English text's "a": the indefinite article, which folds to the same letter as French "à" (a preposition of
   *  place). "at a Christmas market" names no place "Christmas"; "à Noël" would be a French one. */
  article?: boolean;
}

// Digit numbers. A thousands group separator must be followed by exactly three digits, and the same
// separator must be used throughout, so "1, 234, 567" stays three numbers and "10.000" is one.
// The separator class includes the folded no-break spaces (fold maps U+00A0/U+202F to ' ').
const NUM =
  /(?<![\p{L}\d.,])(?:(\d{1,3})(?:([ .,])\d{3}(?:\2\d{3})*)(?!\d)(?:[.,]\d+(?![.,]?\d))?|\d+(?:[.,]\d+)?)(?:e[+-]?\d+)?/uy;
const ORD_SUFFIX = /(?:emes|eres|ers|ere|er|re|eme|e|nd|st|rd|th)(?![\p{L}\d])/uy;
const WORD = /\p{L}+/uy;
/** "^23", "^-1", "^+23", "^--23" (a doubled minus reads as plus), or "x10^6". Group 1: the "x10" form. */
const POWER = /(x10)?\^((?:--|[+-])?\d+)(?![\d.])/y;
/** Unicode vulgar fractions, read as digit numbers. */
const VULGAR: Record<string, number> = { '\u00bd': 1 / 2, '\u2153': 1 / 3, '\u2154': 2 / 3, '\u00bc': 1 / 4, '\u00be': 3 / 4, '\u2155': 1 / 5, '\u2156': 2 / 5, '\u2157': 3 / 5, '\u2158': 4 / 5, '\u2159': 1 / 6, '\u215a': 5 / 6, '\u215b': 1 / 8, '\u215c': 3 / 8, '\u215d': 5 / 8, '\u215e': 7 / 8 };
const LEADING_DECIMAL = /[.,]\d+/y;
const SPACE = /\s+/y;

/** Parse one digit-number string by the conventions of `lang` (see NUM for the grouping rules). */
export function parseDigits(raw: string, lang: Lang): number {
  const expo = /e([+-]?\d+)$/.exec(raw);
  let body = expo ? raw.slice(0, expo.index) : raw;
  const mult = expo ? Math.pow(10, Number(expo[1])) : 1;
  const seps = body.replace(/\d/g, '');
  if (!seps) return Number(body) * mult;
  const last = body.search(/[.,][^.,]*$/);
  const lastSep = last >= 0 ? body[last] : '';
  const groupSep = seps[0];
  const groups = seps.split('').filter((c) => c === groupSep).length;
  if (groupSep === ' ') {
    // Spaces group thousands in both languages; a trailing . or , is the decimal mark.
    body = body.replace(/ /g, '');
    return Number(body.replace(',', '.')) * mult;
  }
  const tail = last >= 0 ? body.length - last - 1 : 0;
  const mixed = seps.includes('.') && seps.includes(',');
  if (mixed) {
    // "1.111,11" / "1,111.11": the last mark is the decimal one.
    const dec = lastSep;
    const cleaned = body.split(dec === '.' ? ',' : '.').join('');
    return Number(cleaned.replace(',', '.')) * mult;
  }
  // One kind of mark only.
  const decimalMark = lang === 'fr' ? ',' : '.';
  if (groupSep === decimalMark && groups === 1) return Number(body.replace(',', '.')) * mult;
  if (tail === 3 && (groups > 1 || groupSep !== decimalMark)) return Number(body.split(groupSep).join('')) * mult;
  // "1,3" in English, "1.5" in French: a short tail is a decimal whatever the language.
  return Number(body.replace(',', '.')) * mult;
}

/** Cut text into tokens. `folded` is fold(original) (same length), `original` gives letter case. */
export function tokenize(folded: string, lang: Lang, original: string = folded): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let nl = false;
  const n = folded.length;
  while (i < n) {
    const c = folded.charCodeAt(i);
    // One space before a printable ASCII character, the common case, is read without the regexes below.
    if (c === 32) {
      const next = folded.charCodeAt(i + 1);
      if (next > 32 && next < 127) { i++; continue; }
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0x2028 || c === 0x2029) {
      SPACE.lastIndex = i;
      const m = SPACE.exec(folded);
      const len = m ? m[0].length : 1;
      if (/[\n\r\u2028\u2029]/.test(folded.slice(i, i + len))) nl = true;
      i += len;
      continue;
    }
    const ch0 = folded[i];
    if (VULGAR[ch0] !== undefined) {
      out.push({ kind: 'd', start: i, end: i + 1, t: ch0, v: VULGAR[ch0], nl });
      nl = false;
      i++;
      continue;
    }
    // ".08", ",23": a decimal with no integer part, only after a space or at the start.
    if ((c === 46 || c === 44) && (i === 0 || /\s/.test(folded[i - 1]))) {
      LEADING_DECIMAL.lastIndex = i;
      const m = LEADING_DECIMAL.exec(folded);
      if (m && !/[\d.,]/.test(folded[i + m[0].length] ?? '')) {
        out.push({ kind: 'd', start: i, end: i + m[0].length, t: m[0], v: Number(`0.${m[0].slice(1)}`), nl });
        nl = false;
        i += m[0].length;
        continue;
      }
    }
    if (c >= 48 && c <= 57) {
      NUM.lastIndex = i;
      let m = NUM.exec(folded);
      // English dotted codes ("192.168.1.2", "22,24,26"): a separator followed by more digits after
      // the match means a list or an address, not one number; take the leading digits alone.
      if (m && lang === 'en' && /^[.,]\d/.test(folded.slice(i + m[0].length, i + m[0].length + 2)) && /[.,]/.test(m[0])) {
        m = /^\d+/.exec(folded.slice(i)) as RegExpExecArray;
      }
      if (m) {
        const raw = m[0];
        const end = i + raw.length;
        const tok: Tok = { kind: 'd', start: i, end, t: raw, v: parseDigits(raw, lang), nl };
        ORD_SUFFIX.lastIndex = end;
        const o = /^\d+$/.test(raw) ? ORD_SUFFIX.exec(folded) : null;
        if (o) {
          tok.ord = true;
          tok.end = end + o[0].length;
          tok.t = folded.slice(i, tok.end);
        } else {
          // Powers: "1.1^23", "2.5^-1", "1.3x10^6" (scientific notation as typed on the web).
          POWER.lastIndex = end;
          const pw = POWER.exec(folded);
          if (pw) {
            const exp = Number(pw[2].startsWith('--') ? pw[2].slice(2) : pw[2]);
            tok.v = pw[1] ? tok.v * Math.pow(10, exp) : Math.pow(tok.v, exp);
            tok.end = end + pw[0].length;
            tok.t = folded.slice(i, tok.end);
          }
        }
        out.push(tok);
        nl = false;
        i = tok.end;
        continue;
      }
      // Digits glued to letters ("29km", "SCP-173" handled by the lookbehind): take the digit run.
      let j = i;
      while (j < n && folded.charCodeAt(j) >= 48 && folded.charCodeAt(j) <= 57) j++;
      out.push({ kind: 'd', start: i, end: j, t: folded.slice(i, j), v: Number(folded.slice(i, j)), nl });
      nl = false;
      i = j;
      continue;
    }
    WORD.lastIndex = i;
    const w = WORD.exec(folded);
    if (w) {
      const first = original.charCodeAt(i);
      // A word opening on an ASCII lower-case letter (most words) is neither capitalised nor all in capitals: the
      // case conversions below, three strings per word, are left for the others.
      // A word whose letters the concept table writes with other accents ("élevé", high, beside "élève", a pupil) is
      // kept as written, accents and all, so that it meets no concept of the other word (concepts writtenApart).
      const t = hasAccentedForm(w[0]) && writtenApart(w[0], original.slice(i, i + w[0].length).toLowerCase())
        ? original.slice(i, i + w[0].length).toLowerCase() : w[0];
      if (first >= 97 && first <= 122) {
        const tok: Tok = { kind: 'w', start: i, end: i + w[0].length, t, v: NaN, nl, cap: false };
        if (lang === 'en' && w[0] === 'a') tok.article = true;
        out.push(tok);
        nl = false;
        i += w[0].length;
        continue;
      }
      const ch = original.charAt(i);
      const orig = original.slice(i, i + w[0].length);
      const tok: Tok = { kind: 'w', start: i, end: i + w[0].length, t, v: NaN, nl, cap: ch !== ch.toLowerCase() };
      if (w[0].length > 1 && orig === orig.toUpperCase() && orig !== orig.toLowerCase()) tok.upper = true;
      if (lang === 'en' && w[0] === 'a') tok.article = true;
      out.push(tok);
      nl = false;
      i += w[0].length;
      continue;
    }
    // Keep surrogate pairs whole so slices never split a character.
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push({ kind: 'p', start: i, end: i + len, t: folded.slice(i, i + len), v: NaN, nl });
    nl = false;
    i += len;
  }
  return out;
}
