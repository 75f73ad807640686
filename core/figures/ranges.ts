/**
 * Bounds and ranges around numbers: "plus de 600 000", "jusqu'à 12.000", "entre 10.000 et 12.000",
 * "de 22 à 83", "11,000 to 12,000", "at least 20", "500 ou moins", and two bounds joined into one
 * interval ("supérieur à 20 et inférieur ou égal à 35"). Bounds are inclusive in the output: the
 * difference between "more than 600 000" and "600 000 or more" is carried by the qualifier.
 */
import type { Lang, Qualifier } from '../types';
import type { Tok } from './tokens';
import type { NumPhrase } from './numbers';
import { gluedCurrencySign } from '../text/currency';

export interface Interval {
  i0: number;
  i1: number;
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** The number phrases the interval is made of (one, or two for a range). */
  parts: NumPhrase[];
  /**
   * One side of a change ("raise the age from 62 to 64", "passer de 62 à 64 ans"): 'from' the value
   * before, 'to' the value after. Both read what they count from the whole phrase, tokens
   * [frame[0], frame[1]): the noun comes after the second value ("de 62 à 64 ans").
   */
  change?: 'from' | 'to';
  frame?: [number, number];
  /** An open bound told close to its value ("just under 40", "un peu plus de 100", "slightly fewer than"): an
   * intensifier (INTENSIFIERS) stands right before its bound word. */
  near?: true;
}

type Side = 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'about' | 'exact';

/** Prefix phrases, as folded token sequences ("jusqu ' a" is "jusqu'à"). Longest match wins. */
const PREFIX: Record<Lang, Array<[string, Side]>> = {
  fr: [
    ['plus de', 'more-than'], ['pas plus de', 'up-to'], ['au plus', 'up-to'], ['au maximum', 'up-to'], ['tout au plus', 'up-to'],
    ['au moins', 'at-least'], ['au moins de', 'at-least'], ['pas moins de', 'at-least'], ['au minimum', 'at-least'], ['au bas mot', 'at-least'],
    ["jusqu ' a", 'up-to'], ["jusqu ' au", 'up-to'], ['environ', 'about'], ['quelque', 'about'], ['pres de', 'about'], ["pres d '", 'about'], ['autour de', 'about'],
    ['a peu pres', 'about'], ['approximativement', 'about'], ['grosso modo', 'about'], ['une centaine de', 'about'], ['quasiment', 'about'], ['presque', 'about'],
    ['moins de', 'less-than'], ["moins d '", 'less-than'], ["plus d '", 'more-than'], ['a moins de', 'less-than'], ['en dessous de', 'less-than'], ['au-dessous de', 'less-than'], ['au - dessous de', 'less-than'],
    ['au-dessus de', 'more-than'], ['au - dessus de', 'more-than'], ['plus de ou egal a', 'at-least'],
    // A verb of passing a mark ("a dépassé 2 000", "dépasse les 50 000") bounds the value as "plus de" does.
    ['depasse', 'more-than'], ['depasse les', 'more-than'], ['depassent', 'more-than'], ['depassent les', 'more-than'], ['depassant', 'more-than'], ['depassant les', 'more-than'],
    ['superieur a', 'more-than'], ['superieure a', 'more-than'], ['superieurs a', 'more-than'], ['superieures a', 'more-than'],
    ['superieur ou egal a', 'at-least'], ['superieure ou egale a', 'at-least'], ['superieurs ou egaux a', 'at-least'], ['superieures ou egales a', 'at-least'],
    ['egal ou superieur a', 'at-least'], ['egale ou superieure a', 'at-least'], ['au moins ou egal a', 'at-least'],
    ['inferieur a', 'less-than'], ['inferieure a', 'less-than'], ['inferieurs a', 'less-than'], ['inferieures a', 'less-than'],
    ['inferieur ou egal a', 'up-to'], ['inferieure ou egale a', 'up-to'], ['inferieurs ou egaux a', 'up-to'], ['inferieures ou egales a', 'up-to'],
    ['egal ou inferieur a', 'up-to'], ['egale ou inferieure a', 'up-to'], ['plus petits ou egaux a', 'up-to'], ['plus petit ou egal a', 'up-to'],
    ['plus grand que', 'more-than'], ['plus haut que', 'more-than'], ['plus age que', 'more-than'], ['plus que', 'more-than'],
    ['plus petit que', 'less-than'], ['plus bas que', 'less-than'], ['egal a', 'exact'], ['egale a', 'exact'], ['au nombre de', 'exact'],
    ['>', 'more-than'], ['<', 'less-than'], ['> =', 'at-least'], ['< =', 'up-to'], ['>=', 'at-least'], ['<=', 'up-to'],
  ],
  en: [
    ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['greater than', 'more-than'], ['larger than', 'more-than'],
    ['bigger than', 'more-than'], ['higher than', 'more-than'], ['exceed', 'more-than'], ['exceeds', 'more-than'], ['exceeding', 'more-than'],
    ['surpass', 'more-than'], ['in excess of', 'more-than'], ['exceeded', 'more-than'], ['surpassed', 'more-than'], ['surpasses', 'more-than'], ['topped', 'more-than'], ['upwards of', 'more-than'], ['well over', 'more-than'],
    ['at least', 'at-least'], ['no less than', 'at-least'], ['no fewer than', 'at-least'], ['not less than', 'at-least'], ['greater than or equal to', 'at-least'],
    ['bigger or equal than', 'at-least'], ['higher or equal than', 'at-least'], ['more than or equal to', 'at-least'], ['equal to or more than', 'at-least'],
    ['equal to or greater than', 'at-least'], ['at least or equal to', 'at-least'], ['a minimum of', 'at-least'],
    ['up to', 'up-to'], ['at most', 'up-to'], ['no more than', 'up-to'], ['not more than', 'up-to'], ['less than or equal to', 'up-to'],
    ['smaller or equal than', 'up-to'], ['lower or equal than', 'up-to'], ['less or equal than', 'up-to'], ['equal to or less than', 'up-to'], ['a maximum of', 'up-to'],
    ['less than', 'less-than'], ['fewer than', 'less-than'], ['below', 'less-than'], ['under', 'less-than'], ['lower than', 'less-than'], ['smaller than', 'less-than'],
    ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'], ['nearly', 'about'], ['almost', 'about'],
    ['close to', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['approx', 'about'], ['more or less', 'about'],
    ['equal to', 'exact'], ['equals', 'exact'], ['equals to', 'exact'], ['equaling to', 'exact'], ['equalling', 'exact'],
    ['>', 'more-than'], ['<', 'less-than'], ['> =', 'at-least'], ['< =', 'up-to'], ['>=', 'at-least'], ['<=', 'up-to'],
  ],
};
/**
 * The "about" phrases that approach their value from below ("nearly 5,000" is a little under 5,000,
 * "près de 5 000", "presque", "almost"): figures read them as about (their qualifier), as PREFIX says;
 * cross-language passages (boundPhrases) read them as an upper bound, since a text that says "nearly
 * 5,000" is restating a count under it.
 */
const APPROACHING = new Set(['nearly', 'almost', 'presque', 'pres de', "pres d '", 'quasiment']);
/**
 * Verbs of passing a mark ("exceeds 2,000", "a dépassé 2 000", "topped"): bounds for figures, not for
 * cross-language passages (boundPhrases). Measured (devset, given the story): with them, one more
 * reported pair and no gold one (a headline "toll surpasses 2,000" against "au moins 2 012 morts").
 */
const PASSING_VERBS = new Set(['exceed', 'exceeds', 'exceeding', 'exceeded', 'surpass', 'surpassed', 'surpasses', 'topped', 'depasse', 'depassent', 'depassant']);
/**
 * Words that bring a bound close to its value, as folded token sequences: "just under 40", "slightly more than",
 * "a little less than", "un peu moins de", "légèrement plus de", "tout juste", "à peine plus de". They stand before
 * the bound word, outside the figure's span. A ceiling told so is a rounded count, not set under another's count
 * (sides.ts ceilingRebuttal), and the reader is shown the words (Figure `near`). count-head.ts skips them too ("a
 * population of just over 3,000").
 */
export const INTENSIFIERS: string[][] = ['just', 'slightly', 'juste', 'legerement', 'un peu', 'a little', 'a bit', 'tout juste', 'a peine']
  .map((s) => s.split(' ')).sort((a, b) => b.length - a.length);
/** Negations that turn "just" into "only": "not just under 40 but many more", "pas juste plus de 40" tell no bound
 * close to its value. */
const INTENSIFIER_NEGATIONS = new Set(['not', 'pas', 'non']);
/** The first token index of an intensifier (INTENSIFIERS) ending right before token `end`, or -1. */
export function intensifierBefore(toks: Tok[], end: number): number {
  // A line break between the intensifier and the bound word parts them (a headline's last word, then a line).
  if (toks[end]?.nl) return -1;
  for (const seq of INTENSIFIERS) {
    const s = endsAt(toks, end, seq);
    if (s >= 0) return s > 0 && INTENSIFIER_NEGATIONS.has(toks[s - 1].t) ? -1 : s;
  }
  return -1;
}
/** Words a French elision leaves off a phrase ("plus d'un" is "plus de un"; "jusqu'à"), as ELIDED in core/text/words.ts. */
const ELIDED_WORDS = new Set(['d', 'l', 'qu', 'jusqu']);

/**
 * The bound phrases of PREFIX, both languages, as the folded words of core/text/words.ts read them
 * (an elided word and its apostrophe gone: "plus d '" is "plus", "jusqu ' a" is "a"): `lower` for a
 * value the count exceeds or reaches ("more than", "plus de", "at least"), `upper` for one it stays
 * under or reaches ("up to", "moins de", "fewer than", and the APPROACHING words). A phrase left with
 * one word of two letters or fewer ("a" of "jusqu'à", "au" of "jusqu'au") is dropped: the elided word carried its meaning. A French
 * phrase ending in "de" also stands without it, the way "plus d'un" reads once elided ("plus un").
 * Symbols ("<", ">=") are not words, and verbs (PASSING_VERBS) are left out. One table for figures and passages.
 */
export function boundPhrases(): { lower: string[][]; upper: string[][] } {
  const lower: string[][] = [];
  const upper: string[][] = [];
  for (const lang of ['en', 'fr'] as const) {
    for (const [phrase, side] of PREFIX[lang]) {
      const toks = phrase.split(' ');
      if (!/^[a-z]/.test(toks[0]) || PASSING_VERBS.has(toks[0])) continue;
      const words = toks.filter((t, i) => t !== "'" && !(toks[i + 1] === "'" && ELIDED_WORDS.has(t)));
      if (words.length === 0 || (words.length === 1 && words[0].length <= 2)) continue;
      const to = side === 'more-than' || side === 'at-least' ? lower : side === 'up-to' || side === 'less-than' || APPROACHING.has(phrase) ? upper : null;
      if (!to) continue;
      const add = (w: string[]): void => { if (!to.some((x) => x.join(' ') === w.join(' '))) to.push(w); };
      add(words);
      if (lang === 'fr' && words.length > 1 && words[words.length - 1] === 'de') add(words.slice(0, -1));
    }
  }
  return { lower, upper };
}

/** Postfix phrases: "500 ou plus", "five hundred or more". */
const POSTFIX: Record<Lang, Array<[string, Side]>> = {
  fr: [['ou plus', 'at-least'], ['et plus', 'at-least'], ['ou moins', 'up-to'], ['ou plus que', 'at-least'], ['au plus', 'up-to'], ['au moins', 'at-least']],
  en: [['or more', 'at-least'], ['and more', 'at-least'], ['or greater', 'at-least'], ['or greater than', 'at-least'], ['or less', 'up-to'], ['or fewer', 'up-to'], ['or above', 'at-least'], ['or below', 'up-to'], ['and above', 'at-least'], ['and over', 'at-least']],
};
/** "or equal (to)" after a strict bound makes it inclusive: "less than 5000 or equal". */
const OR_EQUAL: Record<Lang, string[]> = { fr: ['ou egal a', 'ou egal', 'ou egale a', 'ou egale'], en: ['or equal to', 'or equal'] };

/** Range words: "entre X et Y", "de X à Y", "X à Y", "X to Y", "X-Y". */
const RANGE_OPEN: Record<Lang, Array<[string, string[]]>> = {
  fr: [['entre', ['et']], ['de', ['a', 'au']], ["d '", ['a', 'au']], ['entre le', ['et le']], ['de le', ['a le']], ['du', ['au']]],
  // "within a range of zero and 0.1 percent" (unit44): "range of" opens a range as "between" does; with "to" it is a
  // bare range already ("a range of 4% to 4.25%").
  en: [['between', ['and']], ['from', ['to', 'through']], ['between the', ['and the']], ['range of', ['and']]],
};
/**
 * Words that make "from X to Y" / "de X à Y" a change of one value (the value before, the value after)
 * rather than an interval: verbs and nouns of moving a level, as folded word starts. English "from"
 * is always the starting point, so any of them in the clause before it will do ("raise the retirement
 * age from 62 to 64", "rose from 210 to 274"). French "de" is also "by" ("augmenter de 5 à 10 %" is a
 * rise of 5 to 10 %), so French takes only words whose amount reading is rare ("passer de", "relever
 * l'âge de", "le report de l'âge … de 62 à 64 ans", "ramener le déficit de 5,4 % à 3 %").
 */
const CHANGE_CUES: Record<Lang, RegExp> = {
  en: /^(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|push(?:es|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|ris(?:e|es|en|ing)|rose|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slash(?:es|ed|ing)?|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|bring(?:s|ing)?|brought|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|chang(?:e|es|ed|ing)|go|goes|gone|going|went|extend(?:s|ed|ing)?|up|down)$/,
  fr: /^(?:pass(?:er|e|es|ent|ee|ees|ait|aient|ant|era|eront|erait|age)|port(?:er|e|es|ent|ee|ees|ait|ant|era)|relev(?:er|e|es|ent|ee|ees|ait|ant|era|ement)|recul(?:er|e|es|ent|ee|ait|ant|era)?|repouss(?:er|e|es|ent|ee|ait|ant|era)|report(?:er|e|ee|ait|ant|era)?|ramen(?:er|e|es|ent|ee|ait|ant|era)|faire|fait|fera|faisant)$/,
};
/** How many words back, within the clause, a change cue is looked for ("raise the legal retirement age from"). */
const CHANGE_CUE_WINDOW = 10;
/** Tokens that end the clause a change cue must share with its values. */
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '(', ')', '«', '»', '"']);

/**
 * Is the range opened by `open` (token index) a change? A cue word within the clause before it; in
 * French "faire" only as "faire passer", and any cue but "passer" needs its object between it and "de"
 * ("relever l'âge de 62 à 64"): right before "de" it gives the amount ("porté de 2 à 3 points" stays a range).
 */
function isChange(toks: Tok[], open: number, lang: Lang): boolean {
  const opener = toks[open].t;
  if (lang === 'en' ? opener !== 'from' : !(opener === 'de' || opener === 'd')) return false;
  for (let k = open - 1; k >= 0 && open - k <= CHANGE_CUE_WINDOW; k--) {
    const t = toks[k];
    if (t.kind === 'p' && CLAUSE_END.has(t.t)) return false;
    if (toks[k + 1].nl) return false;
    if (t.kind !== 'w' || !CHANGE_CUES[lang].test(t.t)) continue;
    if (lang === 'en') return true;
    if (/^f[ae]/.test(t.t)) { if (toks[k + 1]?.t.startsWith('pass')) return true; continue; }
    if (t.t.startsWith('pass')) return true;
    if (k < open - 1) return true;
  }
  return false;
}

/** Words between the two values of a bare range. "ou" / "or" too: two values offered as alternatives for one count
 * ("trois ou quatre malfaiteurs", "two or three men", "10 or 12 people") say that it is one of them, an uncertain
 * value between them, not two counts. */
const RANGE_BARE: Record<Lang, string[]> = { fr: ['a', '-', '~', 'au', 'ou'], en: ['to', '-', '~', 'through', 'or'] };
const ARTICLES = new Set(['le', 'la', 'l', 'the']);
const JOIN: Record<Lang, string[]> = { fr: ['et', 'mais', ','], en: ['and', 'but', ','] };

interface Phrase { toks: string[]; side: Side }
const compile = (list: Array<[string, Side]>): Phrase[] =>
  list.map(([p, side]) => ({ toks: p.split(' '), side })).sort((a, b) => b.toks.length - a.toks.length);
const PREFIX_C: Record<Lang, Phrase[]> = { fr: compile(PREFIX.fr), en: compile(PREFIX.en) };
const POSTFIX_C: Record<Lang, Phrase[]> = { fr: compile(POSTFIX.fr), en: compile(POSTFIX.en) };
const OR_EQUAL_C: Record<Lang, string[][]> = { fr: OR_EQUAL.fr.map((s) => s.split(' ')).sort((a, b) => b.length - a.length), en: OR_EQUAL.en.map((s) => s.split(' ')).sort((a, b) => b.length - a.length) };

/** Token sequence `seq` ends right before token index `end` (exclusive)? Returns its first index or -1. */
/** How far before "plus que" the "ne" of a French restrictive negation may stand: the verb, a pronoun and an auxiliary
 * between ("ne recueille plus que", "n'en a plus que", "ne lui reste plus que"). */
const NE_BEFORE = 4;
/** Is the "plus que" at s the second half of "ne … plus que" ("only"), its "ne" in the same clause before it? */
function restrictiveNe(toks: Tok[], s: number): boolean {
  for (let k = s - 1; k >= Math.max(0, s - NE_BEFORE); k--) {
    if (toks[k].kind === 'p' && toks[k].t !== "'") return false;
    if (toks[k].t === 'ne' || (toks[k].t === 'n' && toks[k + 1]?.t === "'")) return true;
  }
  return false;
}

function endsAt(toks: Tok[], end: number, seq: string[]): number {
  const s = end - seq.length;
  if (s < 0) return -1;
  for (let k = 0; k < seq.length; k++) if (toks[s + k].t !== seq[k]) return -1;
  // Never reach across a line break.
  for (let k = s + 1; k <= end && k < toks.length; k++) if (toks[k].nl && k < end) return -1;
  return s;
}
function startsAt(toks: Tok[], start: number, seq: string[]): number {
  if (start + seq.length > toks.length) return -1;
  for (let k = 0; k < seq.length; k++) if (toks[start + k].t !== seq[k] || (k > 0 && toks[start + k].nl)) return -1;
  if (toks[start] && toks[start].nl) return -1;
  return start + seq.length;
}

function toInterval(side: Side, v: number): { low: number | null; high: number | null; qualifier: Qualifier } {
  switch (side) {
    case 'more-than': return { low: v, high: null, qualifier: 'more-than' };
    case 'at-least': return { low: v, high: null, qualifier: 'at-least' };
    case 'up-to': return { low: null, high: v, qualifier: 'up-to' };
    case 'less-than': return { low: null, high: v, qualifier: 'less-than' };
    case 'about': return { low: v, high: v, qualifier: 'about' };
    default: return { low: v, high: v, qualifier: 'exact' };
  }
}

/** Can two numbers make a range? Same kind, increasing, and (when bare "X to Y") not too far apart in form. */
function rangeable(a: NumPhrase, b: NumPhrase): boolean {
  if (a.kind === 'vague' || b.kind === 'vague') return false;
  if ((a.kind === 'ordinal') !== (b.kind === 'ordinal')) return false;
  return b.value > a.value;
}

/** Percent signs and words a range may tell after each of its values ("entre 4 % et 4,25 %", "between 4% and 4.25%",
 * "4,00%-4,25%", "zero percent and 0.1 percent"), as folded token sequences, longest first. */
const PERCENT_TOKENS: string[][] = [['pour', 'cent'], ['per', 'cent'], ['%'], ['percent'], ['pourcent'], ['pct']];
/**
 * Where the first value of a range ends when it tells its unit again before the range's joining word: after a percent
 * sign or word that the second value repeats (unit44). Read as two values, "entre 4 % et 4,25 %" was two figures, and
 * the range the other side tells ("4%–4.25%", "a range of 4% to 4.25%") met neither as one range (fedcut, ecbcut,
 * polls: 19 such ranges in the development set's texts). Only the same unit after both values: "4 % et 12 points" is
 * two figures. Else a.i1.
 */
function firstValueEnd(toks: Tok[], a: NumPhrase, b: NumPhrase): number {
  for (const seq of PERCENT_TOKENS) {
    const e = startsAt(toks, a.i1, seq);
    if (e > 0 && e <= b.i0 && startsAt(toks, b.i1, seq) > 0) return e;
  }
  return a.i1;
}

/** Words that open a range as its starting point ("de 4 % à 4,25 %", "from 4% to 4.25%"), as tokens. */
const FROM_WORDS = new Set(['de', 'd', 'du', 'from']);
/** Nouns of a range: "la fourchette de 4,00 % à 4,25 %", "a range of", "a band of". General vocabulary of rates. */
const RANGE_NOUNS = new Set(['fourchette', 'fourchettes', 'range', 'ranges', 'band', 'plage', 'intervalle']);
/** A noun of a range right before the token at k (an article between: "la fourchette de"). */
const rangeNounBefore = (toks: Tok[], k: number): boolean => RANGE_NOUNS.has(toks[k - 1]?.t ?? '');
/**
 * May a range that starts at token `first` (its opening word, else its first value) join two values that each tell
 * their unit (firstValueEnd)? Not from a starting point ("de 4,1 % à 4,2 %", "from 10% to 18%"), which tells a
 * change after a verb the cues do not list ("le chômage a grimpé de 4,1 % à 4,2 %") as often as a range: there the
 * first value's own unit keeps the two apart, as before (unit44: on the development set, joining them turned a
 * rate's rise into a range and lost its pairs); unless a noun of a range comes before ("la fourchette de 4,00 % à
 * 4,25 %").
 */
function repeatedUnitMayJoin(toks: Tok[], first: number): boolean {
  const k = FROM_WORDS.has(toks[first]?.t ?? '') ? first : FROM_WORDS.has(toks[first - 1]?.t ?? '') ? first - 1 : -1;
  return k < 0 || rangeNounBefore(toks, k);
}

/** Scale words a range writes once, after its second value: "5 to 6.5 million", "entre 10 et 12 milliards". */
const RANGE_SCALES = new Map([['thousand', 1e3], ['mille', 1e3], ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9], ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['trillion', 1e12], ['trillions', 1e12]]);
/**
 * The low bound of the range a..b: "5 to 6.5 million", "entre 10 et 12 milliards" write the scale once, after the
 * second value, and the first value is in that scale too when it is smaller than the second's (5 < 6.5: five million);
 * "between 800 and 1.2 million" keeps 800 (800 > 1.2), as does a first value with a scale of its own.
 */
function scaledLow(toks: Tok[], a: NumPhrase, b: NumPhrase): number {
  const scale = RANGE_SCALES.get(toks[b.i1 - 1]?.t ?? '');
  if (!scale || a.kind !== 'cardinal' || b.kind !== 'cardinal' || a.value <= 0) return a.value;
  for (let k = a.i0; k < a.i1; k++) if (RANGE_SCALES.has(toks[k].t)) return a.value;
  return a.value < b.value / scale ? a.value * scale : a.value;
}

/** Opening quotation marks (typographic, French, straight; not the apostrophe, which ends "plus d'"). */
const QUOTE_OPENERS = new Set(['“', '«', '"', '„']);
/** Approximation words written after the value or its noun: "1.400 morts environ", "200 people or so". */
const APPROX_AFTER: Record<Lang, string[][]> = { fr: [['environ']], en: [['or', 'so']] };

/**
 * "1.400 morts environ", "20 km environ", "200 or so": the approximation word right after the number or
 * after one word (its noun), where it does not open the next number ("300 morts environ 200 blessés"
 * is rare; "environ 200" is the next figure's prefix). Returns the token index after the word, or -1.
 */
function approxAfterNoun(toks: Tok[], a: NumPhrase, next: NumPhrase | undefined, lang: Lang): number {
  for (const skip of [0, 1]) {
    const k = a.i1 + skip;
    if (skip === 1 && (!toks[a.i1] || toks[a.i1].kind !== 'w' || toks[a.i1].nl)) break;
    for (const w of APPROX_AFTER[lang]) {
      const e = startsAt(toks, k, w);
      if (e < 0) continue;
      if (next && next.i0 <= e + 1) return -1;
      return e;
    }
  }
  return -1;
}

/** Turn number phrases into intervals, joining ranges and bounds. `nums` must be sorted by position. */
export function buildIntervals(toks: Tok[], nums: NumPhrase[], lang: Lang): Interval[] {
  const out: Interval[] = [];
  for (let n = 0; n < nums.length; n++) {
    const a = nums[n];
    const b = nums[n + 1];
    // Ranges with an opening word: "entre X et Y", "from X to Y".
    if (b && a.kind !== 'vague') {
      let done = false;
      for (const [open, closes] of RANGE_OPEN[lang]) {
        const os = endsAt(toks, a.i0, open.split(' '));
        if (os < 0) continue;
        for (const c of closes) {
          const ce = startsAt(toks, a.i1, c.split(' '));
          // "from 62 to 64" after a change cue: two values of one thing, before and after (either may be the larger).
          // Not after a noun of a range ("le portant à la fourchette de 4 à 4,25 %": the cue moves the rate into it).
          if (ce === b.i0 && a.kind === 'cardinal' && b.kind === 'cardinal' && isChange(toks, os, lang) && !rangeNounBefore(toks, os)) {
            const before = scaledLow(toks, a, b);
            out.push({ i0: a.i0, i1: a.i1, start: a.start, end: a.end, low: before, high: before, qualifier: 'exact', parts: [a], change: 'from', frame: [a.i0, b.i1] });
            out.push({ i0: b.i0, i1: b.i1, start: b.start, end: b.end, low: b.value, high: b.value, qualifier: 'exact', parts: [b], change: 'to', frame: [a.i0, b.i1] });
            n++;
            done = true;
            break;
          }
          // "entre 4 % et 4,25 %": the first value may tell the unit the second repeats (firstValueEnd).
          const cu = repeatedUnitMayJoin(toks, os) ? startsAt(toks, firstValueEnd(toks, a, b), c.split(' ')) : ce;
          if ((ce === b.i0 || cu === b.i0) && rangeable(a, b)) {
            out.push({ i0: os, i1: b.i1, start: toks[os].start, end: b.end, low: scaledLow(toks, a, b), high: b.value, qualifier: 'range', parts: [a, b] });
            n++;
            done = true;
            break;
          }
        }
        if (done) break;
      }
      if (done) continue;
      // Bare ranges: "20 à 100", "11,000 to 12,000", "1000-5000".
      for (const c of RANGE_BARE[lang]) {
        // A dash joins a range whatever word comes before ("un taux de 4,00%-4,25%").
        const ce = startsAt(toks, c === '-' || c === '~' || repeatedUnitMayJoin(toks, a.i0) ? firstValueEnd(toks, a, b) : a.i1, [c]);
        if (ce === b.i0 && rangeable(a, b) && !(c === '-' && (a.words || b.words))) {
          // A hyphen between digits must be tight or spaced on both sides ("1000-5000", "1000 - 5000").
          out.push({ i0: a.i0, i1: b.i1, start: a.start, end: b.end, low: scaledLow(toks, a, b), high: b.value, qualifier: 'range', parts: [a, b] });
          n++;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    if (a.kind === 'vague') {
      out.push({ i0: a.i0, i1: a.i1, start: a.start, end: a.end, low: a.value, high: null, qualifier: 'vague', parts: [a] });
      continue;
    }
    // One bound: prefix or postfix.
    let side: Side = 'exact';
    let i0 = a.i0;
    let i1 = a.i1;
    // An article may sit between the bound and the number: "plus de la moitié", "higher than the tenth".
    const art = toks[a.i0 - 1];
    // So may a currency sign written before the amount: "approximately €20 billion", "more than $5 million".
    const sign = gluedCurrencySign(art, a.start);
    // So may an opening quotation mark: a bound outside the quoted words ('plus de “500 000 participants”', 'more than
    // "one million people"') is the writer's, and bounds the quoted value all the same.
    const quoted = !!art && art.kind === 'p' && QUOTE_OPENERS.has(art.t);
    const skip = (art && ARTICLES.has(art.t) && (a.kind === 'ordinal' || a.kind === 'fraction')) || sign || quoted ? 1 : 0;
    for (const p of PREFIX_C[lang]) {
      const s = endsAt(toks, a.i0 - skip, p.toks);
      if (s >= 0) {
        // "pas plus de" / "no more than": a negated "more than" is an upper bound.
        side = p.side;
        i0 = s;
        if (side === 'more-than' && s > 0 && (toks[s - 1].t === 'pas' || toks[s - 1].t === 'not' || toks[s - 1].t === 'no')) {
          side = 'up-to';
          i0 = s - 1;
        } else if (lang === 'fr' && p.toks.length === 2 && p.toks[0] === 'plus' && p.toks[1] === 'que' && restrictiveNe(toks, s)) {
          // "ne recueille plus que 16,4 %", "n'a plus que 300 salariés": "ne … plus que" says "only", the value itself.
          side = 'exact';
          i0 = a.i0;
        } else if (side === 'less-than' && s > 0 && (toks[s - 1].t === 'pas' || toks[s - 1].t === 'not' || toks[s - 1].t === 'no')) {
          side = 'at-least';
          i0 = s - 1;
        }
        break;
      }
    }
    if (side === 'more-than' || side === 'less-than') {
      for (const oe of OR_EQUAL_C[lang]) {
        const e = startsAt(toks, a.i1, oe);
        if (e >= 0) {
          side = side === 'more-than' ? 'at-least' : 'up-to';
          i1 = e;
          break;
        }
      }
    }
    // "1.400 morts environ", "200 people or so": an approximation word after the counted noun.
    let frame: [number, number] | undefined = sign && i0 < a.i0 ? [a.i0, a.i1] : undefined;
    if (side === 'exact') {
      const after = approxAfterNoun(toks, a, nums[n + 1], lang);
      if (after > 0) {
        side = 'about';
        frame = [i0, a.i1];
        i1 = after;
      }
    }
    if (side === 'exact' || side === 'about') {
      for (const p of POSTFIX_C[lang]) {
        const e = startsAt(toks, a.i1, p.toks);
        if (e >= 0) {
          // "200 ou plus que 190": the postfix belongs to the next number, leave it.
          const nx = toks[e];
          if (nx && nx.kind === 'd' && nums[n + 1] && nums[n + 1].i0 === e) break;
          // "5000 ou moins de 6000", "5000 or less than 6000": the words open the next bound.
          if (nx && ['de', 'd', 'que', 'than'].includes(nx.t) && !nx.nl && nums[n + 1] && nums[n + 1].i0 <= e + 2) break;
          side = p.side;
          i1 = e;
          break;
        }
      }
    }
    // "une quarantaine" alone is about forty; with a bound word it is that bound ("plus d'une centaine").
    const iv = toInterval(side === 'exact' && a.kind === 'approx' ? 'about' : side, a.value);
    // "just under 40", "un peu plus de 100": an open bound told close to its value (INTENSIFIERS).
    const near = (side === 'more-than' || side === 'less-than') && i0 < a.i0 && intensifierBefore(toks, i0) >= 0;
    out.push({ i0, i1, start: toks[i0].start, end: toks[i1 - 1].end, ...iv, parts: [a], ...(frame ? { frame } : {}), ...(near ? { near: true as const } : {}) });
  }
  return conversions(toks, joinBounds(toks, out, lang));
}

/** Words a unit may take between a value and its bracket: "492 tonnes (", "(1.1 million pounds)". */
const CONVERSION_MAX_WORDS = 2;

/**
 * "about 492 tonnes (1.1 million pounds)", "plus de 40 milliards d'euros (44 milliards de dollars)": a
 * value in brackets right after a bounded one is the same amount in another unit, and as approximate
 * or open as the first. Only a bracket holding the value and its unit alone.
 */
function conversions(toks: Tok[], ivs: Interval[]): Interval[] {
  const wordsOnly = (from: number, to: number): boolean => {
    if (to - from > CONVERSION_MAX_WORDS + 1) return false;
    for (let k = from; k < to; k++) if (toks[k].kind !== 'w' && toks[k].t !== "'") return false;
    return true;
  };
  for (let k = 0; k + 1 < ivs.length; k++) {
    const a = ivs[k];
    const b = ivs[k + 1];
    if (a.qualifier === 'exact' || a.qualifier === 'range' || a.qualifier === 'vague' || b.qualifier !== 'exact' || b.parts.length !== 1) continue;
    const open = b.i0 - 1;
    if (open <= a.i1 - 1 || toks[open].t !== '(' || !wordsOnly(a.i1, open)) continue;
    let close = b.i1;
    while (close < toks.length && close - b.i1 < CONVERSION_MAX_WORDS && toks[close].kind === 'w') close++;
    if (toks[close]?.t !== ')' || toks.slice(a.i0, b.i1).some((t, n) => n > 0 && t.nl)) continue;
    const v = b.parts[0].value;
    const side = a.qualifier as Side;
    // The converted value is told as close to its bound as the value it converts ("just under 40 miles (64 km)").
    ivs[k + 1] = { ...b, ...toInterval(side, v), ...(a.near ? { near: true as const } : {}) };
  }
  return ivs;
}

/** "supérieur à 20 et inférieur à 35", "at most 100 and at least 20": two open bounds make one range. */
function joinBounds(toks: Tok[], ivs: Interval[], lang: Lang): Interval[] {
  const out: Interval[] = [];
  for (let k = 0; k < ivs.length; k++) {
    const a = ivs[k];
    const b = ivs[k + 1];
    const lowA = a.qualifier === 'more-than' || a.qualifier === 'at-least';
    const highA = a.qualifier === 'less-than' || a.qualifier === 'up-to';
    const lowB = b && (b.qualifier === 'more-than' || b.qualifier === 'at-least');
    const highB = b && (b.qualifier === 'less-than' || b.qualifier === 'up-to');
    if (b && ((lowA && highB) || (highA && lowB))) {
      let joined = false;
      for (const j of JOIN[lang]) {
        const e = startsAt(toks, a.i1, j.split(' '));
        if (e === b.i0) {
          const low = lowA ? a.low : b.low;
          const high = highA ? a.high : b.high;
          if (low !== null && high !== null && low < high) {
            out.push({ i0: a.i0, i1: b.i1, start: a.start, end: b.end, low, high, qualifier: 'range', parts: [...a.parts, ...b.parts] });
            k++;
            joined = true;
          }
          break;
        }
      }
      if (joined) continue;
    }
    out.push(a);
  }
  return out;
}
