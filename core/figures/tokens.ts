/**
 * One pass over the folded text that cuts it into words, digit numbers and punctuation, with
 * offsets. Every later stage (numbers, ranges, dates, counts) walks this array instead of running
 * its own regexes over the whole text, which keeps extraction linear in the text length.
 */
import type { Lang } from '../types';
import { hasAccentedForm, writtenApart } from '../concepts';
import { conceptsOf, lookupIn, type Concept, type ConceptType } from '../concepts/index';
import { intern } from '../text/intern';

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
  /** A French "à" written with its accent: the preposition, which folds to the same letter as the verb "a" ("à 300
   *  pieds de la proue" is a distance, "le domaine a 10 000 pieds de vigne" counts plants). */
  grave?: boolean;
  /** The concepts of a word's `t` (conceptsOf), once read by lookupTok. */
  concepts?: readonly Concept[];
}

/**
 * `lookup` of a token's word, its concepts read once per token (speed44): the rules ask the concepts table about one
 * token many times (its weekday for the occasions, its nation for the places, its concept for the clause, its time
 * word for the moment: 2.6 million look-ups for the 0.3 million words of the development set's French texts), and each
 * look-up in the table of every concept word was a tenth of the speaker search's time. `t` is never changed once a
 * word's token is made, so the concepts kept stay those of its word.
 */
export function lookupTok(t: Tok, type?: ConceptType): Concept | undefined {
  return lookupIn(t.concepts ??= conceptsOf(t.t), type);
}

// Digit numbers. A thousands group separator must be followed by exactly three digits, and the same
// separator must be used throughout, so "1, 234, 567" stays three numbers and "10.000" is one.
// The separator class includes the folded no-break spaces (fold maps U+00A0/U+202F to ' ') and the apostrophe, Swiss
// usage in both languages ("33'000", "1’250’000"; fold maps U+2019 to "'"): between digits it elides nothing.
const NUM =
  /(?<![\p{L}\d.,])(?:(\d{1,3})(?:([ .,'])\d{3}(?:\2\d{3})*)(?!\d)(?:[.,]\d+(?![.,]?\d))?|\d+(?:[.,]\d+)?)(?:e[+-]?\d+)?/uy;
const ORD_SUFFIX = /(?:emes|eres|ers|ere|er|re|eme|e|nd|st|rd|th)(?![\p{L}\d])/uy;
const WORD = /\p{L}+/uy;
/** "^23", "^-1", "^+23", "^--23" (a doubled minus reads as plus), or "x10^6". Group 1: the "x10" form. */
const POWER = /(x10)?\^((?:--|[+-])?\d+)(?![\d.])/y;
/** Unicode vulgar fractions, read as digit numbers. */
const VULGAR: Record<string, number> = { '\u00bd': 1 / 2, '\u2153': 1 / 3, '\u2154': 2 / 3, '\u00bc': 1 / 4, '\u00be': 3 / 4, '\u2155': 1 / 5, '\u2156': 2 / 5, '\u2157': 3 / 5, '\u2158': 4 / 5, '\u2159': 1 / 6, '\u215a': 5 / 6, '\u215b': 1 / 8, '\u215c': 3 / 8, '\u215d': 5 / 8, '\u215e': 7 / 8 };
const LEADING_DECIMAL = /[.,]\d+/y;
/** Abbreviations of a length that a glued "2" or "²" squares into an area ("600 km2", "50 m²", "3 mi2"): read as one
 * word ("km2"), a unit of the concept table, not as a length followed by a number 2 ("600 km" and a figure "2"). */
const SQUARED_LENGTHS: ReadonlySet<string> = new Set(['km', 'm', 'mi', 'ft']);
/** The square's mark glued after such an abbreviation: a digit 2 or the superscript two, ending the word. */
const SQUARE_MARK = /(?:2|\u00b2)(?![\p{L}\d.,]\d|[\p{L}\d])/uy;
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
  if (groupSep === ' ' || groupSep === "'") {
    // Spaces and apostrophes group thousands in both languages; a trailing . or , is the decimal mark.
    body = body.split(groupSep).join('');
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

/**
 * A token with every field of Tok, in one order, whatever its kind: tokens built with different fields (a digit's
 * `ord`, a word's `cap`, `upper` or `article`) have different hidden classes in V8, six in all, and every reader of
 * `toks[k].t` then went through the megamorphic property look-up (2.4% of English extraction's instructions,
 * session 17). Absent fields stay undefined, as before.
 */
function tok(kind: TokKind, start: number, end: number, t: string, v: number, nl: boolean, cap?: boolean): Tok {
  // Words and punctuation are the strings rules compare with their own words: one internalized copy each
  // (core/text/intern.ts). Digits are read by value and left as sliced.
  return { kind, start, end, t: kind === 'd' ? t : intern(t), v, ord: undefined, nl, cap, upper: undefined, article: undefined, concepts: undefined };
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
      out.push(tok('d', i, i + 1, ch0, VULGAR[ch0], nl));
      nl = false;
      i++;
      continue;
    }
    // ".08", ",23": a decimal with no integer part, only after a space or at the start.
    if ((c === 46 || c === 44) && (i === 0 || /\s/.test(folded[i - 1]))) {
      LEADING_DECIMAL.lastIndex = i;
      const m = LEADING_DECIMAL.exec(folded);
      if (m && !/[\d.,]/.test(folded[i + m[0].length] ?? '')) {
        out.push(tok('d', i, i + m[0].length, m[0], Number(`0.${m[0].slice(1)}`), nl));
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
        const d = tok('d', i, end, raw, parseDigits(raw, lang), nl);
        ORD_SUFFIX.lastIndex = end;
        const o = /^\d+$/.test(raw) ? ORD_SUFFIX.exec(folded) : null;
        if (o) {
          d.ord = true;
          d.end = end + o[0].length;
          d.t = folded.slice(i, d.end);
        } else {
          // Powers: "1.1^23", "2.5^-1", "1.3x10^6" (scientific notation as typed on the web).
          POWER.lastIndex = end;
          const pw = POWER.exec(folded);
          if (pw) {
            const exp = Number(pw[2].startsWith('--') ? pw[2].slice(2) : pw[2]);
            d.v = pw[1] ? d.v * Math.pow(10, exp) : Math.pow(d.v, exp);
            d.end = end + pw[0].length;
            d.t = folded.slice(i, d.end);
          }
        }
        out.push(d);
        nl = false;
        i = d.end;
        continue;
      }
      // Digits glued to letters ("29km", "SCP-173" handled by the lookbehind): take the digit run.
      let j = i;
      while (j < n && folded.charCodeAt(j) >= 48 && folded.charCodeAt(j) <= 57) j++;
      out.push(tok('d', i, j, folded.slice(i, j), Number(folded.slice(i, j)), nl));
      nl = false;
      i = j;
      continue;
    }
    WORD.lastIndex = i;
    const w = WORD.exec(folded);
    if (w) {
      const first = original.charCodeAt(i);
      // A word whose letters the concept table writes with other accents ("élevé", high, beside "élève", a pupil) is
      // kept as written, accents and all, so that it meets no concept of the other word (concepts writtenApart).
      let t = w[0];
      if (hasAccentedForm(w[0])) {
        const written = original.slice(i, i + w[0].length).toLowerCase();
        if (writtenApart(w[0], written)) t = written;
      }
      // "600 km2", "29km²": after a number, a length's abbreviation squared is an area, one word (SQUARED_LENGTHS). In
      // lower case only, as units are written: "line 14 M2 station" names a line, "M2" a motorway or a money supply.
      if (SQUARED_LENGTHS.has(w[0]) && out.length && out[out.length - 1].kind === 'd' && original.slice(i, i + w[0].length) === w[0]) {
        SQUARE_MARK.lastIndex = i + w[0].length;
        const sq = SQUARE_MARK.exec(folded);
        if (sq) {
          out.push(tok('w', i, i + w[0].length + sq[0].length, `${w[0]}2`, NaN, nl, false));
          nl = false;
          i += w[0].length + sq[0].length;
          continue;
        }
      }
      // A word opening on an ASCII lower-case letter (most words) is neither capitalised nor all in capitals: the
      // case conversions below, three strings per word, are left for the others.
      if (first >= 97 && first <= 122) {
        const word = tok('w', i, i + w[0].length, t, NaN, nl, false);
        if (lang === 'en' && w[0] === 'a') word.article = true;
        out.push(word);
        nl = false;
        i += w[0].length;
        continue;
      }
      const ch = original.charAt(i);
      const orig = original.slice(i, i + w[0].length);
      const word = tok('w', i, i + w[0].length, t, NaN, nl, ch !== ch.toLowerCase());
      if (w[0].length > 1 && orig === orig.toUpperCase() && orig !== orig.toLowerCase()) word.upper = true;
      if (lang === 'en' && w[0] === 'a') word.article = true;
      if (lang === 'fr' && w[0] === 'a' && (ch === '\u00e0' || ch === '\u00c0')) word.grave = true;
      out.push(word);
      nl = false;
      i += w[0].length;
      continue;
    }
    // Keep surrogate pairs whole so slices never split a character.
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    out.push(tok('p', i, i + len, folded.slice(i, i + len), NaN, nl));
    nl = false;
    i += len;
  }
  return out;
}
