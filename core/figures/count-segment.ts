/**
 * The figure's own segment of its clause ("120 morts et 300 blessés" are two) and the roles read in it
 * (killed, wounded, on strike...).
 */
import type { Lang } from '../types';
import type { Tok } from './tokens';
import { TABLES, has } from './number-words';
import { lookup } from '../concepts/index';
import { BOUNDARY, SENTENCE_END, TIME_CLAUSE_WORDS, conceptAt, isCountNumber, isNumberTok } from './count-base';
import { SPEECH_VERBS } from './count-speakers';

/** A role word before the number ("killing at least 30", "le nombre de morts est passé à 120") is
 * read this far back, within the figure's segment: further back it is usually another figure's. */
const ROLE_LOOKBACK = 8;
/** The same look-back for a counted noun that names what its people did ("manifestants", "strikers"): the verb
 * right before the number and one word more ("killing at least 30 protesters", the bound being the figure's own;
 * "a tué 30 manifestants", "tués, 30 manifestants"); an auxiliary and a verb between ("en grève ont réuni 40 000
 * manifestants") already tell of another group. */
const OWN_DOING_LOOKBACK = 2;
/** Words that end a figure's own segment when a number or another role follows them: "120 morts et 300
 * blessés", "killing 30 and injuring 100". */
const SEGMENT_JOINS = new Set(['et', 'and', ',', 'dont', 'including', 'plus', 'ainsi', 'while', 'tandis', 'alors']);
/** Joins of two nouns that may share one subject's verb ("policiers et gendarmes ont été blessés"): segment(). */
const SUBJECT_JOINS = new Set(['et', 'and']);
/** The fewest tokens from the join to the role for a shared subject: the second noun and an auxiliary stand between
 * them ("et gendarmes ont blessés" puts the role three tokens after "et"). */
const SHARED_SUBJECT_MIN_GAP = 3;
/** After a join, how far (tokens) a number or role word shows that another count begins: "et 300 blessés",
 * "et celui des blessés", ", and the number of injured". */
const SEGMENT_JOIN_LOOKAHEAD = 4;
/** Words that open an aside naming a part of a count ("…, dont des enfants, tués", "…, including children, were killed"). */
export const ASIDE_OPENERS = new Set(['dont', 'including', 'among', 'parmi', 'notamment']);
/** Tokens an aside may span before its closing comma: a short noun phrase ("dont de nombreux enfants et
 * des femmes"); longer, the comma more often ends a clause of its own. */
const ASIDE_MAX_TOKENS = 8;
/** Auxiliaries between an aside and the participle that gives the role ("were killed", "ont été tués"). */
const PASSIVE_AUXILIARIES = new Set(['ont', 'ete', 'sont', 'etaient', 'furent', 'were', 'was', 'have', 'has', 'had', 'been', 'are', 'is']);
/** Prepositions whose object names the event a count sits in, not what its people are or did: "one million
 * protesters … a wave of strikes", "pendant la journée de grève", "amid layoffs". Not "en / on" ("en grève",
 * "on strike"), "par / by" (a harm's agent) nor "avec / with" ("30 people with injuries"), which say what
 * happened to the counted. */
const SETTING_PREPS = new Set(['of', 'de', 'du', 'd', 'in', 'dans', 'during', 'pendant', 'lors', 'amid', 'against', 'contre', 'for', 'pour', 'after', 'apres', 'before', 'avant', 'since', 'depuis', 'a', 'au', 'aux']);
/** Determiners and possessives between such a preposition and its noun ("of the strikes", "de la grève"). */
const NOUN_DETERMINERS = new Set(['la', 'le', 'les', 'l', "'", 'the', 'a', 'an', 'un', 'une', 'des', 'ces', 'ce', 'cette', 'this', 'these', 'those', 'its', 'their', 'leur', 'leurs', 'sa', 'son', 'ses']);
/** Words that end a role word's reach back to a number: a colon ("Grève du 7 mars : 500 000 manifestants", a
 * headline's topic before its statement). */
const ROLE_STOPS = new Set([':']);

/** Relative pronouns: the clause they open is said of the noun just before them. Not "que / that" alone in French
 * nor "où" (folded "ou" is also "or"). */
const RELATIVES = new Set(['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'who', 'which', 'that', 'where', 'whose', 'whom']);
/** Conjunctions that open a clause of its own, with its own subject, after a count: "a entraîné la mort d'au
 * moins 170 personnes, alors que des milliers de civils fuient", "killed 12 people while thousands fled": a role told
 * past one is said of that clause's subject, not of the count ("fuient" is the civilians', not the 170 dead). Not
 * "as" nor "when" (also a preposition, or a time the count's own clause sets). */
const OWN_CLAUSE_OPENERS = new Set(['while', 'whereas']);
/** French openers that do so only with "que / qu'" after them: a bare "alors" is an adverb of the count's own clause
 * ("300 personnes ont alors fui la ville"). */
const OWN_CLAUSE_OPENERS_QUE = new Set(['alors', 'tandis']);

/** Does a clause of its own open at k ("alors que", "tandis qu'", "while", "whereas")? */
function opensOwnClause(toks: Tok[], k: number): boolean {
  if (OWN_CLAUSE_OPENERS.has(toks[k].t)) return true;
  return OWN_CLAUSE_OPENERS_QUE.has(toks[k].t) && (toks[k + 1]?.t === 'que' || toks[k + 1]?.t === 'qu');
}
/** The word list's verb of flight (concepts.json `w-flee`: "fled", "fleeing", "ont fui", "fuient") says of a
 * count of people that they are the displaced ("more than 100,000 people have fled", "13 000 habitants ont fui"):
 * read as that role only by fleeRoleAt, after the number in the count's own segment and only when the caller says
 * the counted noun is people-like (counts.ts FLIGHT_PEOPLE): thieves, suspects or capital also flee, and a flight
 * before the number ("Investors fled the market as shares fell 12 percent") is another subject's. It stays a word of
 * the list elsewhere (a story's vector of concepts does not move with it: tried as forms of the role itself, one
 * same-story page fell under the bar). */
const FLEE_WORD = 'w-flee';
const DISPLACED = 'displaced';
/** Nouns of a count whose complement is the role counted: "le nombre de morts", "the number of dead", "le
 * bilan des victimes", "the tally of deaths". */
const COUNT_NOUNS = new Set(['nombre', 'number', 'numbers', 'bilan', 'toll', 'total', 'chiffre', 'chiffres', 'decompte', 'tally', 'count']);

/** The role word at k is the object of a preposition of setting ("a wave of strikes", "dans la grève", "lors de la
 * grève"): it names an event, not something said of the counted people. */
function settingNoun(toks: Tok[], k: number): boolean {
  let q = k - 1;
  while (q > k - 3 && NOUN_DETERMINERS.has(toks[q]?.t ?? '')) q--;
  if (!SETTING_PREPS.has(toks[q]?.t ?? '')) return false;
  return !COUNT_NOUNS.has(toks[q - 1]?.t ?? '');
}

/** Prepositions that join a noun to its complement: "the deaths of 4 people", "le décès de 4 personnes", "la mort d'au
 * moins 4 personnes", "la mort des 4 passagers". */
const COMPLEMENT_PREPS = new Set(['of', 'de', 'd', 'des']);
/** Determiners English writes between "of" and a counted complement ("the deaths of the 4 passengers", "of its 4
 * crew"): French folds the article into "des", which COMPLEMENT_PREPS holds, so both languages read the same frame. */
const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their']);
/**
 * Is the count at i0 (its hedge included: "au moins 4") the complement of the word at k, right after "of / de"? Only a
 * count with a head noun after its number ([numEnd, headEnd) not empty: "the deaths of 4 people"): a bare number
 * there is a year or a date far more often ("after the deaths of 2019", "les morts de 2019") than a count of people.
 */
function complementIsCount(toks: Tok[], k: number, i0: number, numEnd: number, headEnd: number): boolean {
  if (headEnd <= numEnd) return false;
  let q = k + 1;
  if (!COMPLEMENT_PREPS.has(toks[q]?.t ?? '')) return false;
  if (toks[q].t === 'of' && OF_DETERMINERS.has(toks[q + 1]?.t ?? '')) q++;
  q++;
  if (toks[q]?.t === "'") q++;
  return q === i0;
}

/** Nouns that name a toll: a figure they govern counts the dead unless its segment names another role. */
const TOLL_WORDS = new Set(['bilan', 'toll']);

/** A word that starts a number after a join: "including half a million in Paris", "et deux millions en
 * France". "un" / "one" are left out: after "et" they are far more often a determiner. */
function startsNumberWord(t: Tok | undefined, lang: Lang): boolean {
  if (!t || t.kind !== 'w') return false;
  const T = TABLES[lang];
  return (has(T.units, t.t) && T.units[t.t] > 1) || has(T.mult, t.t) || has(T.denom, t.t);
}

/** Present participles of a harm whose object is the count right after them ("…, killing at least 40 people",
 * "…, tuant 21 personnes et en blessant 35"; the people may be elided: "killing 21"). Not in the role concepts: there
 * they would be read as roles anywhere in a clause's reach and as context words of every count near them (session 18
 * measured that: +14 pairs for +50 comparisons across counts); read here only as the verb whose object the number is.
 * English "injuring", "wounding" are already role words. Folded tokens. */
const HARM_PARTICIPLES: ReadonlyMap<string, string> = new Map([['killing', 'killed'], ['tuant', 'killed'], ['blessant', 'wounded']]);
/** Words that open a relative clause or a clause of time: a harm participle after one of them in the clause stretch
 * before it tells of the event that clause recalls ("Hurricane X, which struck the islands in 2017, killing 3,000", "le
 * 7 octobre, date à laquelle des militants ont attaqué, tuant 1 200 personnes", "when militants stormed the border,
 * killing 1,200"), most often an earlier or another event than the one the article counts; its count keeps no role
 * rather than pair with the story's toll. Not "that" (also the conjunction after a verb of saying) nor "où" (folded "ou"
 * is also "or"). The time words are count-base's TIME_CLAUSE_WORDS (elided "lorsqu'" too), shared with moment.ts. */
const RECALLING_CLAUSE = new Set(['which', 'who', 'whose', 'qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles', ...TIME_CLAUSE_WORDS]);

/** Does the clause stretch before a harm participle at k recall another event? The stretch runs back from the
 * participle's comma to the comma before it (or the sentence start): a relative clause further back has closed ("The
 * quake, which officials said was the strongest, struck at dawn, killing 120"). A verb of saying after the relative
 * word in the stretch is the main clause's, whose subject the relative clause only qualified ("Survivors who spoke to
 * reporters said the quake struck at dawn, killing 120"). */
function recallsAnotherEvent(toks: Tok[], k: number): boolean {
  let q = k - 1;
  if (toks[q]?.t === ',') q--;
  let said = false;
  for (; q >= 0 && toks[q].t !== ',' && !SENTENCE_END.has(toks[q].t) && !toks[q + 1].nl; q--) {
    if (SPEECH_VERBS.has(toks[q].t)) said = true;
    else if (RECALLING_CLAUSE.has(toks[q].t) && !said) return true;
  }
  return false;
}

/** The role a harm participle right before the figure gives it ("…, killing at least 40"), unless the participle
 * closes a clause that recalls another event (recallsAnotherEvent). i0: the figure's first token (its bound is the
 * figure's own). */
function harmParticipleRole(toks: Tok[], i0: number, seg: [number, number], said: Uint8Array | null, a: number): string | undefined {
  const k = i0 - 1;
  if (k < seg[0] || (said && said[k - a])) return undefined;
  // A Map, not an object: a word such as "constructor" would find an object's prototype member.
  const role = HARM_PARTICIPLES.get(toks[k].t);
  if (!role) return undefined;
  return recallsAnotherEvent(toks, k) ? undefined : role;
}

/** Is token k a role word (killed, injured...)? Returns the role id. */
export function roleAt(toks: Tok[], k: number): string | undefined {
  const hit = conceptAt(toks, k);
  return hit && hit.c.type === 'role' ? hit.c.id : undefined;
}

/** Is token k a verb of flight, read as the displaced role? Only for rolesOf's look after the number of a people-like
 * count (see FLEE_WORD). */
function fleeRoleAt(toks: Tok[], k: number): string | undefined {
  return toks[k].kind === 'w' && lookup(toks[k].t, 'word')?.id === FLEE_WORD ? DISPLACED : undefined;
}

/**
 * The figure's own segment: from the end of the previous number (or the clause start) to the next
 * "et / and / ," that is followed by a number or another role word (or the clause end).
 */
export function segment(toks: Tok[], a: number, b: number, i0: number, headEnd: number, lang: Lang): [number, number] {
  let s = i0;
  while (s > a && !isCountNumber(toks, s - 1)) s--;
  // "87 000 à Paris et 1,272 million dans toute la France": after a number, the segment starts at the join.
  if (s > a) for (let q = i0 - 1; q >= s; q--) if (SEGMENT_JOINS.has(toks[q].t)) { s = q + 1; break; }
  let e = headEnd;
  for (; e < b; e++) {
    if (isCountNumber(toks, e)) break;
    if (SEGMENT_JOINS.has(toks[e].t)) {
      let next = false;
      for (let q = e + 1; q <= e + SEGMENT_JOIN_LOOKAHEAD && q < b; q++) {
        if (isCountNumber(toks, q) || startsNumberWord(toks[q], lang)) { next = true; break; }
        // "100 policiers et gendarmes ont été blessés", "200 nurses and doctors were hurt": a role that is the
        // participle of a passive verb after "et / and" right after the counted noun, and a noun of no number (not
        // "40 people died and officials were injured"), is the predicate of both nouns, the
        // count's own; another count would give its number or its role as a noun ("et 300 blessés", "et les blessés").
        if (roleAt(toks, q)) { next = !(e === headEnd && SUBJECT_JOINS.has(toks[e].t) && q >= e + SHARED_SUBJECT_MIN_GAP && PASSIVE_AUXILIARIES.has(toks[q - 1].t)); break; }
      }
      if (next) break;
    }
  }
  return [s, e];
}

/**
 * Roles of the figure: those in its segment after the number (French "120 morts", English "30 people
 * were killed"), else the nearest before it ("killing at least 30", "le bilan de 45 morts"). i1 is where the figure's
 * head ends, numEnd where its number ends (a count with no head noun has them equal).
 */
export function rolesOf(toks: Tok[], seg: [number, number], i0: number, i1: number, said: Uint8Array | null, a: number, ownDoing = false, numEnd = i1, fleeing = false): string[] {
  const after: string[] = [];
  for (let k = i1; k < seg[1]; k++) {
    // "500 000 manifestants contre la réforme qui prévoit des licenciements": a relative clause of another noun
    // is said of that noun; one right after the counted noun is its own ("1 200 salariés qui seront licenciés",
    // "300 workers, who were laid off", "2,900 of whom were buried").
    if (RELATIVES.has(toks[k].t) && k > i1 + 1) break;
    if (opensOwnClause(toks, k)) break;
    if (said && said[k - a]) continue;
    const r = roleAt(toks, k) ?? (fleeing ? fleeRoleAt(toks, k) : undefined);
    if (r && !after.includes(r) && !settingNoun(toks, k)) after.push(r);
  }
  if (after.length) return after;
  // "au moins 200 Palestiniens, dont des enfants, tués", "Scores of people, including children, were
  // killed": the role after an aside that names a part is the whole count's.
  // The segment ends at the aside's closing comma ("…, dont des enfants, ont été tués") or at its opener.
  let q = seg[1];
  let aside = false;
  for (let k = i1; k < seg[1] && !aside; k++) aside = ASIDE_OPENERS.has(toks[k].t);
  if (!aside) {
    if (toks[q]?.t === ',') q++;
    if (ASIDE_OPENERS.has(toks[q]?.t ?? '')) {
      const end = q + ASIDE_MAX_TOKENS;
      // A number in the aside is the part's own count ("…, dont 12 pompiers, ont été blessées", "…, including 12
      // children, were killed"): the participle after its closing comma is still the whole count's (updates18).
      for (q++; q < end && q < toks.length && toks[q].t !== ',' && !BOUNDARY.has(toks[q].t) && !toks[q].nl; q++);
      aside = true;
    }
  }
  if (aside && toks[q]?.t === ',') {
    for (q++; PASSIVE_AUXILIARIES.has(toks[q]?.t ?? ''); q++);
    const r = q < toks.length ? roleAt(toks, q) : undefined;
    if (r) return [r];
  }
  // A counted noun that says what its people did ("40 000 manifestants", "strikers") takes a role from before it
  // only next to the number ("tué 30 manifestants"): further back, the role is another group's ("Les syndicats en
  // grève ont réuni 40 000 manifestants").
  const lookback = ownDoing ? OWN_DOING_LOOKBACK : ROLE_LOOKBACK;
  // "…, killing at least 40": the participle right before the figure (its bound is the figure's own) acts on it.
  const harm = harmParticipleRole(toks, i0, seg, said, a);
  if (harm) return [harm];
  let comma = false;
  for (let k = i0 - 1; k >= seg[0] && k >= i0 - lookback; k--) {
    if (ROLE_STOPS.has(toks[k].t)) break;
    // "274 Palestinians killed in a raid that freed 4 hostages": a count inside a relative clause is not told of
    // by the roles of the noun the clause is said of. Not when a comma closes the relative clause before the
    // count ("The toll, which rose on Sunday, reached 45": the count is back in the main clause).
    if (toks[k].t === ',') comma = true;
    if (RELATIVES.has(toks[k].t) && !comma) break;
    if (said && said[k - a]) continue;
    const r = roleAt(toks, k);
    // "Lors de la grève, 300 000 personnes ont défilé": an event before the count sets its scene only.
    // Not when the number is the role noun's own complement ("after the deaths of four people", "après le décès de
    // quatre personnes"): the deaths are those of the counted people, whatever preposition sets them as a scene.
    if (r && settingNoun(toks, k) && !complementIsCount(toks, k, i0, numEnd, i1)) break;
    if (r) return [r];
    if (TOLL_WORDS.has(toks[k].t)) return ['killed'];
  }
  return [];
}
