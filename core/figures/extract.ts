/**
 * extractFigures: the whole pipeline for one text. Tokens (tokens.ts) -> dates and times (dates.ts)
 * -> number phrases (numbers.ts) -> bounds and ranges (ranges.ts) -> what each counts (counts.ts)
 * and who says it (attribution.ts). Furniture ("12 commentaires", share counts) and caller-given
 * ignore ranges are dropped. Offsets are UTF-16 indices into the original text.
 */
import { nameKey } from '../text/names';
import type { Lang } from '../types';
import { fold, holdFold } from '../text/fold';
import { tokenize, type Tok } from './tokens';
import { parseNumberAt, type NumPhrase } from './numbers';
import { parseVagueAt, unitStatementAt } from './vague';
import { buildIntervals } from './ranges';
import { findDates, findMonthsAlone } from './dates';
import { eventYear } from './other-event';
import { occasionOf } from './occasion';
import { concept, lookup, tollNounsOf } from '../concepts/index';
import { describeCounts, isFurnitureNoun } from './counts';
import { findSpeaker, speakerAsWritten } from './attribution';
import { SHARE_UNIT } from './share';
import { centuryHead, fractionOfCentury, fractionOfPoint, onCommonScale, POINTS_UNIT, YEARS_PER_CENTURY } from './unit-scales';
import { carrySpeakers } from './carried-speakers';
import { counterInSentence, furnitureOf, numberInModel, numberInName, yearAsModifier } from './furniture';
import { findRelativeOrdinals } from './relative';
import type { Figure } from './types';
import { figurePeriod } from './moment-period';
import { expectedValue, futureClause, referencePeriod } from './reference-period';
import { MONEY_UNITS } from './count-head';
import { HARM_ROLES } from './count-holders';
import { causedToll, clauseDate, countedOverOneNight, growingRole, saidDayOfSpan, sincePhraseOfSpan, risenTo, earlierEventMoments, eventDayMoments, figureYear, openingYear, propertyMoments, restatedMoments, nearestTimeWord, pluperfectAfter, reportDayMoments, reportedSpeechBefore, MONTH_OF_YEAR, asMonth, pastMonth, resolveMoment, toldAsOfWriting, undatedReportDay, writingTimeMoments } from './moment';
import { resolveEllipses, resolveSpanMembers } from './ellipsis';
import { weekLabelAt, weekOfCount, type WeekLabel } from './week-labels';
import { resolveSpeakerAlternatives } from './speaker-alternatives';
import { textLead, textSetting } from './count-places';
import { PEOPLE_CATS, SENTENCE_END, conceptAt } from './count-base';
import { isYearDigits } from './years';
import { DURATION_UNITS, NOT_COUNTED_UNITS, TIMES_UNIT } from './unit-sets';
import { setSentenceMates } from './sentence-mates';

/** A measurement unit is written in at most two words right after its value ("15 per cent", "40 pour cent");
 * a noun further on belongs to a phrase of its own and is not pulled into the figure's text. */
const MEASURE_UNIT_MAX_TOKENS = 2;
/** A unit converted to another's scale is kept in the figure's text up to this many tokens after the value: its longest
 * phrase in the table ("points de base", "basis - points") and one "de / of" before it. */
const SCALED_UNIT_MAX_TOKENS = 4;
/** Units kept inside the figure's text ("7 km", "40 %"); counted nouns stay outside it. */
const MEASURE_UNITS = ['km', 'm', 'km2', 'm2', 'sq-miles', 'sq-feet', 'cm', 'mm', 'feet', 'inches', 'ml', 'litres', 'kg', 'percent', 'celsius', 'fahrenheit', 'miles', 'tonnes', 'years', 'hours', 'days', 'weeks', 'months', 'minutes', 'seconds'];

/** Small numbers written in words ("deux", "three") up to this are "bare" when they count nothing named
 * or follow a determiner that refers back ("les deux pays"): not salient. */
const SMALL_WORD_MAX = 12;
/**
 * "les deux pays", "the two allies", "les deux hommes": with a determiner that refers back, two is the
 * language's "both", naming known things again. From three on the writer gives a count ("les quatre
 * Israéliens", "the eight unions"): on the development set 13 of 16 such are gold figures (the others:
 * "ces trois services", "the three coalitions", "the three major blocs").
 */
const REFERRING_MAX = 2;
const REFERRING_DETERMINERS = new Set(['les', 'ces', 'ses', 'leurs', 'nos', 'vos', 'mes', 'tes', 'the', 'these', 'those', 'its', 'their', 'our', 'both']);
const NON_SALIENT_UNITS = new Set(['ordinal', 'ordinal-relative']);
/** The lower bound under which a vague amount with no noun is read as people: "des milliers", "tens of thousands",
 * "several hundred thousand" (at least 200 000). A million and more ("des millions", "plusieurs milliards") is as often
 * an amount of money whose noun is elided. */
const VAGUE_PEOPLE_BELOW = 1_000_000;
/** French "être N à ...": "ils sont 14 à faire appel", "elles étaient 3 000 à manifester", "avoir été 750 à bord". A bare
 * number between a plural (or non-finite) form of "être" and "à" is the size of the subject: a group of people, as
 * French writes a crowd or a share of a group ("ils sont 619 à travailler dans l'usine"). Singular forms are left out
 * ("le score est 3 à 1"), and so is "à" before a number ("3 à 5": a range or a score). One adverb may stand between the
 * verb and the number ("ils sont désormais 14", "ils étaient encore 200"), and a bracket after the number ("14 (contre 17)
 * à faire appel"). Folded text. */
const ETRE_BEFORE = /(?:^|[^\p{L}])(?:sont|etaient|seront|seraient|furent|fussent|sommes|etions|serons|etes|etiez|ete|etre)\s+(?:[\p{L}]+\s+)?$/u;
// After "à", an infinitive or "(son) bord" ("14 à faire appel", "750 à son bord"), not a score or an idiom ("2 à zéro", "3 à
// quatre", "2 à partir de", "3 à peine": review rev27c).
const A_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?a\s+(?!quatre\b|partir\s+d|peine\b)(?:(?:son|leur|ce)\s+bord\b|bord\b|\p{L}+(?:er|ir|re|oir)\b)/u;
/** How far back from the number the verb "être" is looked for: the verb and one adverb ("ont été désormais"). */
const ETRE_LOOKBACK_CHARS = 30;
/** A bare number read as a count of people (a vague crowd, "ils sont 14 à"): its unit, head noun and label say so. */
/** Words after "N times" / "N fois" that make it a factor of comparison ("three times higher", "deux fois plus"),
 * general English and French comparatives: such a figure counts no occurrences. */
/** Possessive determiners (general English and French) and the English "'s" that give a rank its holder. */
const POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'mon', 'ma', 'its', 'his', 'her', 'their', 'our', 'my']);
function possessiveBefore(toks: Tok[], i0: number): boolean {
  const p = toks[i0 - 1]?.t ?? '';
  if (POSSESSIVES.has(p)) return true;
  return p === 's' && /^['’]$/.test(toks[i0 - 2]?.t ?? '') || /['’]s$/.test(p);
}

const TIMES_COMPARATIVES = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'faster', 'slower', 'as', 'plus', 'moins', 'aussi', 'autant']);

function asPeopleCount(f: Figure): void {
  f.unit = 'people';
  f.countsKey = ['person', ...f.countsKey.slice(1)];
  f.counts = f.counts === 'number' ? 'people' : f.counts.replace(/^number/, 'people');
}
/** Units that name a moment or a rank rather than count something: a week label beside them is not their scope. */
const WEEKLESS_UNITS = new Set([...NOT_COUNTED_UNITS, 'week']);
/**
 * An ordinal before a span of time counts how long something has lasted ("au neuvième mois de guerre",
 * "a fourth night in the open"): worth a check, unlike a rank ("un premier contingent", "the second round").
 * From the second on: "the first night" names a night rather than counting them. Days are left out: on the
 * development set all six ordinal days name an event ("deuxième journée de mobilisation", "second day of protests").
 */
const ELAPSED_NOUNS = new Set(['nuit', 'semaine', 'mois', 'annee', 'night', 'week', 'month', 'year']);
const ELAPSED_MIN = 2;
/**
 * An ordinal whose own noun (the word right after it) is one person with a fate ("the sixth victim", "la sixième
 * victime", "its first death", "un quatrième corps") tells how many such there are so far: "the sixth victim was
 * recovered" is six victims recovered, and is read as the count of that noun, like "six victims". Singular nouns
 * only ("the first victims" ranks no one): the singular toll nouns of the concept table (concepts.json `tollNouns`,
 * isTollNoun) for French, and the singular nouns of death and of victims in both languages. English "body" and
 * "fatality" are left out (a body is as often a council's), French "corps" is kept (its plural is alike, and
 * "corps d'armée" is set apart by CORPS_OF). Never a rank of anything else ("third day", "second round").
 * Words are folded (accents off), as tokens are.
 */
const FATE_RANK_NOUNS = new Set(['victim', 'death', 'casualty', 'deces', 'corps',
  ...[...tollNounsOf('killed'), ...tollNounsOf('casualty')].filter((w) => !w.endsWith('s'))]);
/** Ranked nouns that name a victim, not a death: the rank is a count of harm only when the clause tells one
 * (a harm or a recovery verb, fateInClause): "the third victim was a child" ranks who was named, not a toll. */
const VICTIM_RANK_NOUNS = new Set(['victim', 'casualty', 'victime']);
/** Verbs that recover a body or a victim ("the sixth victim was recovered", "une quatrième victime a été
 * retrouvée"): a recovered victim is one of a toll's, as "recovered six victims" is. General vocabulary. */
const RECOVERY_VERBS = new Set(['recovered', 'found', 'retrieved', 'pulled', 'retrouve', 'retrouvee', 'repeche', 'repechee', 'extrait', 'extraite', 'decouvert', 'decouverte']);
/** "the sixth and final victim", "la sixième et dernière victime": the last of a toll is still its rank's count. */
const FATE_RANK_LAST = new Set(['final', 'last', 'dernier', 'derniere']);
/** Words that may follow an English noun that heads its phrase: a verb's auxiliary, a preposition, a conjunction
 * or a relative ("the third victim was", "the first death in", "the sixth victim who"). Another word right after
 * it (not in -ed, -ing or -s, a verb's forms) is a second noun: the ranked word only starts a compound ("the third
 * death threat", "the second death row inmate"), and ranks no person. */
const HEAD_FOLLOWERS = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'must',
  'should', 'did', 'does', 'to', 'in', 'of', 'on', 'at', 'from', 'since', 'after', 'before', 'by', 'for', 'with', 'and', 'or', 'but', 'who',
  'whom', 'whose', 'which', 'that', 'as', 'so', 'this', 'came', 'fell', 'found', 'left', 'known', 'taken', 'being', 'been', 'among', 'under',
  'into', 'near', 'during', 'while', 'when', 'where', 'here', 'there', 'yet', 'now', 'also', 'then', 'linked', 'tied', 'due']);
/** "le premier corps d'armée", "un deuxième corps de métier": "corps" before "de" is a body of people, not a body. */
const CORPS_OF = new Set(['de', 'd', 'du', 'des']);
/** Words that open a relative clause: what it tells is about someone else's deed ("a second person, who saw a man
 * killed, was questioned"), not the ranked person's fate. */
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'that', 'qui', 'que', 'qu', 'dont', 'lequel', 'laquelle']);
/** How many words of a relative clause right after the ranked noun are its own verb ("who died", "who was
 * killed", "qui a été tuée"): three, an auxiliary and a participle; "who saw a man killed" reaches no harm. */
const RELATIVE_OWN_WORDS = 3;
/** Words before a span of time that make it a period the rank runs over ("en deux semaines", "this year", "cette
 * année"): with ELAPSED_NOUNS, the rank counts over a series, not this event's toll. Numbers are read apart. */
const PERIOD_DETERMINERS = new Set(['this', 'last', 'past', 'cette', 'cet', 'ce', 'dernier', 'derniere', 'two', 'three', 'four', 'five', 'six',
  'deux', 'trois', 'quatre', 'cinq', 'few', 'several', 'quelques', 'plusieurs']);
/** Where a rank's sentence ends: the sentence ends of count-base.ts, and a semicolon. */
const SENTENCE_ENDS = new Set([...SENTENCE_END, ';']);

/** The tokens of the sentence around an ordinal at [i0, k] (k its noun), with a relative clause right after the
 * noun left out ("A second person, who saw a man killed, was questioned": "was questioned" is its clause), and
 * whether the sentence tells a period the rank runs over (since, depuis, "en deux semaines", "this year"). */
function rankClause(toks: Tok[], i0: number, k: number): { before: Tok[]; after: Tok[]; period: boolean } {
  let s = i0;
  while (s > 0 && !(toks[s - 1].kind === 'p' && SENTENCE_ENDS.has(toks[s - 1].t)) && !toks[s].nl) s--;
  let e = k + 1;
  while (e < toks.length && !(toks[e].kind === 'p' && SENTENCE_ENDS.has(toks[e].t)) && !toks[e].nl) e++;
  let after = toks.slice(k + 1, e);
  // A relative clause keeps only its first words, the verb of a clause whose subject is the ranked person ("the
  // sixth victim who died", "qui a été tué"): a harm further on befell someone else ("who saw a man killed").
  const rel = after.findIndex((t) => RELATIVES.has(t.t));
  if (rel >= 0) {
    const own = after.slice(rel + 1, rel + 1 + RELATIVE_OWN_WORDS);
    const close = after[0]?.t === ',' && rel === 1 ? after.findIndex((t, j) => j > 1 && t.t === ',') : -1;
    // The clause's own words first, the relative's own verb after them (describeCounts reads a clause from its noun).
    after = close < 0 ? [...after.slice(0, rel), ...own] : [...after.slice(close + 1), ...own];
  }
  const sentence = toks.slice(s, e);
  const period = sentence.some((t, j) => SINCE_YEAR.has(t.t) && t.t !== 'record'
    || (ELAPSED_NOUNS.has(t.t.replace(/s$/, '')) && j > 0 && (sentence[j - 1].kind === 'd' || PERIOD_DETERMINERS.has(sentence[j - 1].t))));
  return { before: toks.slice(s, i0), after, period };
}

/** Does the ranked person's clause tell a harm (FATE_ROLES, not the victim noun's own) or a recovery? */
function fateInClause(c: { before: Tok[]; after: Tok[] }): boolean {
  return [...c.before, ...c.after].some((t) => t.kind === 'w' && (RECOVERY_VERBS.has(t.t) || isFateRole(t.t)));
}

/** A word whose role is a fate a toll tells, other than the victim noun's own role ('casualty'). */
function isFateRole(word: string): boolean {
  const r = lookup(word, 'role');
  return !!r && r.id !== 'casualty' && FATE_ROLES.has(r.id);
}

/** The token where the ordinal ending before token i1 ends its frame when it ranks one person with a fate
 * (FATE_RANK_NOUNS), its noun right after it or after "and final / et dernière": the noun is then read as the
 * count's (the frame ends right before it). Else -1. */
function fateRankEnd(toks: Tok[], i0: number, i1: number, lang: Lang): number {
  // "les six premiers décès", "les premières victimes": a plural ordinal ranks a group, it tells no count of its own
  // (French "décès", "corps" are singular and plural alike, so the ordinal's own ending tells).
  if (lang === 'fr' && /s$/.test(toks[i1 - 1]?.t ?? '')) return -1;
  const k = (toks[i1]?.t === 'and' || toks[i1]?.t === 'et') && FATE_RANK_LAST.has(toks[i1 + 1]?.t ?? '') ? i1 + 2 : i1;
  const noun = toks[k]?.t ?? '';
  const fate = FATE_RANK_NOUNS.has(noun);
  if (!fate && !PERSON_RANK_NOUNS.has(noun)) return -1;
  // "the third death threat": the ranked word is no head of its phrase.
  const next = toks[k + 1];
  if (lang === 'en' && next?.kind === 'w' && !next.nl && !HEAD_FOLLOWERS.has(next.t) && !/(ed|ing|s)$/.test(next.t)) return -1;
  if (noun === 'corps' && CORPS_OF.has(next?.t ?? '')) return -1;
  const clause = rankClause(toks, i0, k);
  // "le deuxième mort en deux semaines", "the second death since 2015": a rank over a series, not this toll.
  if (clause.period) return -1;
  if (fate) return !VICTIM_RANK_NOUNS.has(noun) || fateInClause(clause) ? k : -1;
  // "Une sixième personne a perdu la vie", "a sixth person has died": a person whose clause tells a harm the
  // count reads as its role, as it does for "six personnes ont perdu la vie" (a relative clause after it left out).
  const own = [...toks.slice(0, k + 1), ...clause.after];
  return describeCounts(own, i0, k, lang).countsKey.some((c) => FATE_ROLES.has(c)) ? k : -1;
}
/** Conjunctions that join two counted groups ("11 policiers et 11 civils blessés", "six workers and two engineers"). */
const COORDINATORS = new Set(['et', 'and']);
/** The article of a group of one after a conjunction ("11 enfants et un adulte portés disparus"). */
const ONE_ARTICLES = new Set(['un', 'une', 'a', 'an']);
/** Is the counted noun ending at headEnd joined by "et / and" to another counted group of people ("11 policiers et
 * 11 civils blessés", "11 enfants et un adulte portés disparus")? Then a verb after the second group is said of both,
 * and this count is one part of the people it befell (Figure.coordinated). Not a group of anything else: "53 police
 * officers and three police dogs were injured" are all the people injured. */
function firstOfCoordination(toks: Tok[], headEnd: number, lang: Lang): boolean {
  if (!COORDINATORS.has(toks[headEnd]?.t ?? '')) return false;
  const k = headEnd + 1;
  const next = toks[k];
  if (!next) return false;
  const end = ONE_ARTICLES.has(next.t) ? k + 1 : parseNumberAt(toks, k, lang)?.i1;
  if (end === undefined) return false;
  const second = describeCounts(toks, k, end, lang);
  if (second.unit !== 'people') return false;
  // English puts a compound's head last: a noun of the table right after the people noun read ("three police dogs")
  // is the head, and the group is of that noun. French puts it first ("trois chiens policiers" reads no people).
  return !(lang === 'en' && lookup(toks[second.headEnd]?.t ?? '', 'word'));
}
/** A person, singular: ranked, a count only with a harm its clause tells (FATE_ROLES). */
const PERSON_RANK_NOUNS = new Set(['person', 'personne']);
/** The roles of a toll (concepts.json): what befell the ranked person, so that the rank is how many it befell. Not
 * "arrested", "elected", "hired": "the second person arrested" is as often an order of events as a count. The harms
 * (HARM_ROLES, shared with count-holders.ts) and "missing", a fate a toll tells too. */
const FATE_ROLES = new Set([...HARM_ROLES, 'missing']);
/** Words before a year that make it a claim worth a check: "the highest turnout since 1981", "depuis les
 * grèves de 1995", "the historic record of 2010". */
const SINCE_YEAR = new Set(['depuis', 'since', 'record']);
/** How many words back, within the clause, SINCE_YEAR is looked for ("depuis les grèves de 1995" is three). */
const SINCE_YEAR_WINDOW = 4;
/** The word right before such a year: the cue itself, "de/of" ("les grèves de 1995") or a bound ("depuis au
 * moins 1900"). A determiner there makes the year a name's part ("since his 2017 election victory"). */
const SINCE_YEAR_LAST = new Set(['depuis', 'since', 'record', 'de', 'of', 'moins', 'least']);
/**
 * English measures written as one hyphenated word with their number ("the eight-year-old", "a 20-year
 * record", "a two-hour drive"): the singular unit after the hyphen is the value's unit.
 */
const HYPHEN_UNITS = new Map([['year', 'years'], ['month', 'months'], ['week', 'weeks'], ['day', 'days'], ['hour', 'hours'], ['minute', 'minutes'], ['second', 'seconds'], ['mile', 'miles']]);

/**
 * An ordinal whose noun phrase runs into a date ("a first day of protest on March 14", "la première
 * journée du 14 mars") ranks the occurrence the date names: the date is the figure a reader checks, and
 * the ordinal beside it would be compared as a second figure of that occurrence. Four words reach
 * "first day of protest on": an ordinal, its noun, a complement of two words (the date's "on / du / le"
 * is inside the date).
 */
const ORDINAL_DATE_MAX_WORDS = 4;
const WORDS_ONLY = /^[\p{L}'’ -]*$/u;

/**
 * Is the time word `when` a word of another date of the same sentence, its weekday or its month ("mardi 14 et
 * jeudi 16 mars", "on Tuesday March 14 and Thursday March 16", "on March 14 and 16")? Then it names that
 * date's day, not the day this date was said on.
 */
function timeWordOfAnotherDate(when: string | undefined, folded: string, dates: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  if (!when) return false;
  return dates.some((d) => {
    if (d.start < end && start < d.end) return false;
    const between = d.start >= end ? folded.slice(end, d.start) : folded.slice(d.end, start);
    if (/[.!?\n]/.test(between)) return false;
    return (folded.slice(d.start, d.end).match(/\p{L}+/gu) ?? []).some((w) => lookup(w, 'time')?.id === when);
  });
}

/** Two years joined by "et/and/-" make a range only when this close ("l'hiver 2022 et 2023"). */
const YEAR_RANGE_MAX_SPAN = 10;

export interface ExtractOptions {
  /** [start, end) ranges of page furniture to skip. */
  ignore?: Array<[number, number]>;
  /**
   * Also read relative ordinals ("last", "next", "avant-dernier") as figures of unit 'ordinal-relative'
   * with bounds "end+0", "end-1", "current+1" (relative.ts). Off by default: no news figure needs them.
   */
  relativeOrdinals?: boolean;
  /** The article's publication date (YYYY-MM-DD): time words ("lundi", "yesterday") are resolved against it. */
  published?: string;
}

function overlapsAny(start: number, end: number, ranges: Array<[number, number]>): boolean {
  for (const [a, b] of ranges) if (start < b && a < end) return true;
  return false;
}

/** Index of the first token starting at or after `pos` (binary search: tokens are in text order). */
function firstTokenAt(toks: Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length ? lo : -1;
}

/** Prepositions of a horizon after which a four-digit number is a year whatever follows it ("d'ici 2026", "à
 * l'horizon 2030"): a count is never their object. */
const YEAR_ONLY_PREPOSITIONS = new Set(['ici', 'horizon']);
/** Prepositions of a deadline ("by 2030", "until 2027"): also of a difference or an end ("fell by 2000 people",
 * "until 2000 workers returned"), so the number is a year only when no counted noun follows it. */
const YEAR_OR_DIFFERENCE_PREPOSITIONS = new Set(['by', 'until']);
/** Prepositions of a time or a place ("en", "in"): a year after them when a partitive follows ("en 2026 des sites",
 * "in 2024 of the ..."); a count may follow them otherwise ("resulted in 2000 deaths"). */
const YEAR_OR_COUNT_PREPOSITIONS = new Set(['en', 'in']);
const PARTITIVES = new Set(['de', 'des', 'du', 'd', 'of']);
/** Articles between a partitive and its noun ("of the marchers", "de la région"). */
const PARTITIVE_ARTICLES = new Set(['the', 'la', 'le', 'les', 'l', "'"]);
/** Is the noun at k a counted noun: any entity the concept table knows ("2000 jobs", "2000 people")? */
const countedNounAt = (toks: Tok[], k: number): boolean => conceptAt(toks, k)?.c.type === 'entity';
/** After a partitive, is the noun people ("2000 of the marchers": a part of a count), not a place or a thing the
 * sentence's noun governs ("d'ici 2026 des sites de Cholet")? */
function partitiveOfPeople(toks: Tok[], k: number): boolean {
  let q = k + 1;
  while (q < toks.length && PARTITIVE_ARTICLES.has(toks[q].t)) q++;
  const h = conceptAt(toks, q);
  return !!h && h.c.type === 'entity' && PEOPLE_CATS.has(h.c.id);
}
/** "l'arrêt de la production d'ici 2026 des sites de Cholet": a four-digit number after a preposition of time is the
 * year, and the noun after a partitive is the object of the sentence's noun ("l'arrêt … des sites"), not its count.
 * After "by / until / in / en" a counted noun ("by 2000 jobs") or a partitive of people ("in 2000 of the marchers")
 * makes it a count. */
function yearOfPreposition(toks: Tok[], i0: number, i1: number): boolean {
  const prep = toks[i0 - 1]?.t ?? '';
  if (YEAR_ONLY_PREPOSITIONS.has(prep)) return true;
  const partitive = PARTITIVES.has(toks[i1]?.t ?? '');
  if (partitive && partitiveOfPeople(toks, i1)) return false;
  if (YEAR_OR_DIFFERENCE_PREPOSITIONS.has(prep)) return partitive || !countedNounAt(toks, i1);
  return YEAR_OR_COUNT_PREPOSITIONS.has(prep) && partitive;
}

/** Nouns of a year, folded ("l'année 2022", "the year 2018"): the four digits after them name it. */
const YEAR_NOUNS = new Set(['annee', 'year']);
/** Nouns of a part of a period before "de / of" and a year ("à la fin de 2022", "the end of 2018"). */
const PERIOD_PART_NOUNS = new Set(['fin', 'debut', 'milieu', 'end', 'start', 'beginning', 'middle']);
/**
 * A four-digit number a year noun or "en / in" names as a year though its sentence tells a toll (unit36): "le bilan de
 * l'année 2021", "the death toll in 2019", "un dépôt de bilan à la fin de 2021" were read as 2,021 dead (a role the
 * clause gives a bare number) and met counts of people. Only when no counted noun follows the number (headEnd, where
 * the counted noun ends, is then not past it): "last year 2000 people were killed", "the end of 2000 jobs", "au
 * milieu des 2000 manifestants" are counts. Then, right after "année / year", after "fin de / end of" (a bare "de /
 * of", not "des / du", which open a count: "la fin des 2000 contrats"), or after "en / in" with no partitive after it,
 * it is the year.
 */
function yearNamedBefore(toks: Tok[], i0: number, i1: number, headEnd: number): boolean {
  if (headEnd > i1) return false;
  const prev = toks[i0 - 1]?.t ?? '';
  if (YEAR_NOUNS.has(prev)) return true;
  if ((prev === 'de' || prev === 'of') && PERIOD_PART_NOUNS.has(toks[i0 - 2]?.t ?? '')) return true;
  // A partitive after it is yearOfPreposition's to read ("in 2000 of the protesters" is a part of a count).
  return YEAR_OR_COUNT_PREPOSITIONS.has(prev) && !PARTITIVES.has(toks[i1]?.t ?? '');
}

/** A one-token cardinal that may be a calendar year (years.ts `isYearDigits`). */
function isYear(p: NumPhrase, toks: Tok[]): boolean {
  return p.kind === 'cardinal' && p.i1 - p.i0 === 1 && isYearDigits(toks[p.i0]);
}

/** Words between the two numbers of a proportion: "un sur trois", "one in five", "two out of five hundred". */
const RATIO_WORDS: Record<Lang, string[][]> = { fr: [['sur']], en: [['in'], ['over'], ['out', 'of']] };
/**
 * French puts the noun inside a proportion: "un fonctionnaire sur trois", "1 TGV sur 3". With a noun
 * between, the numbers must be small, since "182 sièges sur 577" is a count out of a total, not a share.
 */
const RATIO_NOUN_MAX_NUMERATOR = 10;
const RATIO_NOUN_MAX_DENOMINATOR = 100;
/** A share told out of a whole with a larger numerator than this ("35 out of 150 seats", "446 out of the 497
 * municipalities") is a count out of a total, which writers compare as the count (another article gives "35 seats"),
 * unless its whole is a round base or small (ratioIsShare). Small numerators are shares ("one in five", "sept sur dix",
 * "nine out of 10"): the same bound as a proportion with its noun inside (RATIO_NOUN_MAX_NUMERATOR). */
const RATIO_MAX_NUMERATOR = RATIO_NOUN_MAX_NUMERATOR;
/** The largest whole a share is still told out of whatever its numerator: a mark out of 20, a jury or a panel ("11 sur
 * 20 au bac", "twelve out of 15 judges"). Every count out of a total in the development set has a whole of 133 or
 * more (35/150, 89/133, 200/300, 162/343, 331/577, 446/497, 170/338, 838/3847). */
const RATIO_SMALL_WHOLE = 20;
/** Is "p out of q" a share rather than a count out of a total? A small numerator, a small whole (RATIO_SMALL_WHOLE),
 * or a round base, a power of ten ("25 out of 100 people", "15 in 100", "deux cents sur mille électeurs"). */
function ratioIsShare(p: number, q: number): boolean {
  if (Math.abs(p) <= RATIO_MAX_NUMERATOR || q <= RATIO_SMALL_WHOLE) return true;
  let base = q;
  while (base % 10 === 0) base /= 10;
  return base === 1;
}

/**
 * "1 sur 3", "one in five": a proportion, read as a fraction when the first number is the smaller
 * (otherwise "12 sur 10", "huit sur cinq" are two counts, as the peer specs also read them) and the
 * pair is a share (ratioIsShare: "11 sur 20", "25 out of 100"); "35 out of 150 seats" is two counts, 35 and 150.
 */
function ratioAt(toks: Tok[], p: NumPhrase, lang: Lang): NumPhrase | null {
  if (p.kind !== 'cardinal' || !Number.isInteger(p.value) || p.value === 0) return null;
  for (const w of RATIO_WORDS[lang]) {
    let k = p.i1;
    const noun = toks[k];
    // "un fonctionnaire sur trois": one noun between, small numbers only.
    const withNoun = lang === 'fr' && noun && noun.kind === 'w' && !noun.nl && toks[k + 1]?.t === w[0] && p.value <= RATIO_NOUN_MAX_NUMERATOR;
    if (withNoun) k++;
    if (!w.every((x, n) => toks[k + n] && toks[k + n].t === x && !toks[k + n].nl)) continue;
    k += w.length;
    const q = parseNumberAt(toks, k, lang);
    if (!q || q.kind !== 'cardinal' || !Number.isInteger(q.value) || q.value <= Math.abs(p.value) || isYear(q, toks)) return null;
    if (withNoun && q.value > RATIO_NOUN_MAX_DENOMINATOR) return null;
    if (!ratioIsShare(p.value, q.value)) return null;
    return { i0: p.i0, i1: q.i1, start: p.start, end: q.end, value: p.value / q.value, kind: 'fraction', words: p.words && q.words, ...(withNoun ? { headAt: p.i1 } : {}) };
  }
  return null;
}

/** A SINCE_YEAR word within a few words before token i0, on its line and in its clause. */
function sinceBefore(toks: Tok[], i0: number): boolean {
  if (!SINCE_YEAR_LAST.has(toks[i0 - 1]?.t ?? '')) return false;
  for (let k = i0 - 1; k >= 0 && i0 - k <= SINCE_YEAR_WINDOW; k--) {
    if (toks[k].kind === 'p' || toks[k + 1].nl) return false;
    if (SINCE_YEAR.has(toks[k].t)) return true;
  }
  return false;
}

export function extractFigures(text: string, lang: Lang, opts: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const L: Lang = lang === 'en' ? 'en' : 'fr';
  const folded = fold(text);
  holdFold(text, folded);
  const toks = tokenize(folded, L, text);
  // The day the figures are of when nothing else dates them: publication's. (Reading "ce samedi" in a Sunday
  // article as written on Saturday gained 15 devset verdicts and made 7 false `differs` on a held-out story:
  // the two sides' counts of a march were then read as one day's. Removed, session 9.)
  const day = opts.published;
  const ignore = opts.ignore ?? [];
  const spans = findDates(folded, L).filter((d) => !overlapsAny(d.start, d.end, ignore));
  // "1 h 45 plus tard": a length of time written as a clock reads is a figure in minutes, and dates no clause.
  const dates = spans.filter((d) => d.duration === undefined);

  const nums: NumPhrase[] = [];
  const years: NumPhrase[] = [];
  const weeks: WeekLabel[] = [];
  let di = 0;
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    while (di < spans.length && spans[di].end <= t.start) di++;
    if (di < spans.length && spans[di].start <= t.start && t.start < spans[di].end) { i++; continue; }
    if (t.kind === 'p' && t.t !== '-' && t.t !== '\u2212') { i++; continue; }
    let p = parseVagueAt(toks, i, L) ?? parseNumberAt(toks, i, L);
    if (!p || p.i1 <= i) { i++; continue; }
    p = ratioAt(toks, p, L) ?? p;
    i = p.i1;
    // Tokens inside dates were skipped above; a phrase can still run into the next date.
    if (overlapsAny(p.start, p.end, ignore) || (di < spans.length && spans[di].start < p.end && p.start < spans[di].end)) continue;
    if (!Number.isFinite(p.value)) continue;
    // "semaine 19", "en S18": a week's number labels the week, it counts nothing (week-labels.ts).
    const week = weekLabelAt(toks, p);
    if (week) { weeks.push(week); i = week.i1; continue; }
    // Page furniture: comment and share counters, unless the story's sentence reads on after one (counterInSentence).
    if ((isFurnitureNoun(toks, p.i1) && !counterInSentence(toks, p.i0, p.i1)) || numberInName(toks, p.i0, p.i1) || numberInModel(toks, p.i0)) continue;
    // "exprimés en millions d'euros", "in thousands of dollars": a scale's bare plural after "en / in" before a unit of
    // money or measure names the unit the figures are written in, no amount (vague.ts unitStatementAt).
    if (unitStatementAt(toks, p, L)) {
      const u = describeCounts(toks, p.i0, p.i1, L).unit;
      // Not durations: "the worst drought in hundreds of years" tells an amount of time, and no table is written in years.
      if (MONEY_UNITS.has(u) || (MEASURE_UNITS.includes(u) && !DURATION_UNITS.has(u))) continue;
    }
    if (isYear(p, toks)) {
      const nx = describeCounts(toks, p.i0, p.i1, L);
      if (nx.unit === 'number' || yearAsModifier(toks, p.i0, p.i1, L) || yearOfPreposition(toks, p.i0, p.i1) || yearNamedBefore(toks, p.i0, p.i1, nx.headEnd)) { years.push(p); continue; }
    }
    nums.push(p);
  }

  const out: Figure[] = [];
  const placed = new Set<Figure>();
  let lastSpeaker: string | undefined;
  /** `before`: the value before a change ("de 62 à 64 ans"). Its frame (tokens i0..i1) reads the unit
   * written after the value after it, but its text stops at `end`; it held before the clause's moment,
   * at a time the text does not say, so it gets no moment (never an update of the value after it). */
  /** Figures whose moment a date or time word of their own clause gives (earlierEventMoments). */
  const ownTime = new Set<Figure>();
  /** Figures told as of the time of writing ("now", "so far", "désormais") without a day of their own (writingTimeMoments). */
  const writingTime = new Set<Figure>();
  // Name keys of the words the text writes in capitals ("UE", "NATO"): which of a figure's names are acronyms. Read
  // once per text, on the first figure that names anyone.
  let acronymSet: Set<string> | undefined;
  const acronymKeys = (): Set<string> => {
    if (acronymSet) return acronymSet;
    acronymSet = new Set();
    for (const t of toks) if (t.kind === 'w' && t.upper) acronymSet.add(nameKey(t.t));
    return acronymSet;
  };
  const make = (start: number, end: number, low: Figure['low'], high: Figure['high'], qualifier: Figure['qualifier'], i0: number, i1: number, unitHint?: string, before = false, fraction = false, near = false): void => {
    let e = end;
    // "eight-year-old", "a 20-year record": the unit is glued to the number by a hyphen.
    const dash = toks[i1];
    const glued = toks[i1 + 1];
    if (!unitHint && L === 'en' && dash && glued && dash.t === '-' && dash.start === toks[i1 - 1].end && glued.start === dash.end && HYPHEN_UNITS.has(glued.t)) {
      unitHint = HYPHEN_UNITS.get(glued.t);
      e = glued.end;
    }
    const info = describeCounts(toks, i0, i1, L, unitHint);
    // "25 basis points", "0.25 percentage point", "half a point", "un demi-point": one value in points (unit-scales.ts);
    // a converted unit stays in the figure's text ("25 basis points"), since the value shown is not the one written.
    const toUnit = (unit: string): void => {
      info.countsKey = info.countsKey.map((k) => (k === info.unit ? unit : k));
      if (info.counts === info.unit) info.counts = unit;
      info.unit = unit;
    };
    const scaled = unitHint ? undefined : onCommonScale(info.unit, low, high);
    if (scaled) {
      low = scaled.low;
      high = scaled.high;
      toUnit(scaled.unit);
      if (!before && info.headEnd > i1 && info.headEnd - i1 <= SCALED_UNIT_MAX_TOKENS) e = Math.max(e, toks[info.headEnd - 1].end);
    } else if (fraction && info.unit === 'number' && fractionOfPoint(toks, i1)) toUnit(POINTS_UNIT);
    else if (fraction && centuryHead(info.unit) && typeof low === 'number' && low === high && low > 0 && low < 1) {
      // "a quarter of a century", "un demi-siècle": a span of years, kept whole in the figure's text.
      const c = fractionOfCentury(toks, i1);
      if (c) {
        low = high = Math.round(low * YEARS_PER_CENTURY);
        toUnit('years');
        info.countsKey = ['years'];
        e = Math.max(e, toks[c - 1].end);
      }
    }
    // Keep a measurement unit in the figure's text ("7 km", "40 %"), not the counted noun.
    if (!unitHint && !before && info.headEnd > i1 && info.headEnd - i1 <= MEASURE_UNIT_MAX_TOKENS && MEASURE_UNITS.includes(info.unit)) {
      e = Math.max(e, toks[info.headEnd - 1].end);
    }
    const found = findSpeaker(text, start, e, L);
    // "selon la même source": the speaker of the figure before.
    let saidBy = found === 'same source' ? lastSpeaker : found && speakerAsWritten(text, start, e, found);
    if (saidBy) lastSpeaker = saidBy;
    // A week's label counts nothing: what its clause tells (deaths, cases) is its context, never its role or entity.
    let countsKey = unitHint === 'week' ? ['week'] : info.countsKey;
    // "2/3 of the conclave", "deux tiers", "a two-thirds majority": a fraction under one with no counted thing of its
    // own (no noun, or a topic noun it qualifies: a majority, a vote) is a share; a thing of the table it counts
    // ("la moitié des habitants") keeps its count.
    const share = fraction && typeof low === 'number' && low === high && low > 0 && low < 1
      && (info.unit === 'number' || concept(info.countsKey[0])?.type === 'topic');
    if (share) {
      if (info.unit !== 'number' && !info.context.includes(info.countsKey[0])) info.context.push(info.countsKey[0]);
      countsKey = [SHARE_UNIT, ...info.countsKey.slice(1)];
      info.unit = SHARE_UNIT;
      info.counts = SHARE_UNIT;
    }
    const fig: Figure = { start, end: e, text: text.slice(start, e), low, high, qualifier, unit: info.unit, counts: info.counts, countsKey, salient: true, context: info.context };
    if (info.unit === 'people' && firstOfCoordination(toks, info.headEnd, L)) fig.coordinated = true;
    if (info.cognates.length) fig.cognates = info.cognates;
    // "son quatrième titre", "Spain's fourth title": a rank owned by its holder tells how many it has so far; "now four
    // titles", "désormais quatre": a count told as it stands. A position ("the fourth floor") is neither (asCountOfRank).
    if (info.unit === 'ordinal' && possessiveBefore(toks, i0)) fig.rankOwned = true;
    else if (info.unit !== 'ordinal' && toldAsOfWriting(text, toks, i0, i1)) fig.soFar = true;
    // "three times higher", "deux fois plus": a factor of comparison, not a count of occurrences (unit47 review).
    if (info.unit === TIMES_UNIT && TIMES_COMPARATIVES.has(toks[info.headEnd]?.t ?? '')) fig.comparative = true;
    if (info.periodUnits) fig.periodUnits = info.periodUnits;
    if (info.headCognate) fig.headCognate = info.headCognate;
    // A date's time word is the day it was said on, never another date's weekday or month beside it.
    const ownWhen = unitHint === 'date' && timeWordOfAnotherDate(info.when, folded, dates, start, e) ? undefined : info.when;
    if (ownWhen) fig.when = ownWhen;
    if (info.names.length) fig.names = info.names;
    // "the second wave of blasts killed 20", "les explosions de mardi": the occasion of the story it counts (occasion.ts).
    const occasion = occasionOf(toks, i0);
    if (occasion) fig.occasion = occasion;
    if (info.ranked) fig.ranked = info.ranked;
    if (info.rankedHead) fig.rankedHead = info.rankedHead;
    if (info.occurred?.length) fig.occurred = info.occurred;
    const acronyms = info.names.filter((n) => acronymKeys().has(n));
    if (acronyms.length) fig.acronyms = { lang: L, keys: acronyms };
    // A date of its own sentence dates the value ("le 19 janvier, 1,1 million"); else its nearest time word does.
    // A toll (people killed, injured, displaced) is of the day it was given, not of the disaster or raid it
    // counts the victims of; a count of an event's participants (a march's) is of the event's day.
    const toll = !unitHint && info.unit === 'people' && !info.countsKey.some((k) => concept(k)?.event === true);
    // A toll of people a role names (killed, wounded, missing) or an event's verb causes ("killing 40"): a day of the
    // event that harmed them is not the count's (moment.ts causedToll).
    // A bare number joined to a caused toll ("killing six people in one town, four in another": ellipsis.ts gives it the
    // toll's unit later) is that verb's object as the first one is: read as a caused toll too (moment.ts
    // tollJoinedToCaused), so a day before the verb is its event's, not the count's.
    const caused = (toll || (!unitHint && info.unit === 'number')) && causedToll(toks, i0);
    const harm = caused || (toll && info.countsKey.some((k) => concept(k)?.type === 'role'));
    const timeWord = unitHint === 'date' ? ownWhen : nearestTimeWord(text, toks, i0, i1, dates, toll, harm, caused);
    const ownDate = unitHint === 'date' ? undefined : clauseDate(text, { start, end: e }, dates, opts.published, false, toll, harm ? { caused, saidAt: (a, b) => saidDayOfSpan(toks, a, b) } : undefined, (a) => sincePhraseOfSpan(toks, a));
    // A pluperfect count with no date of its own ("deux millions avaient été recensés", "had been
    // counted") was given before the article's day, which the text does not say: no moment, rather than
    // the publication's day, so it is never set against that day's counts.
    // "il y a 12 jours", "twelve days earlier" are read here only: the figure's own time, which an elided
    // count's antecedent (ellipsis.ts) must not replace.
    if (!fig.when && timeWord?.startsWith('days-ago-')) fig.when = timeWord;
    // An undated article's count with a time word of its clause ("has surged to 1,644, the government announced on
    // Saturday"): no day can be resolved, but the weekday is kept, so that a dated article's count of the same thing
    // can tell the two days apart (sides.ts weekdayMoments), as it does for a time word counts.ts read.
    if (!fig.when && !day && timeWord && unitHint !== 'date' && !before) fig.when = timeWord;
    // "3 000 postes en moins en 2026", "4.6% of GDP next year": a target (or a past year) is the figure's
    // year, not the day it was announced, which its time word ("a annoncé mardi") gives; it has no day.
    // An age or a length reached by a year ("raise the age from 62 to 64 by 2030") is a rule as said on
    // the day, like the same rule said without its year: no year of its own.
    // A month of a year ("227 arrests in December 2022") still gives the figure its year: a past year's count is a
    // recalled one (compare.ts pastYear), whatever its month.
    const yearless = (ownDate && !MONTH_OF_YEAR.test(ownDate)) || unitHint === 'date' || unitHint === 'year' || info.unit === 'years';
    const clauseYear = yearless ? undefined : figureYear(toks, i0, i1, opts.published);
    // "En 2019, une autre crue avait fait plus de 300 sinistrés": a year opening the sentence is its figures' (xkey24),
    // unless a comma and a coordinator open the figure's clause ("…, and on Monday it said 40 more had died", moment.ts
    // FRONTED_YEAR_STOPS). Not "unless the figure has a time word": nearestTimeWord reads one across the whole sentence,
    // so the opening clause's own count ("1,200" above) would lose its year to the later clause's "Monday".
    const ownYear = clauseYear ?? (yearless ? undefined : openingYear(toks, i0, opts.published));
    // An ordinal before a year ("élu pour la première fois en 1988", "the second time in 2019") ranks an
    // occurrence of that year: the year dates the occurrence, it is no value's year, so the ordinal is not
    // shown as a figure "en 1988"; it still takes no day of the article's.
    if (ownYear && !before && unitHint !== 'ordinal') fig.year = ownYear;
    // "people showed up at the 2017 Women's March": a count of another year's event (other-event.ts).
    const evYear = unitHint === 'date' || unitHint === 'year' || unitHint === 'ordinal' || before ? undefined
      : eventYear(toks, i0, i1, (k) => dates.some((d) => d.start <= toks[k].start && toks[k].start < d.end), opts.published);
    if (evYear && evYear !== clauseYear) fig.eventYear = evYear;
    // "Officials said 104 survivors had been brought ashore": reported speech's pluperfect is the day of the saying's.
    // "5,3 % au premier trimestre", "$1.6 billion in the second quarter", "272,000 jobs last month": a value of a
    // calendar period its own clause names is of that period (reference-period.ts), whatever day it was published on
    // or its sentence's saying verb was said on.
    // A statistic (a percent, a sum of money) is published after the period it counts; a count of people or things
    // in a month or a quarter may be of a match's quarter or a month to come.
    const statistic = info.unit === 'percent' || MONEY_UNITS.has(info.unit);
    const refPeriod = unitHint || before ? undefined : referencePeriod(text, toks, i0, i1, day, { statistic, ownYear: ownYear && /^\d{4}$/.test(ownYear) ? Number(ownYear) : undefined, lang: L });
    // A month named alone, in a clause with no future or modal verb, is the latest such month by publication
    // (pastMonth: "En septembre, l'entreprise supprimait 1.600 emplois" in March is last September's); a value of a
    // clause that says it is to come ("40 leaders will meet in June") or expected is the nearest such month, to come or
    // past (resolveMoment), written as a month. Only statistics first (as the review asked): northvolt lost 2 right
    // moments (40 -> 38), counts of a past month in a past-tense clause.
    const pastStat = !expectedValue(toks, i0, i1, L) && !futureClause(toks, i0, i1, L);
    // The figure's own date (a month of a year right beside it) wins over a period read further off.
    const moment = ownDate ?? refPeriod ?? (ownYear || (!timeWord && unitHint !== 'date' && pluperfectAfter(text, e) && !reportedSpeechBefore(toks, i0)) ? undefined : ((pastStat ? pastMonth(timeWord, day) : undefined) ?? asMonth(timeWord, resolveMoment(timeWord, day))));
    if (moment && !before) fig.moment = moment;
    // Whether that day is the sentence's own (a date, or a time word wherever it stands, after the saying verb too) or
    // only the article's: compare.ts articleDayToll reads it, as word order must not decide a toll's day.
    if (moment && !before && (ownDate || timeWord)) fig.ownDay = true;
    // An undated article's own date without a year ("Manifestations du 18 septembre : ..."): the day, year unknown.
    if (!moment && !before && !opts.published && !ownYear && unitHint !== 'date') {
      const md = clauseDate(text, { start, end: e }, dates, undefined, true, false, undefined, (a) => sincePhraseOfSpan(toks, a));
      if (md?.startsWith('--')) fig.monthDay = md;
    }
    if (moment && !before && (ownDate || timeWord)) ownTime.add(fig);
    // "the total is now north of 5,000", "compte désormais 630 députés": the day of writing, whatever the lead reports.
    else if (moment && !before && moment === day && unitHint !== 'date' && toldAsOfWriting(text, toks, i0, i1)) writingTime.add(fig);
    // A night's toll (riots' arrests, a storm's dead) is read several times through the next morning (compare.ts).
    if (!before && growingRole(fig) && countedOverOneNight(text, toks, i0, i1)) fig.night = true;
    // "1 266 cas en S19", "since August 2024, more than 8,500 cases": a week's count or a running total.
    const period = unitHint === 'date' || unitHint === 'year' || unitHint === 'ordinal' || before ? undefined : figurePeriod(text, toks, i0, i1, dates, day, folded);
    if (period) fig.period = period;
    // A count of nothing named ("number") or a lone year is not worth a reader's check.
    const elapsed = unitHint === 'ordinal' && typeof low === 'number' && low >= ELAPSED_MIN && ELAPSED_NOUNS.has(toks[i1]?.t ?? '');
    const since = unitHint === 'year' && sinceBefore(toks, i0);
    // A vague amount ("thousands gathered", "plusieurs milliards") is itself a claim of size, even with
    // its noun left out: on the development set, 3 of 3 such are gold figures.
    if (elapsed || since || (qualifier === 'vague' && info.unit === 'number')) fig.salient = true;
    else if (NON_SALIENT_UNITS.has(info.unit) || info.unit === 'number' || unitHint === 'year') fig.salient = false;
    else if (!unitHint && qualifier === 'exact' && typeof low === 'number' && low === high && Number.isInteger(low) && low >= 0 && low <= SMALL_WORD_MAX
      && !/\d/.test(fig.text) && (info.unit === 'number' || (REFERRING_DETERMINERS.has(toks[i0 - 1]?.t ?? '') && low <= REFERRING_MAX))) fig.salient = false;
    if (saidBy) fig.saidBy = saidBy;
    if (near) fig.near = true;
    if (!unitHint && risenTo(toks, i0, text)) fig.rises = true;
    if (info.placed) placed.add(fig);
    out.push(fig);
  };

  for (const iv of buildIntervals(toks, nums, L)) {
    const ordinal = iv.parts.every((p) => p.kind === 'ordinal');
    // A noun inside the phrase ("un fonctionnaire sur trois") is what it counts.
    const head = iv.parts.length === 1 ? iv.parts[0].headAt : undefined;
    const [f0, f1] = iv.frame ?? (head !== undefined ? [iv.i0, head] : [iv.i0, iv.i1]);
    const fraction = iv.parts.length === 1 && iv.parts[0].kind === 'fraction';
    const fateEnd = ordinal && iv.parts.length === 1 && !iv.frame ? fateRankEnd(toks, f0, iv.i1, L) : -1;
    const made = out.length;
    make(iv.start, iv.end, iv.low, iv.high, iv.qualifier, f0, fateEnd >= 0 ? fateEnd : f1, ordinal && fateEnd < 0 ? 'ordinal' : undefined, iv.change === 'from', fraction, !!iv.near);
    if (fateEnd >= 0 && out.length > made) out[out.length - 1].fromRank = true;
  }
  for (const w of weeks) make(w.start, w.end, w.low, w.high, w.low === w.high ? 'exact' : 'range', w.i0, w.i1, 'week');
  resolveSpanMembers(out, text);
  resolveEllipses(out, text, placed, lang);
  // "X manifestants selon A (et Y personnes selon B)": B's generic count is A's count (speaker-alternatives.ts).
  resolveSpeakerAlternatives(out, text);
  // "thousands in the square celebrated", "Several hundred thousand attended", "des milliers sont descendus dans la
  // rue": a vague plural of a scale standing alone, with no counted noun and no count before it whose noun it
  // elides (resolveEllipses), is a pronoun for people, as news writes a crowd; not millions and more, which news
  // writes of money as often ("plusieurs milliards").
  for (const f of out) {
    if (f.qualifier !== 'vague' || f.unit !== 'number' || f.countsKey[0] !== 'number' || typeof f.low !== 'number' || f.low >= VAGUE_PEOPLE_BELOW) continue;
    asPeopleCount(f);
  }
  // "ils sont 14 à faire appel", "elles étaient 3 000 à manifester": a number left bare (no noun, no count before it
  // whose noun it elides) between "être" and "à" counts the subject, people (ETRE_BEFORE).
  if (lang === 'fr') {
    for (const f of out) {
      if (f.unit !== 'number' || f.countsKey[0] !== 'number' || typeof f.low !== 'number' || !Number.isInteger(f.low)) continue;
      if (!ETRE_BEFORE.test(folded.slice(Math.max(0, f.start - ETRE_LOOKBACK_CHARS), f.start)) || !A_AFTER.test(folded.slice(f.end, f.end + 60))) continue;
      asPeopleCount(f);
    }
  }
  // "1 784 en S18": a count told for one numbered week is that week's (match.ts sets two weeks' counts apart).
  for (const f of out) {
    if (WEEKLESS_UNITS.has(f.unit)) continue;
    const w = weekOfCount(text, f.start, f.end, weeks);
    if (w !== undefined) f.week = w;
  }
  // First of the passes over the article's figures: an age's day is the day of writing (moment.ts propertyMoments).
  propertyMoments(out, ownTime, day);
  // "Au terme du premier tour, 76 députés ..." in an article of the second: the first round's day.
  earlierEventMoments(out, ownTime, text, dates, day);
  // "le bilan dépasse les 2000 morts" beside "au moins 2012 morts, a annoncé samedi soir le ministère": that day.
  restatedMoments(out, ownTime, day);
  // "2.8 million" beside "1,272,000 people took part in protests on Tuesday" in a Wednesday article: Tuesday.
  eventDayMoments(out, ownTime, day);
  // "Spain announced Tuesday an aid package ... floods that have killed 219 people" in a Wednesday article: Tuesday.
  reportDayMoments(out, ownTime, text, toks, dates, day);
  // An undated article whose lead says "announced on Saturday": its counts without a time word are Saturday's.
  undatedReportDay(out, text, toks, day);
  // "the total is now north of 5,000" in an article whose lead reports Saturday's counts: still the day of writing.
  writingTimeMoments(out, writingTime, ownTime, day);
  // "… 180 à 215 sièges, selon l'estimation X. Le parti B obtient 150 sièges.": a list's speaker gives its next count.
  carrySpeakers(out, text);
  // Years: alone, or two close years joined by a word ("2022 et 2023", "2014-2016").
  for (let k = 0; k < years.length; k++) {
    const a = years[k];
    const b = years[k + 1];
    const between = b ? toks.slice(a.i1, b.i0) : [];
    if (b && between.length === 1 && ['et', 'and', '-', 'a', 'au', 'to'].includes(between[0].t) && b.value > a.value && b.value - a.value <= YEAR_RANGE_MAX_SPAN) {
      make(a.start, b.end, a.value, b.value, 'range', a.i0, b.i1, 'year');
      k++;
      continue;
    }
    make(a.start, a.end, a.value, a.value, 'exact', a.i0, a.i1, 'year');
  }
  for (const d of spans) {
    const i0 = firstTokenAt(toks, d.start);
    let i1 = i0;
    while (i1 < toks.length && toks[i1].end <= d.end) i1++;
    if (d.duration !== undefined) {
      const n = out.length;
      make(d.start, d.end, d.duration, d.duration, d.qualifier, Math.max(0, i0), Math.max(i0 + 1, i1), d.durationUnit ?? 'minutes');
      if (d.durationUnit === 'seconds' && out.length > n && out[out.length - 1].unit === 'seconds') out[out.length - 1].toTheSecond = true;
    }
    else make(d.start, d.end, d.low, d.high, d.qualifier, Math.max(0, i0), Math.max(i0 + 1, i1), d.unit);
  }
  // A month alone ("en novembre", "in November") is a figure of its own, but not one of `dates`: it dates no other
  // figure's clause (a month is no day, and moment.ts reads months as time words already) and ranks no ordinal.
  const monthsAlone = new Set<Figure>();
  for (const d of findMonthsAlone(folded, text, L)) {
    if (overlapsAny(d.start, d.end, ignore) || dates.some((x) => x.start < d.end && d.start < x.end)) continue;
    const i0 = firstTokenAt(toks, d.start);
    let i1 = i0;
    while (i1 < toks.length && toks[i1].end <= d.end) i1++;
    const n = out.length;
    make(d.start, d.end, d.low, d.high, d.qualifier, Math.max(0, i0), Math.max(i0 + 1, i1), d.unit);
    for (const f of out.slice(n)) monthsAlone.add(f);
  }
  if (opts.relativeOrdinals) {
    for (const r of findRelativeOrdinals(toks, L)) {
      const start = toks[r.i0].start;
      const end = toks[r.i1 - 1].end;
      if (out.some((f) => f.start <= start && end <= f.end && f.unit !== 'number')) continue;
      out.push({ start, end, text: text.slice(start, end), low: r.value, high: r.value, qualifier: 'exact', unit: 'ordinal-relative', counts: 'ordinal-relative', countsKey: ['ordinal-relative'], salient: false });
    }
  }
  // The place the article is about (match.ts: a count placed there against one of the article that names no place).
  const setting = textSetting(toks);
  if (setting) for (const f of out) f.setting = setting;
  const lead = setting ? undefined : textLead(toks);
  if (lead) for (const f of out) f.lead = lead;
  const datesOut = out.filter((f) => f.unit === 'date' && !monthsAlone.has(f));
  const ordinalOfDate = (f: Figure): boolean => f.unit === 'ordinal' && datesOut.some((d) => {
    if (d.start < f.end) return false;
    const between = text.slice(f.end, d.start);
    return WORDS_ONLY.test(between) && !between.includes('\n') && between.trim().split(/\s+/).filter(Boolean).length <= ORDINAL_DATE_MAX_WORDS;
  });
  // A bound word may reach into an ignored range even when its number does not.
  const kept = out
    .filter((f) => {
      if (ordinalOfDate(f)) return false;
      if (overlapsAny(f.start, f.end, ignore)) return false;
      const furniture = furnitureOf(text, folded, f.start, f.end);
      if (furniture === 'caption') f.salient = false;
      return furniture !== 'page';
    })
    .sort((x, y) => x.start - y.start || x.end - y.end);
  // The values each figure's sentence gives besides its own (sentence-mates.ts): context two languages share.
  setSentenceMates(kept, text, L);
  return kept;
}
