/**
 * Handlers for digit tokens: an ordinal ("4e"), the phrase's first digits with a scale glued or spaced
 * after them ("10k", "2.5M", "2 millions") or a digit fraction ("3/4", "2 1/4"), and digits that
 * complete a segment ("4 mille 3 cents et 21").
 */
import { has } from './number-words';
import { gluedCurrencySign } from '../text/currency';
import { STOP, type Next, type Reader } from './number-reader';

/** "3/4" is a fraction; "9/11", "24/7", "17/05" are not: only small denominators read as fractions. */
const MAX_DIGIT_DENOM = 10;

/** Suffixes glued to digits that scale them ("10k", "2.5M", "1,2b"). Lower-case m is metres, not million; "mm" is
 *  million only in capitals ("$5MM", finance's shorthand): in lower case it is millimetres ("142mm of rain"). */
const DIGIT_SUFFIX: Record<string, number> = { k: 1e3, g: 1e9, b: 1e9, bn: 1e9, bln: 1e9, mm: 1e6, mil: 1e6, tln: 1e12 };

/** A digit token: an ordinal ("4e"), the phrase's first digits, or digits after a closed segment. */
export function digits(r: Reader, j: number): Next {
  const { toks, st } = r;
  const tk = toks[j];
  if (tk.ord) {
    if (r.started) return STOP;
    st.seg = tk.v;
    st.end = j + 1;
    st.hasDigit = true;
    st.words = false;
    r.kind = 'ordinal';
    r.started = true;
    return STOP;
  }
  if (!r.started) return firstDigits(r, j);
  // Digits after a closed segment: "4 mille 3 cents et 21".
  if (st.hasDigit && !r.lastWasDigits && tk.v > 0 && !r.decimalDigits && Number.isInteger(tk.v) && tk.v < 1000
    && (st.seg === 0 ? st.lastMult < Infinity && tk.v < st.lastMult : st.seg % 100 === 0 && tk.v < 100)) {
    st.seg += tk.v;
    st.lastUnit = tk.v;
    st.end = j + 1;
    r.lastWasDigits = true;
    return j + 1;
  }
  return STOP;
}

/** The phrase's first digits, with what may be glued to them: a scale ("10k", "2 millions") or a fraction ("3/4"). */
function firstDigits(r: Reader, j: number): Next {
  const { st } = r;
  const tk = r.toks[j];
  st.seg = tk.v;
  st.end = j + 1;
  st.hasDigit = true;
  st.words = false;
  r.started = true;
  r.lastWasDigits = true;
  r.decimalDigits = !Number.isInteger(tk.v);
  const scaled = spacedSuffix(r, j) ?? gluedScale(r, j);
  if (scaled !== null) return scaled;
  if (digitFraction(r, j) || mixedFraction(r, j)) return STOP;
  return j + 1;
}

/** Spaced suffix: "2.33 k", "1,674.5 G" (upper case only for G/M/B, which are words otherwise). */
function spacedSuffix(r: Reader, j: number): number | null {
  const { toks, st } = r;
  const tk = toks[j];
  const nx = toks[j + 1];
  if (!nx || nx.kind !== 'w' || nx.start <= tk.end || nx.nl) return null;
  if (!(nx.t === 'k' || (nx.cap && (nx.t === 'g' || nx.t === 'm' || nx.t === 'b')))) return null;
  const after = toks[j + 2];
  if (after && after.kind !== 'p' && !after.nl) return null;
  st.seg = tk.v * (nx.t === 'm' ? 1e6 : DIGIT_SUFFIX[nx.t]);
  st.end = j + 2;
  st.lastMult = 1e3;
  r.lastWasDigits = false;
  return j + 2;
}

/** A suffix or scale word glued to the digits: "10k", "2.5M" (only an upper-case M is million), "3million". */
function gluedScale(r: Reader, j: number): number | null {
  const { toks, st, T } = r;
  const tk = toks[j];
  const nx = toks[j + 1];
  if (!nx || nx.kind !== 'w' || nx.start !== tk.end) return null;
  const raw = nx.t;
  // The tokens are folded: the original case of "m" comes from the token's cap flag.
  const isM = raw === 'm';
  const needsCap = isM || raw === 'mm';
  if ((has(DIGIT_SUFFIX, raw) || isM) && (!needsCap || nx.cap || (isM && signBefore(toks, j)))) {
    st.seg = tk.v * (isM ? 1e6 : DIGIT_SUFFIX[raw]);
    st.end = j + 2;
    st.lastMult = 1e3;
    return j + 2;
  }
  if (has(T.mult, raw) && T.mult[raw] >= 1e3) {
    st.seg = tk.v * T.mult[raw];
    st.end = j + 2;
    st.lastMult = T.mult[raw];
    return j + 2;
  }
  return null;
}

/** "£85m", "$5m", "€100m": a currency sign glued before the digits makes a lower-case "m" glued after them the million
 * of the British and financial press (unit47), never metres: no length is written with a currency sign. Read as metres,
 * such an amount met no amount of the other side ("£85m" / "£85 million", "55m" with its sign / "55 millions d'euros"). */
function signBefore(toks: Reader['toks'], j: number): boolean {
  return gluedCurrencySign(toks[j - 1], toks[j].start);
}

/** "3/4", written tight, with a small denominator, and not part of "1/2/3". */
function digitFraction(r: Reader, j: number): boolean {
  const { toks, st } = r;
  const tk = toks[j];
  const sl = toks[j + 1];
  const den = toks[j + 2];
  const before = toks[j - 1];
  const slashBefore = before && before.t === '/' && before.end === tk.start;
  if (slashBefore || !sl || sl.t !== '/' || !den || den.kind !== 'd' || den.ord || sl.start !== tk.end || den.start !== sl.end) return false;
  if (!(tk.v < den.v && den.v <= MAX_DIGIT_DENOM)) return false;
  const after = toks[j + 3];
  if ((after && after.t === '/' && after.start === den.end) || den.v === 0) return false;
  st.seg = tk.v / den.v;
  st.end = j + 3;
  r.kind = 'fraction';
  return true;
}

/** "2 1/4": a whole number, then a tight fraction. */
function mixedFraction(r: Reader, j: number): boolean {
  const { toks, st } = r;
  const tk = toks[j];
  const num = toks[j + 1];
  const sl = toks[j + 2];
  const den = toks[j + 3];
  if (!num || num.kind !== 'd' || !sl || sl.t !== '/' || !den || den.kind !== 'd' || !Number.isInteger(tk.v)) return false;
  if (!(num.v < den.v && den.v <= MAX_DIGIT_DENOM && sl.start === num.end && den.start === sl.end)) return false;
  const after = toks[j + 4];
  if (after && after.t === '/' && after.start === den.end) return false;
  st.seg = tk.v + num.v / den.v;
  st.end = j + 4;
  r.kind = 'fraction';
  return true;
}

