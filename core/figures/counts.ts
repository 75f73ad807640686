/**
 * What a figure counts (its frame, ../shared/notes/FIGURES.md), read from the sentence's structure
 * rather than from one story's words:
 * - entity: the head noun of the counted group right after the number ("600 000 soldats",
 *   "15 million visitors", "des milliers de manifestants"), through the shared concept table when it
 *   knows the noun, else the noun's own stem (so a story's own nouns still meet in one language);
 * - role or state: what happened to it, read in the figure's own segment of the clause, so
 *   "120 morts et 300 blessés" gives two counts (killed, injured), never one "killed or injured";
 * - nation, place (a capitalised name after "à / en / dans / in / at"), actions, a part ("dont");
 * - context: the content words of the clause, for telling two counts of one entity apart;
 * - moment: a time word of the clause ("lundi", "yesterday").
 * The result is a short English phrase (`counts`) and language-independent tokens (`countsKey`).
 *
 * countsKey layout: first the entity ("soldier", "person", or "w:<stem>" for a noun the table does
 * not know), then "of:<nation>" when the text says whose they are, then nations, places ("loc:<name>"), named sub-events ("ev:<name>",
 * "ev:*" for a total over several: count-event.ts), actions, the role, modifiers, each once.
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { STOPWORDS } from '../text/words';
import { nameKey, surnameOfKey } from '../text/names';
import { stem } from '../text/stem';
import { concept, conceptsOf, isCue, lookup, phrasesStartingWith, type Concept } from '../concepts/index';
import { BOUNDARY, PEOPLE_CATS, actionsOfSentenceBefore, conceptAt, clause, clauseWithAside, initialAt, isCountNumber, monthCutAt, isName, isNumberTok, SENTENCE_END, sentenceStartOf } from './count-base';

export { PEOPLE_CATS } from './count-base';
export { lineLabel } from './count-places';
import { frenchCompassKey, DEST_PREP, LOC_PREP, THERE_NOT_PLACE, placeWord, CAPITAL_WORDS, textCapital, locPrepBefore, subjectPlace, lineLabel, placesBefore } from './count-places';
import { holdersOf, harmVerbBefore } from './count-holders';
import { isPlaceName, partyAt } from './token-facts';
import { isMonthName } from './dates';
import { SPEECH_VERBS, attributionMask } from './count-speakers';
import { ASIDE_OPENERS, segment, rolesOf, roleAt } from './count-segment';
import { isAgentNoun } from './agent-nouns';
import { ageName, personAge, MONEY_UNITS, predicateNation, wholeAfterPart, pastWholeHedge, WITH, changeBefore, changeAfter, groupNationBefore, objectOfVerb, predicateNoun, readHead, unknownNoun } from './count-head';
import { eventScope } from './count-event';
import { comparisonAt } from './moment';
import { isThreshold, THRESHOLD_MODIFIER } from './threshold';
import { TABLES, has, ordinalWord } from './number-words';
import { perList, perToken } from './token-memo';
import { clauseCognate, countedCognate } from './cognate-context';
import { cognateKey } from '../concepts/cognates';
import { perPhraseAt } from './rates';

/** Is a `w:` category (count-head.ts `unknownNoun`) a noun of the bilingual word list marked as one of people
 * (concepts.json `word` with `people`: "passagers" / "passengers", "accusés" / "defendants")? */
function peopleWord(category: string): boolean {
  return !!concept(`w-${category.slice(2)}`)?.people;
}

/** The entities of a household (a unit of supply, of a census) and of a house (a building), and the English nouns the
 * table reads as households that name the building as often ("homes"). */
const HOUSEHOLD = 'household';
const HOUSE = 'house';
const HOMES = new Set(['homes', 'home']);
/** Fates only a building has, in the bilingual word list (destroyed, damaged, collapsed), and English participles of
 * the same that the list does not hold: general words of any disaster. */
const BUILDING_FATE_WORDS = new Set(['w-destroy', 'w-damage', 'w-collapse']);
const BUILDING_FATE_FORMS = new Set(['burned', 'burnt', 'razed', 'flattened', 'flooded', 'gutted', 'engulfed', 'ravaged', 'swept', 'buried', 'torched', 'levelled', 'leveled', 'demolished', 'wrecked']);
/** Does the segment [s, e) tell a fate only a building has? */
function buildingFate(toks: Tok[], seg: [number, number]): boolean {
  for (let k = seg[0]; k < seg[1]; k++) {
    const t = toks[k].t;
    if (BUILDING_FATE_FORMS.has(t) || BUILDING_FATE_WORDS.has(lookup(t, 'word')?.id ?? '')) return true;
  }
  return false;
}
/** The entity of road vehicles and the word of a train's cars (concepts.json `vehicle`, `w-wagon`), and the forms of
 * `vehicle` that also name a train's car: English "cars" (a freight train's "50 cars"), French "voitures" (a passenger
 * train's). "vehicles" / "véhicules" are not among them: they name any vehicle, never a train's car in particular. */
const VEHICLE = 'vehicle';
const WAGON = 'w:wagon';
const CAR_FORMS = new Set(['car', 'cars', 'voiture', 'voitures']);
/** Concepts of rail in any story (concepts.json): a train (`train`), a railway (`w-railway`), a derailment (`w-derail`). */
const RAIL_CONCEPTS = new Set(['train', 'w-railway', 'w-derail']);
const railAt = perToken((toks, k) => toks[k].kind === 'w' && conceptsOf(toks[k].t).some((c) => RAIL_CONCEPTS.has(c.id)));
/** How far a rail word may stand from the car noun and still govern it, in words of its phrase (no comma between):
 * two before ("the derailed cars", "the train's cars"), six after ("cars of a 150-car freight train", "voitures ont
 * déraillé", "cars were derailed"); a rail word further on belongs to another phrase of the clause ("40 cars were
 * stuck at the level crossing as the train passed": eight words). */
const RAIL_BEFORE = 2;
const RAIL_AFTER = 6;
/** Words between a number and its counted noun that make the count a part of a whole already named ("five of the
 * cars", "cinq des voitures", "deux d'entre elles"). */
const PART_WORDS = new Set(['of', 'des', "d'entre", 'parmi', 'among']);
/** How many rail words make a whole text a rail story, where a part of cars already named ("five of the cars", "cinq
 * des voitures", a few sentences after the derailment) is of the train's cars though its sentence names no train:
 * three, so that one mention of a train in a road story (a level crossing) does not make its cars wagons. A count of
 * cars that names its own whole in a sentence without a rail word ("40 cars were set on fire") is never read through
 * the story, however many rail words it has. */
const RAIL_TEXT_MIN = 3;
const railTextMemo = new WeakMap<Tok[], boolean>();
function railText(toks: Tok[]): boolean {
  let m = railTextMemo.get(toks);
  if (m === undefined) {
    let n = 0;
    for (let k = 0; k < toks.length && n < RAIL_TEXT_MIN; k++) if (railAt(toks, k)) n++;
    m = n >= RAIL_TEXT_MIN;
    railTextMemo.set(toks, m);
  }
  return m;
}
/** The token of the car form that names the vehicle counted by the number ending at i1, or -1: the head noun ("50
 * cars", "a 150-car train"), else the first noun of the vehicle entity after the number in its sentence, the whole a
 * part is of ("five of the cars", "Ten of the fifty derailed cars")? */
function carToken(toks: Tok[], i1: number, headEnd: number): number {
  if (CAR_FORMS.has(toks[headEnd - 1]?.t ?? '')) return headEnd - 1;
  for (let j = i1; j < toks.length && !SENTENCE_END.has(toks[j].t) && !toks[j].nl; j++) {
    if (toks[j].kind === 'w' && lookup(toks[j].t, 'entity')?.id === VEHICLE) return CAR_FORMS.has(toks[j].t) ? j : -1;
  }
  return -1;
}
/** Does the mark at token j end its sentence: not a period a number or a lower-case word follows, an abbreviation's
 * ("on Feb. 3", "St. louis")? */
const sentenceEndAt = (toks: Tok[], j: number): boolean => SENTENCE_END.has(toks[j].t) && !(toks[j + 1] && !toks[j + 1].nl && (toks[j + 1].kind === 'd' || (toks[j + 1].kind === 'w' && !toks[j + 1].cap)));
/** Does a mark end the phrase at token k (a comma, a bracket; not the hyphen of "150-car" nor an apostrophe)? */
const phraseMark = (t: Tok): boolean => t.kind === 'p' && t.t !== '-' && t.t !== "'";
/** Is the car at token `car` a train's: a rail word governing it (within RAIL_BEFORE / RAIL_AFTER words of its phrase),
 * or a rail story (RAIL_TEXT_MIN) where its sentence names a rail word or the count is a part of cars already named
 * (`part`)? */
function trainCar(toks: Tok[], car: number, part: boolean): boolean {
  for (let j = car - 1, w = 0; j >= 0 && w < RAIL_BEFORE && !phraseMark(toks[j]) && !toks[j + 1].nl; j--) {
    if (toks[j].kind !== 'w') continue;
    if (railAt(toks, j)) return true;
    w++;
  }
  for (let j = car + 1, w = 0; j < toks.length && w < RAIL_AFTER && !phraseMark(toks[j]) && !toks[j].nl; j++) {
    if (toks[j].kind !== 'w') continue;
    if (railAt(toks, j)) return true;
    w++;
  }
  if (!part) {
    // Not governed by a rail word of its phrase: a train's still when its sentence names a rail word beyond a comma ("A
    // freight train derailed on Friday, damaging about 50 cars") in a rail story; one rail word in a road story's
    // sentence is not enough ("Some 300 cars were damaged in the flood, the railway said").
    let inSentence = false;
    for (let j = car - 1; j >= 0 && !inSentence && !sentenceEndAt(toks, j) && !toks[j + 1].nl; j--) inSentence = railAt(toks, j);
    for (let j = car + 1; j < toks.length && !inSentence && !sentenceEndAt(toks, j) && !toks[j].nl; j++) inSentence = railAt(toks, j);
    if (!inSentence) return false;
  }
  return railText(toks);
}
/** Is the token at k a word of the military cue? Read once per token list (`perToken`): every figure of a clause scans
 * the clause's words for it (2.3% of English extraction's profile with the projection test below, session 16). */
const militaryAt = perToken((toks, k) => toks[k].kind === 'w' && isCue(toks[k].t, 'military'));
/** Is the token at k a word of projection (the cue, or the concept)? Once per token list, as `militaryAt`: every
 * figure reads its sentence from its start. */
const projectionAt = perToken((toks, k) => (isCue(toks[k].t, 'projection') && !providesFor(toks, k)) || conceptAt(toks, k)?.c.id === 'projection');
/** For each token k (and toks.length), the first token at or after k where projectionAt holds, else toks.length:
 * built once per token list so a scan for a projection cue skips the tokens between (perf48). */
const nextProjections = perList((toks: Tok[]) => {
  const next = new Int32Array(toks.length + 1);
  next[toks.length] = toks.length;
  for (let k = toks.length - 1; k >= 0; k--) next[k] = projectionAt(toks, k) ? k : next[k + 1];
  return next;
});
/**
 * "prévoit" forecasts ("le groupe prévoit un chiffre d'affaires de 12 milliards") but, said of a text or a measure, it
 * "provides for" ("la loi prévoit une amende de 1 500 euros", "le plan prévoit la suppression de 12 000 postes"): the
 * measure's own figure, no forecast. Before a clause or an infinitive ("prévoit que", "prévoit de") it forecasts or
 * plans whatever its subject. General nouns of texts and measures, any story's.
 */
const PROVIDING_VERBS: ReadonlySet<string> = new Set(['prevoit', 'prevoient']);
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['loi', 'lois', 'texte', 'plan', 'projet', 'accord', 'budget', 'decret', 'contrat', 'reforme', 'dispositif', 'mesure', 'programme', 'amendement', 'protocole', 'convention', 'traite', 'reglement', 'article', 'proposition', 'circulaire', 'ordonnance']);
const FORECAST_OBJECTS: ReadonlySet<string> = new Set(['que', "qu'", 'qu', 'de', "d'", 'd']);
/** How many words back from "prévoit" its subject noun is looked for ("le projet de loi de finances prévoit"). */
const SUBJECT_SPAN = 4;
function providesFor(toks: Tok[], k: number): boolean {
  if (!PROVIDING_VERBS.has(toks[k].t) || FORECAST_OBJECTS.has(toks[k + 1]?.t ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - SUBJECT_SPAN); j--) {
    if (SENTENCE_END.has(toks[j].t)) break;
    if (MEASURE_NOUNS.has(toks[j].t)) return true;
  }
  return false;
}
/**
 * Words that open a new clause of its own event after a forecast: "it expects 5,000 strikers at the rally, after 3,000
 * marched on Monday": the count after them is told, not foretold. A cue of projection before one of them reaches no
 * count after it.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'apres', 'while', 'whereas', 'but', 'mais', 'alors', 'tandis']);
/** Prepositions of exclusion after a count: what follows is the place it leaves out ("hors capitale"). */
const EXCLUDING: ReadonlySet<string> = new Set(['hors', 'outside', 'excluding']);
/** The concept of the rest of a whole (concepts.json `rest`: "dans le reste du pays", "in the rest of the country",
 * "en province", "outside the capital"), read in the figure's own segment. */
const REST = 'rest';
/** The modifier of a guessed count ("feared", "probablement", "sans doute": concepts.json `feared`). */
const HEDGE = 'feared';
/** The category of the dead's remains: the bilingual word "corps" / "body" (concepts.json `w-body`), which count-head.ts
 * COUNTED_BEFORE_OF gives "the remains of 245" and "les restes de 14 victimes". */
const REMAINS = 'w:body';
/** Bodies: the only noun of the dead that may be told processed (identified, handed over) rather than killed. */
const BODY = 'body';
/** The noun of what remains ("le reste de l'Hexagone", "the rest of the region"), read after "dans / in" and a
 * determiner where the concept table's phrases do not name the whole. */
const REST_NOUNS = new Set(['reste', 'rest']);
/** Does a scope named by what it leaves out follow the counted noun at k: "451 789 hors capitale", "300,000
 * outside Paris", "451 789 participants dans le reste du pays", "451,789 in the rest of the country"? That
 * count is a part of a whole (the country less a place), never the whole nor the place. */
function restOf(toks: Tok[], k: number): boolean {
  if (EXCLUDING.has(toks[k]?.t ?? '')) return true;
  const prep = toks[k]?.t;
  if (prep !== 'dans' && prep !== 'in') return false;
  const det = toks[k + 1]?.t;
  return (det === 'le' || det === 'the') && REST_NOUNS.has(toks[k + 2]?.t ?? '');
}
/** The action of casting a vote (concepts.json `vote-cast`). */
const VOTE_CAST = 'vote-cast';
/** Past participles of a decision a body takes by a vote, folded: "adoptée par", "approved by", "rejected by". Their
 * agent is who voted for it (or against it): general vocabulary of any assembly, council or college. Not "backed by",
 * "endorsed by": a letter or a petition is backed by its signers, and no vote is cast. */
const DECISION_PARTICIPLES: ReadonlySet<string> = new Set([
  'adopted', 'approved', 'passed', 'rejected', 'ratified', 'voted', 'elected', 'carried', 'defeated',
  'adopte', 'adoptee', 'adoptes', 'adoptees', 'approuve', 'approuvee', 'approuves', 'approuvees', 'rejete', 'rejetee',
  'rejetes', 'rejetees', 'vote', 'votee', 'votes', 'votees', 'ratifie', 'ratifiee', 'ratifies', 'ratifiees', 'elu', 'elue',
  'elus', 'elues', 'valide', 'validee', 'valides', 'validees',
]);
/** Words of a bound that may stand between "par / by" and the number ("adoptée par plus de 300 députés"). */
const AGENT_BOUND_WORDS: ReadonlySet<string> = new Set(['plus', 'de', 'moins', 'pres', 'au', 'more', 'than', 'at', 'least', 'some', 'only', 'seulement', 'quelque']);
/** How many words of a bound may stand between "par / by" and the number: three ("by at least 190", "par plus de
 * 300"); the longest bound AGENT_BOUND_WORDS spell. */
const AGENT_BOUND_REACH = 3;
/** The nouns of the seats themselves, folded (concept `seat`'s words that name no members): "passed by 7 seats" is a
 * margin, "a stadium of 300 seats" no chamber. Only members ("députés", "lawmakers", "MPs") by whom a decision was
 * taken cast a vote. */
const SEAT_NOUNS: ReadonlySet<string> = new Set(['seat', 'seats', 'siege', 'sieges']);
/** Is the number at i0 the agent of a decision participle ("adoptée par 331", "approved by at least 190")? */
function decisionAgent(toks: Tok[], i0: number): boolean {
  let q = i0 - 1;
  while (q > 0 && i0 - q <= AGENT_BOUND_REACH && AGENT_BOUND_WORDS.has(toks[q].t)) q--;
  const by = toks[q]?.t;
  return (by === 'par' || by === 'by') && DECISION_PARTICIPLES.has(toks[q - 1]?.t ?? '');
}
/** Context words shorter than this are mostly function words the stop list misses. */
const MIN_CONTEXT_WORD = 4;

/** People counted with no word of who they are ("personnes", "people"): their clause may say nothing of them. */
const GENERIC_PEOPLE: ReadonlySet<string> = new Set(['person']);
/** The bilingual word list's world ("monde", "worldwide"), and how far after the counted noun it is the count's place:
 * "dans le monde", "across the world", "worldwide". */
const WORLD = 'w-world';
const WORLD_NEAR = 4;
/** How far after a part's opener ("dont", "including") its count stands: "dont près de 19 000", "including some 3,000". */
const PART_COUNT_NEAR = 4;
/** Nouns of a population as a whole, which news uses in turn for the same people driven from their homes:
 * "13,550 inhabitants have fled", "40,000 residents evacuated", "100,000 civilians evacuated", against "more than
 * 100,000 people have fled" and "plus de 13 000 réfugiés" (a refugee is a person displaced: concepts.json `means`).
 * Under a displacement role (DISPLACEMENT_ROLES) such a noun is read as people: who they are is told by the verb, not
 * by the noun. Not nouns of a part of a population (men, women, children, patients, soldiers): "5,000 children
 * displaced" are a part of "370,000 people displaced", never the same count. */
const POPULATION_NOUNS: ReadonlySet<string> = new Set(['inhabitant', 'civilian']);
/** Roles that say people left their homes (concepts.json `displaced`, which a verb of flight after a people-like
 * count also gives, through the word w-flee in count-segment.ts fleeRoleAt, and `evacuated`). */
const DISPLACEMENT_ROLES: ReadonlySet<string> = new Set(['displaced', 'evacuated']);
/** Counted nouns of whom a verb of flight after the number says they are the displaced (count-segment.ts
 * fleeRoleAt): people, inhabitants, civilians, and a nation's people ("2,000 Syrians fled"). Not perpetrators
 * (thieves, suspects, prisoners, attackers flee a scene, not their homes) nor money or shares ("capitaux ont fui"). */
const FLIGHT_PEOPLE: ReadonlySet<string> = new Set(['person', ...POPULATION_NOUNS]);
/** The role of people voted in (concepts.json `elected`, whose `means` names what each of them holds: a seat). */
const ELECTED = 'elected';
/** The counted noun of an electoral district (concepts.json `w-constituency`: "circonscription(s)", "constituency",
 * "constituencies"), read as the chamber's seat it returns (concepts.json `seat`): "les 577 circonscriptions" are the
 * assembly's 577 seats, "results declared in 136 constituencies" tell 136 seats declared, as news tells one tally by
 * either word. A single-member district returns one seat; a count of them is a count of seats whatever the story. */
const CONSTITUENCY = 'w:constituency';
const SEAT_ENTITY = 'seat';
/** Units of money and of an event's strength (its magnitude, its category on a graded scale): no role of people
 * (killed, laid off, on strike) is said of them. */
const ROLELESS_UNITS: ReadonlySet<string> = new Set([...MONEY_UNITS, 'magnitude', 'category']);
/** How far (tokens) from an amount of money its sector may stand: "healthcare spending by €5 billion", "an
 * effort of 3.5 billion euros in 2026 for the defense"; further on, the clause moves to other amounts. */
const SECTOR_NEAR = 5;
export interface CountInfo {
  unit: string;
  counts: string;
  countsKey: string[];
  /** Token index after the counted noun (or the number when there is none). */
  headEnd: number;
  /** Content words of the clause (concept ids, or "w:<stem>"), for telling two counts apart. */
  context: string[];
  /** Words of `context` read inside the figure's own period phrase ("years" of "year-on-year"): match.ts counts the
   * period and such a word, shared, once. */
  periodUnits?: string[];
  /** Cognate keys of the clause's words the table does not know, each as [key, "w:<stem>"] (clauseCognate). */
  cognates: Array<[string, string]>;
  /** The cognate key of the counted noun the table does not know, [key, "w:<stem>"] (countedCognate). */
  headCognate?: [string, string];
  /** A time word of the clause ("mon", "yesterday"): two figures with different ones refer to different moments. */
  when?: string;
  /** "dont 1 500", "including 300": a part of a count given just before. */
  part: boolean;
  /** The figure's own segment puts it somewhere ("dans toute la France", "à Paris", "in Lyon"). */
  placed: boolean;
  /** Names in the figure's own segment, not its speaker's: whose seats, votes or budget ("182 sièges pour le NFP"). */
  names: string[];
  /** For a rank (unit `ordinal`): keys of the words it ranks, right after it (rankedNouns); empty when none. */
  ranked?: string[];
  /** For a rank: its head noun alone, the first content word after it (rankedHead). */
  rankedHead?: RankedHead;
  /** For a rank of an occurrence ("for the fourth time"): keys of its doing's words (occurrenceObject). */
  occurred?: string[];
}

/** Auxiliaries between a counted noun and its participle ("20 000 visiteurs sont attendus", "are expected"). */
const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set(['sont', 'etaient', 'seront', 'seraient', 'est', 'etait', 'are', 'were', 'is', 'was', 'be']);

/** Small words a hedge may stand before the number across ("sans doute de plusieurs centaines", "probably some 300",
 * "probablement entre 300 et 650"): they open a count, they name nothing the hedge could be said of instead. */
const HEDGE_SKIP: ReadonlySet<string> = new Set(['de', 'd', 'of', 'some', 'about', 'around', 'roughly', 'nearly', 'almost', 'environ', 'pres', 'quelque', 'entre', 'between']);
/** At most this many of them: two cover "de quelque 300", more would reach back into another phrase. */
const HEDGE_GAP = 2;

/** A hedge (cue `feared`) right before the number, across at most HEDGE_GAP count openers (HEDGE_SKIP); a
 * multi-word hedge ("sans doute") ends there. */
function hedgeBefore(toks: Tok[], i0: number, hedgeAt: (k: number) => boolean): boolean {
  let end = i0;
  while (end > 0 && i0 - end < HEDGE_GAP && HEDGE_SKIP.has(toks[end - 1].t)) end--;
  for (let k = end - 1; k >= Math.max(0, end - MAX_HEDGE_WORDS); k--) {
    if (!hedgeAt(k)) continue;
    if (k === end - 1 || (conceptAt(toks, k)?.len ?? 1) === end - k) return true;
  }
  return false;
}
/** The longest hedge of the table is two words ("sans doute"). */
const MAX_HEDGE_WORDS = 2;

/** The dead a clause tells processed (an action flagged `onRemains`: identified, handed over, sent), said in the
 * count's own segment or in the predicate right after its noun (auxiliaries between): "Twelve bodies have been
 * identified", "40 corps remis aux familles". Not a verb of deploying ("Divers were deployed and recovered 40
 * bodies", cue `deployed`): it sends the living, never remains. */
function processedRemains(toks: Tok[], seg: [number, number], i0: number, i1: number, headEnd: number): boolean {
  const onRemains = (k: number): boolean => {
    if (toks[k]?.kind !== 'w' || isCue(toks[k].t, 'deployed')) return false;
    const c = conceptAt(toks, k)?.c;
    return c?.type === 'action' && !!c.onRemains;
  };
  for (let k = seg[0]; k < seg[1]; k++) if ((k < i0 || k >= i1) && onRemains(k)) return true;
  let k = headEnd;
  while (k < toks.length && REMAINS_AUXILIARIES.has(toks[k].t)) k++;
  return k > headEnd && onRemains(k);
}
/** Auxiliaries between the noun and its participle ("have been", "ont été", "were"). */
const REMAINS_AUXILIARIES: ReadonlySet<string> = new Set([...PARTICIPLE_AUXILIARIES, 'have', 'has', 'had', 'been', 'being', 'ont', 'avaient', 'ete']);

/** A participle of expecting (concepts.json cue `expected`) right after the counted noun, after one auxiliary, or
 * right before the number ("an expected 20,000"): the count is a forecast. Only there: elsewhere in the clause the
 * word is said of another noun ("le verdict attendu", "as expected"). */
function forecastParticiple(toks: Tok[], i0: number, headEnd: number): boolean {
  if (expectedCueAt(toks, i0 - 1)) return true;
  return expectedCueAt(toks, headEnd) || (PARTICIPLE_AUXILIARIES.has(toks[headEnd]?.t ?? '') && expectedCueAt(toks, headEnd + 1));
}
/** Token k is a word of the cue `expected`. At module level, as analystExpectation's helpers below: describeCounts
 * calls both for every figure, and a closure made on each call was a cost of its own (speed27b). */
function expectedCueAt(toks: Tok[], k: number): boolean { return toks[k]?.kind === 'w' && isCue(toks[k].t, 'expected'); }

/**
 * Where the places of a count's segment end: at the comma that closes the count's own phrase when that phrase
 * already puts it somewhere ("506 000 manifestants en France, heurts à Paris et Lyon, 181 interpellations": one
 * count has one place; a place after that comma is said of the next noun phrase, "heurts"), else at the segment's end.
 */
function ownPlaceEnd(toks: Tok[], headEnd: number, segEnd: number): number {
  let comma = headEnd;
  while (comma < segEnd && toks[comma].t !== ',') comma++;
  if (comma >= segEnd) return segEnd;
  for (let k = headEnd; k < comma; k++) {
    if (toks[k].kind !== 'w' || !LOC_PREP.has(locPrepBefore(toks, k))) continue;
    if (conceptAt(toks, k)?.c.type === 'nation' || (isName(toks, k) && isPlaceName(toks, k))) return comma;
  }
  return segEnd;
}

/** Joins of two counts of one toll said together ("120 morts et 300 blessés", "40 dead and 200 injured"). */
const TOLL_PAIR_JOINS = new Set(['et', 'and']);
/** Tokens a toll pair's place phrase may take after its preposition: "la province de Kounar", "the eastern province of
 * X" (five); further, the words tell something else. */
const PAIR_PLACE_SPAN = 5;
/** Words of a bound the second count of a toll pair may open on: "at least", "no fewer than", "pas moins de" (three, the
 * longest bound phrases a toll uses); only words, so a comma or another number still ends the pair. */
const PAIR_BOUND_MAX = 3;
/**
 * Where the places of a count end when it is the first of a toll pair whose place comes after the pair ("610 morts et
 * 1 300 blessés dans la province de X", "40 dead and 200 injured in X province"): the place is said of both counts, so
 * the first reads up to the second's own place end. Only when the first count ends at the join, its noun a role (a
 * toll noun), and the second is a number followed by a role noun: "87 000 à Paris et 1,2 million en France" keeps each
 * count's own place (the first has words of its own before the join). undefined when the figure is no such first count.
 */
function tollPairPlaceEnd(toks: Tok[], a: number, b: number, headEnd: number, seg: [number, number], lang: Lang): number | undefined {
  if (seg[1] !== headEnd || !TOLL_PAIR_JOINS.has(toks[headEnd]?.t ?? '') || !roleAt(toks, headEnd - 1)) return undefined;
  // The second figure's whole span: its bound first ("and at least 200 injured", "et plus de 300 blessés").
  let q = headEnd + 1;
  for (let n = 0; n < PAIR_BOUND_MAX && toks[q]?.kind === 'w' && !isCountNumber(toks, q); n++) q++;
  if (!isCountNumber(toks, q) || !roleAt(toks, q + 1) || !LOC_PREP.has(toks[q + 2]?.t ?? '')) return undefined;
  // The place phrase right after the pair only ("dans la province de X"): a place further on is read from another
  // phrase ("deux morts et 559 interpellations après la victoire du club en Coupe X": a name of the event's).
  const next = segment(toks, a, b, q, q + 2, lang);
  let end = q + 3;
  while (end < next[1] && end < q + 3 + PAIR_PLACE_SPAN && toks[end].t !== ',' && !LOC_PREP.has(toks[end].t)) end++;
  return end;
}

/**
 * Describe what the number at tokens [i0, i1) counts. `unitHint` is set by the caller for dates,
 * times, percentages, ordinals and years, which have no counted noun of their own.
 */
/** Tokens between a number and the nation a list item puts it in: its counted noun and a participle and the preposition
 * ("60 in Thailand", "3 morts au Pérou", "210 people killed in Kenya"); more, and the nation is the clause's. */
const LIST_ITEM_GAP = 4;
/** A nation at k after a locative preposition ("in / en <nation>"). */
const placedNation = (toks: Tok[], k: number): boolean => conceptAt(toks, k)?.c.type === 'nation' && LOC_PREP.has(locPrepBefore(toks, k));
/** The last token of the number a placed nation at k stands right after, within LIST_ITEM_GAP tokens and no comma. */
function itemNumber(toks: Tok[], k: number, lang: Lang): number | undefined {
  for (let q = k - 1; q >= 0 && q >= k - 1 - LIST_ITEM_GAP; q--) {
    if (toks[q].t === ',' || BOUNDARY.has(toks[q].t)) return undefined;
    // A number in digits or in words ("quatre au Chili, deux au Pérou").
    if (isNumberTok(toks[q]) || (toks[q].kind === 'w' && has(TABLES[lang].units, toks[q].t))) return q;
  }
  return undefined;
}
/** A placed nation at k is another list item's: it stands right after a number that is not the figure's [i0, i1). */
function otherItem(toks: Tok[], k: number, i0: number, i1: number, lang: Lang): boolean {
  const n = itemNumber(toks, k, lang);
  return n !== undefined && (n < i0 || n >= i1);
}
/** "614 des 618 salariés", "900 of the 1,254 employees": people counted as a part of a whole of people the same phrase
 * counts; another count than the whole, or than any other part of it. Not a holder's share ("172 of the 577 seats"),
 * which is what a party has. */
function partOfPeople(toks: Tok[], i1: number, category: string | undefined, lang: Lang): boolean {
  if (!category || !PEOPLE_CATS.has(category)) return false;
  let q = i1;
  if (toks[q]?.t !== 'des' && toks[q]?.t !== 'of') return false;
  q++;
  if (toks[q]?.t === 'the') q++;
  // "300 of the roughly 1,000 employees": the whole's number may carry its approximation (count-head.ts pastWholeHedge).
  return isNumberTok(toks[pastWholeHedge(toks, q, lang)]);
}
/** Tokens after the counted noun an analysts' expectation may be said of the value ("$1.25 expected by analysts",
 * "1,25 dollar selon le consensus"); past them it is the next value's. Three: a participle and its "by" or a preposition
 * and an article ("expected by analysts", "selon le consensus") before the noun; a fourth word is a new phrase. */
const CONSENSUS_AFTER = 3;
/** Words of the concept `consensus` that are also a verb ("the company estimates revenue of …"): a noun only after a
 * determiner, a possessive or a holder ("analysts' estimates", "Wall Street estimates", "the consensus estimate"), or
 * before "of" ("estimates of $1.25"). Folded tokens. */
const VERB_OR_NOUN = new Set(['estimates', 'estimate']);
/** What may stand right before such a word when it is the noun. Folded tokens ("'s" is split as "'" and "s"). */
const EXPECT_NOUN_BEFORE = new Set(['the', 'their', 'its', 'our', 's', "'", 'consensus', 'analyst', 'analysts', 'street', 'market', 'average', 'mean', 'median']);
/** Words of the concept that name who expects, not what is expected ("analysts", "analystes"): alone they are a
 * source of a result ("according to analysts, … sold 50 million"). Folded tokens. */
const EXPECTATION_HOLDERS = new Set(['analysts', 'analyst', 'analystes', 'analyste']);
/** Verbs and nouns of expecting that make the holders' value an expectation ("analysts expect", "les analystes tablent
 * sur", "analysts' average estimate of", "les prévisions de 54,9 milliards des analystes"). Folded tokens. */
const EXPECTING_WORDS = new Set(['expect', 'expects', 'expecting', 'forecast', 'forecasts', 'forecasting', 'predict', 'predicts', 'project', 'projected', 'polled', 'surveyed',
  'estimate', 'estimates', 'projection', 'projections', 'prediction', 'predictions',
  'attendent', 'attendaient', 'tablent', 'tablaient', 'prevoient', 'prevoyaient', 'anticipent', 'interroges', 'sondes',
  'prevision', 'previsions', 'estimation', 'estimations',
  // The French verb of estimating and the English past participles, as 'estimate' above: said with the holders ("les
  // analystes avaient estimé les hausses à 3,9 %", "analysts had estimated") it is their expectation, not the result
  // reported later (fix-unit44: it met a first tally's 5.28 % as a differs).
  'estime', 'estimee', 'estimees', 'estimes', 'estiment', 'estimaient', 'estimait', 'estimated', 'predicted']);
/** Token k is a word of the modifier concept `consensus` (analystExpectation's helpers stand at module level: see
 * expectedCueAt). */
function consensusWordAt(toks: Tok[], k: number): boolean { return toks[k]?.kind === 'w' && lookup(toks[k].t, 'modifier')?.id === 'consensus'; }
// Nouns of expecting only: "estimates" after its subject is the verb ("The company estimates revenue of $5 billion":
// the company's own figure), and the holders alone ("According to analysts, Apple sold 50 million") are a source of
// the result, not an expectation, unless a word of expecting is said with them ("Analysts expect revenue of $4 billion").
function expectingAt(toks: Tok[], k: number): boolean {
  return EXPECTING_WORDS.has(toks[k].t) || isCue(toks[k].t, 'expected') || (consensusWordAt(toks, k) && !EXPECTATION_HOLDERS.has(toks[k].t) && !VERB_OR_NOUN.has(toks[k].t));
}
/** Token k names an expectation of the segment seg: a consensus word, a noun of it, or a holder said with a word of expecting. */
function expectationAt(toks: Tok[], k: number, seg: [number, number]): boolean {
  if (!consensusWordAt(toks, k)) return false;
  const t = toks[k].t;
  if (VERB_OR_NOUN.has(t)) return EXPECT_NOUN_BEFORE.has(toks[k - 1]?.t ?? '') || toks[k + 1]?.t === 'of';
  if (EXPECTATION_HOLDERS.has(t)) {
    for (let j = seg[0]; j < seg[1]; j++) if (j !== k && toks[j].kind === 'w' && expectingAt(toks, j)) return true;
    return false;
  }
  return true;
}
/**
 * "beating analysts' expectations of $55.19 billion", "surpassing Wall Street estimates of $1.25", "$1.25 expected by
 * analysts", "le consensus de 54,9 milliards": a value others expect (concept `consensus`), said in its own segment
 * before the number, attribution included (who expects it is often the speaker: "selon le consensus"), or right after
 * its noun with only function words or a participle of expecting between. Further after, it is the next value's ("$57
 * billion, above analysts' expectations of $55 billion": the result is no expectation). Said of results (money, shares,
 * units sold), never of people: "police estimates", "selon les estimations" of a crowd or a toll give the count itself.
 */
function analystExpectation(toks: Tok[], i0: number, headEnd: number, seg: [number, number], unit: string, category: string | undefined): boolean {
  if (unit === 'people' || (category && PEOPLE_CATS.has(category))) return false;
  for (let k = seg[0]; k < i0; k++) if (expectationAt(toks, k, seg)) return true;
  for (let k = headEnd; k < Math.min(seg[1], headEnd + CONSENSUS_AFTER + 1); k++) {
    if (expectationAt(toks, k, seg)) return true;
    if (!STOPWORDS.has(toks[k].t) && !isCue(toks[k].t, 'expected')) return false;
  }
  return false;
}
/** Some token of [from, to) opens a comparison (moment.ts comparisonAt). A loop, not slice().some(): describeCounts
 * asks at each time word of each figure's clause, and the copy and the closure were its costliest line (speed10). */
function comparisonBetween(toks: Tok[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (comparisonAt(toks, q)) return true;
  return false;
}
/** Nouns of a hurt person's state that news rates ("in serious condition", "in a critical condition", "dans un état
 * grave", "dans un état critique"). */
const CONDITION_NOUNS = new Set(['condition', 'etat']);
/** The French adjective of a critical state, read only in a state's phrase ("dans un état critique"): elsewhere
 * "critique" is a noun ("trois critiques contre le projet", "deux critiques de cinéma") or a verb ("l'État critique
 * la gestion"), so it is no form of the concept `serious` (concepts.json). */
const CONDITION_ONLY = new Set(['critique', 'critiques']);
/** Articles of the state's noun inside its phrase ("in a critical condition", "dans un état grave"). */
const CONDITION_ARTICLES = new Set(['a', 'un']);
/** Where the phrase of a state that the adjective at k rates starts ("in" of "in (a) serious condition", "dans" of
 * "dans (un) état grave"), or -1 when the adjective is in no such phrase ("the building was in serious condition"
 * has one; "l'État critique la gestion", "a serious condition" alone have none). */
function conditionPhraseStart(toks: Tok[], k: number): number {
  const w = (q: number): string => (toks[q] && !toks[q].nl ? toks[q].t : '');
  if (w(k + 1) === 'condition' && !toks[k + 1].nl) {
    if (w(k - 1) === 'in' && !toks[k].nl) return k - 1;
    if (CONDITION_ARTICLES.has(w(k - 1)) && w(k - 2) === 'in' && !toks[k].nl && !toks[k - 1].nl) return k - 2;
  }
  if (w(k - 1) === 'etat' && !toks[k].nl) {
    if (w(k - 2) === 'dans' && !toks[k - 1].nl) return k - 2;
    if (CONDITION_ARTICLES.has(w(k - 2)) && w(k - 3) === 'dans' && !toks[k - 1].nl && !toks[k - 2].nl) return k - 3;
  }
  return -1;
}
/** Words that may stand between a count and the phrase of its people's state without naming other people or things:
 * the count's own verb group ("were", "ont été"; its participle is a role, read apart) and the words that take all of
 * them or a part ("all in serious condition", "tous dans un état grave", "dont une dans un état critique"). Any other
 * word (an article, a noun, another verb: "le bâtiment est dans un état critique", "the building was left in serious
 * condition") opens another subject's clause, and the state is that subject's. */
const CONDITION_GAP = new Set([
  'all', 'both', 'each', 'of', 'them', 'whom', 'who', 'still', 'now', 'remain', 'remained', 'remains', 'were', 'was', 'are', 'is', 'been', 'being', 'had', 'have', 'has',
  'dont', 'tous', 'toutes', 'deux', 'eux', 'elles', 'ont', 'a', 'ete', 'sont', 'est', 'etaient', 'etait', 'toujours', 'encore',
]);
/** The adjective at k rates the state of the count whose head ends at headEnd (session 20, mended by fixrev18a): it
 * stands in a state's phrase ("in critical condition", "dans un état critique") that follows the count with only
 * CONDITION_GAP words, roles of people ("injured", "blessées"), adverbs and punctuation between. */
function conditionOfCount(toks: Tok[], k: number, headEnd: number): boolean {
  const p = conditionPhraseStart(toks, k);
  if (p < headEnd) return false;
  for (let q = headEnd; q < p; q++) {
    const t = toks[q];
    if (q > headEnd && t.nl) return false;
    if (t.kind === 'p' ? t.t === ',' : CONDITION_GAP.has(t.t) || /(?:ly|ment)$/.test(t.t) || lookup(t.t, 'role')?.means?.entity === 'person') continue;
    return false;
  }
  return true;
}
/** Words that are a count of none ("Five people were injured, none in serious condition", "aucun dans un état grave"):
 * a number as much as "one" is, so the state after them is theirs, not the first count's. */
const NONE_WORDS = new Set(['none', 'aucun', 'aucune']);
/** Words before "personne" that make it the pronoun "no one" ("…, personne dans un état grave", "dont personne"),
 * not the noun ("une personne"). */
const BEFORE_NO_ONE = new Set([',', 'dont', 'mais', 'et']);
/** A number between a count and a word after it ("Nine injured, one of them in serious condition": the state is the
 * one's, not the nine's), a count of none included ("none seriously"). Not a day of a month or an ordinal
 * (isCountNumber: "injured on 12 March, all seriously"), nor the article of the state's own noun ("dans un état
 * grave"). */
function numberBetween(toks: Tok[], from: number, to: number, lang: Lang): boolean {
  for (let q = from; q < to; q++) {
    const t = toks[q];
    if (isCountNumber(toks, q)) return true;
    if (t.kind !== 'w') continue;
    if (NONE_WORDS.has(t.t) || (t.t === 'personne' && BEFORE_NO_ONE.has(toks[q - 1]?.t ?? ''))) return true;
    if (has(TABLES[lang].units, t.t) && !((t.t === 'un' || t.t === 'une') && CONDITION_NOUNS.has(toks[q + 1]?.t ?? ''))) return true;
  }
  return false;
}

/** Some token of [from, to) is a count's number (isCountNumber), read without copying the tokens. */
function countNumberWithin(toks: Tok[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (isCountNumber(toks, q)) return true;
  return false;
}
/** A rank's noun follows it within this many tokens: "the second day", "la deuxième plus grande ville", "the second
 * largest city" (an adverb and an adjective may come between). Further on the words are the clause's, not the rank's. */
const RANK_NOUN_SPAN = 3;
/** Shorter words are not nouns a rank ranks, unless the concept table knows them ("day", "jour"): articles, "of". */
const RANK_WORD_MIN = 3;
/** The keys of the words a rank ranks (fixrev28b): the content words of the few tokens right after the ordinal, up to
 * punctuation or a number, each as its concept, its word key in both numbers (the bilingual list may hold "quarters"
 * and not "quarter") and its cognate key ("successeur" / "successor") (wordKeys), read on past a hyphen
 * ("second-largest city"). A rank standing alone ("la troisième en Europe", "the 13th.") ranks the noun said before
 * it (rankAntecedent), or none. Two
 * ranks are one thing's only when their nouns meet (match.ts): "the second day" is not "the second victim". These
 * keys may hold a word of the clause after the noun ("the second man arrested"): the occurrence exception of match.ts
 * (a rank "for the second time" meets one that names the event of its clause) reads rankedHead instead. */
/** A rank's head noun: the first content word right after it (folded) and that word's concept id, if any. */
export interface RankedHead { word: string; concept?: string; keys?: string[] }
/** The first content word a rank ranks, skipping the small words rankedNouns skips: "for the second time" -> time,
 * "the second man arrested on Sunday" -> man (not "arrested", a participle of the clause that rankedNouns also keeps,
 * related34). match.ts reads an occurrence ("time", "fois") and the event a rank names from this word alone. */
export function rankedHead(toks: Tok[], i1: number): RankedHead | undefined {
  if (standsAlone(toks, i1)) return undefined;
  for (let k = i1; k < toks.length && k < i1 + RANK_NOUN_SPAN; k++) {
    const t = toks[k];
    if (t.kind !== 'w') { if (k === i1 && isHyphen(t)) continue; return undefined; }
    if (STOPWORDS.has(t.t) || t.t.length < RANK_WORD_MIN) continue;
    const hit = conceptAt(toks, k);
    return hit ? { word: t.t, concept: hit.c.id, keys: wordKeys(toks, k) } : { word: t.t, keys: wordKeys(toks, k) };
  }
  return undefined;
}
/** The preposition of an occurrence ("for the fourth time", "pour la quatrième fois"), a few tokens before its rank
 * ("for a record-breaking fourth time"). */
const OCCURRENCE_PREPS = new Set(['for', 'pour']);
const OCCURRENCE_PREP_SPAN = 5;
/** The words of an occurrence's doing right before its preposition read back within this many tokens: "a remporté la
 * coupe de la ligue pour la quatrième fois" (the cup, the league, the doing), not the sentence's subject further back. */
const OCCURRENCE_OBJECT_SPAN = 6;
/** Small words inside a noun phrase read back through: articles and "of" ("la coupe de la ligue", "the title of"). English
 * "a" is an article only where the tokenizer marks it so (French "a" is the verb "avoir": it ends the doing's words). */
const NOUN_PHRASE_INNER = new Set(['la', 'le', 'les', 'l', 'de', 'du', 'des', 'd', 'the', 'of', 'an']);
/**
 * The keys of the words an occurrence's clause tells right before its preposition (cat41): the doing and its object
 * ("won the league cup for the fourth time", "sacrée championne d'Europe pour la quatrième fois"), read back
 * through articles and "of" to the first other small word: a passive's auxiliary ("the man was arrested for the
 * second time": the man is not what is ranked, only "arrested" is read), a French "a", a preposition. match.ts meets
 * such an occurrence with a rank whose head noun is one of them ("its fourth league cup": what is done the n-th time is
 * the n-th of it). Empty for any other rank.
 */
export function occurrenceObject(toks: Tok[], i0: number, head: RankedHead | undefined): string[] {
  if (!head || !(head.word === 'time' || head.word === 'times' || head.word === 'fois')) return [];
  let k = i0 - 1;
  while (k >= 0 && k >= i0 - OCCURRENCE_PREP_SPAN && !OCCURRENCE_PREPS.has(toks[k].t)) {
    if (toks[k].kind === 'p' && !isHyphen(toks[k])) return [];
    k--;
  }
  if (!OCCURRENCE_PREPS.has(toks[k]?.t ?? '')) return [];
  const keys: string[] = [];
  for (let j = k - 1; j >= 0 && j >= k - OCCURRENCE_OBJECT_SPAN; j--) {
    const t = toks[j];
    if (t.kind !== 'w') { if (t.t === "'" || isHyphen(t)) continue; break; }
    if (NOUN_PHRASE_INNER.has(t.t) || (t.t === 'a' && t.article)) continue;
    if (STOPWORDS.has(t.t)) break;
    if (t.t.length < RANK_WORD_MIN) continue;
    keys.push(...wordKeys(toks, j));
  }
  return keys;
}
/** A hyphen right after a rank glues it to the next word as one compound adjective ("second-largest city",
 * "third-biggest economy"): the words after the hyphen are the rank's, as after a space. */
const isHyphen = (t: Tok | undefined): boolean => t?.kind === 'p' && t.t === '-';
/** Words right after a rank that show it stands without a noun of its own, the noun said before it: a preposition
 * ("la troisième en Europe du Nord", "the seventh in the region", "la troisième depuis 2020", "the first of its
 * kind"). A rank before one of them ranks no word after it (the place or the time is the clause's). */
const RANK_ALONE_AFTER = new Set(['en', 'dans', 'depuis', 'de', 'du', 'des', 'in', 'of', 'since', 'among', 'parmi']);
/** A rank with no noun after it: the sentence ends, a punctuation mark or a preposition follows ("the 13th.", "la
 * troisième en Europe"), not a hyphen (a compound adjective: isHyphen). */
function standsAlone(toks: Tok[], i1: number): boolean {
  const t = toks[i1];
  if (!t || t.nl) return true;
  if (t.kind === 'p') return !isHyphen(t) && t.t !== "'";
  return t.kind === 'w' && RANK_ALONE_AFTER.has(t.t);
}
/** Tokens before a rank standing alone within which its noun is looked for: a noun phrase set in apposition ("Cette
 * grève nationale, la troisième ..."), or another rank of the sentence that names it ("the 12th summit and
 * now the 13th"). Further back the words are another clause's. */
const RANK_ANTECEDENT_SPAN = 12;
/** Articles a rank standing alone takes ("la troisième", "the 13th"). */
const RANK_ARTICLES = new Set(['le', 'la', 'l', 'les', 'the']);
/** A sentence's end before a rank, for the look-back of rankAntecedent. */
const endsSentence = (t: Tok): boolean => t.nl || (t.kind === 'p' && SENTENCE_END.has(t.t));
/** The nouns a rank standing alone (standsAlone) ranks, read from before it (ellipsis, session 41): the noun phrase
 * it is set in apposition to, right before the comma in front of its article ("Cette grève nationale, la troisième
 * en Europe depuis 2020" ranks the strike), else the noun of an earlier rank of its sentence ("It was the
 * 12th summit and now will be the 13th" ranks summits). Empty when neither: "the second to arrive" ranks no
 * noun, and two ranks with no noun are never one thing's (match.ts sameRanked). */
function rankAntecedent(toks: Tok[], i0: number): string[] {
  let a = i0 - 1;
  if (!RANK_ARTICLES.has(toks[a]?.t ?? '')) return [];
  if (toks[a - 1]?.t === "'") a--;
  const stop = Math.max(0, i0 - RANK_ANTECEDENT_SPAN);
  if (toks[a - 1]?.kind === 'p' && toks[a - 1].t === ',') {
    // The apposed noun phrase: its content words back to the clause's start (its own apostrophes kept: "coup d'Etat").
    const keys: string[] = [];
    for (let k = a - 2; k >= stop; k--) {
      const t = toks[k];
      if (t.kind === 'p' && t.t !== "'" && !isHyphen(t)) break;
      if (t.nl && k < a - 2) break;
      if (t.kind !== 'w' || STOPWORDS.has(t.t) || t.t.length < RANK_WORD_MIN) continue;
      keys.push(...wordKeys(toks, k));
    }
    return keys;
  }
  for (let k = a - 1; k >= stop; k--) {
    const t = toks[k];
    if (endsSentence(t)) break;
    const ord = (t.kind === 'd' && t.ord) || (t.kind === 'w' && ordinalWord(t.t) !== undefined);
    if (ord && !standsAlone(toks, k + 1)) return rankedNouns(toks, k + 1);
  }
  return [];
}
/** One word's keys as a rank's noun: its concept, its word key in both numbers (the bilingual list may hold
 * "quarters" and not "quarter") and its cognate key ("successeur" / "successor"). */
function wordKeys(toks: Tok[], k: number): string[] {
  const t = toks[k];
  const keys: string[] = [];
  const hit = conceptAt(toks, k);
  if (hit) keys.push(hit.c.id);
  keys.push(unknownNoun(t.t), unknownNoun(t.t.endsWith('s') ? t.t.slice(0, -1) : `${t.t}s`));
  const cog = cognateKey(t.t);
  if (cog) keys.push(`cog${cog}`);
  return keys;
}
export function rankedNouns(toks: Tok[], i1: number, i0?: number): string[] {
  if (standsAlone(toks, i1)) return i0 === undefined ? [] : rankAntecedent(toks, i0);
  const keys: string[] = [];
  for (let k = i1; k < toks.length && k < i1 + RANK_NOUN_SPAN; k++) {
    const t = toks[k];
    if (t.kind !== 'w') { if (k === i1 && isHyphen(t)) continue; break; }
    // A small word before the noun is skipped ("la deuxième plus grande ville"), one after it ends the noun ("the
    // second day of mourning": "mourning" is the day's, not the rank's).
    if (STOPWORDS.has(t.t) || t.t.length < RANK_WORD_MIN) { if (keys.length) break; continue; }
    keys.push(...wordKeys(toks, k));
  }
  return keys;
}
/** General words of a rate of change in both languages (folded): a period word ("annual", "mensuelle") says over which
 * period a rate is measured only next to one of them ("annual rate", "l'inflation mensuelle", "la hausse ... en
 * glissement annuel"), else it qualifies another noun ("its annual meeting", "le mensuel a vendu"). */
/** The period concept of a rate over twelve months (core/concepts/concepts.json). */
const TWELVE_MONTHS = 'period-12m';
const RATE_NOUNS = new Set(['rate', 'rates', 'inflation', 'growth', 'increase', 'rise', 'fall', 'decline', 'drop', 'change', 'gain', 'prices',
  'pace', 'yield', 'taux', 'hausse', 'baisse', 'croissance', 'progression', 'recul', 'augmentation', 'prix', 'rythme', 'variation', 'rendement']);
/** How many tokens a period word may stand from its rate noun: small words and punctuation between are skipped
 * ("En glissement annuel, la hausse"), one other content word ends the search ("annual meeting"). */
const RATE_NOUN_REACH = 3;
/** "a year earlier", "a year ago", "un an plus tôt": a moment a year back, not a rate per year. */
const YEAR_BACK = new Set(['earlier', 'ago', 'before', 'plus']);
function rateNounFrom(toks: Tok[], k: number, step: 1 | -1, lo: number, hi: number): boolean {
  for (let q = k, n = 0; q >= lo && q < hi && n < RATE_NOUN_REACH; q += step, n++) {
    const t = toks[q];
    if (t.kind === 'w' && RATE_NOUNS.has(t.t)) return true;
    if (t.kind === 'w' && !STOPWORDS.has(t.t)) return false;
    if (t.kind === 'd') return false;
  }
  return false;
}
/** A period phrase at [k, end) is said of the rate at [i0, headEnd): next to its number or counted noun, or next to a
 * rate noun of the segment. */
function periodOfRate(toks: Tok[], k: number, end: number, i0: number, i1: number, headEnd: number, seg: [number, number]): boolean {
  if (end === i0 || k === i1 || k === headEnd) return true;
  return rateNounFrom(toks, end, 1, seg[0], seg[1]) || rateNounFrom(toks, k - 1, -1, seg[0], seg[1]);
}
/** "12-month", "12 derniers mois": the number twelve and a month word (the concept table matches words only). Returns
 * the end of the phrase, or 0. */
const MONTH_WORDS = new Set(['month', 'months', 'mois']);
function twelveMonthsAt(toks: Tok[], k: number): number {
  if (toks[k].kind !== 'd' || toks[k].v !== 12) return 0;
  let q = k + 1;
  if (toks[q]?.t === '-') q++;
  if (toks[q]?.t === 'derniers') q++;
  return MONTH_WORDS.has(toks[q]?.t ?? '') ? q + 1 : 0;
}
export function describeCounts(toks: Tok[], i0: number, i1: number, lang: Lang, unitHint?: string): CountInfo {
  const head = readHead(toks, i0, i1, lang, unitHint);
  let { unit, category, own } = head;
  const { headEnd, headRole, leadIn } = head;
  // "les quatre Israéliens étaient otages", "held hostage", "en prenant 250 en otage": people counted without
  // a word of who they are are what a predicate noun of their sentence says.
  // "contre 54,92 milliards attendus": a bare value a participle of expecting follows is the forecast of the value
  // before it (ellipsis.ts gives it that frame), not what a predicate of its sentence names.
  if (unit === 'number' && !headRole && !(toks[headEnd]?.kind === 'w' && isCue(toks[headEnd].t, 'expected'))) {
    const pred = predicateNoun(toks, i1, headEnd, lang, category);
    if (pred) category = pred;
    // "the plant employs 955 people": people a verb takes as its object are what it makes them (employees).
    else if (category === undefined || GENERIC_PEOPLE.has(category)) category = objectOfVerb(toks, i0, headEnd) ?? category;
  }
  const [a, b] = clauseWithAside(toks, i0, i1, headEnd);
  const said = attributionMask(toks, a, b, i0, headEnd, lang);
  const seg = segment(toks, a, b, i0, headEnd, lang);
  // "At least 25 homes were destroyed or damaged", "150 homes buried": the English "homes" the table reads as households
  // (the homes a utility supplies: "300,000 homes without power") are buildings when their segment tells a fate only
  // a building has, and count what "maisons" and "houses" count (units21).
  if (category === HOUSEHOLD && HOMES.has(toks[headEnd - 1]?.t ?? '') && buildingFate(toks, seg)) category = HOUSE;
  // "About 50 cars derailed", "a 150-car train", "Environ 50 voitures du train": cars a rail word governs, or a part of
  // cars in a rail story, are a train's, what "50 wagons" and "five carriages" count (w-wagon), not road vehicles
  // the other language's "wagons" never meets (unit40).
  if (category === VEHICLE) {
    const car = carToken(toks, i1, headEnd);
    let part = false;
    for (let j = i1; j < car && !part; j++) part = PART_WORDS.has(toks[j].t);
    if (car >= 0 && trainCar(toks, car, part)) category = WAGON;
  }
  const placeEnd = tollPairPlaceEnd(toks, a, b, headEnd, seg, lang) ?? ownPlaceEnd(toks, headEnd, seg[1]);
  const nations: string[] = [];
  const places: string[] = [];
  const actions: string[] = [];
  const modifiers: string[] = [];
  const context: string[] = [];
  const cognates: Array<[string, string]> = [];
  let when: string | undefined;
  let military = false;
  let sender: string | undefined;
  let dest: string | undefined;
  let lastNation: { id: string; k: number } | undefined;
  let period: { id: string; gap: number } | undefined;
  let periodWordsEnd = 0;
  const periodUnits: string[] = [];
  const choosePeriod = (id: string, k: number, end: number): void => {
    const gap = k < i0 ? i0 - end : k - i1;
    if (!period || gap <= period.gap) period = { id, gap };
  };
  // "132 000 salariés dans le monde dont 19 000 en France", "12,000 staff, including 3,000 in Spain": after a part's
  // opener and its count, a nation is the part's, never the whole's.
  let partFrom = b;
  // "210 in Kenya, 45 in Tanzania and 12 in Uganda", "dont quatre au Chili, deux au Pérou": when a nation is put
  // right after the figure's own number, a nation put right after another number of the clause is that item's place.
  let ownNation = false;
  for (let k = i1; k < b && k <= i1 + LIST_ITEM_GAP && !ownNation; k++) if (placedNation(toks, k) && itemNumber(toks, k, lang) === i1 - 1) ownNation = true;
  for (let k = headEnd; k < b - 1 && partFrom === b; k++) {
    if (ASIDE_OPENERS.has(toks[k].t) && countNumberWithin(toks, k + 1, Math.min(toks.length, k + 1 + PART_COUNT_NEAR))) partFrom = k;
  }
  for (let k = a; k < b; k++) {
    if (k >= i0 && k < i1) continue;
    const t = toks[k];
    // A letter inside a run of initials ("a.m.", "U.S.", "D.C.") is an abbreviation's, never a word of the clause: the
    // "m" of "7 a.m." is no metre (context44: such clauses now run past the point, abbreviationPoint). A letter alone
    // before a sentence's point ("Plan B.", "vitamin D.") is a word as any other (initialAt).
    if (initialAt(toks, k)) continue;
    // A party's name is context (which party the clause is about), never a cue, an action or a place.
    const party = partyAt(toks, k);
    if (party) {
      if (!(said && said[k - a]) && !context.includes(party.id)) context.push(party.id);
      k += party.len - 1;
      continue;
    }
    if (!military && militaryAt(toks, k)) military = true;
    // Words of the attribution ("selon Washington et Pékin", "a affirmé le Pentagone") name who says it.
    if (said && said[k - a]) continue;
    // "the 12-month inflation rate": twelve months told with digits (the month word is read on as before). "12-month"
    // is a count of its own, which cuts the segment before it: before the number with no other number between, the
    // rate noun it qualifies is still read in the clause.
    const twelveEnd = twelveMonthsAt(toks, k);
    if (twelveEnd && ((k >= seg[0] && k < seg[1]) || (k < i0 && !toks.slice(twelveEnd, i0).some((x) => x.kind === 'd')))
      && periodOfRate(toks, k, twelveEnd, i0, i1, headEnd, [Math.min(a, seg[0]), seg[1]])) choosePeriod(TWELVE_MONTHS, k, twelveEnd);
    let hit = conceptAt(toks, k) ?? elidedPhraseAt(toks, k);
    // A sector of public money ("defence budget", "healthcare spending") narrows an amount of money only, and
    // only next to it; elsewhere its word is read as any other ("ministère de l'Éducation").
    if (hit?.c.sector && (!ROLELESS_UNITS.has(unit) || k < i0 - SECTOR_NEAR || k >= headEnd + SECTOR_NEAR)) hit = null;
    // "dans un état critique": "critique" rates people's state only in a state's phrase (CONDITION_ONLY), under the
    // rules of the concept `serious` below (people or cases, the count's own segment, no aside or number between).
    if (!hit && CONDITION_ONLY.has(t.t) && k >= seg[0] && k < seg[1] && (unit === 'number' || unit === 'people' || unit === 'cases')
      && (!category || PEOPLE_CATS.has(category) || category === 'case') && !(k > headEnd && toks.slice(headEnd, k).some((x) => ASIDE_OPENERS.has(x.t)))
      && !(k >= i1 && numberBetween(toks, i1, k, lang)) && conditionOfCount(toks, k, headEnd)) {
      if (!modifiers.includes('serious')) modifiers.push('serious');
      continue;
    }
    if (!hit) {
      if (t.kind === 'w' && isName(toks, k)) {
        // A name: the place the figure covers after "à / in", else a name its clause mentions.
        // A place counts only in the figure's own segment: "87 000 à Paris et 1,2 million en France".
        // Another segment's place ("87 000 à Paris et 1,2 million ...") is kept apart ("x:") so it never
        // counts as this figure's place named in its clause (compare.ts samePlaces).
        const place = isPlaceName(toks, k);
        // A list item's own nation: a place right after another number of the clause is that item's ("six morts dans les
        // Andes, dont quatre au Chili": not the Chilean four's).
        const ownPlace = place && k >= seg[0] && k < placeEnd && !(ownNation && otherItem(toks, k, i0, i1, lang));
        const p = `${ownPlace ? 'loc' : place ? 'x' : 'n'}:${nameKey(t.t)}`;
        if (p.startsWith('loc:')) { if (!places.includes(p)) places.push(p); } else if (!context.includes(p)) context.push(p);
        // "Caroline du Nord" is not "Caroline du Sud": the compass word is part of the place ("north", as in English).
        const compass = p.startsWith('loc:') && lang === 'fr' ? frenchCompassKey(toks, k) : undefined;
        if (compass && !places.includes(compass)) places.push(compass);
      } else if (t.kind === 'w' && t.t.length >= MIN_CONTEXT_WORD && !STOPWORDS.has(t.t) && !SPEECH_VERBS.has(t.t)
        // A month's short name ("Sept 13", "Sept. 13", "le 7 févr. 2024") says when, as the full names the table reads
        // as time do: no word of context ("w:sept" met the French "sept", seven; context44).
        && !(t.cap && isMonthName(t.t, true)) && !monthCutAt(toks, k)) {
        // A word of the bilingual list is its translation's id ("équipes" / "teams"): two languages' clauses meet;
        // so is an ordinal word its rank ("la première journée" / "the first day": `ord:1`).
        const w = has(TABLES[lang].ord, t.t) ? `ord:${TABLES[lang].ord[t.t]}` : unknownNoun(t.t);
        if (!context.includes(w)) context.push(w);
        for (const cognate of clauseCognate(t.t, w)) if (!cognates.some(([k, w]) => k === cognate[0] && w === cognate[1])) cognates.push(cognate);
      }
      continue;
    }
    const { c } = hit;
    // "Monthly inflation slowed to 0.4%, while the annual rate fell to 5.1%": the period of a rate (concept flag
    // `period`) is said of the count of its own segment, never of another count of its clause, and only next to the
    // number, its counted noun or a rate noun (periodOfRate: "its annual meeting" says no period).
    // Of two periods in the segment ("Monthly inflation slowed to 0.4% while the annual rate reached 5.1%", segments
    // are not cut at "while"), the one nearest the number is its own (after it on a tie: "0.4% month-on-month and
    // 5.1% year-on-year"); it is written into the context after the loop.
    // In the segment, the words after a phrase's first are read on as before: "year-on-year" and "sur un an" keep the
    // unit word ("years") they gave, which a clause saying "a year earlier" shares; such a word is recorded
    // (periodUnits) and match.ts counts the period and it once. The first word gives the period only ("year-to-date"
    // gives no `years`). Out of the segment the phrase is skipped whole: "soit 12 % en rythme annuel" gives no
    // per-year to the count before it.
    if (c.period) {
      if (k >= seg[0] && k < seg[1]) {
        if (periodOfRate(toks, k, k + hit.len, i0, i1, headEnd, seg)) choosePeriod(c.id, k, k + hit.len);
        periodWordsEnd = Math.max(periodWordsEnd, k + hit.len);
      } else k += hit.len - 1;
      continue;
    }
    // "le taux annuel", "3% a year": per-year (the masculine "annuel", "par an") says twelve months too, under the same
    // rules, and stays the modifier it was below; "a year earlier / ago" is a moment, no period.
    if (c.id === 'per-year' && k >= seg[0] && k < seg[1] && !YEAR_BACK.has(toks[k + hit.len]?.t ?? '')
      && periodOfRate(toks, k, k + hit.len, i0, i1, headEnd, seg)) choosePeriod(TWELVE_MONTHS, k, k + hit.len);
    // An expectation is told with several words ("analysts' expectations", "le consensus des analystes"): each stays a
    // word of the context, as before the concept set such values apart, so two clauses still share as many.
    const word = c.id === 'consensus' && t.kind === 'w' ? unknownNoun(t.t) : c.id;
    if (c.type !== 'time' && c.type !== 'cue' && !context.includes(word)) {
      context.push(word);
      if (k < periodWordsEnd) periodUnits.push(word);
    }
    if (c.type === 'nation') {
      if (k >= partFrom || (ownNation && placedNation(toks, k) && otherItem(toks, k, i0, i1, lang))) { k += hit.len - 1; continue; }
      if (!nations.includes(c.id)) nations.push(c.id);
      // Whose the counted things are: the nation right after the noun ("soldats iraniens", "soldats russes").
      if (lang === 'fr' && k === headEnd && !own) own = c.id;
      const prev = toks[k - 1]?.t;
      const prep = prev === 'la' || prev === 'le' || prev === 'l' || prev === "'" ? toks[k - 2]?.t : prev;
      if (prep && DEST_PREP.has(prep) && k > i0 && !dest) dest = c.id;
      lastNation = { id: c.id, k };
    } else if (c.type === 'action') {
      if (!actions.includes(c.id)) actions.push(c.id);
      // The sender of troops or goods is their owner: "L'Iran a envoyé ... hommes".
      if ((c.id === 'send' || c.id === 'gather' || c.id === 'supply') && k < i0 && lastNation && k - lastNation.k <= 8) sender = lastNation.id;
      if (c.id === 'send' && k < i0) {
        // "envoyé en Syrie entre ...": a destination before the number.
        for (let q = k + 1; q < i0 && q < k + 4; q++) {
          const h = conceptAt(toks, q);
          if (h && h.c.type === 'nation' && DEST_PREP.has(toks[q - 1]?.t ?? '')) dest = h.c.id;
        }
      }
    } else if (c.type === 'modifier') {
      // Age belongs to a figure in years; elsewhere it describes people next to it, not the count.
      if (c.id === 'age' && unit !== 'years') { k += hit.len - 1; continue; }
      if (c.id === 'special-forces' && k > headEnd + 4) { k += hit.len - 1; continue; }
      // "des centaines de postes disponibles", "1,000 open positions": jobs to fill are no jobs held. Said of the counted
      // noun only, next to it: elsewhere "disponible" is any figure's ("les derniers chiffres disponibles").
      if (c.id === 'vacant' && (k < i1 || k > headEnd)) { k += hit.len - 1; continue; }
      // "55 000 à Paris et 451 789 dans le reste du pays", "241 à bord et 29 au sol": the rest of a whole, where the
      // counted were (concepts flag `ownSegment`) are said of the count whose own segment says them, never of the
      // other counts of its clause.
      if (c.ownSegment && (k < seg[0] || k >= seg[1])) { k += hit.len - 1; continue; }
      // How badly ("grièvement blessés", "severely ill") is said of people or of cases of an illness; elsewhere "grave" /
      // "critically" is any word ("une crise grave", "critically important", "des vents graves").
      // After an aside's opener it is the part's the aside names: "plus de 200 blessés, dont de nombreux graves".
      if (c.id === 'serious' && (!((unit === 'number' || unit === 'people' || unit === 'cases') && (!category || PEOPLE_CATS.has(category) || category === 'case'))
        || (k > headEnd && toks.slice(headEnd, k).some((t) => ASIDE_OPENERS.has(t.t)))
        // "Two people were hurt, one seriously": after another number it is that number's (an elided count's).
        || (k >= i1 && numberBetween(toks, i1, k, lang))
        // An adjective ("31 severe cases", "41 blessés graves") says it of the counted noun only next to it; an adverb
        // ("seriously injured", "grièvement blessés") of the participle it goes with, anywhere in the count's segment.
        // A state's phrase ("in serious condition", "dans un état grave") rates the count it follows (conditionOfCount).
        || (!/(ly|ment)$/.test(t.t) && !conditionOfCount(toks, k, headEnd) && (k < i1 || k > headEnd + 1)))) { k += hit.len - 1; continue; }
      // Read apart, with the words of an attribution (analystExpectation).
      if (c.id === 'consensus') { k += hit.len - 1; continue; }
      if (!modifiers.includes(c.id)) modifiers.push(c.id);
    } else if (c.type === 'time') {
      // "500,000, more than twice as many as last week's": the time of the value compared with (moment.ts comparisonAt).
      // Read only while no time is found yet (`when` keeps the first), without copying the tokens between.
      if (when === undefined && !(k >= i1 && comparisonBetween(toks, i1, k))) when = c.id;
    } else if (c.type === 'scope' && (c.id === 'per-day' || c.id === 'per-year')) {
      // A rate is not a total: "15 millions de visiteurs par an" is its own count.
      if (!modifiers.includes(c.id)) modifiers.push(c.id);
    }
    k += hit.len - 1;
  }
  if (period && !context.includes(period.id)) context.push(period.id);
  if (analystExpectation(toks, i0, headEnd, seg, unit, category) && !modifiers.includes('consensus')) modifiers.push('consensus');
  // "entre 172 et 192 sièges selon les projections d'Ipsos": a projection is its own count, never the result
  // it foretells. Read in the whole clause, attribution included, since that is where polls are named.
  if (unit !== 'date' && unit !== 'time') {
    // From the sentence's start: "Selon l'estimation Ifop, le parti arrive en tête avec 180 à 215 députés".
    const from = sentenceStartOf(toks, a);
    // Up to the end of the figure's own segment: "X won 143 seats, 80 fewer than polls predicted" compares
    // the result with a projection, which is another figure's.
    // Only the projection cues between (nextProjections): read token by token from the sentence's start for every
    // figure, one long sentence (a list flattened to text) was quadratic (perf48).
    const nextProjection = nextProjections(toks);
    for (let k = nextProjection[from]; k < seg[1]; k = nextProjection[k + 1]) {
      // A cue, not a scope: "poll" and "sondage" must not bridge passages or stories (core/concepts).
      if (k < i0 && toks.slice(k + 1, i0).some((t) => t.kind === 'w' && CLAUSE_OPENERS.has(t.t))) continue;
      if (!modifiers.includes('projection')) modifiers.push('projection');
      break;
    }
    // "900 000 manifestants attendus", "20,000 visitors expected", "an expected 20,000 visitors": a participle of
    // expecting next to the count (after its noun, an auxiliary between or not, or right before the number) makes
    // it a forecast, another count than the one made on the day.
    if (forecastParticiple(toks, i0, headEnd) && !modifiers.includes('projection')) modifiers.push('projection');
    // "Hundreds feared dead", "sans doute entre 300 et 650 morts", "15 people were feared killed": a hedge (cue
    // `feared`) right before the number (hedgeBefore), or right after its noun (an auxiliary between or not),
    // says the count is a guess, another count than the one confirmed. Further after, it hedges something else:
    // "trois morts, probablement en lien avec la panne" (the cause, not the count). A cue, not a modifier of the
    // table: "probably" and "probablement" must not bridge passages.
    // Before the number, only the word right before it ("probablement 300", "sans doute plusieurs centaines"):
    // further before, it is said of another noun ("The presumed gunman killed 12 people", "Le tireur présumé a tué
    // 12 personnes") or of another predicate ("The storm was probably the worst ... and killed 40 people").
    const hedgeEnd = Math.min(seg[1], PARTICIPLE_AUXILIARIES.has(toks[headEnd]?.t ?? '') ? headEnd + 2 : headEnd + 1);
    const hedgeAt = (k: number): boolean => k >= seg[0] && ((toks[k].kind === 'w' && isCue(toks[k].t, HEDGE)) || conceptAt(toks, k)?.c.id === HEDGE);
    if (hedgeBefore(toks, i0, hedgeAt)) modifiers.push(HEDGE);
    for (let k = headEnd; k < hedgeEnd && !modifiers.includes(HEDGE); k++) if (hedgeAt(k)) modifiers.push(HEDGE);
    // "150 to 180 seats", "de 120 à 150 sièges": an election's result is one number of seats; a range of
    // them is a projection, whether or not its clause says so.
    // Not a move read before "from X to Y" ("its seat count rose from 98 to 148"): two results, not a range.
    if (category && !head.moved && concept(category)?.rangeIsProjection && toks.slice(i0, i1).filter((t) => t.kind === 'd').length >= 2 && !modifiers.includes('projection')) modifiers.push('projection');
    // "a full victory required 172 seats", "la majorité absolue est de 172": what is needed, not what was reached
    // (threshold.ts); it meets only another threshold.
    if (isThreshold(toks, i0, i1, headEnd, category, unit) && !modifiers.includes(THRESHOLD_MODIFIER)) modifiers.push(THRESHOLD_MODIFIER);
  }
  // "dont 1 500 des forces spéciales", "including 300 children": a part of the count before.
  const part = [toks[i0 - 1], toks[i0 - 2], toks[i0 - 3]].some((t) => t && (t.t === 'dont' || t.t === 'including' || t.t === 'among'))
    // "2,944 of whom were buried", "300 of them".
    || (toks[i1]?.t === 'of' && (toks[i1 + 1]?.t === 'whom' || toks[i1 + 1]?.t === 'them' || toks[i1 + 1]?.t === 'which'));
  if ((part || partOfPeople(toks, i1, category, lang)) && !modifiers.includes('part')) modifiers.push('part');
  // "the number of injured increased by 400": the size of a change is another count than any level.
  // "7,000 more than on January 19": the size of a difference from another value, no level either.
  if ((changeBefore(toks, i0, lang, unit) || changeAfter(toks, i1, headEnd)) && !modifiers.includes('change')) modifiers.push('change');
  // "172 to 215 of the 577 seats", "75 deputies out of 577", "182 sièges sur 577": the number after a part
  // is the whole it is taken from, another count than any holder's share.
  // In the context too, so that an elided noun's frame ("182 sièges sur 650", ellipsis.ts) keeps it.
  if (wholeAfterPart(toks, i0)) { if (!modifiers.includes('total')) modifiers.push('total'); if (!context.includes('total')) context.push('total'); }
  // "Les secours y ont dégagé ...", "... gathered there": the place named in the sentence before.
  if (!places.length && unit !== 'date' && unit !== 'time') {
    for (let k = a; k < b; k++) {
      const t = toks[k].t;
      if (said && said[k - a]) continue;
      // "il y a", "il n'y avait" say "there is", not "there".
      const ilYa = toks[k - 1]?.t === 'il' || toks[k - 3]?.t === 'il';
      if ((lang === 'fr' && t === 'y' && k < i0 && !ilYa) || (lang === 'en' && t === 'there' && !THERE_NOT_PLACE.has(toks[k + 1]?.t ?? ''))) {
        placesBefore(toks, a).forEach((p) => { if (!places.includes(p)) places.push(p); });
        break;
      }
    }
  }
  // "87 000 manifestants dans la capitale", "In the capital, police said 87,000 people …": the capital of
  // the nation the text is about.
  if (!places.length && unit !== 'date' && unit !== 'time') {
    for (let k = seg[0]; k < seg[1]; k++) {
      if (!CAPITAL_WORDS.has(toks[k].t) || !LOC_PREP.has(locPrepBefore(toks, k)) || (said && k >= a && said[k - a])) continue;
      const p = textCapital(toks, lang);
      if (p) places.push(p);
      break;
    }
  }
  // "132 000 salariés dans le monde", "132,000 employees worldwide": the world, said right after the count, is its place.
  if (!places.length && unit !== 'date' && unit !== 'time') {
    for (let k = headEnd; k < Math.min(seg[1], headEnd + WORLD_NEAR); k++) {
      if (lookup(toks[k].t, 'word')?.id === WORLD) { places.push('loc:world'); break; }
    }
  }
  // "Noa Argamani, 26,", "Almog Meir Jan (21 ans)": a person's age, theirs alone.
  const ageOf = ageName(toks, i0, i1, unit, category);
  if (ageOf) { unit = 'years'; category = 'age'; own = ageOf; }
  // "a 52-year-old woman was killed", "un homme âgé de 63 ans", "elle a 52 ans": an age said by the sentence's
  // structure. Like a name's age, it is one person's, so it takes nothing of the clause (no role, action or
  // modifier: "52 killed" would read as a count of the dead) and is only ever compared with an age.
  const age = ageOf ? undefined : personAge(toks, i0, i1, unit, lang);
  if (age) { unit = 'years'; category = 'age'; own = age.who; }
  const isAge = !!(ageOf || age);
  if (isAge) {
    actions.length = 0; modifiers.length = 0; places.length = 0; nations.length = 0; dest = undefined;
  }
  if (!own && sender && !isAge) own = sender;
  // "l'armée X a tué 274 personnes": the group before a verb of harm is who did it, not whose the dead are.
  if (!own && !isAge && !harmVerbBefore(toks, i0)) own = groupNationBefore(toks, i0);
  // "Twenty-five bodies have been identified", "62 bodies were still pending identification", "47 bodies handed over":
  // the dead a clause tells being processed (an action flagged `onRemains`) are the part of them processed so far, not
  // the toll; they are counted as remains, as "the remains of 245" handed over are (count-head.ts COUNTED_BEFORE_OF).
  // Only bodies: "the quake claimed 300 lives" is the toll whatever else its clause tells. Only an action of the count's
  // own segment or of the predicate right after its noun: "Emergency teams were deployed after the quake claimed 300
  // lives" tells the teams sent, not the dead.
  if (category === BODY && processedRemains(toks, seg, i0, i1, headEnd)) category = REMAINS;
  // The role: the head noun's own ("120 morts"), else its segment's; killed and wounded together are casualties.
  const headMeans = category ? concept(category)?.means : undefined;
  const ownDoing = !!(headMeans?.action || headMeans?.role);
  // "claimed 95 lives, with rescuers racing to locate those still missing": a noun of the people's fate (concept
  // flag `fate`) is its own role; only a verb right before the number acts on it ("saved 300 lives").
  const fateRoles = category && concept(category)?.fate ? rolesOf(toks, [seg[0], i0], i0, i0, said, a, true) : undefined;
  // "Among the wounded, 83 are still in hospital": the role of a part's whole is what all of them share; the role its
  // predicate tells is what sets the part apart, and is its role.
  const predicateRoles = leadIn && headRole ? rolesOf(toks, [headEnd, seg[1]], headEnd, headEnd, said, a) : [];
  // "13,550 Nagorno-X residents had fled": a count whose noun is not read but whose nation is (a bare count of a
  // nation's people) is people-like too; a count in a unit (percent, money) never is.
  const fleeing = category ? FLIGHT_PEOPLE.has(category) || concept(category)?.type === 'nation' : unit === 'number' && nations.length > 0;
  const roles = fateRoles ?? (predicateRoles.length ? predicateRoles : headRole ? [headRole, ...rolesOf(toks, [headEnd, seg[1]], headEnd, headEnd, said, a).filter((r) => r !== headRole)] : rolesOf(toks, seg, i0, headEnd, said, a, ownDoing, i1, fleeing));
  let role: string | undefined;
  if (roles.includes('casualty') || (roles.includes('killed') && roles.includes('wounded'))) role = 'casualty';
  else if (roles.length) role = roles[0];
  if (category === 'casualty') {
    // "650 000 victimes" of an army are soldiers killed or wounded.
    role = 'casualty';
    category = military ? 'soldier' : 'person';
  }
  // A role said only of people, with no counted noun ("274 killed", "the toll rose to 45"), counts people;
  // "cut 5 billion" does not.
  if (!category && role && unit === 'number' && concept(role)?.means?.entity === 'person') category = 'person';
  // "75 deputies out of 577 were elected", "89 elected representatives": people in the role of elected hold one
  // seat each, so their count is one of seats, as French "76 élus" already reads (the noun "élus" is a seat).
  if ((category === undefined || GENERIC_PEOPLE.has(category)) && role === ELECTED && unit === 'number') category = concept(ELECTED)?.means?.entity ?? category;
  // "266 circonscriptions" / "266 seats": a count of constituencies is one of the seats they return (CONSTITUENCY).
  if (category === CONSTITUENCY && unit === 'number') category = SEAT_ENTITY;
  // "five suspects arrested", "un seul passager a survécu": a noun the table does not know whose own segment gives
  // it a fate only people have (a role whose concept means a person) names people; it keeps its role and counts
  // people (its category stays its own noun: match.ts `unknownPeopleOf`).
  // A noun of people by its suffix ("33,000 machinists", agent-nouns.ts) names people with no fate said of it too.
  // A noun the bilingual word list marks as one of people ("passagers", "defendants", "citizens": concepts.json `word`
  // with `people`) names people too, whatever its clause says (units21).
  const unknownPeople = !!category?.startsWith('w:') && unit === 'number'
    && ((!!role && concept(role)?.means?.entity === 'person') || (headEnd > i1 && isAgentNoun(toks[headEnd - 1].t, lang)) || peopleWord(category));
  // Killed and wounded are said of people: "12 people were wounded in a strike on three districts".
  if (category && !PEOPLE_CATS.has(category) && !unknownPeople) role = undefined;
  // "cut €43.8 billion from state spending": an amount of money is cut, nobody is laid off; "a
  // magnitude 7 quake that killed 2,000" measures the quake, not the dead.
  if (ROLELESS_UNITS.has(unit)) role = undefined;
  // An age has no role: "a 52-year-old woman was killed" kills one woman, not 52.
  if (isAge) role = undefined;
  // "hommes" in a military context, or sent / gathered by a country ("l'Iran a envoyé ... hommes"), are soldiers.
  if (category === 'man' && (military || (sender && (actions.includes('send') || actions.includes('gather'))))) category = 'soldier';
  if (unit === 'number' && category && (PEOPLE_CATS.has(category) || unknownPeople)) unit = 'people';
  else if (unit === 'number' && category && !category.startsWith('w:')) unit = concept(category)?.label?.en.replace(/ people$/, '') ?? category;
  // A noun the table does not know is its own unit: "210 martyrs" and "plus de 200 martyrs" still meet.
  else if (unit === 'number' && category) unit = category;

  // "La motion a été adoptée par 331 députés", "approved by 190 lawmakers": the seats of a chamber by whom a decision
  // was taken are the tally of its vote, as "331 députés ont voté" is (match.ts chamberTally reads VOTE_CAST).
  if (category === SEAT_ENTITY && !SEAT_NOUNS.has(toks[headEnd - 1]?.t ?? '') && decisionAgent(toks, i0) && !actions.includes(VOTE_CAST)) actions.push(VOTE_CAST);
  // "2 millions et demi de personnes dans les rues", after a sentence about a march: people with nothing said
  // of them in their own clause take what happened from the sentence before, as context (never as key:
  // that sentence may tell of something else than this count).
  if (unit === 'people' && category && !concept(category)?.means && GENERIC_PEOPLE.has(category) && !role && !actions.length) {
    for (const x of actionsOfSentenceBefore(toks, i0)) if (!context.includes(x)) context.push(x);
  }
  // "13,550 inhabitants have fled" (flight read as displaced through w-flee, count-segment.ts fleeRoleAt), "100 000
  // civils évacués": people of a population driven from their homes are
  // counted as people (POPULATION_NOUNS), as "100,000 people have fled" and "13 000 réfugiés" are.
  if (unit === 'people' && category && POPULATION_NOUNS.has(category) && role && DISPLACEMENT_ROLES.has(role)) category = 'person';
  const key: string[] = [];
  const push = (s: string | undefined): void => { if (s && !key.includes(s)) key.push(s); };
  const means = category ? concept(category)?.means : undefined;
  push(means?.entity ?? category ?? unit);
  if (own) push(`of:${own}`);
  nations.forEach(push);
  places.forEach(push);
  // "the Ridgeline fire has killed 8", "le site de Montbrison": the named sub-event is the count's scope
  // ("ev:<name>"), a count over several of them its total ("ev:*"); match.ts sets two scopes apart.
  if (!isAge && unit !== 'date' && unit !== 'time') {
    const scope = eventScope(toks, a, b, seg, i0, headEnd, said);
    scope.names.forEach((n) => push(`ev:${n}`));
    if (scope.total) push('ev:*');
  }
  actions.forEach(push);
  if (means?.action) push(means.action);
  if (role || means?.role) push(role ?? means?.role);
  modifiers.forEach(push);
  // "1,68 enfant par femme", "1.68 children for every woman", "12 décès pour 100 000 habitants": a rate counts its noun
  // per another (rates.ts); the "per" noun is its own part of the key, so one rate meets the same rate in the other
  // language and never a plain count of its first noun. Not a date, a clock time, a rank or an age.
  if (!isAge && !RATELESS_UNITS.has(unit)) {
    let decimal = false;
    for (let k = i0; k < i1; k++) if (toks[k].kind === 'd' && !Number.isInteger(toks[k].v)) decimal = true;
    const casualty = key.some((s) => CASUALTY_KEYS.has(s));
    push(perPhraseAt(toks, headEnd, lang, { decimal, money: MONEY_UNITS.has(unit), casualty })?.key);
  }
  // "Among the 212 passengers, 150 were tourists": a count after a lead-in naming its whole (count-head.ts reads the
  // whole's noun) is a part (`part`: it meets the whole only at its own value), unless a nation is its predicate
  // ("Among the dead, 60 were Moroccans"): then it is that nation's count, told whole.
  if (leadIn && !predicateNation(toks, headEnd, lang) && !modifiers.includes('part')) { modifiers.push('part'); push('part'); }

  // "Al-Haouz (1 293 morts), Taroudant (452)": a name just before the parenthesis is the figure's place.
  // A party's name there is the count's holder, not a place ("Ensemble (150 à 170)"); a scale's name is the unit of a
  // value the parenthesis converts ("51.8 degrees Celsius (125 Fahrenheit)").
  if (!isAge && toks[i0 - 1]?.t === '(' && toks[i0 - 2]?.kind === 'w' && toks[i0 - 2].cap && !STOPWORDS.has(toks[i0 - 2].t) && !endsParty(toks, i0 - 2)
    && !lookup(toks[i0 - 2].t, 'unit')) {
    const p = `loc:${nameKey(toks[i0 - 2].t)}`;
    if (!places.includes(p)) { places.push(p); push(p); }
  }
  // "La province d'Al-Haouz, où se situait l'épicentre, est la plus endeuillée avec 1293 morts": a count
  // introduced by "avec / with" is that of the place its sentence's subject names, however far before.
  if (!isAge && !places.length && WITH.has(toks[i0 - 1]?.t ?? '')) {
    const p = subjectPlace(toks, i0 - 1);
    if (p !== undefined) { const loc = `loc:${nameKey(toks[p].t)}`; places.push(loc); push(loc); }
  }
  // "Marseille : 205 000 (CGT) / 40 000 selon la police": a name that opens its line as a label, just
  // before the colon, is the place of every figure of that line.
  const label = lineLabel(toks, i0);
  if (!isAge && label !== undefined) {
    const p = `loc:${nameKey(toks[label].t)}`;
    if (!places.includes(p)) { places.push(p); push(p); }
  }
  const names = holdersOf(toks, seg, i0, headEnd, said, a, !!ageOf, unitHint === 'time');
  // "451 789 hors capitale", "300,000 outside Paris", "200 000 en province": a scope named by what it leaves out
  // is a place of the figure's own, so it never takes the place of the count before it (ellipsis.ts reads `placed`).
  // The one reader of the rest of a whole: after the counted noun (restOf) or in its segment (the concept), the
  // count is a part (`part`) of the whole less a place (`rest`).
  const excluding = restOf(toks, headEnd) || modifiers.includes(REST);
  if (excluding) {
    for (const m of ['part', REST]) if (!modifiers.includes(m)) { modifiers.push(m); key.push(m); }
    // Its place is what remains: a place of its clause ("dans la capitale, tandis que … dans le reste du pays")
    // is the one left out.
    for (let q = key.length - 1; q >= 0; q--) if (key[q].startsWith('loc:')) key.splice(q, 1);
    places.length = 0;
  }
  let placed = places.length > 0 || excluding;
  for (let k = seg[0]; k < seg[1] && !placed; k++) {
    if (k >= i0 && k < i1) continue;
    const h = conceptAt(toks, k);
    if (h && h.c.type === 'nation' && LOC_PREP.has(locPrepBefore(toks, k))) placed = true;
  }
  // An age's text is its number and its word of years ("52 ans", "41 years"), never a verb read as its noun ("a man
  // aged 63 died").
  const end = isAge && !AGE_YEARS_WORDS.has(toks[headEnd - 1]?.t ?? '') ? i1 : headEnd;
  return { unit, counts: phrase(toks, { own, category, unit, role, actions, dest, places, modifiers }, headEnd), countsKey: key, headEnd: end, context, cognates, headCognate: countedCognate(toks[headEnd - 1]?.t, category), ...(periodUnits.length ? { periodUnits } : {}), when, part, placed, names, ...(unit === 'ordinal' ? { ranked: rankedNouns(toks, i1, i0), rankedHead: rankedHead(toks, i1), occurred: occurrenceObject(toks, i0, rankedHead(toks, i1)) } : {}) };
}

/** Units that are never a rate of one thing per another: a day, a clock time, a year, a rank ("the second per
 * game" is no rate of ranks). */
const RATELESS_UNITS = new Set(['date', 'time', 'year', 'ordinal']);
/** Key parts of a count of casualties: after them "par" tells a cause ("blessés par balle"), not a rate (rates.ts). */
const CASUALTY_KEYS = new Set(['killed', 'wounded']);
/** The words of years an age's text may end with: "52 ans", "41 years". */
const AGE_YEARS_WORDS = new Set(['ans', 'an', 'years', 'year']);
/** Words a party's name may run to (concepts.json type `party`: "Nouveau Front populaire", "Les Républicains"). */
const PARTY_MAX_WORDS = 4;
/** Does a party's name end at token k? */
function endsParty(toks: Tok[], k: number): boolean {
  for (let q = k; q >= 0 && q > k - PARTY_MAX_WORDS; q--) {
    const p = partyAt(toks, q);
    if (p && q + p.len - 1 === k) return true;
  }
  return false;
}

/** The English phrase for `counts`: "Syrian refugees sent to Turkey", "people killed". */
function phrase(toks: Tok[], f: { own?: string; category?: string; unit: string; role?: string; actions: string[]; dest?: string; places: string[]; modifiers: string[] }, headEnd: number): string {
  const parts: string[] = [];
  const { own, category, unit, role, actions, dest, places, modifiers } = f;
  // A person's age says whose it is, never what happened to them: "age of Lopez", "age (woman)".
  if (category === 'age') {
    if (own?.startsWith('n:')) return `age of ${placeWord(toks, `loc:${surnameOfKey(own)}`)}`;
    const who = own ? concept(own)?.label?.en : undefined;
    return who ? `age (${who})` : 'age';
  }
  const ownLabel = own ? concept(own)?.label?.en : undefined;
  if (ownLabel && category !== undefined) parts.push(ownLabel);
  if (modifiers.includes('special-forces')) parts.push('special forces');
  if (category) parts.push(category.startsWith('w:') ? toks[headEnd - 1]?.t ?? category.slice(2) : concept(category)?.label?.en ?? topicWords(category));
  else if (unit !== 'number') parts.push(unit);
  if (role) parts.push(concept(role)?.label?.en ?? role);
  const mainAction = actions.find((x) => !concept(x)?.weak) ?? actions[0];
  if (mainAction && !role && category) parts.push(concept(mainAction)?.label?.en ?? mainAction);
  if (mainAction === 'send' && dest && dest !== own && category) parts.push(`to ${concept(dest)?.place?.en ?? dest}`);
  const place = places[0];
  if (place && category) parts.push(`in ${place.startsWith('loc:') ? placeWord(toks, place) : concept(place)?.place?.en ?? place}`);
  if (modifiers.includes('age')) parts.push('(age)');
  return parts.join(' ') || unit;
}

/** Words after a number that make it page furniture ("12 commentaires", "3 shares", "11 photos"). */
export function isFurnitureNoun(toks: Tok[], i1: number): boolean {
  const t = toks[i1];
  return !!t && t.kind === 'w' && isCue(t.t, 'furniture');
}

/** A topic concept without a label, as words: "t-public-holiday" -> "public holiday". */
function topicWords(id: string): string {
  return id.replace(/^t-/, '').replace(/-/g, ' ');
}

/** Elided articles a French phrase of two words may hold between them ("chiffre d'affaires"): the table lists such a
 * phrase by its two words ("chiffre_affaires"), which conceptAt reads only when written side by side. */
const ELIDED = new Set(['d', 'l']);
/** A two-word phrase of the bilingual list read with an elided article between its words, at k: "chiffre d'affaires"
 * (tokens "chiffre", "d", "'", "affaires") is `w-revenue`, in that order only (fixrev22b: the two words anywhere in a
 * clause are a figure and business, not a turnover). */
function elidedPhraseAt(toks: Tok[], k: number): { c: Concept; len: number } | null {
  if (toks[k].kind !== 'w' || !ELIDED.has(toks[k + 1]?.t ?? '') || toks[k + 2]?.t !== "'" || toks[k + 3]?.kind !== 'w') return null;
  for (const { seq, c } of phrasesStartingWith(toks[k].t)) if (c.type === 'word' && seq.length === 2 && seq[1] === toks[k + 3].t) return { c, len: 4 };
  return null;
}
