/**
 * A threshold: a count that says how many are needed, not how many there are ("a full victory required 172 seats",
 * "the 172 seats needed to control the house", "la majorité absolue est de 172", "il faut 289 sièges"). Set beside a
 * count reached ("the party won 168 seats") it is no disagreement: counts.ts gives it the modifier `threshold`, so
 * it meets only another threshold. From the words next to the count only, in both languages. Pure.
 */
import type { Tok } from './tokens';
import { PEOPLE_CATS } from './count-base';

/** The modifier of a count that says how many are needed (concepts.json `threshold`): counts.ts sets it, compare.ts,
 * match.ts and ellipsis.ts read it. */
export const THRESHOLD_MODIFIER = 'threshold';

/** A participle of need right after the counted noun (or after one auxiliary): "172 seats needed", "les 172 sièges
 * nécessaires", "289 sièges sont requis". */
const NEEDED_AFTER_EN: ReadonlySet<string> = new Set(['needed', 'required', 'necessary']);
const NEEDED_AFTER_FR: ReadonlySet<string> = new Set(['requis', 'requise', 'requises', 'necessaire', 'necessaires']);
/** What follows such a participle when it is said of the count: a purpose ("needed to govern", "for a majority",
 * "nécessaires pour gouverner", "à la majorité") or nothing more. "300 people needed treatment" is the people's own
 * verb with its object, not a threshold. One set per language, chosen by the participle's language: folded French
 * "à" is "a", which in English is an article ("40 people needed a blood transfusion" is the people's verb). */
const PURPOSE_AFTER_EN: ReadonlySet<string> = new Set(['to', 'for', 'in']);
const PURPOSE_AFTER_FR: ReadonlySet<string> = new Set(['pour', 'a', 'afin', 'dans']);
/**
 * Is token k a participle of need said of a count: "needed", "nécessaires" followed by nothing more on its line, by
 * punctuation, or by a purpose ("needed to win", "nécessaires pour la majorité")? Right after a bare number it is then
 * no counted noun ("les 326 nécessaires", "the 270 needed to win" count what the count before counts; count-head.ts);
 * before a noun it is an adjective and the noun is counted ("the 218 needed votes", "the 300 necessary reforms").
 */
export function neededOfCount(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'w') return false;
  const en = NEEDED_AFTER_EN.has(t.t);
  if (!en && !NEEDED_AFTER_FR.has(t.t)) return false;
  const next = toks[k + 1];
  return !next || next.nl || next.kind === 'p' || (en ? PURPOSE_AFTER_EN : PURPOSE_AFTER_FR).has(next.t);
}
/** Passive of obligation said of people ("40 people needed to be rescued", "300 residents were required to leave"):
 * what befell them, not how many were needed. The token after "needed to" that makes it passive. */
const PASSIVE_BE = 'be';
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
/** A victory the count is for, like a majority: "doit obtenir 50 % des voix pour s'assurer une victoire absolue", "must
 * win 50% of the vote for an outright victory". */
const VICTORY: ReadonlySet<string> = new Set(['victoire', 'victory']);
/** Words of purpose before the goal (a majority or a victory) the modal's count is for: "must win 151 seats for a
 * majority", "doivent remporter 172 sièges pour s'assurer une majorité", "pour une victoire". "the majority of them" (a
 * part of the count) has none. */
const FOR_GOAL: ReadonlySet<string> = new Set(['for', 'pour']);
/** Tokens allowed between "for / pour" and the goal's noun ("pour s'assurer une majorité": s, ', assurer, une;
 * "pour obtenir la majorité": obtenir, la): four covers a verb with an elided pronoun and an article. */
const FOR_GOAL_GAP = 4;
/** How far before the number a modal stands: "must win 151" (two tokens back: one verb between), "must then win
 * 151" (three). Further back, the modal is most often another verb's. */
const MODAL_BACK_NEAR = 2;
const MODAL_BACK_FAR = 3;
/** How many determiners may stand between a verb of need and the number: "il faut au moins 172" (two), "required
 * at least a further" (three). */
const NEED_GAP = 3;
/** Verbs of winning or obtaining, finite: "won an absolute majority of 177 seats", "obtiennent une majorité absolue
 * de 177 sièges" say what was won, not the bar. The infinitive ("must win a majority of 172") is left out: with a
 * modal it is the bar. */
const WON_VERBS: ReadonlySet<string> = new Set(['won', 'wins', 'secured', 'secures', 'obtained', 'obtains', 'gained', 'gains', 'holds', 'held', 'clinched',
  'obtient', 'obtiennent', 'obtenu', 'obtenue', 'remporte', 'remportent', 'remportait', 'gagne', 'gagnent', 'decroche', 'decrochent', 'detient', 'detiennent', 'conserve', 'conservent']);
/** Articles a verb of winning may have before the majority noun ("won an absolute majority", "obtiennent la majorité
 * absolue"). An article alone says nothing: "can achieve an absolute majority of 289", "able to get an absolute
 * majority of 289 seats" are the bar. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'une', 'the', 'la', 'l', "'"]);

/** Is the majority phrase starting at token m one that was won, not needed: a finite verb of winning governs it (an
 * article between or not). */
function wonMajority(toks: Tok[], m: number): boolean {
  let k = m - 1;
  while (k >= 0 && ARTICLES.has(toks[k].t)) k--;
  return k >= 0 && WON_VERBS.has(toks[k].t);
}

/** A goal the count is for in the clause after it: a majority ("for a majority", "pour s'assurer une majorité") or a
 * victory ("pour une victoire", "for an outright victory"). */
function forGoalAfter(toks: Tok[], i1: number): boolean {
  for (let q = i1; q < toks.length && !CLAUSE_END.has(toks[q].t) && !toks[q].nl; q++) {
    if (!FOR_GOAL.has(toks[q].t)) continue;
    for (let r = q + 1; r <= q + 1 + FOR_GOAL_GAP && r < toks.length && !CLAUSE_END.has(toks[r].t); r++) {
      if (MAJORITY.has(toks[r].t) || VICTORY.has(toks[r].t)) return true;
    }
  }
  return false;
}
const CLAUSE_END: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':']);

/** "majorité absolue" / "absolute majority" at token k. */
const absoluteMajority = (toks: Tok[], k: number): boolean =>
  (toks[k]?.t === 'majorite' && toks[k + 1]?.t === 'absolue') || (toks[k]?.t === 'absolute' && toks[k + 1]?.t === 'majority');

/** Words of a phrase of what a share is taken from, between the share and a participle of need: "les 50 % de voix
 * requis", "the 50% of the vote needed to win". */
const OF_WORDS: ReadonlySet<string> = new Set(['de', 'des', 'du', 'd', "'", 'of', 'the', 'la', 'le', 'les', 'l']);
/** How many tokens such a phrase may hold: "of the vote" (three), "de voix" (two), "d'un vote" with an elision (four). */
const OF_PHRASE_MAX = 4;
/** Words of votes, one of which the phrase must hold for the share to be a bar: "les 50 % de voix requis", "the 50% of
 * the vote needed". "30% of the residents needed to be evacuated", "30 % des habitants requis pour le service" are
 * people under an obligation: their share counts them, it sets no bar. */
const VOTES_WORDS: ReadonlySet<string> = new Set(['voix', 'suffrages', 'suffrage', 'vote', 'votes', 'ballots', 'exprimes']);
/** Units whose figure is a share ("50 %", "5 pour cent"). Only there may a bar's noun ("si aucune liste ne dépasse la
 * barre des 50 %") or a subject that nobody is name a rule: "la barre des 10 000 batteries", "passing the 600-mile
 * mark" are milestones a count passed, the count's own value. intervals.ts reads a share's cut decimals by it too. */
export const SHARE_UNITS: ReadonlySet<string> = new Set(['percent']);
/** Nouns of a bar a share must pass: "la barre des 50 %", "the bar of 50%". */
const BAR_NOUNS: ReadonlySet<string> = new Set(['barre', 'bar']);
/** A subject that nobody is ("aucun candidat n'a obtenu 50 %", "no candidate secured more than 50 percent", "none of the
 * parties reached 5%"): the value after its verb of reaching is a bar that no one reached, nobody's result. */
const NOBODY: ReadonlySet<string> = new Set(['aucun', 'aucune', 'no', 'none', 'nobody', 'neither']);
/** French words of nobody that are also nouns or adjectives ("chaque personne a obtenu", "un match nul"): nobody only
 * with the negation "ne" between them and the verb ("personne n'a obtenu 50 %"). */
const NOBODY_WITH_NE: ReadonlySet<string> = new Set(['personne', 'nul', 'nulle']);
/** The French negation that makes them nobody. */
const NEGATION_NE: ReadonlySet<string> = new Set(['ne', 'n']);
/** What may stand between a subject and its verb of reaching: the negation, an auxiliary, a verb of managing ("aucun
 * candidat n'a réussi à obtenir", "aucune liste n'ayant obtenu", "none has managed to reach", "no party was able to win"). */
const SUBJECT_VERB_LINK: ReadonlySet<string> = new Set(['ne', 'n', "'", 'a', 'ayant', 'having', 'pas', 'reussi', 'parvenu', 'su', 'pu', 'has', 'had', 'have', 'managed',
  'to', 'was', 'were', 'able', 'did', 'could', 'would']);
/** Words of the phrase after "none": "none of the parties reached 5%", "aucune des listes n'a obtenu". */
const NOBODY_OF: ReadonlySet<string> = new Set(['of', 'the', 'des', 'd', "'", 'entre', 'elles', 'eux', 'les']);
/** Verbs of reaching or passing a value, any form, folded: what a subject that nobody is does not do to a bar. "sans
 * atteindre les 50 %" (without reaching) says it too, with "sans" for the subject. */
const REACH_VERBS: ReadonlySet<string> = new Set(['obtenir', 'obtient', 'obtenu', 'obtenue', 'obtiennent', 'atteindre', 'atteint', 'atteignent', 'depasser', 'depasse',
  'depassent', 'franchir', 'franchi', 'franchit', 'recueillir', 'recueilli', 'remporter', 'remporte', 'reach', 'reached', 'reaches', 'secure', 'secured', 'secures',
  'win', 'won', 'wins', 'obtain', 'obtained', 'get', 'got', 'gain', 'gained', 'pass', 'passed', 'cross', 'crossed', 'clear', 'cleared', 'exceed', 'exceeded', 'top', 'topped']);
/** "sans (toutefois) atteindre les 50 %": "without" stands for the subject that nobody is. */
const WITHOUT: ReadonlySet<string> = new Set(['sans', 'without']);
/** Words between a verb of reaching and the number: bounds ("plus de", "more than", "over", "au moins"), articles and a
 * bar's noun ("la barre des", "the mark of"). */
const REACH_BETWEEN: ReadonlySet<string> = new Set(['more', 'than', 'over', 'at', 'least', 'the', 'a', 'plus', 'de', 'des', 'du', 'd', "'", 'au', 'moins', 'les', 'la', 'le', 'l', 'barre', 'bar', 'mark', 'seuil', 'threshold', 'of']);
/** How many link words may stand between the subject and its verb of reaching: "n'a réussi à" (n, ', a, réussi, à:
 * five), "has not managed to" with "not" among them. */
const SUBJECT_LINK_MAX = 6;
/** How many words the phrase after "none" may hold: "none of the parties" (of, the, parties: three). */
const NOBODY_OF_MAX = 3;
/** How many words may stand between a verb of reaching and the number ("la barre des", "more than", "au moins les"). */
const REACH_GAP = 4;

/** Is the number at i0 the object of a verb of reaching whose subject is nobody ("aucun candidat n'a obtenu 50 %", "no
 * party won more than 30%") or which "without" governs ("sans atteindre les 50 %")? Then it is the bar no one reached. */
function unreachedBar(toks: Tok[], i0: number): boolean {
  let j = i0 - 1;
  while (j >= 0 && j >= i0 - REACH_GAP && REACH_BETWEEN.has(toks[j].t) && !toks[j + 1].nl) j--;
  if (j < 0 || toks[j].kind !== 'w' || !REACH_VERBS.has(toks[j].t) || toks[j + 1].nl) return false;
  // "sans toutefois atteindre": "without" right before the verb, an adverb between or not.
  for (let q = j - 1; q >= 0 && q >= j - 2 && !toks[q + 1].nl; q--) if (WITHOUT.has(toks[q].t)) return true;
  // The subject: link words back from the verb ("n'a réussi à"), then the nobody word itself or one noun after it
  // ("no candidate", "aucune liste"), or "none of the parties". Any other word there is another subject's: "a party
  // with no seats in parliament won", "no injuries were reported and the fire passed".
  let q = j - 1, ne = false;
  const stop = (x: number): boolean => x < 0 || !!toks[x + 1].nl || CLAUSE_END.has(toks[x].t) || toks[x].t === ',';
  while (!stop(q) && q >= j - SUBJECT_LINK_MAX && SUBJECT_VERB_LINK.has(toks[q].t)) { if (NEGATION_NE.has(toks[q].t)) ne = true; q--; }
  const nobody = (x: number): boolean => !stop(x) && (NOBODY.has(toks[x].t) || (ne && NOBODY_WITH_NE.has(toks[x].t)));
  if (nobody(q)) return true;
  if (stop(q) || toks[q].kind !== 'w') return false;
  if (nobody(q - 1)) return true;
  // "none of the parties": the noun, then the words of its phrase, then "none / aucune".
  let r = q - 1;
  while (!stop(r) && r >= q - NOBODY_OF_MAX && NOBODY_OF.has(toks[r].t)) r--;
  return r < q - 1 && nobody(r);
}

/** Words that make a bar a rule rather than a milestone passed: a condition, a negation, a modal, "without", nobody
 * ("si aucune liste ne dépasse la barre", "n'a pas franchi la barre", "doit franchir la barre", "sans atteindre la
 * barre"). With none of them, a verb passing the bar says the share passed it ("le taux a dépassé la barre des 60 %"). */
const BAR_RULE_WORDS: ReadonlySet<string> = new Set(['si', 'if', 'ne', 'n', 'not', 'pas', 'sans', 'without', 'unless', 'faut', 'need', 'needs', 'needed', 'required',
  ...MODALS, ...NOBODY]);
/** How far before the bar's noun such a word may stand: "si aucune liste ne dépasse la" (six tokens). */
const BAR_RULE_BACK = 7;

/** Does the clause before the bar's noun at b make it a rule (BAR_RULE_WORDS)? */
function barRule(toks: Tok[], b: number): boolean {
  for (let q = b - 1; q >= 0 && q >= b - BAR_RULE_BACK && !toks[q + 1].nl && !CLAUSE_END.has(toks[q].t); q--) {
    if (BAR_RULE_WORDS.has(toks[q].t)) return true;
  }
  return false;
}

/** Is the count whose number spans tokens [i0, i1) and whose counted noun ends at headEnd a threshold? */
export function isThreshold(toks: Tok[], i0: number, i1: number, headEnd: number, category?: string, unit?: string): boolean {
  // After the counted noun: "the 172 seats needed to control", "les 289 sièges nécessaires pour".
  let k = headEnd;
  const aux = AUXILIARIES.has(toks[k]?.t ?? '');
  if (aux) k++;
  // After a share, what it is taken from may stand before the participle: "les 50 % de voix requis pour la victoire".
  if (!aux && unit !== undefined && SHARE_UNITS.has(unit) && OF_WORDS.has(toks[k]?.t ?? '')) {
    let q = k;
    while (q < k + OF_PHRASE_MAX && q < toks.length && !toks[q].nl && (OF_WORDS.has(toks[q].t) || (toks[q].kind === 'w' && q > k && !neededOfCount(toks, q)))) q++;
    if (neededOfCount(toks, q) && toks.slice(k, q).some((t) => VOTES_WORDS.has(t.t))) return true;
  }
  if (unreachedBar(toks, i0)) return true;
  if (neededOfCount(toks, k)) {
    const people = category !== undefined && PEOPLE_CATS.has(category);
    // "40 people needed to be rescued", "300 residents were required to leave": people under an obligation.
    const passive = people && toks[k + 1]?.t === 'to' && (aux || toks[k + 2]?.t === PASSIVE_BE);
    if (!passive) return true;
  }
  // Right before the number: "a full victory required 172 seats", "il faut au moins 172 sièges".
  let j = i0 - 1;
  while (j >= 0 && j >= i0 - NEED_GAP && BETWEEN.has(toks[j].t)) j--;
  if (j >= 0 && toks[j].kind === 'w' && NEEDED_BEFORE.has(toks[j].t)) return true;
  // A threshold's noun before, with only link words between: "la majorité absolue est de 172", "the threshold of 172".
  for (let q = i0 - 1; q >= 0 && !toks[q + 1].nl; q--) {
    const t = toks[q].t;
    if (THRESHOLD_NOUNS.has(t)) return true;
    // "si aucun candidat ne dépasse la barre des 50 %": a share's bar (not a milestone a count passed, SHARE_UNITS),
    // when its clause makes it a rule (barRule); "l'inflation a franchi la barre des 5 %" is the share passed.
    if (BAR_NOUNS.has(t)) {
      if (unit !== undefined && SHARE_UNITS.has(unit) && barRule(toks, q)) return true;
      break;
    }
    // "an absolute majority of 177 seats", "obtiennent une majorité absolue de 177": the majority won, not the bar.
    if (absoluteMajority(toks, q - 1)) return !wonMajority(toks, q - 1);
    if (!THRESHOLD_LINK.has(t)) break;
  }
  // A modal of obligation before the verb of the count, in a sentence that names a majority: "les libéraux doivent
  // remporter 172 des 343 sièges pour s'assurer une majorité", "must win 172 seats for a majority". The majority
  // must be what the count is for ("for / pour … majorité" after it): "must cut 4,700 jobs, the majority of them in
  // France" names a part of the count, not a bar.
  if (MODALS.has(toks[i0 - MODAL_BACK_NEAR]?.t ?? '') || MODALS.has(toks[i0 - MODAL_BACK_FAR]?.t ?? '')) {
    if (forGoalAfter(toks, i1)) return true;
  }
  return false;
}
