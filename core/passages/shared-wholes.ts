/**
 * Two parts of one whole (session 28, passprec28): a pair whose only shared count is the whole both texts take a part
 * of ("76 députés sur 577 ont été élus" / "would win 172 to 215 of the 577 seats"; "plus de 340 sièges sur les 650" /
 * "after 648 of the 650 seats had been declared"; "the 577-seat assembly") states two claims about that whole: what
 * each says is its part, and the parts are not what the two share. The whole (the size of a house, a crew, a
 * workforce) is the frame every sentence of the story gives, like its names; the shared number makes the pair look
 * like one count to the number rules (crosslang.ts, count-pairs.ts) when it is not.
 *
 * A word gives a whole when it follows a preposition of partition ("of", "out of", "sur", "des", "parmi", "among",
 * with an article or a possessive between) that itself follows a count within a few words of its clause (the part:
 * "76 députés sur", "648 of the"; not a year, a date's day or a clock time; "des" only right after it: "76 des 577"),
 * or when it sizes a body as an attribute ("650-member", "the 577 seat", "27,000-strong"). partsOfOneWhole drops a
 * pair when every count the two spans share is given as a whole on both sides: when the parts agree too, they are
 * shared keys and the pair stays. wholeOfAPart (session 43) drops it when every shared count is, on one side or the
 * other, only the whole of a partition ("272 sièges sur 543" / "the house has 543 seats"); a size attribute does not
 * count there, as it states how many the body holds. Structure only: prepositions, articles, number keys and three attributive
 * nouns of size; no word of any story.
 */
import type { Analysis } from './tokens';
import { isNumberKey, wordKeysAt } from './crosslang';

/** Prepositions of partition, folded as `wordNorms` gives them: "X of N", "X out of N" (read as one preposition,
 *  see givesWhole), "X sur N", "X des N", "X parmi les N", "X among the N". Not French "de" ("la suppression de 600
 *  emplois" is a count, not a whole). */
const PARTITION_WORDS: ReadonlySet<string> = new Set(['of', 'sur', 'des', 'parmi', 'among']);
/** Words that may stand between the preposition and the whole ("of the 650", "sur les 577", "parmi ses 300"). */
const WHOLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'les', 'ses', 'leurs']);
/** Nouns that, right after a number (joined by a hyphen or a space, singular), make it the size of a body: "a
 *  650-member parliament", "the 577-seat assembly", "its 27,000-strong workforce". General words of any story
 *  about a body and its members; "650 seats" (plural) is a count, "650-seat" an attribute. */
const SIZE_NOUNS: ReadonlySet<string> = new Set(['member', 'seat', 'strong']);
/** Determiners that make "N member"/"N seat" written with a space an attribute ("the 120 seat council", "a 300
 *  strong crew"): without one, "All 27 member states" counts the states. A possessive ("the country's") is one too. */
const SIZE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their']);
/** Words, at most, between the part's number and the preposition: "76 députés sur", "plus de 340 sièges sur les",
 *  "215 of the", "141 des". A noun and an adjective ("76 députés élus sur") at most: further, the number before is
 *  another clause's. Not tuned: the length of a counted noun phrase. "out of" counts as one word. */
export const PART_REACH = 3;
/** Punctuation between two words that ends the search for a part: the number before a comma or a sentence mark is
 *  another clause's ("Lundi 12 octobre, sur 300 personnes"). */
const CLAUSE_BREAK = /[,;:.!?()]/;
/** A year, read as one: four digits from 1800 to 2099 ("En 2024, la libération des 20 otages"). A part is a count. */
const YEAR = /^#(18|19|20)\d\d$/;

/** Words right after a number that make it a span of time, not a whole (folded): "sur les 12 derniers mois", "sur 18
 *  mois", "over the past 12 months". A count "sur" a span is a rate over time ("4 % sur 12 mois"), not a part of it.
 *  General words of time: its nouns and the adjectives that place a span. */
const TIME_AFTER_WHOLE: ReadonlySet<string> = new Set([
  'derniers', 'dernieres', 'prochains', 'prochaines', 'premiers', 'premieres', 'last', 'next', 'past', 'first',
  'mois', 'an', 'ans', 'annee', 'annees', 'jour', 'jours', 'semaine', 'semaines', 'heure', 'heures', 'trimestre',
  'trimestres', 'decennie', 'decennies', 'siecle', 'siecles', 'month', 'months', 'year', 'years', 'day', 'days', 'week',
  'weeks', 'hour', 'hours', 'quarter', 'quarters', 'decade', 'decades', 'century', 'centuries',
]);
/** Text between word w and the next. */
const gapAfter = (a: Analysis, w: number): string => a.text.slice(a.wordEnds[w], a.wordStarts[w + 1] ?? a.wordEnds[w]);
const isMonthWord = (a: Analysis, w: number): boolean =>
  w >= 0 && w < a.wordNorms.length && wordKeysAt(a, w).some((k) => k.startsWith('c:month-'));

/** Does word q of `a` give a count (the part of a partition): a number key of digits (not "14h30"), not a year, not a
 *  day beside a month ("12 octobre", "October 12"), not a piece of a clock time ("10:30")? */
function givesCount(a: Analysis, q: number): boolean {
  const nums = wordKeysAt(a, q).filter(isNumberKey);
  if (!nums.some((k) => /^#\d[\d.,]*$/.test(k) && !YEAR.test(k))) return false;
  if (isMonthWord(a, q - 1) || isMonthWord(a, q + 1)) return false;
  return !(q > 0 && gapAfter(a, q - 1) === ':') && gapAfter(a, q) !== ':';
}

/** Does word `w` of `a` (which gives a number key) stand as a whole: after a preposition of partition that follows a
 *  count within PART_REACH words of its clause, or before an attributive noun of size? */
export function givesWhole(a: Analysis, w: number): boolean {
  return sizesBody(a, w) || partitionWhole(a, w);
}

/** Does word `w` of `a` size a body as an attribute ("650-member", "the 577 seat", "27,000-strong")? Such a size states
 *  how many the body holds ("a 5,000-strong counter-demonstration" says that 5,000 marched): a count of its own. */
function sizesBody(a: Analysis, w: number): boolean {
  // One word with its hyphen ("650-member", as the words of core/text keep it) or two words after a determiner ("the
  // 650 seat"). Not one: "a 1-seat majority" is a margin, not a body.
  const joined = /^([\d.,]+)[-\u2010\u2011](\p{L}+)$/u.exec(a.wordNorms[w]);
  if (joined && SIZE_NOUNS.has(joined[2])) return joined[1] !== '1';
  const next = a.wordNorms[w + 1];
  if (next !== undefined && SIZE_NOUNS.has(next) && /^[-\u2010\u2011 ]$/.test(gapAfter(a, w))) {
    const before = a.wordNorms[w - 1] ?? '';
    const determined = SIZE_DETERMINERS.has(before) || /['\u2019]s$/.test(before);
    if (determined && a.wordNorms[w] !== '1') return true;
  }
  return false;
}

/** Does word `w` of `a` stand as the whole of a partition: after a preposition of partition ("of", "out of", "sur",
 *  "des", "parmi", "among") that follows a count within PART_REACH words of its clause ("76 députés sur 577", "648 of
 *  the 650")? The clause states the part; the whole is what it is measured against. */
export function partitionWhole(a: Analysis, w: number): boolean {
  if (TIME_AFTER_WHOLE.has(a.wordNorms[w + 1] ?? '')) return false;
  let p = w - 1;
  if (p >= 0 && WHOLE_DETERMINERS.has(a.wordNorms[p])) p--;
  if (p < 0 || !PARTITION_WORDS.has(a.wordNorms[p])) return false;
  // "out of" is one preposition: the part is searched before "out".
  const first = a.wordNorms[p] === 'of' && a.wordNorms[p - 1] === 'out' ? p - 1 : p;
  // French "des" is most often "de + les", an object ("la libération des 20 otages", "les 40 familles des 20
  // otages"); it partitions only right after the part's number ("76 des 577 députés").
  const reach = a.wordNorms[p] === 'des' ? 1 : PART_REACH;
  // The part: a count among the `reach` words before the preposition, within its clause.
  for (let q = first - 1; q >= Math.max(0, first - reach); q--) {
    if (CLAUSE_BREAK.test(gapAfter(a, q))) return false;
    if (givesCount(a, q)) return true;
  }
  return false;
}

/** Does every word of [w0, w1] of `a` giving key `k` give it as a whole (`whole`: givesWhole unless told), and at
 *  least one gives it? */
function onlyAsWhole(a: Analysis, [w0, w1]: [number, number], k: string, whole: (a: Analysis, w: number) => boolean = givesWhole): boolean {
  let any = false;
  for (let w = w0; w <= w1; w++) {
    if (!wordKeysAt(a, w).includes(k)) continue;
    if (!whole(a, w)) return false;
    any = true;
  }
  return any;
}

/**
 * Do the spans pw of `pa` and sw of `sa`, sharing keys `keys`, share numbers only as wholes: at least one number key
 * shared, and every one given only as a whole (givesWhole) on both sides? Then the two take different parts of one
 * whole, two claims.
 */
export function partsOfOneWhole(pa: Analysis, pw: [number, number], sa: Analysis, sw: [number, number], keys: readonly string[]): boolean {
  const nums = keys.filter(isNumberKey);
  return nums.length > 0 && nums.every((k) => onlyAsWhole(pa, pw, k) && onlyAsWhole(sa, sw, k));
}

/**
 * Do the spans pw of `pa` and sw of `sa`, sharing keys `keys`, share numbers only as the whole one side measures a part
 * against: at least one number key shared, and every one given, in one span or the other, only as the whole of a
 * partition (partitionWhole)? "Le BJP et ses alliés ont obtenu au moins 272 sièges sur 543" / "The lower house has 543
 * seats": the first clause claims its part (272) and names the house's size only as what the part is taken of; the
 * pair shares the story's frame, not a claim (session 43, pprec43). Unlike partsOfOneWhole the other side may state the
 * whole as its own count. A size attribute ("a 5,000-strong counter-demonstration", "the 600-seat parliament") does not
 * count here: it states how many the body holds, which a sentence giving that count restates.
 */
export function wholeOfAPart(pa: Analysis, pw: [number, number], sa: Analysis, sw: [number, number], keys: readonly string[]): boolean {
  const nums = keys.filter(isNumberKey);
  return nums.length > 0 && nums.every((k) => onlyAsWhole(pa, pw, k, partitionWhole) || onlyAsWhole(sa, sw, k, partitionWhole));
}
