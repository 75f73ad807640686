/**
 * A count that stands only as what a clause opposes (session 27, passprec27b).
 *
 * "Leaders urged intervention to prevent the loss of 600 jobs", "strikes to protest the announcement of 600 job cuts",
 * "des syndicats mobilisés pour empêcher la suppression de 600 postes": the clause's claim is the call, the strike or
 * the protest; the count is the object of the act, named as the thing fought, not stated as a fact of the clause. Two
 * texts stating "600 jobs" so and "the group will cut 600 jobs" tell two different facts (the devset's adjudicators
 * judged such count pairs false: arcelor, four pairs). Read from structure only: an opposing verb (OPPOSE_VERBS)
 * among the few words before the figure in its clause, with no word between them that opens another phrase
 * (OPPOSED_BREAKS: an agent "by", a coordination, a relative), so the figure sits inside the verb's object.
 *
 * Nouns are left out on purpose: "protests in Nepal left 72 dead", "the protest drew 5,000 people" state counts of the
 * protest itself. So "protest" is read as a verb only after "to" (the English infinitive); French infinitives are verbs.
 */
import type { Analysis } from './tokens';

/** Folded verb forms (wordNorms) whose object is what the subject fights or wards off. "protest" is a verb only after
 *  "to" (PROTEST_AFTER_TO); the French forms are infinitives, which follow "pour", "afin de" or a modal. */
const OPPOSE_VERBS = new Set([
  'prevent', 'prevents', 'prevented', 'preventing', 'avert', 'averts', 'averted', 'averting', 'oppose', 'opposes', 'opposing',
  'empecher', 'eviter', 'protester', 'contester', 'opposer',
]);

/** Verb forms that are also nouns ("a protest of 5,000 people"): read as the opposing verb only after "to". */
const PROTEST_AFTER_TO = new Set(['protest']);

/** Words that open another phrase between the verb and the figure: an agent ("by 5,000 people"), a coordination, a
 *  relative. The figure after them is no longer in the opposing verb's object. Folded. */
const OPPOSED_BREAKS = new Set(['by', 'par', 'and', 'et', 'but', 'mais', 'or', 'ou', 'who', 'which', 'that', 'qui', 'que', 'dont', 'with', 'avec']);

/** How many words before the figure the verb may stand: "to prevent the loss of 600" is four, "to protest the recent
 *  announcement of 600" five. Six leaves room for one more modifier; further, the figure is usually in another phrase. */
export const OPPOSED_REACH = 6;

/** Index of the word of `a` holding character `offset` (or the first word after it); -1 when none. */
function wordAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.wordStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.wordEnds[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.wordStarts.length ? lo : -1;
}

/** Is the figure starting at character `offset` of `a` the object of an opposing verb (above)? `first`: the first word
 *  of its clause (the verb must stand inside the clause). */
export function opposedCount(a: Analysis, offset: number, first: number): boolean {
  const w = wordAt(a, offset);
  if (w < 0) return false;
  for (let v = w - 1; v >= Math.max(first, w - OPPOSED_REACH); v--) {
    const norm = a.wordNorms[v];
    if (OPPOSED_BREAKS.has(norm)) return false;
    if (OPPOSE_VERBS.has(norm)) return true;
    if (PROTEST_AFTER_TO.has(norm) && v > 0 && a.wordNorms[v - 1] === 'to') return true;
  }
  return false;
}
