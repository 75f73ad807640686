/**
 * Length-preserving text folding.
 *
 * Every UTF-16 code unit of the input maps to exactly one code unit of the output, so an offset in
 * the folded text is the same offset in the original. That keeps the map back to the reader's text
 * trivial for the common cases (case, accents, apostrophes, quotes, no-break spaces); the rare
 * expansions (œ -> oe) are left to callers that need them and keep their own offset map.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032]/;
const DOUBLE_QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A]/;
const SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u2004\u2005\u2006\u2008\u205F\u3000]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;

/** Strip the diacritic from one code unit when it decomposes to a base letter plus marks. */
function stripAccent(ch: string): string {
  const d = ch.normalize('NFD');
  // A precomposed letter decomposes to a base letter followed by combining marks.
  return d.length > 1 && /^[\p{L}][\p{M}]+$/u.test(d) ? d[0] : ch;
}

/** Folded code unit of each non-ASCII code unit, filled as units are met (0: not yet): one array read
 *  per unit where the four replacements scanned the whole text and a Map was asked per character. */
const foldedUnit = new Uint16Array(0x10000);

/** What `fold` makes of one non-ASCII code unit: the unified apostrophe, quote, space or dash, else
 *  its lower case without accents (the unit itself when either would change the length). */
function foldUnit(code: number): number {
  const ch = String.fromCharCode(code);
  if (APOSTROPHES.test(ch)) return 39;
  if (DOUBLE_QUOTES.test(ch)) return 34;
  if (SPACES.test(ch)) return 32;
  if (DASHES.test(ch)) return 45;
  const lower = ch.toLowerCase();
  // toLowerCase can change length (e.g. U+0130); keep the original unit then.
  const base = lower.length === 1 ? lower : ch;
  const folded = stripAccent(base);
  return folded.length === 1 ? folded.charCodeAt(0) : code;
}

/**
 * Fold for comparison: lower case, accents removed, typographic apostrophes/quotes/dashes/spaces
 * unified. Output has the same length as the input.
 */
export function fold(text: string): string {
  // Runs of characters that fold to themselves are copied as one slice: appending one character at
  // a time was most of the cost on a long page.
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII folds to itself but for capitals and the backtick (an apostrophe).
      if ((code < 65 || code > 90) && code !== 96) continue;
      if (run < i) out += text.slice(run, i);
      run = i + 1;
      out += code === 96 ? "'" : String.fromCharCode(code + 32);
      continue;
    }
    const f = foldedUnit[code] || (foldedUnit[code] = foldUnit(code));
    if (f === code) continue;
    if (run < i) out += text.slice(run, i);
    run = i + 1;
    out += String.fromCharCode(f);
  }
  if (run < text.length) out += text.slice(run);
  return out;
}

/** The last text folded whole by foldSlice, and its fold. */
let sliceOf: string | null = null;
let sliceFolded = '';

/**
 * `fold(text.slice(start, end))`, read from the fold of the whole text, made once for the last text asked: fold
 * maps each code unit alone, so a slice of the fold is the fold of the slice. For the many short windows that one
 * page's figures read around themselves (the words before a date, between a date and a figure).
 */
export function foldSlice(text: string, start: number, end: number): string {
  // Two equal texts are one to `!==`, which reads them whole: a text held since an earlier, equal one (the same page
  // compared again) would be read whole at every call; holdFold makes the text being read the one held.
  if (text !== sliceOf) { sliceFolded = fold(text); sliceOf = text; }
  return sliceFolded.slice(start, end);
}

/** Hold `text` (this very string, whose fold is `folded`) for foldSlice: extractFigures folds its text anyway, and
 * holding that string keeps foldSlice's test one pointer comparison while it reads this text. */
export function holdFold(text: string, folded: string): void {
  sliceOf = text;
  sliceFolded = folded;
}
