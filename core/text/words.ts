import { fold } from './fold';

/** One word of a text, with its offsets in the original string (UTF-16 indices). */
export interface Word {
  /** Original spelling, `text.slice(start, end)`. */
  raw: string;
  /** Folded spelling (lower case, no accents, elision removed: "l'armée" -> "armee"). */
  norm: string;
  start: number;
  end: number;
  /** The original starts with an upper-case letter. */
  capitalized: boolean;
}

// Letters, digits and marks, with inner apostrophes and hyphens, and dots or commas between digits
// ("10.000", "1,5"): a number is one word, so no span taken from words starts inside one. `words`
// scans for this expression by hand (`wordEnd`): running it was half the cost of analysing a page
// (words, stems, sentences). Kept for tests, which check that the scan finds what it finds (but for an em dash, which
// the folded text writes as a hyphen and the scan reads in the original: `isAsideDash`).
export const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['\u2019\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

// Class of a code point for the scan: not in a word, a letter or mark, a digit (\p{N}).
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
/** Classes of the code units seen so far (0: not yet asked); a surrogate pair is classed whole. */
const classOfUnit = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return NUMBER_CHAR.test(ch) ? DIGIT : LETTER_OR_MARK.test(ch) ? LETTER : OTHER;
}

/** Length in code units of the code point at `i`: 2 for a surrogate pair. */
function pointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Class of the code point at `i` (OTHER past the end). */
function classAt(s: string, i: number): number {
  if (i >= s.length) return OTHER;
  const c = s.charCodeAt(i);
  // Only a high surrogate can start a pair: any other unit is classed by the table at once.
  if (c >= 0xd800 && c <= 0xdbff && pointLength(s, i) === 2) return classOf(s.slice(i, i + 2));
  return classOfUnit[c] || (classOfUnit[c] = classOf(s[i]));
}

/** An em dash or a horizontal bar: `fold` makes every dash a hyphen, but these two set a clause or an aside apart
 *  ("Marie-Amélie—may"), never join two parts of one word as a hyphen does. */
const isAsideDash = (u: number): boolean => u === 0x2014 || u === 0x2015;

/** End of the WORD match that starts at `start` (a letter, mark or digit) in the folded text `s` of `original`. */
function wordEnd(s: string, start: number, original: string): number {
  let j = start;
  let last = OTHER;
  for (;;) {
    // A run of letters, marks and digits; a unit that is no high surrogate is one code point, classed
    // by the table without classAt's calls.
    for (;;) {
      const u = j < s.length ? s.charCodeAt(j) : -1;
      const c = u >= 0 && (u < 0xd800 || u > 0xdbff) ? classOfUnit[u] || (classOfUnit[u] = classOf(s[j])) : classAt(s, j);
      if (c === OTHER) break;
      last = c;
      j += u >= 0 && (u < 0xd800 || u > 0xdbff) ? 1 : pointLength(s, j);
    }
    if (j >= s.length) return j;
    const sep = s.charCodeAt(j);
    const next = classAt(s, j + 1);
    // An apostrophe or hyphen before another run; a dot or comma between two digits.
    const joins = sep === 39 || sep === 0x2019 || (sep === 45 && !isAsideDash(original.charCodeAt(j))) ? next !== OTHER : (sep === 46 || sep === 44) && last === DIGIT && next === DIGIT;
    if (!joins) return j;
    j++;
  }
}

// French elided articles and pronouns glued by an apostrophe: the word after them is the content.
// `elisionLength` reads it by hand (the expression was a tenth of `words` on a French text, where
// one word in ten has an apostrophe); kept for tests, which check that both agree.
export const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=[\p{L}\p{N}])/u;
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
/** The longest of ELIDED. */
const ELIDED_MAX = 6;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;

/** Length of the elided word and its apostrophe at the start of a folded word ("l'" of "l'armee"),
 *  0 when there is none: what ELISION matches. */
export function elisionLength(norm: string): number {
  const q = norm.indexOf("'");
  if (q < 1 || q > ELIDED_MAX || !ELIDED.has(norm.slice(0, q))) return 0;
  const c = norm.charCodeAt(q + 1);
  // ASCII settles it; any other character (or a surrogate pair) goes to the expression.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? q + 1 : 0;
  return LETTER_OR_NUMBER.test(norm.slice(q + 1, q + 3)) ? q + 1 : 0;
}

const LETTER_AT = /[\p{L}\p{N}\p{M}]/u;
/**
 * Where a span that starts on a word at `start` must start to hold that word whole: before the elided article
 * or pronoun glued to it ("L'|attaque" -> "|L'attaque", "qu'|il" -> "|qu'il"), which `words` leaves out of the
 * word's offsets. `start` itself when the word has none.
 */
export function elidedStart(text: string, start: number): number {
  const ap = text.charCodeAt(start - 1);
  if (ap !== 39 && ap !== 0x2019) return start;
  let s = start - 1;
  while (s > 0 && start - 1 - s < ELIDED_MAX && LETTER_AT.test(text.charAt(s - 1))) s--;
  // Letters further back: the apostrophe is inside a longer word, not after an elided one.
  if (s === start - 1 || (s > 0 && LETTER_AT.test(text.charAt(s - 1)))) return start;
  return ELIDED.has(text.slice(s, start - 1).toLowerCase()) ? s : start;
}

/** Split a text into words with exact offsets. Never throws; empty input gives []. */
export function words(text: string): Word[] {
  const folded = fold(text);
  const out: Word[] = [];
  for (let i = 0; i < folded.length; ) {
    if (classAt(folded, i) === OTHER) {
      i += pointLength(folded, i);
      continue;
    }
    const matchStart = i;
    const matchEnd = wordEnd(folded, i, text);
    i = matchEnd;
    let start = matchStart;
    let norm = folded.slice(matchStart, matchEnd);
    const el = elisionLength(norm);
    if (el > 0) {
      start += el;
      norm = norm.slice(el);
    }
    const end = matchEnd;
    const raw = text.slice(start, end);
    // An ASCII first letter is settled by its code (lower-casing a string per word was a tenth of the scan).
    const c = text.charCodeAt(start);
    const capitalized = c < 128 ? c >= 65 && c <= 90 : raw.charAt(0) !== raw.charAt(0).toLowerCase();
    out.push({ raw, norm, start, end, capitalized });
  }
  return out;
}

/** French and English function words: they carry no topic. */
export const STOPWORDS = new Set(
  (
    // French
    'a au aux avec ce ces cet cette celle celui ceux dans de des du elle elles en entre et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas pour qu que qui sa sans se ses si son sur ta te tes toi ton tu un une vos votre vous y ete etre est sont etait etaient sera serait ont avait avaient aura aurait fait faire plus moins tres aussi ainsi alors apres avant deja encore depuis lors selon dont donc car comme tout tous toute toutes autre autres cela ca ceci sous vers chez contre pendant leurs quelque quelques ces cet ici la-bas ' +
    'aujourd hui puis tandis lorsque quand comment pourquoi ou-bien non oui peu beaucoup trop bien cependant toutefois notamment egalement desormais ' +
    // English
    'the a an and or but of to in on at by for with from as is are was were be been being has have had do does did not no this that these those it its he she they them his her their we our you your i me my which who whom whose what when where why how than then there here also into over under about after before during between through while would could should will can may might must shall said says'
  ).split(/\s+/).filter(Boolean),
);
