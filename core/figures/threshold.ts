/**
 * A threshold: a count that says how many are needed, not how many there are ("a full victory required 172 seats",
 * "the 172 seats needed to control the house", "la majorité absolue est de 172", "il faut 289 sièges"). Set beside a
 * count reached ("the party won 168 seats") it is no disagreement: counts.ts gives it the modifier `threshold`, so
 * it meets only another threshold. From the words next to the count only, in both languages. Pure.
 */
import type { Tok } from './tokens';

/** A participle of need right after the counted noun (or after one auxiliary): "172 seats needed", "les 172 sièges
 * nécessaires", "289 sièges sont requis". */
const NEEDED_AFTER: ReadonlySet<string> = new Set(['needed', 'required', 'necessary', 'requis', 'requise', 'requises', 'necessaire', 'necessaires']);
/** What follows such a participle when it is said of the count: a purpose ("needed to govern", "for a majority",
 * "nécessaires pour gouverner", "à la majorité") or nothing more. "300 people needed treatment" is the people's own
 * verb with its object, not a threshold. */
const PURPOSE_AFTER: ReadonlySet<string> = new Set(['to', 'for', 'pour', 'a', 'afin', 'in', 'dans']);
/** A verb of need right before the number: "required 172 seats", "needs 172", "il faut 172 sièges", "nécessite 289". */
const NEEDED_BEFORE: ReadonlySet<string> = new Set(['required', 'requires', 'require', 'need', 'needs', 'needed', 'faut', 'fallait', 'faudra', 'faudrait', 'necessite', 'necessitent', 'exige', 'exigent', 'requiert', 'requierent']);
/** Auxiliaries between a counted noun and its participle ("sont requis", "are needed"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['sont', 'etaient', 'seront', 'seraient', 'est', 'etait', 'are', 'were', 'is', 'was', 'be']);
/** Determiners between a verb of need and the number ("required a further 10", "il faut au moins 172"). */
const BETWEEN: ReadonlySet<string> = new Set(['a', 'an', 'the', 'at', 'least', 'au', 'moins', 'des', 'les']);
/** Nouns of a threshold itself: "la majorité absolue est de 172", "the threshold of 172 seats", "le seuil de 5 %". */
const THRESHOLD_NOUNS: ReadonlySet<string> = new Set(['seuil', 'threshold']);
/** What may stand between a threshold's noun and its number: "la majorité absolue est de 172", "the threshold of 172",
 * "le seuil des 289", "la majorité absolue, fixée à 172". Any other word ("majorité absolue des voix, avec 177
 * sièges") makes the number another phrase's: the seats held, not the bar. */
const THRESHOLD_LINK: ReadonlySet<string> = new Set(['de', 'des', 'du', 'd', "'", 'est', 'etait', 'sera', 'serait', 'fixee', 'fixe', 'a', 'la', 'le', 'les', 'l', ',', 'of', 'is', 'was', 'will', 'be', 'set', 'at', 'the', 'to']);
/** Modals of obligation two or three tokens before the number, with a verb between ("doivent remporter 172",
 * "must win 172"): a threshold only when the sentence also names a majority (else "must cut 4,700 jobs" is a plan). */
const MODALS: ReadonlySet<string> = new Set(['doit', 'doivent', 'devait', 'devaient', 'devra', 'devront', 'must']);
const MAJORITY: ReadonlySet<string> = new Set(['majorite', 'majority']);
const CLAUSE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':']);

/** "majorité absolue" / "absolute majority" at token k. */
const absoluteMajority = (toks: Tok[], k: number): boolean =>
  (toks[k]?.t === 'majorite' && toks[k + 1]?.t === 'absolue') || (toks[k]?.t === 'absolute' && toks[k + 1]?.t === 'majority');

/** Is the count whose number spans tokens [i0, i1) and whose counted noun ends at headEnd a threshold? */
export function isThreshold(toks: Tok[], i0: number, i1: number, headEnd: number): boolean {
  // After the counted noun: "the 172 seats needed to control", "les 289 sièges nécessaires pour".
  let k = headEnd;
  if (AUXILIARIES.has(toks[k]?.t ?? '')) k++;
  if (NEEDED_AFTER.has(toks[k]?.t ?? '')) {
    const next = toks[k + 1];
    if (!next || next.nl || next.kind === 'p' || PURPOSE_AFTER.has(next.t)) return true;
  }
  // Right before the number: "a full victory required 172 seats", "il faut au moins 172 sièges".
  let j = i0 - 1;
  while (j >= 0 && j >= i0 - 3 && BETWEEN.has(toks[j].t)) j--;
  if (j >= 0 && toks[j].kind === 'w' && NEEDED_BEFORE.has(toks[j].t)) return true;
  // A threshold's noun before, with only link words between: "la majorité absolue est de 172", "the threshold of 172".
  for (let q = i0 - 1; q >= 0 && !toks[q + 1].nl; q--) {
    const t = toks[q].t;
    if (THRESHOLD_NOUNS.has(t) || absoluteMajority(toks, q - 1)) return true;
    if (!THRESHOLD_LINK.has(t)) break;
  }
  // A modal of obligation before the verb of the count, in a sentence that names a majority: "les libéraux doivent
  // remporter 172 des 343 sièges pour s'assurer une majorité", "must win 172 seats for a majority".
  if (MODALS.has(toks[i0 - 2]?.t ?? '') || MODALS.has(toks[i0 - 3]?.t ?? '')) {
    let s = i0;
    while (s > 0 && !CLAUSE_END.has(toks[s - 1].t) && !toks[s].nl) s--;
    for (let q = s; q < toks.length && !CLAUSE_END.has(toks[q].t) && (q === s || !toks[q].nl); q++) if (MAJORITY.has(toks[q].t)) return true;
  }
  return false;
}
