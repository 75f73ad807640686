/**
 * Numbers written with digits, words or both, in French and English: "600 000", "1,5 million",
 * "quatre-vingt-dix-sept", "two hundred and two thousand", "4e", "fourth", "trois cinquièmes".
 * Works on the token array (tokens.ts); word tables in number-words.ts, word fractions in fractions.ts,
 * vague amounts ("des milliers") in vague.ts.
 *
 * parseNumberAt reads one phrase token by token. Each kind of token has its handler below (digits,
 * hyphen, "and/et", "point/virgule", unit word, scale word, ordinal word, denominator, leading fraction,
 * dozens); a handler says where reading goes on, that the phrase is complete (STOP), or gives the
 * whole answer at once ({ done }).
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { TABLES, has, unitFits, type Tables } from './number-words';
import { fractionContext, MIN_SINGULAR_DENOM, parseDenominator, parseFractionTail } from './fractions';

/** 'vague': an open lower bound ('des milliers'); 'approx': about the value ('une quarantaine'). */
export type NumKind = 'cardinal' | 'ordinal' | 'fraction' | 'vague' | 'approx';

export interface NumPhrase {
  /** Token indices [first, last + 1). */
  i0: number;
  i1: number;
  start: number;
  end: number;
  value: number;
  kind: NumKind;
  /** Written with words only (no digit): "trois", "dix mille". */
  words: boolean;
}

/** "3/4" is a fraction; "9/11", "24/7", "17/05" are not: only small denominators read as fractions. */
const MAX_DIGIT_DENOM = 10;

/** Suffixes glued to digits that scale them ("10k", "2.5M", "1,2b"). Lower-case m is metres, not million. */
const DIGIT_SUFFIX: Record<string, number> = { k: 1e3, g: 1e9, b: 1e9, bn: 1e9, bln: 1e9, mm: 1e6, mil: 1e6, tln: 1e12 };

/** Determiners after which English "one" is a pronoun ("the one you mentioned"), not a count. */
const EN_ONE_PRONOUN_BEFORE = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'no one', 'someone', 'anyone', 'current', 'next', 'last']);

/** Words that count in twelves after a number ("trois douzaines", "3 dozens"). */
const DOZEN_WORDS = new Set(['dozen', 'dozens', 'douzaine', 'douzaines', 'dzs', 'dozs']);

/** Words between a fraction word and the scale it takes ("deux tiers de million", "half a million"). */
const FRACTION_TO_SCALE = new Set(['de', 'of', 'a', '-']);

/** The running value: units add inside a below-thousand segment, scales close it into the total. */
interface State {
  total: number;
  seg: number;
  lastMult: number;
  lastUnit: number;
  end: number; // token index after the last consumed token
  words: boolean;
  hasDigit: boolean;
}

/** Everything a handler may read or change while one phrase is read. */
interface Reader {
  toks: Tok[];
  /** Where the phrase starts (its sign, if any). */
  i: number;
  lang: Lang;
  T: Tables;
  sign: number;
  st: State;
  kind: NumKind;
  started: boolean;
  /** The state before "and/et": restored when what follows the connector does not continue the number. */
  checkpoint: State | null;
  decimalDigits: boolean;
  /** The previous consumed token was digits ("4000 3" is two numbers; "4 mille 3" is one). */
  lastWasDigits: boolean;
}

/** A handler's answer: the token index to read next, STOP (the phrase ends here), or the whole answer. */
const STOP = -1;
type Next = number | { done: NumPhrase | null };

/**
 * Parse the longest number phrase starting at token i. Returns null when token i does not start one.
 * The grammar is the usual additive/multiplicative one: units add inside a below-thousand segment,
 * "cent"/"hundred" multiplies the segment, "mille"/"million" close it into the total.
 */
export function parseNumberAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const T = TABLES[lang];
  if (!toks[i]) return null;
  const signed = readSign(toks, i, T);
  if (!signed) return null;
  const r: Reader = {
    toks, i, lang, T, sign: signed.sign,
    st: { total: 0, seg: 0, lastMult: Infinity, lastUnit: -1, end: signed.next, words: true, hasDigit: false },
    kind: 'cardinal', started: false, checkpoint: null, decimalDigits: false, lastWasDigits: false,
  };
  for (let j = signed.next; j < toks.length; ) {
    if (r.started && toks[j].nl) break;
    const next = readToken(r, j);
    if (typeof next !== 'number') return next.done;
    if (next === STOP) break;
    j = next;
  }
  if (!r.started) return null;
  return mk(toks, i, r.st.end, r.sign * (r.st.total + r.st.seg), r.kind, r.st.words && !r.st.hasDigit);
}

/** Sign: "-5", "- 1 4/5", "negative one". A hyphen counts only after a space or at the start. */
function readSign(toks: Tok[], i: number, T: Tables): { sign: number; next: number } | null {
  const first = toks[i];
  if (first.kind === 'p' && (first.t === '-' || first.t === '\u2212')) {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!next || next.kind !== 'd' || (prev && prev.end === first.start && prev.kind !== 'p')) return null;
    if (prev && prev.kind === 'd') return null;
    // A dash spaced from the digits after a word of its line sets off a clause ("des procurations – 3,2
    // millions – ont"): it is punctuation, not a minus.
    if (next.start > first.end && prev && prev.kind === 'w' && !first.nl) return null;
    return { sign: -1, next: i + 1 };
  }
  if (first.kind === 'w' && T.neg.has(first.t) && first.t !== 'moins') {
    const next = toks[i + 1];
    if (!next || !(next.kind === 'd' || has(T.units, next.t) || has(T.mult, next.t))) return null;
    return { sign: -1, next: i + 1 };
  }
  return { sign: 1, next: i };
}

/** Dispatch token j to the handler of its kind. */
function readToken(r: Reader, j: number): Next {
  const { toks, T, lang, st } = r;
  const tk = toks[j];
  if (tk.kind === 'd') return digits(r, j);
  r.lastWasDigits = false;
  if (tk.kind === 'p') return hyphen(r, j);
  const w = tk.t;
  if (w === T.and && r.started) return connector(r, j);
  if (w === T.point && r.started && st.total === 0 && st.seg === Math.floor(st.seg)) return pointWords(r, j);
  if (has(T.units, w)) return unitWord(r, j);
  if (has(T.mult, w) && !(lang === 'en' && (w === 'bn' || w === 'bln' || w === 'tln') && !r.started)) return scaleWord(r, j);
  const isSecond = w === 'second' || w === 'seconde';
  if ((has(T.ord, w) && !isSecond) || (isSecond && !(r.started && st.hasDigit))) return ordinalWord(r, j);
  const singular = w.endsWith('s') ? w.slice(0, -1) : '';
  if ((r.started && singular && has(T.ord, singular) && !st.hasDigit) || (r.started && has(T.denom, w))) return pluralDenominator(r, j, singular);
  if (!r.started && (has(T.denom, w) || (lang === 'en' && (w === 'a' || w === 'an')))) return leadingFraction(r, j);
  if (r.started && DOZEN_WORDS.has(w)) return dozens(r, j);
  return STOP;
}

/** A digit token: an ordinal ("4e"), the phrase's first digits, or digits after a closed segment. */
function digits(r: Reader, j: number): Next {
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
  if ((has(DIGIT_SUFFIX, raw) || isM) && (!isM || nx.cap)) {
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

/** Hyphens join number words: "vingt-quatre", "fifty - two". Commas never do. */
function hyphen(r: Reader, j: number): Next {
  const { toks, T } = r;
  if (toks[j].t !== '-' || !r.started) return STOP;
  const nx = toks[j + 1];
  if (nx && nx.kind === 'w' && (has(T.units, nx.t) || has(T.ord, nx.t) || has(T.mult, nx.t) || nx.t === T.and || has(T.denom, nx.t) || (nx.t.endsWith('s') && has(T.ord, nx.t.slice(0, -1))))) return j + 1;
  return STOP;
}

/** "and/et" inside a number: "vingt et un", "a hundred and two", "et demi", "4 mille 3 cents et 21". */
function connector(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  // "vingt-et-un": skip the hyphen after "et".
  if (toks[j + 1] && toks[j + 1].t === '-' && toks[j - 1] && toks[j - 1].t === '-') j++;
  const nx = toks[j + 1];
  if (!nx) return STOP;
  // "and a half", "et demi", "et un quart": a fraction added to what comes before.
  const fr = parseFractionTail(toks, j + 1, T);
  if (fr) {
    const after = toks[fr.end];
    const nextMult = after && after.kind === 'w' && has(T.mult, after.t) && T.mult[after.t] >= 1e3 ? T.mult[after.t] : 0;
    if (nextMult && st.seg === 0 && nextMult < st.lastMult) {
      // "one billion and a half million": the fraction is of the smaller scale.
      st.total += fr.value * nextMult;
      st.end = fr.end + 1;
      return fr.end + 1;
    }
    const scale = st.seg === 0 && st.lastMult < Infinity ? st.lastMult : 1;
    st.total += st.seg + fr.value * scale;
    st.seg = 0;
    st.end = fr.end;
    // "five and a half million": a following scale multiplies everything.
    if (nextMult && scale === 1) {
      st.total *= nextMult;
      st.end = fr.end + 1;
      return fr.end + 1;
    }
    return fr.end;
  }
  if (nx.kind === 'w' && ((has(T.units, nx.t) && nx.t !== 'une') || (has(T.ord, nx.t) && lang === 'fr' && nx.t === 'unieme'))) {
    r.checkpoint = { ...st };
    return j + 1;
  }
  if (nx.kind === 'd' && st.hasDigit && nx.v > 0) {
    r.checkpoint = { ...st };
    return j + 1;
  }
  return STOP;
}

/** "two hundred point zero three": the words after the point are read as digits. */
function pointWords(r: Reader, j: number): Next {
  const { toks, T, st } = r;
  let digitsText = '';
  let k = j + 1;
  while (k < toks.length && toks[k].kind === 'w' && has(T.units, toks[k].t) && T.units[toks[k].t] < 100) {
    let v = T.units[toks[k].t];
    let kk = k + 1;
    if (v >= 20 && v % 10 === 0 && toks[kk] && (toks[kk].t === '-' || toks[kk].t === T.and)) kk++;
    if (v >= 20 && toks[kk] && has(T.units, toks[kk].t) && T.units[toks[kk].t] < 20 && T.units[toks[kk].t] > 0 && unitFits(v, T.units[toks[kk].t], v)) {
      v += T.units[toks[kk].t];
      k = kk + 1;
    } else k++;
    digitsText += String(v);
  }
  if (digitsText) {
    st.seg = Number(`${st.seg}.${digitsText}`);
    st.end = k;
  }
  return STOP;
}

/** A unit word ("trois", "twenty"): starts the phrase, or adds to the segment where it fits. */
function unitWord(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  const w = toks[j].t;
  const v = T.units[w];
  if (!r.started) {
    // English "one" after a determiner is a pronoun; "un/une" alone is an article: both need a scale after them.
    if ((w === 'un' || w === 'une') && lang === 'fr' && j === r.i && !frenchOneCounts(toks, j, T)) return { done: null };
    if (w === 'one' && lang === 'en') {
      const pv = toks[j - 1];
      if (pv && pv.kind === 'w' && EN_ONE_PRONOUN_BEFORE.has(pv.t)) return { done: null };
    }
    st.seg = v;
    st.lastUnit = v;
    st.end = j + 1;
    r.started = true;
    return j + 1;
  }
  // Digits then a unit word ("3 cinq") is two numbers; after a scale it continues ("3 cent un").
  if (st.hasDigit && st.seg !== 0 && st.end === j && toks[j - 1].kind === 'd') return STOP;
  // "quatre-vingt(s)": four twenties.
  if ((w === 'vingt' || w === 'vingts') && st.lastUnit === 4 && (st.seg % 100) === 4) {
    st.seg += 76;
    st.lastUnit = 80;
    st.end = j + 1;
    r.checkpoint = null;
    return j + 1;
  }
  if (!unitFits(st.seg, v, st.lastUnit)) {
    // "three twenty-firsts", "un vingt-cinquième": the numerator is complete, a compound denominator follows.
    if (!r.checkpoint && !st.hasDigit && st.total === 0 && st.seg > 0) {
      const d = parseDenominator(toks, j, T);
      if (d && (d.plural || fractionContext(toks, d.end))) {
        st.seg /= d.value;
        st.end = d.end;
        r.kind = 'fraction';
        return STOP;
      }
    }
    if (r.checkpoint) Object.assign(st, r.checkpoint);
    return STOP;
  }
  st.seg += v;
  st.lastUnit = v;
  st.end = j + 1;
  st.words = st.words && !st.hasDigit;
  r.checkpoint = null;
  return j + 1;
}

/** French "un/une" is a count only before a scale, an ordinal, a denominator, "et demi" or "sur N". */
function frenchOneCounts(toks: Tok[], j: number, T: Tables): boolean {
  const nx = nextWordAfterHyphen(toks, j + 1);
  if (!nx) return false;
  if (has(T.mult, nx.t) || has(T.ord, nx.t) || has(T.denom, nx.t) || nx.t === 'douzaine' || nx.t === 'millier') return true;
  if (parseDenominator(toks, j + 1, T)) return true;
  if (nx.t === 'et' && parseFractionTail(toks, j + 2, T)) return true;
  const after = toks[j + 2];
  return nx.t === 'sur' && !!after && (after.kind === 'd' || has(T.units, after.t) || has(T.mult, after.t));
}

/** A scale word: "cent"/"hundred" multiplies the segment, "mille"/"million" close it into the total. */
function scaleWord(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  const w = toks[j].t;
  const m = T.mult[w];
  if (!r.started) {
    // A bare scale word: "cent", "mille", "hundred thousand".
    if (m > 1e3 && lang === 'fr') return { done: null }; // "million" alone is a noun, not a count
    if (lang === 'en' && w.endsWith('s')) return { done: null };
    st.seg = m === 100 ? 100 : 0;
    if (m >= 1e3) { st.total = m; st.lastMult = m; }
    st.end = j + 1;
    r.started = true;
    return j + 1;
  }
  if (m === 100) return hundred(r, j);
  if (st.seg === 0 && st.total > 0 && m > st.lastMult) {
    st.total *= m; // "mille milliards"
  } else if (m >= st.lastMult) {
    if (r.checkpoint) Object.assign(st, r.checkpoint);
    return STOP;
  } else {
    st.total += (st.seg === 0 ? 1 : st.seg) * m;
  }
  st.seg = 0;
  st.lastMult = m;
  st.end = j + 1;
  r.checkpoint = null;
  return j + 1;
}

/** "cent"/"hundred" after a number: multiplies a segment below a hundred. */
function hundred(r: Reader, j: number): Next {
  const { st } = r;
  if (st.seg === 0 || (st.seg >= 100 && !st.hasDigit) || (st.seg >= 100 && st.hasDigit && st.seg % 1 !== 0)) {
    if (r.checkpoint) Object.assign(st, r.checkpoint);
    return STOP;
  }
  if (r.checkpoint) {
    // "3 hundred and 2 hundred": the second scale starts a new number.
    Object.assign(st, r.checkpoint);
    return STOP;
  }
  st.seg *= 100;
  st.end = j + 1;
  return j + 1;
}

/** An ordinal word: an ordinal on its own or compound ("vingt-cinquième"), or a denominator ("trois cinquièmes"). */
function ordinalWord(r: Reader, j: number): Next {
  const { toks, T, st, lang } = r;
  const w = toks[j].t;
  const o = T.ord[w];
  if (w === 'unieme' && !r.started) return { done: null };
  if (w === 'vingtieme' && r.started && st.lastUnit === 4 && st.seg % 100 === 4 && !st.hasDigit) {
    st.seg += 76;
    st.end = j + 1;
    r.kind = 'ordinal';
    return STOP;
  }
  if (!r.started) {
    if (lang === 'en' && w === 'second' && toks[j - 1]?.kind === 'd') return { done: null };
    st.seg = o;
    st.end = j + 1;
    r.kind = 'ordinal';
    r.started = true;
    st.words = true;
    return STOP;
  }
  if (st.hasDigit) return STOP;
  // Numerator + denominator: "un cinquième", "two thirds", "trois cinquièmes".
  const plural = w.endsWith('s') && !w.endsWith('tiers') && o >= 2;
  const oneBefore = st.total === 0 && st.seg === 1 && !r.checkpoint;
  const scaleOrd = o >= 100 && Math.log10(o) % 1 === 0;
  // A singular ordinal is a denominator only where a fraction can stand: "un cinquième des
  // électeurs", "a fifth" at the end; "un quatrième mandat", "a third term" are ordinals.
  const singularOk = o >= MIN_SINGULAR_DENOM[lang] && fractionContext(toks, j + 1);
  if (oneBefore && !plural && !singularOk) return { done: o >= 2 ? mk(toks, j, j + 1, o, 'ordinal', true) : null };
  const smallNumerator = singularOk && !scaleOrd && o >= 3 && st.seg > 0 && st.seg < 10 && st.total === 0 && !toks[j - 1].t.startsWith('-') && toks[j - 1].kind !== 'p';
  if (o >= 2 && (plural || (oneBefore && singularOk) || smallNumerator)) {
    const num = st.total + st.seg;
    st.total = 0;
    st.seg = num / o;
    st.end = j + 1;
    r.kind = 'fraction';
    return STOP;
  }
  // Compound ordinal: "vingt-cinquième", "one hundred twenty fifth", "deux centième".
  if (scaleOrd) {
    if (o === 100) st.seg = (st.seg || 1) * 100;
    else { st.total += (st.seg || 1) * o; st.seg = 0; }
  } else if (w === 'unieme') st.seg += 1;
  else if (unitFits(st.seg, o, st.lastUnit)) st.seg += o;
  else return STOP;
  st.end = j + 1;
  r.kind = 'ordinal';
  return STOP;
}

/** Plural ordinals and fraction words as denominators: "deux tiers", "three quarters", "cinq huitièmes". */
function pluralDenominator(r: Reader, j: number, singular: string): Next {
  const { toks, T, st } = r;
  const w = toks[j].t;
  const d = has(T.denom, w) ? T.denom[w] : T.ord[singular];
  const num = st.total + st.seg;
  st.total = 0;
  st.seg = num / d;
  st.end = j + 1;
  r.kind = 'fraction';
  // "deux tiers de million", "two thirds of a dozen".
  let q = j + 1;
  while (toks[q] && FRACTION_TO_SCALE.has(toks[q].t) && q < j + 3) q++;
  const mm = toks[q];
  if (mm && has(T.mult, mm.t) && T.mult[mm.t] >= 1e3) {
    st.seg *= T.mult[mm.t];
    st.end = q + 1;
    r.kind = 'cardinal';
  } else if (mm && (mm.t === 'douzaine' || mm.t === 'dozen')) {
    st.seg *= 12;
    st.end = q + 1;
    r.kind = 'cardinal';
  }
  return STOP;
}

/** A phrase that opens with a fraction word or "a/an": "half million", "a half", "a hundred", "demi-million". */
function leadingFraction(r: Reader, j: number): Next {
  const { toks, T, st, lang, i, sign } = r;
  const w = toks[j].t;
  const article = w === 'a' || w === 'an';
  const fr = parseFractionTail(toks, j, T);
  if (fr) {
    let k = fr.end;
    if (toks[k] && FRACTION_TO_SCALE.has(toks[k].t)) k++;
    if (toks[k] && toks[k].t === 'a') k++;
    if (toks[k] && has(T.mult, toks[k].t) && T.mult[toks[k].t] >= 1e3) return { done: mk(toks, i, k + 1, sign * fr.value * T.mult[toks[k].t], 'cardinal', true) };
    if (toks[k] && (toks[k].t === 'dozen' || toks[k].t === 'douzaine')) return { done: mk(toks, i, k + 1, sign * fr.value * 12, 'cardinal', true) };
    if (lang === 'en' && article && fr.end - j >= 2) return { done: mk(toks, i, fr.end, sign * fr.value, 'fraction', true) };
    if (has(T.denom, w) && w !== 'half' && w !== 'demi' && w !== 'moitie') return { done: null };
    return { done: article ? null : mk(toks, i, fr.end, sign * fr.value, 'fraction', true) };
  }
  // "a hundred", "a thousand": "a" stands for one.
  if (article && toks[j + 1] && has(T.mult, toks[j + 1].t) && !toks[j + 1].t.endsWith('s')) {
    st.seg = 1;
    st.end = j + 1;
    r.started = true;
    return j + 1;
  }
  const den = article ? parseDenominator(toks, j + 1, T) : null;
  if (den && (den.plural || fractionContext(toks, den.end))) return { done: mk(toks, i, den.end, sign / den.value, 'fraction', true) };
  if (article && toks[j + 1] && toks[j + 1].t === 'dozen') return { done: mk(toks, i, j + 2, 12, 'cardinal', true) };
  return { done: null };
}

/** "trois douzaines", "3 dozens": only the last group counts dozens ("trois cent deux douzaines"). */
function dozens(r: Reader, j: number): Next {
  const { st } = r;
  if (st.seg >= 100 && st.lastUnit > 0 && st.seg % 100 === st.lastUnit) st.seg += st.lastUnit * 11;
  else st.seg = (st.seg || 1) * 12;
  st.end = j + 1;
  return j + 1;
}

function nextWordAfterHyphen(toks: Tok[], k: number): Tok | undefined {
  if (toks[k] && toks[k].t === '-') return toks[k + 1];
  return toks[k];
}

export function mk(toks: Tok[], i0: number, i1: number, value: number, kind: NumKind, words: boolean): NumPhrase {
  return { i0, i1, start: toks[i0].start, end: toks[i1 - 1].end, value, kind, words };
}
