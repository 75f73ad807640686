/**
 * Sentence boundaries of one line by the Unicode sentence-break rules (UAX #29, SB5-SB11), for
 * lines written in Latin script with common punctuation: what Intl.Segmenter gives them, without
 * its cost (a segment costs it 1-2 µs and each call 2-3 µs: a tenth of analysing a page for
 * passages). A line holding any character outside that repertoire gets null, and segment.ts asks
 * Intl.Segmenter. A test compares both on random strings of the repertoire's deciding characters.
 */

// Sentence_Break classes of UAX #29 (Table 4) that a line can hold. EXTEND covers Extend and Format
// (SB5: both attach to the character before them).
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
const EXTEND = 11;
/** Outside the repertoire: the line goes to Intl.Segmenter. */
const UNKNOWN = 12;

/** SContinue of UAX #29 within the repertoire: comma, hyphen-minus, colon, semicolon (since Unicode
 *  15.1), en and em dashes. */
const SCONTINUE_CHARS = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x2013, 0x2014]);

/**
 * The repertoire: printable ASCII and tab, Latin-1, Latin Extended-A and -B, combining diacritical
 * marks (decomposed accents), General Punctuation
 * (dashes, quotes, ellipsis, no-break and thin spaces) and the euro sign. Within it the classes
 * follow from properties JavaScript exposes (Numeric is Line_Break=Numeric, here the ASCII digits;
 * Close's Line_Break=Quotation marks are here the initial and final quotes and the two ASCII ones).
 */
function inRepertoire(c: number): boolean {
  return c === 0x09 || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x250) || (c >= 0x300 && c < 0x370) || (c >= 0x2000 && c < 0x2070 && c !== 0x2028 && c !== 0x2029) || c === 0x20ac;
}

const STERM_RE = /\p{Sentence_Terminal}/u;
const EXTEND_RE = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}]/u;
const SPACE_RE = /\p{White_Space}/u;
const LOWER_RE = /\p{Lowercase}/u;
const UPPER_RE = /[\p{Uppercase}\p{Lt}]/u;
const ALPHA_RE = /\p{Alphabetic}/u;
const CLOSE_RE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u;

function classify(c: number): number {
  if (!inRepertoire(c)) return UNKNOWN;
  const ch = String.fromCharCode(c);
  if (c === 0x2e || c === 0x2024) return ATERM;
  if (STERM_RE.test(ch)) return STERM;
  if (EXTEND_RE.test(ch)) return EXTEND;
  if (SPACE_RE.test(ch)) return SP;
  if (LOWER_RE.test(ch)) return LOWER;
  if (UPPER_RE.test(ch)) return UPPER;
  if (ALPHA_RE.test(ch)) return OLETTER;
  if (c >= 0x30 && c <= 0x39) return NUMERIC;
  if (SCONTINUE_CHARS.has(c)) return SCONTINUE;
  if (CLOSE_RE.test(ch)) return CLOSE;
  return OTHER;
}

/** Class of each code unit, filled as units are met (0: not yet). */
const classOfUnit = new Uint8Array(0x10000);
/** Classes of the line being read (grown as needed, never shrunk). */
let classes = new Uint8Array(1024);

/**
 * Ends of the sentences of a line without line breaks, as offsets into it (the last is its length),
 * what Intl.Segmenter's segments end at; null when the line holds a character outside the repertoire.
 */
export function sentenceEnds(line: string): number[] | null {
  const n = line.length;
  if (n === 0) return [];
  if (classes.length < n) classes = new Uint8Array(Math.max(n, 2 * classes.length));
  for (let i = 0; i < n; i++) {
    const u = line.charCodeAt(i);
    const c = classOfUnit[u] || (classOfUnit[u] = classify(u));
    if (c === UNKNOWN) return null;
    classes[i] = c;
  }
  // SB5: Extend and Format characters are part of the character before them.
  const skipExtend = (i: number): number => {
    while (i < n && classes[i] === EXTEND) i++;
    return i;
  };
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const term = classes[i];
    if (term !== ATERM && term !== STERM) {
      i++;
      continue;
    }
    // SB9, SB10: no break inside the terminator's closing marks and spaces (SATerm Close* Sp*).
    const afterTerm = skipExtend(i + 1);
    let p = afterTerm;
    while (p < n && classes[p] === CLOSE) p = skipExtend(p + 1);
    while (p < n && classes[p] === SP) p = skipExtend(p + 1);
    if (p >= n) break;
    const next = classes[p];
    // SB8a: a continuing punctuation or another terminator follows.
    let held = next === SCONTINUE || next === ATERM || next === STERM;
    if (!held && term === ATERM) {
      // SB6: "3.5"; SB7: "U.S" (a letter, the full stop, a capital).
      let before = i - 1;
      while (before >= 0 && classes[before] === EXTEND) before--;
      const letterBefore = before >= 0 && (classes[before] === UPPER || classes[before] === LOWER);
      if (p === afterTerm && (next === NUMERIC || (next === UPPER && letterBefore))) held = true;
      else {
        // SB8: the first letter or terminator after is a lower-case letter ("etc. et la suite").
        let k = p;
        while (k < n && classes[k] !== OLETTER && classes[k] !== UPPER && classes[k] !== LOWER && classes[k] !== ATERM && classes[k] !== STERM) k++;
        held = k < n && classes[k] === LOWER;
      }
    }
    if (!held) ends.push(p);
    i = p;
  }
  ends.push(n);
  return ends;
}
