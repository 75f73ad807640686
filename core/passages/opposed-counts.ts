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
 *   (PHRASE_BREAKS: an agent "by", a coordination, a relative);
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

/** Words that open another phrase between a word and the figure after it: an agent ("by 5,000 people"), a
 *  coordination, a relative, a companion ("with 40 families"). The figure after them is no longer in the phrase the
 *  walk (walkPhraseBack) started from: the opposing verb's object here, the value set aside in replaced-counts.ts.
 *  Folded. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set(['by', 'par', 'and', 'et', 'but', 'mais', 'or', 'ou', 'who', 'which', 'that', 'qui', 'que', 'dont', 'with', 'avec']);

/** Punctuation between two words that ends a phrase: a comma, a stop, a colon, a dash, a bracket, a line break. A line
 *  break ends one too: a headline or a list item ends with none of the others, and the next line is another phrase. */
const PHRASE_PUNCT = /[,;:.!?()\[\]—–\n]/;

/** Does a phrase end between word `v` of `a` and the next word (PHRASE_PUNCT in the text between them)? */
export function phraseEndsAfter(a: Analysis, v: number): boolean {
  return PHRASE_PUNCT.test(a.text.slice(a.wordEnds[v], a.wordStarts[v + 1]));
}

/**
 * Walks back from the figure whose first word is `w`, word by word, at most `reach` words and not before `first` (the
 * first word of its clause), while the figure stays in one phrase with the word walked: true as soon as `opens(v)` says
 * word `v` opens the phrase sought; false at punctuation (phraseEndsAfter), at a word opening another phrase
 * (PHRASE_BREAKS) or at a verb (verb-marks.ts: a finite verb heads another clause) unless `inside(v)` keeps it (a
 * participle qualifying a noun). Shared by opposedCount and replaced-counts.ts replacedCount.
 */
export function walkPhraseBack(a: Analysis, w: number, first: number, reach: number, opens: (v: number) => boolean, inside: (v: number) => boolean = () => false): boolean {
  for (let v = w - 1; v >= Math.max(first, w - reach); v--) {
    if (phraseEndsAfter(a, v)) return false;
    if (opens(v)) return true;
    if (PHRASE_BREAKS.has(a.wordNorms[v])) return false;
    if (hasVerbMark(a, v, v) && !inside(v)) return false;
  }
  return false;
}

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
  // No opposing verb is a break word, so testing breaks after the verb (walkPhraseBack) reads as testing them before.
  return walkPhraseBack(a, w, first, OPPOSED_REACH, (v) => purposeVerb(a, v, first), (v) => adjectivalParticiple(a, v));
}
