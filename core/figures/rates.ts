/**
 * Rates (rate47): a figure that counts one thing per another thing ("1.68 children per woman", "1,68 enfant par femme",
 * "1.45 children per household" told as "1,45 enfant par foyer", "12 deaths per 100,000 inhabitants" / "12 décès pour 100 000
 * habitants"). The thing counted per is read from the phrase right after the counted noun (or after the number when it
 * has none) and written into the count's key as `per:<key>`, so that:
 * - one rate told in two languages is one count: the "per" noun is read as its concept ("femme" / "woman": woman), or
 *   as the bilingual word list's key of a noun the table does not know ("joueur" / "player": w:player);
 * - a rate never meets a plain count of its first noun (1.68 children per woman is not 1.68 children): match.ts sets
 *   two counts with different `per:` keys, or a `per:` key on one side only, apart.
 * A "per" noun of time ("par an", "a day", "per hour") is not read here: the table reads the scopes per-day and per-year
 * (counts.ts) and the units of speed ("kilomètres par heure") as before.
 * Only the grammar of the phrase is read here (prepositions and determiners of distribution); the nouns come from the
 * concept table and the bilingual word list.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { STOPWORDS } from '../text/words';
import { conceptAt } from './count-base';
import { unknownNoun } from './count-head';
import { TABLES, has } from './number-words';

/** The prefix of a rate's "per" key in a count's key (match.ts reads it). */
export const PER_PREFIX = 'per:';

/** Words that distribute a count over each of a noun right after them, in both languages (folded): "per woman",
 * "every game", "each household", "par femme", "chaque foyer". "a / an" ("two goals a game") are left out: before a
 * noun they are an article far more often than a rate's "per". */
const PER_WORDS = new Set(['per', 'every', 'each', 'par', 'chaque']);
/** "for every woman", "for each family", "pour chaque famille": a preposition that opens a distribution when a word of
 * PER_WORDS follows it. */
const FOR_WORDS = new Set(['for', 'pour']);
/** "pour 100 000 habitants", "per 100,000 people": the prepositions that take a number of the "per" noun. "pour" alone
 * before a noun ("pour la France") opens no rate; before a number it is the French "per 100,000". */
const PER_NUMBER_WORDS = new Set(['per', 'pour']);
/** Words after "par" that make an adverb or another phrase, not a rate: "par rapport à", "par ailleurs", "par exemple",
 * "par contre", "par conséquent", "par endroits", "par milliers" (a way of counting, not a per), "par voie de". Folded. */
const PAR_NOT_RATE = new Set(['rapport', 'ailleurs', 'exemple', 'contre', 'consequent', 'endroits', 'moments', 'milliers',
  'centaines', 'dizaines', 'millions', 'voie', 'suite', 'defaut', 'erreur', 'hasard', 'cent', 'ici', 'la', 'avance']);
/** Words after "per / every / each" that are no noun counted per: "per cent", "every time" is read elsewhere, "each
 * other", "every one". Folded. */
const PER_NOT_RATE = new Set(['cent', 'centum', 'other', 'one', 'time', 'times', 'fois', 'autre', 'sa', 'son', 'ses']);
/** Words of a number the "per" phrase may hold before its noun ("per 100,000 people", "pour 100 000 habitants",
 * "per million inhabitants"). Folded. */
const NUMBER_SCALE_WORDS = new Set(['thousand', 'million', 'mille', 'millions']);
/** Nouns of one person as a denominator, one rate whichever is used: "per capita", "per head", "par tête", "par
 * habitant", "per person", "par personne", "per inhabitant", "per resident". General words of any rate of a population. */
const PER_HEAD = new Set(['capita', 'head', 'heads', 'tete', 'tetes', 'habitant', 'habitants', 'inhabitant', 'inhabitants',
  'person', 'persons', 'people', 'personne', 'personnes', 'resident', 'residents', 'individu', 'individual']);
/** The key of the per-head denominator (PER_HEAD). */
const HEAD_KEY = 'head';

/** The key of the noun at k as a rate's denominator, or undefined when k holds no noun a count can be distributed over:
 * not a word, a small word, or a unit (time and measures are read by the table: per-day, per-year, km/h). */
function perNounKey(toks: Tok[], k: number): string | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'w' || t.nl) return undefined;
  if (PER_HEAD.has(t.t)) return HEAD_KEY;
  if (STOPWORDS.has(t.t) || PER_NOT_RATE.has(t.t)) return undefined;
  const hit = conceptAt(toks, k);
  if (hit) return hit.c.type === 'unit' || hit.c.type === 'time' || hit.c.type === 'scope' ? undefined : hit.c.id;
  if (t.t.length <= 2) return undefined;
  return unknownNoun(t.t);
}

/** A power of ten from ten up: the base a rate is told per ("per 100,000 inhabitants", "pour 1 000 naissances").
 * Another number after "pour / per" is a score or a ratio of two counts ("4 victoires pour 3 défaites"), no rate. */
const powerOfTen = (v: number): boolean => v >= 10 && Number.isInteger(Math.log10(v));
/** Past a number of the "per" noun at k ("100,000", "100 000", "a million", "per 1,000 million"): the index of the first
 * token after it, or k when none is there or the number is no base of a rate (powerOfTen). */
function pastNumber(toks: Tok[], k: number): number {
  let j = k;
  if (toks[j]?.kind === 'd') {
    if (!powerOfTen(toks[j].v)) return k;
    j++;
  }
  if (NUMBER_SCALE_WORDS.has(toks[j]?.t ?? '') && !toks[j].nl) j++;
  return j;
}

/** What perPhraseAt needs of the count before the phrase: its value has decimals, it is an amount of money, it counts
 * casualties (killed or wounded). */
export interface RateCount {
  decimal?: boolean;
  money?: boolean;
  casualty?: boolean;
}

/**
 * The rate phrase that starts at token k, right after a count's counted noun (or its number): the `per:` key of what
 * it counts per, or undefined when k opens no rate.
 * - "per / every / each / par / chaque" then the noun: "per woman", "par match", "chaque foyer";
 * - "for every / for each / pour chaque" then the noun;
 * - "per / pour" then a number then the noun: "per 100,000 inhabitants", "pour 100 000 habitants";
 * - "par" before an article or a name is an agent ("tués par la police", "par Reuters"), never a rate: the noun must
 *   follow it bare and in lower case.
 */
export function perPhraseAt(toks: Tok[], k: number, lang: Lang, count: RateCount = {}): { key: string } | undefined {
  const w = toks[k];
  if (!w || w.kind !== 'w' || w.nl) return undefined;
  let j = k;
  if (FOR_WORDS.has(w.t) && PER_WORDS.has(toks[k + 1]?.t ?? '') && toks[k + 1].t !== 'par' && toks[k + 1].t !== 'per') j = k + 1;
  const per = toks[j].t;
  let noun = j + 1;
  // "every two years", "every four weeks", "chaque trois mois": an interval, read by the table as a period if at all.
  if (has(TABLES[lang].units, toks[noun]?.t ?? '')) return undefined;
  if (PER_NUMBER_WORDS.has(per) && (toks[noun]?.kind === 'd' || NUMBER_SCALE_WORDS.has(toks[noun]?.t ?? ''))) {
    noun = pastNumber(toks, noun);
    if (noun === j + 1) return undefined;
  } else if (!PER_WORDS.has(per) || (j === k && FOR_WORDS.has(per))) return undefined;
  if (per === 'par' && (PAR_NOT_RATE.has(toks[noun]?.t ?? '') || toks[noun]?.cap)) return undefined;
  if (lang === 'en' && (per === 'every' || per === 'each') && j === k && toks[noun]?.cap) return undefined;
  // "The 12 members each received a bonus", "the 40 soldiers each carried a rifle": a bare English "each" after the
  // counted noun is a floating quantifier of the subject, far more often than a rate's "per" ("for each" still is).
  if (per === 'each' && j === k) return undefined;
  if (per === 'par') {
    // "12 blessés par balle", "300 morts par noyade": "par" after casualties says how they died, not what they are
    // counted per (a casualty rate is told "pour 100 000 habitants").
    if (count.casualty) return undefined;
  }
  // "each" / "chaque" after a count of money or things ("500 euros each") has no noun after it: none then.
  const key = perNounKey(toks, noun);
  if (!key) return undefined;
  // "1 200 décès par cancer", "500 lettres par courrier": "par" before a noun the table does not know is a cause or a
  // means as often as a rate; a decimal ("2,5 buts par rencontre") or an amount of money ("45 euros par rencontre") is an average.
  if (per === 'par' && key.startsWith('w:') && !count.decimal && !count.money) return undefined;
  return { key: `${PER_PREFIX}${key}` };
}
