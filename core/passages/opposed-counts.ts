/**
 * A count that stands only as what a clause sets out to oppose (session 27, passprec27b; made stricter by fixrev27b).
 *
 * "Leaders urged intervention to prevent the loss of 600 jobs", "strikes to protest the announcement of 600 job cuts",
 * "des syndicats mobilisés pour empêcher la suppression de 600 postes": the clause's claim is the call, the strike or
 * the protest; the count is the object of the act, named as the thing fought, not stated as a fact of the clause. Two
 * texts stating "600 jobs" so and "the group will cut 600 jobs" tell two different facts (the devset's adjudicators
 * judged such count pairs false: arcelor, four pairs).
 *
 * Read from structure only, three conditions:
 * - the verb is an infinitive of purpose or intent: an opposing verb (OPPOSE_VERBS) right after "to", "must", "should", or
 *   after "pour", "afin (d')", "pour ne pas", "veut", "doit", "faut" in French (PURPOSE_MARKS). A finite or participle form states
 *   a fact ("the agreement averted 600 job cuts", "the dikes prevented the flooding of 3,000 homes"), and "opposing"
 *   is as often an adjective ("opposing parties won 120 seats"), so neither is read;
 * - the figure is inside the verb's object: no punctuation and no finite verb (verb-marks.ts, less the participles that
 *   qualify a noun: adjectivalParticiple) between them, so a purpose
 *   phrase before the main clause ("To prevent clashes, police deployed 3,000 officers", "Efforts to prevent the
 *   disease saved 300 lives") does not reach the main clause's count; nor a word that opens another phrase
 *   (OPPOSED_BREAKS: an agent "by", a coordination, a relative);
 * - both stand in the figure's clause (`first`, its first word).
 * Nouns are left out on purpose: "protests in Nepal left 72 dead", "the protest drew 5,000 people" state counts of the
 * protest itself; "protest" is read only after a purpose mark, where it is the verb.
 */
import type { Analysis } from './tokens';
import { hasVerbMark } from './verb-marks';

/** Folded infinitives whose object is what the subject fights or wards off. English "opposed", "protested" and the
 * other finite forms are left out on purpose (above): they state what was done, the count with them is a fact. */
const OPPOSE_VERBS = new Set([
  'prevent', 'avert', 'oppose', 'protest',
  'empecher', 'eviter', 'protester', 'contester', 'opposer',
]);

/** Folded words that, right before the verb, make it an infinitive of purpose, will or obligation: "to", "must",
 * "should", French "pour", "afin (d')" (the elided "d'" is no word of its own), "veulent", "doit", "faut". Not a future
 * or an ability ("the vaccine will / can prevent 300 deaths", "peut éviter"): that states what something does, a fact
 * that pairs with its finite form (review rev27c). "pour ne pas" is read by skipping the negation (NEGATION). */
const PURPOSE_MARKS = new Set([
  'to', 'must', 'should',
  'pour', 'afin', 'veut', 'veulent', 'vouloir', 'doit', 'doivent', 'devoir', 'faut',
]);
/** Negation between a purpose mark and its verb ("pour ne pas empêcher", "to not oppose"): skipped to reach the mark. */
const NEGATION = new Set(['ne', 'pas', 'not', 'never', 'jamais']);

/** Words that open another phrase between the verb and the figure: an agent ("by 5,000 people"), a coordination, a
 *  relative. The figure after them is no longer in the opposing verb's object. Folded. */
const OPPOSED_BREAKS = new Set(['by', 'par', 'and', 'et', 'but', 'mais', 'or', 'ou', 'who', 'which', 'that', 'qui', 'que', 'dont', 'with', 'avec']);

/** Punctuation between two words that ends the verb's object: a comma, a stop, a colon, a dash, a bracket. */
const PHRASE_PUNCT = /[,;:.!?()\[\]—–]/;

/** How many words before the figure the verb may stand: "to prevent the loss of 600" is four, "to protest the recent
 *  announcement of 600" five. Six leaves room for one more modifier; further, the figure is usually in another phrase. */
export const OPPOSED_REACH = 6;

/** Folded determiners: an English "-ed" form right after one is an adjective of the noun ("the planned loss"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'that']);
/** A French past participle ("-é", "-ée"): after a noun it qualifies it ("la suppression annoncée de 600 postes");
 *  the finite verb of a clause carries an auxiliary or a finite ending, which verb-marks.ts reads. */
const FRENCH_PARTICIPLE = /(?:é|ée|és|ées)$/;

/** Does word `v`, which carries a verb mark, qualify a noun rather than head a clause: an English "-ed" form after a
 *  determiner, a French past participle? Such a word is inside the object; a finite verb ends it. */
function adjectivalParticiple(a: Analysis, v: number): boolean {
  const word = a.text.slice(a.wordStarts[v], a.wordEnds[v]).toLowerCase();
  if (a.lang === 'fr') return FRENCH_PARTICIPLE.test(word);
  return /ed$/.test(word) && v > 0 && DETERMINERS.has(a.wordNorms[v - 1]);
}

/** Is word `v` of `a` an opposing verb read as an infinitive of purpose: a purpose mark right before it (past a
 *  negation), inside the clause starting at `first`? */
function purposeVerb(a: Analysis, v: number, first: number): boolean {
  if (!OPPOSE_VERBS.has(a.wordNorms[v])) return false;
  let m = v - 1;
  while (m >= first && NEGATION.has(a.wordNorms[m])) m--;
  return m >= first && PURPOSE_MARKS.has(a.wordNorms[m]);
}

/** Is the figure whose first word is `w` in `a` the object of an opposing verb of purpose (above)? `first`: the first
 *  word of its clause (clauseAtOffset gives both). */
export function opposedCount(a: Analysis, w: number, first: number): boolean {
  for (let v = w - 1; v >= Math.max(first, w - OPPOSED_REACH); v--) {
    if (PHRASE_PUNCT.test(a.text.slice(a.wordEnds[v], a.wordStarts[v + 1]))) return false;
    if (OPPOSED_BREAKS.has(a.wordNorms[v])) return false;
    if (purposeVerb(a, v, first)) return true;
    if (hasVerbMark(a, v, v) && !adjectivalParticiple(a, v)) return false;
  }
  return false;
}
