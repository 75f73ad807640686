/**
 * Numbers written with digits, words or both, in French and English: "600 000", "1,5 million",
 * "quatre-vingt-dix-sept", "two hundred and two thousand", "4e", "fourth", "trois cinquièmes".
 * Works on the token array (tokens.ts); word tables in number-words.ts, word fractions in fractions.ts,
 * vague amounts ("des milliers") in vague.ts.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { TABLES, has, unitFits } from './number-words';
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

interface State {
  total: number;
  seg: number;
  lastMult: number;
  lastUnit: number;
  end: number; // token index after the last consumed token
  words: boolean;
  hasDigit: boolean;
}

/**
 * Parse the longest number phrase starting at token i. Returns null when token i does not start one.
 * The grammar is the usual additive/multiplicative one: units add inside a below-thousand segment,
 * "cent"/"hundred" multiplies the segment, "mille"/"million" close it into the total.
 */
export function parseNumberAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const T = TABLES[lang];
  const first = toks[i];
  if (!first) return null;
  let sign = 1;
  let j = i;
  // Sign: "-5", "- 1 4/5", "negative one". A hyphen counts only after a space or at the start.
  if (first.kind === 'p' && (first.t === '-' || first.t === '\u2212')) {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!next || next.kind !== 'd' || (prev && prev.end === first.start && prev.kind !== 'p')) return null;
    if (prev && prev.kind === 'd') return null;
    sign = -1;
    j = i + 1;
  } else if (first.kind === 'w' && T.neg.has(first.t) && first.t !== 'moins') {
    const next = toks[i + 1];
    if (!next || !(next.kind === 'd' || has(T.units, next.t) || has(T.mult, next.t))) return null;
    sign = -1;
    j = i + 1;
  }
  const st: State = { total: 0, seg: 0, lastMult: Infinity, lastUnit: -1, end: j, words: true, hasDigit: false };
  let kind: NumKind = 'cardinal';
  let afterConnectorCheckpoint: State | null = null;
  let started = false;
  let decimalDigits = false;
  // The previous consumed token was digits ("4000 3" is two numbers; "4 mille 3" is one).
  let lastWasDigits = false;

  for (; j < toks.length; j++) {
    const tk = toks[j];
    if (started && tk.nl) break;
    if (tk.kind === 'd') {
      if (tk.ord) {
        if (started) break;
        st.seg = tk.v;
        st.end = j + 1;
        st.hasDigit = true;
        st.words = false;
        kind = 'ordinal';
        started = true;
        break;
      }
      if (!started) {
        st.seg = tk.v;
        st.end = j + 1;
        st.hasDigit = true;
        st.words = false;
        started = true;
        lastWasDigits = true;
        decimalDigits = !Number.isInteger(tk.v);
        // Glued scale suffix: "10k", "2.5M", "1,2b".
        const nx = toks[j + 1];
        // Spaced suffix: "2.33 k", "1,674.5 G" (upper case only for G/M/B, which are words otherwise).
        if (nx && nx.kind === 'w' && nx.start > tk.end && !nx.nl && ((nx.t === 'k') || (nx.cap && (nx.t === 'g' || nx.t === 'm' || nx.t === 'b'))) && !(toks[j + 2] && toks[j + 2].kind === 'w' && toks[j + 2].start === nx.end + 1 && false)) {
          const after = toks[j + 2];
          if (!after || after.kind === 'p' || after.nl) {
            st.seg = tk.v * (nx.t === 'm' ? 1e6 : DIGIT_SUFFIX[nx.t]);
            st.end = j + 2;
            j++;
            st.lastMult = 1e3;
            lastWasDigits = false;
            continue;
          }
        }
        if (nx && nx.kind === 'w' && nx.start === tk.end) {
          const raw = nx.t;
          const origUpperM = raw === 'm';
          if (has(DIGIT_SUFFIX, raw) || origUpperM) {
            // Only an upper-case M is million; the caller passes folded text, so check the original via flag.
            if (!origUpperM || nx.cap) {
              st.seg = tk.v * (origUpperM ? 1e6 : DIGIT_SUFFIX[raw]);
              st.end = j + 2;
              j++;
              st.lastMult = 1e3;
              continue;
            }
          }
          if (has(T.mult, raw) && T.mult[raw] >= 1e3) {
            st.seg = tk.v * T.mult[raw];
            st.end = j + 2;
            j++;
            st.lastMult = T.mult[raw];
            continue;
          }
        }
        // Fraction "3/4", "2 1/4".
        const sl = toks[j + 1];
        const den = toks[j + 2];
        const before = toks[j - 1];
        const slashBefore = before && before.t === '/' && before.end === tk.start;
        if (!slashBefore && sl && sl.t === '/' && den && den.kind === 'd' && !den.ord && sl.start === tk.end && den.start === sl.end && tk.v < den.v && den.v <= MAX_DIGIT_DENOM) {
          const after = toks[j + 3];
          if (!(after && after.t === '/' && after.start === den.end) && den.v !== 0) {
            st.seg = tk.v / den.v;
            st.end = j + 3;
            kind = 'fraction';
            break;
          }
        }
        const f2 = toks[j + 1];
        const sl2 = toks[j + 2];
        const den2 = toks[j + 3];
        if (f2 && f2.kind === 'd' && sl2 && sl2.t === '/' && den2 && den2.kind === 'd' && Number.isInteger(tk.v) && f2.v < den2.v && den2.v <= MAX_DIGIT_DENOM && sl2.start === f2.end && den2.start === sl2.end) {
          const after = toks[j + 4];
          if (!(after && after.t === '/' && after.start === den2.end)) {
            st.seg = tk.v + f2.v / den2.v;
            st.end = j + 4;
            kind = 'fraction';
            break;
          }
        }
        continue;
      }
      // Digits after a closed segment: "4 mille 3 cents et 21".
      if (st.hasDigit && !lastWasDigits && tk.v > 0 && !decimalDigits && Number.isInteger(tk.v) && tk.v < 1000 && (st.seg === 0 ? st.lastMult < Infinity && tk.v < st.lastMult : st.seg % 100 === 0 && tk.v < 100)) {
        st.seg += tk.v;
        st.lastUnit = tk.v;
        st.end = j + 1;
        lastWasDigits = true;
        continue;
      }
      break;
    }
    lastWasDigits = false;
    if (tk.kind === 'p') {
      // Hyphens join number words: "vingt-quatre", "fifty - two". Commas never do.
      if ((tk.t === '-') && started) {
        const nx = toks[j + 1];
        if (nx && nx.kind === 'w' && (has(T.units, nx.t) || has(T.ord, nx.t) || has(T.mult, nx.t) || nx.t === T.and || has(T.denom, nx.t) || (nx.t.endsWith('s') && has(T.ord, nx.t.slice(0, -1))))) continue;
      }
      break;
    }
    const w = tk.t;
    if (w === T.and && started) {
      // "vingt-et-un": skip the hyphen after "et".
      if (toks[j + 1] && toks[j + 1].t === '-' && toks[j - 1] && toks[j - 1].t === '-') j++;
      const nx = toks[j + 1];
      if (!nx) break;
      // "and a half", "et demi", "et un quart": a fraction added to what comes before.
      const fr = parseFractionTail(toks, j + 1, T);
      if (fr) {
        const after = toks[fr.end];
        const nextMult = after && after.kind === 'w' && has(T.mult, after.t) && T.mult[after.t] >= 1e3 ? T.mult[after.t] : 0;
        if (nextMult && st.seg === 0 && nextMult < st.lastMult) {
          // "one billion and a half million": the fraction is of the smaller scale.
          st.total += fr.value * nextMult;
          st.end = fr.end + 1;
          j = fr.end;
          continue;
        }
        const scale = st.seg === 0 && st.lastMult < Infinity ? st.lastMult : 1;
        st.total += st.seg + fr.value * scale;
        st.seg = 0;
        st.end = fr.end;
        j = fr.end - 1;
        // "five and a half million": a following scale multiplies everything.
        if (nextMult && scale === 1) {
          st.total *= nextMult;
          st.end = fr.end + 1;
          j = fr.end;
        }
        continue;
      }
      if (nx.kind === 'w' && (has(T.units, nx.t) && nx.t !== 'une' || (has(T.ord, nx.t) && lang === 'fr' && nx.t === 'unieme'))) {
        afterConnectorCheckpoint = { ...st };
        continue;
      }
      if (nx.kind === 'd' && st.hasDigit && nx.v > 0) {
        afterConnectorCheckpoint = { ...st };
        continue;
      }
      break;
    }
    if (w === T.point && started && st.total === 0 && st.seg === Math.floor(st.seg)) {
      // "two hundred point zero three": the words after the point are read as digits.
      let digits = '';
      let k = j + 1;
      while (k < toks.length && toks[k].kind === 'w' && has(T.units, toks[k].t) && T.units[toks[k].t] < 100) {
        let v = T.units[toks[k].t];
        let kk = k + 1;
        if (v >= 20 && v % 10 === 0 && toks[kk] && (toks[kk].t === '-' || toks[kk].t === T.and)) kk++;
        if (v >= 20 && toks[kk] && has(T.units, toks[kk].t) && T.units[toks[kk].t] < 20 && T.units[toks[kk].t] > 0 && unitFits(v, T.units[toks[kk].t], v)) {
          v += T.units[toks[kk].t];
          k = kk + 1;
        } else k++;
        digits += String(v);
      }
      if (digits) {
        st.seg = Number(`${st.seg}.${digits}`);
        st.end = k;
        j = k - 1;
        break;
      }
      break;
    }
    if (has(T.units, w)) {
      const v = T.units[w];
      if (!started) {
        // English "one" after a determiner is a pronoun; "un/une" alone is an article: both need a scale after them.
        if ((w === 'un' || w === 'une') && lang === 'fr' && j === i) {
          const nx = nextWordAfterHyphen(toks, j + 1);
          if (!nx || !(has(T.mult, nx.t) || has(T.ord, nx.t) || has(T.denom, nx.t) || nx.t === 'douzaine' || nx.t === 'millier' || !!parseDenominator(toks, j + 1, T) || (nx.t === 'et' && parseFractionTail(toks, j + 2, T)) || (nx.t === 'sur' && toks[j + 2] && (toks[j + 2].kind === 'd' || has(T.units, toks[j + 2].t) || has(T.mult, toks[j + 2].t))))) return null;
        }
        if (w === 'one' && lang === 'en') {
          const pv = toks[j - 1];
          if (pv && pv.kind === 'w' && EN_ONE_PRONOUN_BEFORE.has(pv.t)) return null;
        }
        st.seg = v;
        st.lastUnit = v;
        st.end = j + 1;
        started = true;
        continue;
      }
      // Digits then a unit word ("3 cinq") is two numbers; after a scale it continues ("3 cent un").
      if (st.hasDigit && st.seg !== 0 && st.end === j) {
        const prev = toks[j - 1];
        if (prev.kind === 'd') break;
      }
      // "quatre-vingt(s)": four twenties.
      if ((w === 'vingt' || w === 'vingts') && st.lastUnit === 4 && (st.seg % 100) === 4) {
        st.seg += 76;
        st.lastUnit = 80;
        st.end = j + 1;
        afterConnectorCheckpoint = null;
        continue;
      }
      if (!unitFits(st.seg, v, st.lastUnit)) {
        // "three twenty-firsts", "un vingt-cinquième": the numerator is complete, a compound denominator follows.
        if (!afterConnectorCheckpoint && !st.hasDigit && st.total === 0 && st.seg > 0) {
          const d = parseDenominator(toks, j, T);
          if (d && (d.plural || fractionContext(toks, d.end))) {
            st.seg /= d.value;
            st.end = d.end;
            kind = 'fraction';
            break;
          }
        }
        if (afterConnectorCheckpoint) Object.assign(st, afterConnectorCheckpoint);
        break;
      }
      st.seg += v;
      st.lastUnit = v;
      st.end = j + 1;
      st.words = st.words && !st.hasDigit;
      afterConnectorCheckpoint = null;
      continue;
    }
    if (has(T.mult, w) && !(lang === 'en' && (w === 'bn' || w === 'bln' || w === 'tln') && !started)) {
      const m = T.mult[w];
      if (!started) {
        // A bare scale word: "cent", "mille", "hundred thousand".
        if (m > 1e3 && lang === 'fr') return null; // "million" alone is a noun, not a count
        if (lang === 'en' && (w.endsWith('s'))) return null;
        st.seg = m === 100 ? 100 : 0;
        if (m >= 1e3) { st.total = m; st.lastMult = m; }
        st.end = j + 1;
        started = true;
        continue;
      }
      if (m === 100) {
        if (st.seg === 0 || (st.seg >= 100 && !st.hasDigit) || (st.seg >= 100 && st.hasDigit && st.seg % 1 !== 0)) {
          if (afterConnectorCheckpoint) Object.assign(st, afterConnectorCheckpoint);
          break;
        }
        if (afterConnectorCheckpoint && st.seg % 100 !== st.seg) { Object.assign(st, afterConnectorCheckpoint); break; }
        if (afterConnectorCheckpoint) {
          // "3 hundred and 2 hundred": the second scale starts a new number.
          Object.assign(st, afterConnectorCheckpoint);
          break;
        }
        st.seg *= 100;
        st.end = j + 1;
        continue;
      }
      if (st.seg === 0 && st.total > 0 && m > st.lastMult) {
        st.total *= m; // "mille milliards"
      } else if (m >= st.lastMult) {
        if (afterConnectorCheckpoint) Object.assign(st, afterConnectorCheckpoint);
        break;
      } else {
        st.total += (st.seg === 0 ? 1 : st.seg) * m;
      }
      st.seg = 0;
      st.lastMult = m;
      st.end = j + 1;
      afterConnectorCheckpoint = null;
      continue;
    }
    if (has(T.ord, w) && !(w === 'second' || w === 'seconde') || ((w === 'second' || w === 'seconde') && !(started && st.hasDigit))) {
      const o = T.ord[w];
      if (w === 'unieme' && !started) return null;
      if (w === 'vingtieme' && started && st.lastUnit === 4 && st.seg % 100 === 4 && !st.hasDigit) {
        st.seg += 76;
        st.end = j + 1;
        kind = 'ordinal';
        break;
      }
      if (!started) {
        if (lang === 'en' && w === 'second' && toks[j - 1]?.kind === 'd') return null;
        st.seg = o;
        st.end = j + 1;
        kind = 'ordinal';
        started = true;
        st.words = true;
        break;
      }
      if (st.hasDigit) break;
      // Numerator + denominator: "un cinquième", "two thirds", "trois cinquièmes".
      const plural = w.endsWith('s') && !w.endsWith('tiers') && o >= 2;
      const oneBefore = st.total === 0 && st.seg === 1 && !afterConnectorCheckpoint;
      const scaleOrd = o >= 100 && Math.log10(o) % 1 === 0;
      // A singular ordinal is a denominator only where a fraction can stand: "un cinquième des
      // électeurs", "a fifth" at the end; "un quatrième mandat", "a third term" are ordinals.
      const singularOk = o >= MIN_SINGULAR_DENOM[lang] && fractionContext(toks, j + 1);
      if (oneBefore && !plural && !singularOk) return o >= 2 ? mk(toks, j, j + 1, o, 'ordinal', true) : null;
      if (o >= 2 && (plural || (oneBefore && singularOk) || (singularOk && !scaleOrd && o >= 3 && st.seg > 0 && st.seg < 10 && st.total === 0 && !toks[j - 1].t.startsWith('-') && toks[j - 1].kind !== 'p'))) {
        if (o === 0) break;
        const num = st.total + st.seg;
        st.total = 0;
        st.seg = num / o;
        st.end = j + 1;
        kind = 'fraction';
        break;
      }
      // Compound ordinal: "vingt-cinquième", "one hundred twenty fifth", "deux centième".
      if (scaleOrd) {
        if (o === 100) st.seg = (st.seg || 1) * 100;
        else { st.total += (st.seg || 1) * o; st.seg = 0; }
      } else if (w === 'unieme') st.seg += 1;
      else if (unitFits(st.seg, o, st.lastUnit)) st.seg += o;
      else break;
      st.end = j + 1;
      kind = 'ordinal';
      break;
    }
    // Plural ordinals as denominators: "cinquiemes", "fifths", "huitiemes".
    const singular = w.endsWith('s') ? w.slice(0, -1) : '';
    if (started && singular && has(T.ord, singular) && !st.hasDigit || (started && has(T.denom, w))) {
      const d = has(T.denom, w) ? T.denom[w] : T.ord[singular];
      const num = st.total + st.seg;
      // "half million", "quart de million" are handled below; here "deux tiers", "three quarters".
      st.total = 0;
      st.seg = num / d;
      st.end = j + 1;
      kind = 'fraction';
      // "deux tiers de million"
      let q = j + 1;
      while (toks[q] && (toks[q].t === 'de' || toks[q].t === 'of' || toks[q].t === 'a' || toks[q].t === '-') && q < j + 3) q++;
      const mm = toks[q];
      if (mm && has(T.mult, mm.t) && T.mult[mm.t] >= 1e3) {
        st.seg *= T.mult[mm.t];
        st.end = q + 1;
        kind = 'cardinal';
      } else if (mm && (mm.t === 'douzaine' || mm.t === 'dozen')) {
        st.seg *= 12;
        st.end = q + 1;
        kind = 'cardinal';
      }
      break;
    }
    if (!started && (has(T.denom, w) || (lang === 'en' && (w === 'a' || w === 'an')))) {
      // "half million", "a half", "a dozen", "a hundred", "demi-million".
      const fr = parseFractionTail(toks, j, T);
      if (fr) {
        let k = fr.end;
        if (toks[k] && (toks[k].t === 'de' || toks[k].t === 'of' || toks[k].t === 'a' || toks[k].t === '-')) k++;
        if (toks[k] && toks[k].t === 'a') k++;
        if (toks[k] && has(T.mult, toks[k].t) && T.mult[toks[k].t] >= 1e3) {
          return mk(toks, i, k + 1, sign * fr.value * T.mult[toks[k].t], 'cardinal', true);
        }
        if (toks[k] && (toks[k].t === 'dozen' || toks[k].t === 'douzaine')) return mk(toks, i, k + 1, sign * fr.value * 12, 'cardinal', true);
        if (lang === 'en' && (w === 'a' || w === 'an') && fr.end - j >= 2) return mk(toks, i, fr.end, sign * fr.value, 'fraction', true);
        if (has(T.denom, w) && w !== 'half' && w !== 'demi' && w !== 'moitie') return null;
        return w === 'a' || w === 'an' ? null : mk(toks, i, fr.end, sign * fr.value, 'fraction', true);
      }
      if ((w === 'a' || w === 'an') && toks[j + 1] && has(T.mult, toks[j + 1].t) && !toks[j + 1].t.endsWith('s')) {
        st.seg = 1;
        st.end = j + 1;
        started = true;
        continue;
      }
      const den = w === 'a' || w === 'an' ? parseDenominator(toks, j + 1, T) : null;
      if (den && (den.plural || fractionContext(toks, den.end))) return mk(toks, i, den.end, sign / den.value, 'fraction', true);
      if ((w === 'a' || w === 'an') && toks[j + 1] && (toks[j + 1].t === 'dozen')) {
        return mk(toks, i, j + 2, 12, 'cardinal', true);
      }
      return null;
    }
    if (started && (w === 'dozen' || w === 'dozens' || w === 'douzaine' || w === 'douzaines' || w === 'dzs' || w === 'dozs')) {
      // "trois cent deux douzaines": only the last group counts dozens.
      if (st.seg >= 100 && st.lastUnit > 0 && st.seg % 100 === st.lastUnit) st.seg += st.lastUnit * 11;
      else st.seg = (st.seg || 1) * 12;
      st.end = j + 1;
      continue;
    }
    break;
  }
  if (!started) return null;
  let value = st.total + st.seg;
  if (kind === 'ordinal' || kind === 'fraction') value = st.total + st.seg;
  return mk(toks, i, st.end, sign * value, kind, st.words && !st.hasDigit);
}

function nextWordAfterHyphen(toks: Tok[], k: number): Tok | undefined {
  if (toks[k] && toks[k].t === '-') return toks[k + 1];
  return toks[k];
}

export function mk(toks: Tok[], i0: number, i1: number, value: number, kind: NumKind, words: boolean): NumPhrase {
  return { i0, i1, start: toks[i0].start, end: toks[i1 - 1].end, value, kind, words };
}


