/**
 * A number that is part of a name, not a count (session 33, pass33).
 *
 * A number written right after a name, with only a space between, may name a thing of a series rather than count
 * anything: a model ("the Corvex 310 fleet"), a numbered road or unit ("the Brannock 7 convoy"), an article of a text
 * ("Article 12.4 of the charter"). Two texts of one story repeat such a designation in every sentence about its
 * object, whatever they say of it; read as a count, it made the passage rules see a shared count where the two texts
 * only name the same thing: a verbless noun phrase naming the object paired with every source naming it
 * (fragment-claims.ts), a clause naming it paired with every clause of a source naming it (count-pairs.ts).
 *
 * But a name and the digits after it are as often a name and a count (core/figures/furniture.ts modelEnd, whose guards
 * this module follows): "Ostrova's 40 votes" (a possessive), "In Valbonne 40 people died" (a place and no comma),
 * "on Thursday 40 people" (a weekday), "Tuesday 12 March" (a day of the month), "the Greens 31 seats" (a tally),
 * "Corvex 61 million" (an amount). So a whole number after a name is part of it only when what follows reads as the
 * rest of a name: a singular lower-case noun ("310 fleet") or a capitalised suffix ("310 Max"); a plural noun after
 * the number is what it counts ("31 seats", "12 people"), unless a count stands before the name ("40 Corvex 310
 * planes") or a determiner opens a name and code the text writes together again ("its Corvex 310 jets"); a verb after
 * it, with no determiner before the name, makes the number its subject ("In Valbonne 12 remain"). A code with a decimal tail ("12.4") needs no such word.
 * Structure only: the capitals (Analysis.wordNames, a word the text capitalises inside a sentence), the gaps, the
 * line's title case (a title-case headline capitalises its verbs: "Toll Passes 2700" is a count), and general
 * vocabulary (months, weekdays, units, number words, duration words, function words). No word of any story.
 */
import type { Analysis, ContentToken } from './tokens';
import { isNumberKey, wordKeysAt } from './crosslang';
import { subheads } from '../text/title-case';
import { lookup } from '../concepts/index';
import { monthNumber } from '../dates/day';
import { EN_WEEKDAYS, FR_WEEKDAYS } from '../dates/dateline';
import { EVENT_YEAR } from '../figures/years';
import { TABLES, has } from '../figures/number-words';
import { DURATION_UNITS } from '../figures/unit-sets';
import { STOPWORDS } from '../text/words';
import { hasVerbMark } from './verb-marks';
import { SPACE_GAP } from './spaces';

/** A number written as a code: whole digits, or digits and one decimal tail ("310", "12.4"). Not a dotted group of
 *  exactly three digits ("55.000" is the French way to write 55,000, a count), not a thousands separator ("2,000"),
 *  not two numbers joined by a hyphen ("180-210" is a range of counts). */
const CODE_NUMBER = /^\d+(?:\.(?!\d{3}$)\d+)?$/;
/** What may stand between two words of a designation: spaces only (a comma or a colon ends the name: "X, 59",
 *  "Valbonne : 300 personnes"). */
const NAME_GAP = SPACE_GAP;
/** A possessive's ending ("Ostrova's", "the Greens'"): what follows is the name's count or amount, not its code. */
const POSSESSIVE = /['’]s?$/;
/** Weekdays: "on Thursday 40 people", "mardi 12": a weekday's number is a day of the month or a count, no code. */
const WEEKDAYS: ReadonlySet<string> = new Set([...EN_WEEKDAYS, ...FR_WEEKDAYS]);
/** Determiners (articles, demonstratives, possessive determiners): one before a name makes the name and a code after
 *  it one noun phrase. General vocabulary of both languages. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos']);
/** Plural nouns not written with a final -s or -x: a number before them counts them ("40 people"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children', 'gens', 'police', 'staff', 'cattle']);
/** Singular forms of the duration units: "35 minute" is rare, but "12 hour shifts" is a span, not a code. */
const DURATION_SINGULARS: ReadonlySet<string> = new Set([...DURATION_UNITS].map((u) => u.slice(0, -1)));

/** Is `norm` written as a plural (a final -s or -x but not -ss, -us, or an irregular plural)? */
export function isPlural(norm: string): boolean {
  return IRREGULAR_PLURALS.has(norm) || (/[sx]$/.test(norm) && !/(?:ss|us)$/.test(norm));
}

/** Is `norm` a word that measures or scales the number before it: a number word ("million", "cent"), a unit of the
 *  concept table ("percent", "euros"), a duration ("days") or a month ("12 March")? */
export function measuresNumber(norm: string): boolean {
  return has(TABLES.en.units, norm) || has(TABLES.fr.units, norm) || !!lookup(norm, 'unit') || DURATION_UNITS.has(norm) ||
    DURATION_SINGULARS.has(norm) || monthNumber(norm) > 0;
}

/** Is the gap between words i and i + 1 of `a` spaces only? */
export const spacedTo = (a: Analysis, i: number): boolean => i + 1 < a.wordStarts.length && NAME_GAP.test(a.text.slice(a.wordEnds[i], a.wordStarts[i + 1]));
/** The raw text of word i of `a`. */
const rawWord = (a: Analysis, i: number): string => a.text.slice(a.wordStarts[i], a.wordEnds[i]);

/** May word w of `a`, a number after the name at w - 1, be read as part of that name, leaving the line's title case
 *  aside (designationMarks)? */
function fitsName(a: Analysis, w: number): boolean {
  const p = w - 1;
  if (p < 0 || !a.wordNames[p] || !spacedTo(a, p)) return false;
  const word = rawWord(a, w);
  // A year after a name ("Valbonne 2028") dates an event: the year rules of the passage modules read it.
  if (!CODE_NUMBER.test(word) || EVENT_YEAR.test(word)) return false;
  const name = rawWord(a, p);
  const nameNorm = a.wordNorms[p];
  // A month's day ("May 31"), a currency's amount ("USD 120"), a weekday's day or count, a possessive's count.
  if (monthNumber(nameNorm) > 0 || lookup(nameNorm, 'unit') || WEEKDAYS.has(nameNorm) || POSSESSIVE.test(name)) return false;
  // A plural name or an acronym before a number is a tally or a table ("the Greens 31", "UN 40"), no model's name.
  if ((/s$/.test(nameNorm) && !/ss$/.test(nameNorm)) || (name.length > 1 && name === name.toUpperCase())) return false;
  // A percent sign or a hyphen glued after the number: a share or a range ("3%", "180-").
  if (/^[%‰-]/.test(a.text.slice(a.wordEnds[w]))) return false;
  const next = w + 1 < a.wordNorms.length && spacedTo(a, w) ? w + 1 : -1;
  if (next >= 0 && measuresNumber(a.wordNorms[next])) return false;
  // A code with a decimal tail ("12.4") is written as a code whatever follows.
  if (word.includes('.')) return true;
  // A determiner before the name ("the Corvex 310 jets", "les Corvex 310 de") makes one noun phrase of the name and
  // its code, but only when the text writes that name and number together again (the repetition this module reads):
  // once, the determiner is as often a place's ("In the Bronx 12 people", "Dans le Var 200 pompiers").
  // Before a function word, a verb or at the end ("les Corvex 310 de la compagnie") the determiner alone decides.
  // The written word, not the folded norm: "à" (a preposition) folds to the article "a".
  const determiner = p > 0 && DETERMINERS.has(rawWord(a, p - 1).toLowerCase()) && spacedTo(a, p - 1);
  // A whole number: only what follows tells a code from a count (furniture.ts spacedCodeFits).
  if (next < 0) return determiner;
  const nextRaw = rawWord(a, next);
  const nextNorm = a.wordNorms[next];
  if (/^\d/.test(nextRaw)) return false;
  // A capitalised suffix ("310 Max") goes on the name, unless a number follows it: a score or a table goes on.
  if (nextRaw.charAt(0) !== nextRaw.charAt(0).toLowerCase()) return !(next + 1 < a.wordNorms.length && spacedTo(a, next) && /^\d/.test(a.wordNorms[next + 1]));
  // A plural noun after the number is what it counts ("30 tornadoes", "12 people"), unless a count before the name
  // counts the models ("40 Corvex 310 planes") or the name and its code recur after a determiner (above).
  if (isPlural(nextNorm)) return (determiner && repeated(a, p, w)) || (p > 0 && /^\d/.test(a.wordNorms[p - 1]) && spacedTo(a, p - 1));
  // A verb after the number: with no determiner before the name, the number is its subject, a count ("In Valbonne 12
  // remain in hospital"); after one, the name and its code are ("le Corvex 310 avait été immobilisé").
  if (hasVerbMark(a, next, next)) return determiner;
  if (STOPWORDS.has(nextNorm)) return determiner;
  return true;
}

/** Does the text of `a` write the name at word p and the number at word w together (spaces only between) at another
 *  place as well? Counted once per analysis (nameCodePairs). */
function repeated(a: Analysis, p: number, w: number): boolean {
  return (nameCodePairs(a).get(`${a.wordNorms[p]} ${a.wordNorms[w]}`) ?? 0) > 1;
}

/** How often each name word (Analysis.wordNames) is followed by a number, spaces only between: "corvex 310" -> 2. */
const PAIRS = new WeakMap<Analysis, Map<string, number>>();
function nameCodePairs(a: Analysis): Map<string, number> {
  let pairs = PAIRS.get(a);
  if (pairs) return pairs;
  pairs = new Map();
  for (let w = 1; w < a.wordNorms.length; w++) {
    if (!a.wordNames[w - 1] || !/^\d/.test(a.wordNorms[w]) || !spacedTo(a, w - 1)) continue;
    const key = `${a.wordNorms[w - 1]} ${a.wordNorms[w]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  PAIRS.set(a, pairs);
  return pairs;
}

/** One mark per word of an analysis: computed once (the rules ask for every number of every span). */
const MARKS = new WeakMap<Analysis, Uint8Array>();

/** The words of `a` that are numbers part of a name (fitsName), outside a line in title case (whose capitals mark no
 *  names). The line of each candidate is found by a cursor that only moves forward and each line's title case is read
 *  once, so the cost grows with the text, not with a line's square. */
export function designationMarks(a: Analysis): Uint8Array {
  let marks = MARKS.get(a);
  if (!marks) {
    marks = scanDesignations(a).marks;
    MARKS.set(a, marks);
  }
  return marks;
}

/** designationMarks' pass, uncached, with the characters it searched for line ends (`scanned`: at most the text's
 *  length, whatever the number of candidates on a line; the test holds it to that). */
export function scanDesignations(a: Analysis): { marks: Uint8Array; scanned: number } {
  const marks = new Uint8Array(a.wordNorms.length);
  const lang = a.lang === 'en' ? 'en' : 'fr';
  const text = a.text;
  let scanned = 0;
  let lineStart = 0;
  let lineEnd = -1;
  let titleCase: boolean | undefined;
  const endFrom = (from: number): number => {
    const nl = text.indexOf('\n', from);
    const e = nl < 0 ? text.length : nl;
    scanned += e - from + 1;
    return e;
  };
  for (let w = 1; w < a.wordNorms.length; w++) {
    if (!fitsName(a, w)) continue;
    const at = a.wordStarts[w];
    if (lineEnd < 0) lineEnd = endFrom(0);
    // Move to the line holding `at`: each newline is passed once over the whole text.
    while (at > lineEnd && lineEnd < text.length) {
      lineStart = lineEnd + 1;
      lineEnd = endFrom(lineStart);
      titleCase = undefined;
    }
    if (titleCase === undefined) titleCase = subheads(text.slice(lineStart, lineEnd), lang).length > 0;
    if (!titleCase) marks[w] = 1;
  }
  return { marks, scanned };
}

/** Is word `w` of `a` a number that is part of a name (designationMarks)? */
export function isDesignation(a: Analysis, w: number): boolean {
  return w > 0 && designationMarks(a)[w] === 1;
}

/** Is content token `tok` of `a` a number that is part of a name (the one test of story-vocabulary.ts)? */
export function isDesignatedToken(a: Analysis, tok: ContentToken): boolean {
  return /^\d/.test(tok.stem) && isDesignation(a, tok.word);
}

/** The number keys the words [w0, w1] of `a` give as part of a name: such a number names what the span is about, as
 *  the name before it does (claim-anchors.ts, fragment-claims.ts). */
export function designatedKeys(a: Analysis, [w0, w1]: [number, number]): Set<string> {
  // Cached per span: the pair rules ask it once per shared key of a pair (claim-anchors.ts).
  let spans = KEYS.get(a);
  if (!spans) KEYS.set(a, (spans = new Map()));
  const id = `${w0}:${w1}`;
  let out = spans.get(id);
  if (out) return out;
  out = new Set<string>();
  const marks = designationMarks(a);
  for (let w = Math.max(w0, 0); w <= w1; w++) if (marks[w]) for (const k of wordKeysAt(a, w)) if (isNumberKey(k)) out.add(k);
  spans.set(id, out);
  return out;
}
/** designatedKeys by analysis and span. */
const KEYS = new WeakMap<Analysis, Map<string, Set<string>>>();
