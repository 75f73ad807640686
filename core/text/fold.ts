/**
 * Length-preserving text folding.
 *
 * Every UTF-16 code unit of the input maps to exactly one code unit of the output, so an offset in
 * the folded text is the same offset in the original. That keeps the map back to the reader's text
 * trivial for the common cases (case, accents, apostrophes, quotes, no-break spaces); the rare
 * expansions (œ -> oe) are left to callers that need them and keep their own offset map.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u0060\u00B4\u2032]/g;
const DOUBLE_QUOTES = /[\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A]/g;
const SPACES = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u2004\u2005\u2006\u2008\u205F\u3000]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** Strip the diacritic from one code unit when it decomposes to a base letter plus marks. */
function stripAccent(ch: string): string {
  const d = ch.normalize('NFD');
  // A precomposed letter decomposes to a base letter followed by combining marks.
  return d.length > 1 && /^[\p{L}][\p{M}]+$/u.test(d) ? d[0] : ch;
}

const accentCache = new Map<string, string>();

/**
 * Fold for comparison: lower case, accents removed, typographic apostrophes/quotes/dashes/spaces
 * unified. Output has the same length as the input.
 */
export function fold(text: string): string {
  const lowered = text
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .replace(DASHES, '-');
  // Runs of characters that fold to themselves (ASCII other than capitals) are copied as one
  // slice: appending one character at a time was most of the cost on a long page.
  let out = '';
  let run = 0;
  for (let i = 0; i < lowered.length; i++) {
    const code = lowered.charCodeAt(i);
    if (code < 0x80 && (code < 65 || code > 90)) continue;
    if (run < i) out += lowered.slice(run, i);
    run = i + 1;
    if (code < 0x80) {
      out += String.fromCharCode(code + 32);
      continue;
    }
    const ch = lowered[i];
    let folded = accentCache.get(ch);
    if (folded === undefined) {
      const lower = ch.toLowerCase();
      // toLowerCase can change length (e.g. U+0130); keep the original unit then.
      const base = lower.length === 1 ? lower : ch;
      folded = stripAccent(base);
      if (folded.length !== 1) folded = ch;
      accentCache.set(ch, folded);
    }
    out += folded;
  }
  if (run < lowered.length) out += lowered.slice(run);
  return out;
}
