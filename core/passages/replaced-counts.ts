/**
 * A count that a clause states only as the value it sets aside (session 31, pass31).
 *
 * "The bill drew 300 votes, rather than the 70% first announced", "le taux est tombé à 31 % au lieu de
 * 35 %", "soit 62 % et non 75 % comme indiqué", "six weeks instead of two": the clause's claim is the other
 * value; the count after the marker is the one it corrects or replaces. Two texts sharing such a count do not state one
 * fact when one of them asserts it ("the rate was first put at 35%") and the other sets it aside: the devset's
 * adjudicators judged such pairs false (the corrected figure stood as the baseline of the correction). Two texts that
 * both set it aside do tell one fact (the correction), and still pair.
 *
 * Structure only: a two-word replacement marker of either language (REPLACEMENT_MARKS) standing a few words before the
 * figure (REPLACED_REACH), in the figure's phrase: no punctuation, no word opening another phrase ("and", "with",
 * "who") and no verb between (opposed-counts.ts walkPhraseBack, verb-marks.ts). Former
 * values ("up from 210") are left out on purpose: a toll an earlier report gave is a fact of that moment, and the devset
 * gold pairs such a value with the earlier report stating it.
 */
import type { Analysis } from './tokens';
import { phraseEndsAfter, walkPhraseBack } from './opposed-counts';
import { clauseAtOffset, isNumberKey, sentenceBags } from './crosslang';

/** Two-word markers after which a value is the one set aside, as "second word -> first words it may follow" (folded,
 *  as `wordNorms` gives them: "plutôt" is "plutot"). "non" needs "et" or "mais" before it ("et non à 75 %"): alone it
 *  is a prefix or an answer. "lieu" needs "au" ("au lieu de 35 %"); "than" needs "rather" ("more than 35" is a floor,
 *  not a value set aside); "of" needs "instead". */
const REPLACEMENT_MARKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['than', new Set(['rather'])],
  ['of', new Set(['instead'])],
  ['lieu', new Set(['au'])],
  ['non', new Set(['et', 'mais'])],
  ['que', new Set(['plutot'])],
]);

/** Folded words that, right after "non", make a fixed phrase asserting what follows rather than setting it aside: "et
 *  non loin de là, 40 personnes", "et non sans 40 interpellations", "et non moins de 40 000", "mais non seulement",
 *  "et non plus". */
const NON_FIXED = new Set(['loin', 'sans', 'moins', 'seulement', 'plus', 'pas']);

/** Words, at most, between the marker and the figure: a preposition and an article ("au lieu des 8 jours", "rather
 *  than the 70%"), or a noun phrase heading the value ("et non une moyenne de 35 %", three). Further, the figure is
 *  usually in another phrase. */
export const REPLACED_REACH = 3;

/** Does word `v` of `a` close a replacement marker (REPLACEMENT_MARKS) whose first word, at `v - 1`, is in the clause
 *  starting at `first`, with no punctuation inside the marker and no fixed phrase after "non" (NON_FIXED)? */
function closesMarker(a: Analysis, v: number, first: number): boolean {
  const norm = a.wordNorms[v];
  if (v - 1 < first || !REPLACEMENT_MARKS.get(norm)?.has(a.wordNorms[v - 1]) || phraseEndsAfter(a, v - 1)) return false;
  return !(norm === 'non' && NON_FIXED.has(a.wordNorms[v + 1]));
}

/** Is the figure whose first word is `w` in `a` a value its clause sets aside: a replacement marker at most
 *  REPLACED_REACH words before it, in its phrase (walkPhraseBack)? `first`: the first word of its clause
 *  (clauseAtOffset gives both), where the walk stops. */
export function replacedCount(a: Analysis, w: number, first: number): boolean {
  // The marker's second word stands at most REPLACED_REACH words before the figure, so REPLACED_REACH + 1 back.
  return walkPhraseBack(a, w, first, REPLACED_REACH + 1, (v) => closesMarker(a, v, first));
}

/** Is the number key `k` given inside the words [w0, w1] of `a` only by figures the text sets aside (replacedCount)?
 *  False when no word of the range gives it. */
function onlyReplaced(a: Analysis, [w0, w1]: [number, number], k: string): boolean {
  const wk = sentenceBags(a).wordKeys;
  let seen = false;
  for (let w = w0; w <= w1; w++) {
    if (!wk[w]?.includes(k)) continue;
    // From the start of the figure's clause, not the span's: a span may open right after the marker.
    const c = clauseAtOffset(a, a.wordStarts[w]);
    if (!c || !replacedCount(a, c.word, c.words[0])) return false;
    seen = true;
  }
  return seen;
}

/** Does one of the spans give a shared count (a number key among `shared`) only as a value it sets aside while the
 *  other states it? Such a pair tells a claim against its correction (above). */
export function replacedOnOneSide(pa: Analysis, pw: [number, number], sa: Analysis, sw: [number, number], shared: readonly string[]): boolean {
  return shared.some((k) => isNumberKey(k) && onlyReplaced(pa, pw, k) !== onlyReplaced(sa, sw, k));
}
