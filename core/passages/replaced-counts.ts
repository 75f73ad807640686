/**
 * A count that a clause states only as the value it sets aside (session 31, pass31).
 *
 * "Tebboune received 8 million votes, rather than the 94% first announced", "le taux est tombé à 46 % au lieu de
 * 48 %", "soit 84 % et non 94 % comme indiqué", "eight months instead of eight days": the clause's claim is the other
 * value; the count after the marker is the one it corrects or replaces. Two texts sharing such a count do not state one
 * fact when one of them asserts it ("turnout was provisionally put at 48%") and the other sets it aside: the devset's
 * adjudicators judged such pairs false (the corrected figure stood as the baseline of the correction). Two texts that
 * both set it aside do tell one fact (the correction), and still pair.
 *
 * Structure only: a two-word replacement marker of either language (REPLACEMENT_MARKS) standing a few words before the
 * figure (REPLACED_REACH), with no punctuation and no verb between (verb-marks.ts), in the figure's clause. Former
 * values ("up from 210") are left out on purpose: a toll an earlier report gave is a fact of that moment, and the devset
 * gold pairs such a value with the earlier report stating it.
 */
import type { Analysis } from './tokens';
import { hasVerbMark } from './verb-marks';
import { isNumberKey, sentenceBags } from './crosslang';

/** Two-word markers after which a value is the one set aside, as "second word -> first words it may follow" (folded,
 *  as `wordNorms` gives them: "plutôt" is "plutot"). "non" needs "et" or "mais" before it ("et non à 94 %"): alone it
 *  is a prefix or an answer. "lieu" needs "au" ("au lieu de 48 %"); "than" needs "rather" ("more than 48" is a floor,
 *  not a value set aside); "of" needs "instead". */
const REPLACEMENT_MARKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['than', new Set(['rather'])],
  ['of', new Set(['instead'])],
  ['lieu', new Set(['au'])],
  ['non', new Set(['et', 'mais'])],
  ['que', new Set(['plutot'])],
]);

/** Words, at most, between the marker and the figure: a preposition and an article ("au lieu des 8 jours", "rather
 *  than the 94%"), or a noun phrase heading the value ("et non une moyenne de 48 %", three). Further, the figure is
 *  usually in another phrase. */
export const REPLACED_REACH = 3;

/** What, between two words, ends the phrase after a marker: a comma, a stop, a colon, a dash, a bracket, a line break
 *  (a headline ends with none of them). */
const PHRASE_PUNCT = /[,;:.!?()\[\]—–\n]/;

/** Is the figure whose first word is `w` in `a` a value its clause sets aside (a replacement marker at most
 *  REPLACED_REACH words before it, no punctuation nor verb between)? `first`: the first word of its clause. */
export function replacedCount(a: Analysis, w: number, first = 0): boolean {
  for (let v = w - 1; v >= Math.max(first + 1, w - REPLACED_REACH - 1); v--) {
    if (PHRASE_PUNCT.test(a.text.slice(a.wordEnds[v], a.wordStarts[v + 1]))) return false;
    const before = REPLACEMENT_MARKS.get(a.wordNorms[v]);
    if (before?.has(a.wordNorms[v - 1]) && !PHRASE_PUNCT.test(a.text.slice(a.wordEnds[v - 1], a.wordStarts[v]))) return true;
    if (hasVerbMark(a, v, v)) return false;
  }
  return false;
}

/** Is the number key `k` given inside the words [w0, w1] of `a` only by figures the text sets aside (replacedCount)?
 *  False when no word of the range gives it. */
function onlyReplaced(a: Analysis, [w0, w1]: [number, number], k: string): boolean {
  const wk = sentenceBags(a).wordKeys;
  let seen = false;
  for (let w = w0; w <= w1; w++) {
    if (!wk[w]?.includes(k)) continue;
    // From the sentence's start, not the span's: a span may open right after the marker. Punctuation stops the walk.
    if (!replacedCount(a, w)) return false;
    seen = true;
  }
  return seen;
}

/** Does one of the spans give a shared count (a number key among `shared`) only as a value it sets aside while the
 *  other states it? Such a pair tells a claim against its correction (above). */
export function replacedOnOneSide(pa: Analysis, pw: [number, number], sa: Analysis, sw: [number, number], shared: readonly string[]): boolean {
  return shared.some((k) => isNumberKey(k) && onlyReplaced(pa, pw, k) !== onlyReplaced(sa, sw, k));
}
