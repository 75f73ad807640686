/**
 * Handlers for ordinal and fraction words: an ordinal alone or compound ("vingt-cinquième"), a
 * numerator and its denominator ("trois cinquièmes", "two thirds"), and a phrase that opens with a
 * fraction word or "a/an" ("half a million", "a hundred", "demi-million").
 */
import { has, unitFits } from './number-words';
import { fractionContext, MIN_SINGULAR_DENOM, parseDenominator, parseFractionTail } from './fractions';
import { mk, STOP, type Next, type Reader } from './number-reader';

/** Words between a fraction word and the scale it takes ("deux tiers de million", "half a million"). */
const FRACTION_TO_SCALE = new Set(['de', 'of', 'a', '-']);

/** An ordinal word: an ordinal on its own or compound ("vingt-cinquième"), or a denominator ("trois cinquièmes"). */
export function ordinalWord(r: Reader, j: number): Next {
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
export function pluralDenominator(r: Reader, j: number, singular: string): Next {
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
export function leadingFraction(r: Reader, j: number): Next {
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

