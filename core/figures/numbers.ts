/**
 * Numbers written with digits, words or both, in French and English: "600 000", "1,5 million",
 * "quatre-vingt-dix-sept", "two hundred and two thousand", "4e", "fourth", "trois cinquièmes".
 * Works on the token array (tokens.ts); word tables in number-words.ts, word fractions in fractions.ts,
 * vague amounts ("des milliers") in vague.ts.
 *
 * parseNumberAt reads one phrase token by token and hands each token to the handler of its kind:
 * digit-numbers.ts (digits), word-numbers.ts (hyphen, "and/et", "point/virgule", unit, scale, dozens),
 * ordinal-words.ts (ordinal, denominator, leading fraction). A handler says where reading goes on,
 * that the phrase is complete (STOP), or gives the whole answer at once ({ done }); number-reader.ts
 * holds the state they share.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { TABLES, has, type Tables } from './number-words';
import { mk, STOP, type Next, type NumPhrase, type Reader } from './number-reader';
import { digits } from './digit-numbers';
import { articleOfBoundSpan, articleOfOneHarmed, connector, dozens, DOZEN_WORDS, hyphen, pointWords, scaleWord, subjectOfRoleVerb, unitWord } from './word-numbers';
import { leadingFraction, ordinalWord, pluralDenominator } from './ordinal-words';

export { mk, type NumKind, type NumPhrase } from './number-reader';


/**
 * Parse the longest number phrase starting at token i. Returns null when token i does not start one.
 * The grammar is the usual additive/multiplicative one: units add inside a below-thousand segment,
 * "cent"/"hundred" multiplies the segment, "mille"/"million" close it into the total.
 */
export function parseNumberAt(toks: Tok[], i: number, lang: Lang): NumPhrase | null {
  const T = TABLES[lang];
  if (!toks[i]) return null;
  if (lang === 'en') {
    const one = onlyOneAt(toks, i);
    if (one) return one;
  }
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

/** Determiners before "lone" / "sole" that make the phrase one thing of its noun ("the lone survivor", "its sole
 * plant"), as French "un seul" does (word-numbers.ts frenchOneCounts). Not "a": "a lone gunman killed 12" tells who
 * did it, not how many it befell. */
const EN_ONLY_ONE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
const EN_ONLY_ONE = new Set(['lone', 'sole']);

/**
 * "the lone survivor", "the sole survivor": one, written with no number word; and "a" / "an" as the subject of a verb
 * of what befalls people ("an officer was killed", word-numbers.ts subjectOfRoleVerb). The determiner and the adjective are
 * the number (so a referring "the" before a small number does not hide it, extract.ts); a noun must follow, on the
 * same line. Not "a single": "in a single week" says how fast, not how many, and "the single largest" ranks.
 */
function onlyOneAt(toks: Tok[], i: number): NumPhrase | null {
  const det = toks[i];
  // "Nearly a week", "in more than a decade": after a bound word, the article before a span of time is one
  // (word-numbers.ts articleOfBoundSpan); the span noun may end the sentence.
  if (articleOfBoundSpan(toks, i, 'en')) return mk(toks, i, i + 1, 1, 'cardinal', true);
  const adj = toks[i + 1];
  const noun = toks[i + 2];
  if (det.kind !== 'w' || !adj || !noun || adj.nl || noun.nl || noun.kind !== 'w') return null;
  if (!(EN_ONLY_ONE_DETERMINERS.has(det.t) && EN_ONLY_ONE.has(adj.t))) {
    // "An officer was killed", "a passenger survived": the article is the number one (word-numbers.ts subjectOfRoleVerb).
    // "A firefighter injured in the blaze": the reduced passive of the same (word-numbers.ts articleOfOneHarmed).
    return (det.t === 'a' || det.t === 'an') && (subjectOfRoleVerb(toks, i, 'en') || articleOfOneHarmed(toks, i, 'en')) ? mk(toks, i, i + 1, 1, 'cardinal', true) : null;
  }
  return mk(toks, i, i + 2, 1, 'cardinal', true);
}

/** Sign: "-5", "- 1 4/5", "negative one". A hyphen counts only after a space or at the start. */
function readSign(toks: Tok[], i: number, T: Tables): { sign: number; next: number } | null {
  const first = toks[i];
  if (first.kind === 'p' && (first.t === '-' || first.t === '\u2212')) {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!next || next.kind !== 'd' || (prev && prev.end === first.start && prev.kind !== 'p')) return null;
    if (prev && prev.kind === 'd') return null;
    // "4,00%-4,25%", "4 %-4,25 %": a hyphen glued to a percent sign before it joins a range whose every value tells
    // its unit (unit44); read as a minus, the upper bound was a negative rate.
    if (prev && prev.t === '%' && prev.end === first.start) return null;
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
  // "trente secondes", "thirty seconds": a plural of "second" after a number is a unit of time, never halves
  // (a half is "demi" / "half", whose plural is "halves"), so it is no denominator.
  const singular = w.endsWith('s') && w !== 'seconds' && w !== 'secondes' ? w.slice(0, -1) : '';
  if ((r.started && singular && has(T.ord, singular) && !st.hasDigit) || (r.started && has(T.denom, w))) return pluralDenominator(r, j, singular);
  if (!r.started && (has(T.denom, w) || (lang === 'en' && (w === 'a' || w === 'an')))) return leadingFraction(r, j);
  if (r.started && DOZEN_WORDS.has(w)) return dozens(r, j);
  return STOP;
}

