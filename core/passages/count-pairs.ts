/**
 * Passages from a count both texts state (session 20). The figures engine (core/figures) decides, across
 * languages, what a figure counts and whether a page figure and a source figure count the same thing; when their
 * values agree (SAME_COUNT), the two clauses stating them tell one fact (test/fixtures/devset/ADJUDICATION.md: the
 * same figure for one count from two sources is one fact). Scored as whole sentences, such a pair is lost when one
 * sentence lists several counts ("491 people were arrested" / "559 interpellations, dont 491 à Paris"): the shared
 * count weighs little against the long sentence's other keys. Here the pair is judged on the clauses holding the two
 * figures (clauses.ts), not on the sentences.
 *
 * Layering: passages do not run the figures engine. The caller (Engine.compare, the eval) hands over the figure
 * reports it has computed anyway (core/types FigureReport, plain data); this module reads only their spans, units,
 * values and verdicts. Figures are compared once per query, and passages stay free of the figures' modules.
 */
import type { CorpusDoc, FigureReport, Passage } from '../types';
import type { Analysis } from './tokens';
import { bagPairScore, clauseAtOffset, isNumberKey, measureKey, wordKeysAt, AGE_UNITS, CROSS_MIN_SCORE, type KeyCounts } from './crosslang';
import { restsOnNames } from './claim-anchors';
import { elidedStart } from '../text/words';
import { crossPassage } from './translations';
import { ASIDE_OPENERS } from '../figures/count-segment';
import { opposedCount } from './opposed-counts';
import { replacedCount } from './replaced-counts';
import { partsOfOneWhole, wholeOfAPart } from './shared-wholes';
import { isDesignation } from './designations';
import { RANK_UNIT, SCALE_CEILING } from '../figures/unit-sets';

/** Verdicts that say two figures are one count with one value: an agreement. `differs`, `updated` and `related`
 *  are two values or two counts; `overlaps` (values that meet: an open bound and a value inside it, a floor and a
 *  later toll, "more than 2,000" / "2 497") was measured and left out: of 177 such pairs on the devset, 23 were gold
 *  and none adjudicated true, most being one toll at two moments or a floor against a count. */
const SAME_COUNT = new Set(['agrees']);

/** A value the page states in more figures than this (same value and unit) is its headline count, repeated in the
 *  title, the lede and the body: each statement would pair with the sources' every statement of it. Measured (devset,
 *  given the story, agreeing pairs): stated once, 77 of 214 new pairs gold or adjudicated true; twice or more, 22 of
 *  150. */
export const COUNT_MAX_PAGE_REPEATS = 1;

/** Units that say when, not how many (a date, an hour, a year, a numbered week): two texts naming the story's day
 *  share it in every sentence about the day; and temperatures, which are readings, not counts: a heatwave's "35°C"
 *  is told of every town and day it reached, so two texts stating it often tell two places; and ranks ("the second
 *  largest city", "le 267e pape"), which core/figures compares since unit28 (a rank one thing holds) but which count
 *  nothing: "second" in two texts is told of many things (a day, a round, a city), and as passages such pairs were
 *  right 3 times in 7 on the devset (unit28). Counts only. The units core/figures/match.ts never compares
 *  (NEVER_COMPARED: bare numbers, relative positions) have no verdict and never reach here. The other calendar lists
 *  (match.ts WEAK_UNITS, compare.ts CALENDAR_UNITS, extract.ts WEEKLESS_UNITS, ellipsis.ts NOT_ANTECEDENT) serve other
 *  rules of the figures engine.
 *  And graded scales (core/figures unit-sets.ts SCALE_CEILING: an earthquake's magnitude, a storm's category) rate
 *  the story's event, they count nothing: "le séisme de magnitude 7,8" and "a magnitude 7.8 quake struck" name one quake,
 *  and every sentence naming it carries the value, whatever it states of the quake (a toll, an aftershock, a rescue).
 *  Devset (given the story, session 44, pprec44): the 7 count pairs on a magnitude or a category were all wrong (5
 *  stories: "Le tremblement de terre de magnitude 7,4" / "The death toll from a magnitude 7.4 earthquake ...", "Le
 *  puissant ouragan Otis, de catégorie 5" against three sentences on the toll and the damage). A sentence pair stating
 *  the scale is still found by its words (translations.ts). */
const NOT_COUNTS = new Set(['date', 'time', 'year', 'week', 'celsius', 'fahrenheit', RANK_UNIT, ...SCALE_CEILING.keys()]);

/** Values under this are small numbers ("trois blessés", "four hostages", "two children"): one story holds many
 *  counts of them, and a sentence that mentions the story's four hostages in passing shares the count with every
 *  sentence about them. Ten: the line between a handful and a figure. */
export const COUNT_SMALL_VALUE = 10;

/** What the two clauses must score (crosslang.ts pairScore over their keys) when the count is small (COUNT_SMALL_VALUE):
 *  the number alone does not say the two clauses state one fact, their words must
 *  pair as two whole sentences do (CROSS_MIN_SCORE). Measured (devset, given the story): of 58 small-count pairs, 10
 *  gold; at this bar 4 gold and 6 others remain (the "four hostages" and "magnitude 7.7" pairs all went; since session
 *  44 a magnitude or a category never reaches this bar: graded scales are in NOT_COUNTS). */
export const COUNT_SMALL_MIN_SCORE = CROSS_MIN_SCORE;

/** What a person's age counts, as the figures engine words it (core/figures/counts.ts phrase: "age", "age of X",
 *  "age (women)"). */
const AGE_COUNTS = /^age(?: |$)/;

/** Is report `r` a person's age ("a 17-year-old boy", "l'Allemand de 27 ans", "X, 59,")? An age says who a clause
 *  speaks of, as a name does, and every clause about that person may carry it: "The 25-year-old rider became the
 *  first ..." and "Avec ce sacre décroché à l'âge de 25 ans, il rejoint ..." agree on the age and state two facts.
 *  So an age pins no pair by its number: like a small count (COUNT_SMALL_VALUE), its clauses must pair as whole
 *  sentences do (COUNT_SMALL_MIN_SCORE). ageRestsOnNames below refuses only apposition ages sharing nothing but the
 *  names; this asks the same of every age whatever else the clauses share (session 44, pprec44: measured in
 *  core/passages/README.md). */
const isPersonAge = (r: FigureReport): boolean => r.unit === 'years' && AGE_COUNTS.test(r.counts);

/** Keys besides numbers any pair must share: the count's head noun or its verb met in the other language (a concept
 *  of the shared table or a cognate). The figures engine pairs the counted things by its own keys; this asks the
 *  clauses' words to show it too. */
export const COUNT_MIN_SHARED = 1;

/** A count of this value or more (three digits: "104 survivors", "9,000 jobs", "$65 billion") needs no shared word
 *  besides its number when both clauses state the number itself: the figures engine has already matched what the two
 *  figures count (its own keys, across languages), and a three-digit value agreeing between two texts is rarely
 *  chance, as banality.ts counts a value of three or more digits as two matched words (NUMBER_WORDS_WORTH). Below it,
 *  COUNT_MIN_SHARED holds: small values, ages and percentages recur in one story for many things ("20 ans" of a
 *  sentence and of an age, "5 %" of two rates). Session 26: the head nouns of such pairs differ across languages
 *  more often than they meet ("survivors" / "personnes", "arrested" / "interpellations", "jobs" / "employés"). */
export const COUNT_SPECIFIC_VALUE = 100;

/** First words of a clause that attaches it to a noun outside it: a restatement ("soit 9 000 employés", "i.e."), a
 *  part ("dont 491 à Paris", "including 254 in the capital", "parmi les 104 survivants", "among them"), a relative
 *  whose subject is cut ("qui compte 299 salariés", "which is 233"), and a former value ("up from 210"). Such a
 *  clause names neither who counts nor what is counted: its count is of the noun it hangs on, which the other text
 *  may give to another owner or place. A number-only pair (COUNT_SPECIFIC_VALUE) has no shared word to say the two
 *  counts are one, so it is refused when either clause opens so; a pair sharing a word keeps them. Measured (devset,
 *  given the story, session 26): of the 43 number-only pairs, 20 open so (15 adjudicated false, 5 gold), 23 do not
 *  (5 gold, 15 adjudicated true, 2 adjudicated false, 1 unjudged): 87% true kept, against 75% for all passages. Folded, as `wordNorms` gives them. */
const PIECE_OPENERS = new Set([...ASIDE_OPENERS, 'soit', 'qui', 'which', 'who', 'whose', 'lequel', 'laquelle', 'lesquels', 'lesquelles']);
/** Words that, before "from", open a former value ("up from 210", "down from 12"): the count before the change. */
const FORMER_OPENERS = new Set(['up', 'down']);

/** Is word `w` of `a` a person's age in apposition to a name ("X, 59,", "X, 59 ans,": crosslang.ts ageKey)? */
function appositionAge(a: Analysis, w: number): boolean {
  return wordKeysAt(a, w).some((k) => k.startsWith('g:'));
}

/** The keys of the unit word right after an age in apposition ("59 ans", "59 years": crosslang.ts AGE_UNITS), none
 *  when the age has no unit word ("X, 59,") or is no apposition age. */
function ageUnitKeys(a: Analysis, w: number): readonly string[] {
  return appositionAge(a, w) && AGE_UNITS.has(a.wordNorms[w + 1]) ? wordKeysAt(a, w + 1) : [];
}

/**
 * Does a count pair on a person's age rest on naming that person (session 31, pass31)? "The minister, 59, is no longer
 * in a life-threatening condition" / "Le ministre, 59 ans, a été blessé", "X, 69, is a lawyer-turned-politician" / "X,
 * 69 ans, a reçu le soutien de …": an age in apposition says who the person is, as the name does, not what the clause
 * states of them; two clauses naming one person with their age and sharing nothing else tell two facts about them (the
 * devset's adjudicators judged such pairs false in eight stories). So when either figure is an age in apposition
 * (appositionAge), the age keys, the age's number and the keys of its unit word (ageUnitKeys) are read as part of the
 * name, and the pair is refused when it rests on names (claim-anchors.ts restsOnNames: at most NAMES_OTHER_KEYS shared
 * keys besides the names). Other measure keys (a percent, another count's unit) stay: they are the clause's claim. An
 * age told as a noun's qualifier ("a 17-year-old boy was stabbed", "un homme de 50 ans a foncé") is left to the other
 * rules: its clause states what happened to that person.
 */
function ageRestsOnNames(pa: Analysis, pw: [number, number], pWord: number, sa: Analysis, sw: [number, number], sWord: number, value: number, shared: readonly string[]): boolean {
  if (!appositionAge(pa, pWord) && !appositionAge(sa, sWord)) return false;
  const unit = new Set([...ageUnitKeys(pa, pWord), ...ageUnitKeys(sa, sWord)]);
  const rest = shared.filter((k) => !k.startsWith('g:') && k !== `#${value}` && !unit.has(k));
  return restsOnNames(pa, pw, sa, sw, rest);
}

/** Does the clause whose first word is `w` open on a piece of another noun (PIECE_OPENERS, FORMER_OPENERS)? */
function opensOnPiece(a: Analysis, w: number): boolean {
  const first = a.wordNorms[w];
  if (PIECE_OPENERS.has(first)) return true;
  return FORMER_OPENERS.has(first) && a.wordNorms[w + 1] === 'from';
}

/** A report's value, when it is one number (its low bound, else its high). */
function valueOf(r: { low: unknown; high: unknown }): number | null {
  if (typeof r.low === 'number') return r.low;
  if (typeof r.high === 'number') return r.high;
  return null;
}

/** What a count pair was built from, for scripts/dev/count-pairs-probe.ts. */
export interface CountFeatures { verdict: string; unit: string; value: number; pageQualifier: string; srcQualifier: string; sameValue: boolean; words: number; score: number; shared: string[]; pageRepeats: number; sourceShare: number }
let countDebug: ((p: Passage, f: CountFeatures) => void) | null = null;
/** Dev hook: called with each count passage and its features. */
export function setCountDebug(fn: typeof countDebug): void { countDebug = fn; }

interface CountCandidate { pageWords: [number, number]; srcWords: [number, number]; score: number; f: CountFeatures | null; numberOnly: boolean }

/** What countPassages reads of the page's reports whatever the source: built once per query (findPassages), not
 *  once per source, as both are quadratic in the reports when built per report. */
export interface CountTables {
  /** Figures of the page stating each value and unit (a report's `low|high|unit`). */
  repeats: Map<string, number>;
  /** Sources any report is compared with. */
  sources: number;
}

const repeatKey = (r: FigureReport): string => `${String(r.low)}|${String(r.high)}|${r.unit}`;

export function countTables(reports: FigureReport[]): CountTables {
  const repeats = new Map<string, number>();
  const sources = new Set<string>();
  for (const r of reports) {
    repeats.set(repeatKey(r), (repeats.get(repeatKey(r)) ?? 0) + 1);
    for (const c of r.comparisons) sources.add(c.source.id);
  }
  return { repeats, sources: sources.size };
}

/**
 * Passages of source `doc` (analysis `sa`) from the page's figure reports: one per pair of a page figure and a
 * figure of this source that the figures engine calls the same count with an agreeing value (SAME_COUNT), spanning
 * the two figures' clauses. A page span that already has a counterpart in this source (`found`) keeps it; each page
 * clause and each source clause takes one count pair, best scored first. `tables`: countTables(reports), which the
 * caller builds once per query.
 */
export function countPassages(pa: Analysis, pageText: string, sa: Analysis, doc: CorpusDoc, reports: FigureReport[], found: Passage[], counts: KeyCounts, tables: CountTables = countTables(reports)): Passage[] {
  const cands: CountCandidate[] = [];
  // One score per pair of clauses: a sentence listing many counts is one clause for all of them (clauseAtOffset
  // gives the same keys array for each).
  const scored = new Map<string[], Map<string[], { score: number; shared: string[] }>>();
  for (const r of reports) {
    if (NOT_COUNTS.has(r.unit)) continue;
    const value = valueOf(r);
    if (value === null) continue;
    const pageRepeats = tables.repeats.get(repeatKey(r)) ?? 0;
    if (pageRepeats > COUNT_MAX_PAGE_REPEATS) continue;
    const mine = r.comparisons.filter((c) => c.source.id === doc.id && SAME_COUNT.has(c.verdict));
    if (mine.length === 0) continue;
    const pc = clauseAtOffset(pa, r.page.start);
    if (!pc) continue;
    // A number written as part of a name ("the Corvex 310 fleet", "the Brannock 7 convoy") counts nothing: the figures engine reads it as
    // a count of the word after it, and every clause naming the thing would pair with every clause of a source naming
    // it (designations.ts).
    if (isDesignation(pa, pc.word)) continue;
    // A count named only as what the clause fights ("to prevent the loss of 600 jobs") is not stated by it: it pairs
    // with no clause stating the count, only with another clause fighting it (two texts telling one call).
    const pageOpposed = opposedCount(pa, pc.word, pc.words[0]);
    // Likewise a count the clause sets aside ("rather than the 70%", "au lieu de 35 %") pairs only with a clause setting
    // it aside too (replaced-counts.ts): against a clause asserting it, it is the correction against the claim.
    const pageReplaced = replacedCount(pa, pc.word, pc.words[0]);
    let row = scored.get(pc.keys);
    if (!row) scored.set(pc.keys, (row = new Map()));
    for (const c of mine) {
      const sc = clauseAtOffset(sa, c.source.start);
      if (!sc || isDesignation(sa, sc.word) || opposedCount(sa, sc.word, sc.words[0]) !== pageOpposed || replacedCount(sa, sc.word, sc.words[0]) !== pageReplaced) continue;
      let pair = row.get(sc.keys);
      if (!pair) row.set(sc.keys, (pair = bagPairScore(pc, sc, counts)));
      const { score, shared } = pair;
      // Both clauses give the count as the whole they take a part of ("76 sur 577" / "215 of the 577 seats"): the
      // figures agree, the claims (the parts) do not (shared-wholes.ts).
      if (partsOfOneWhole(pa, pc.words, sa, sc.words, shared)) continue;
      // One clause gives the count only as the whole of its part ("272 sièges sur 543" / "has 543 seats"): the part is
      // its claim, the whole its frame (shared-wholes.ts wholeOfAPart).
      if (wholeOfAPart(pa, pc.words, sa, sc.words, shared)) continue;
      const words = shared.filter((k) => !isNumberKey(k) && !measureKey(k)).length;
      const small = Math.abs(value) < COUNT_SMALL_VALUE || isPersonAge(r);
      const specific = Math.abs(value) >= COUNT_SPECIFIC_VALUE && shared.some(isNumberKey) && !opensOnPiece(pa, pc.words[0]) && !opensOnPiece(sa, sc.words[0]);
      if ((words < COUNT_MIN_SHARED && !specific) || (small && score < COUNT_SMALL_MIN_SCORE)) continue;
      if (ageRestsOnNames(pa, pc.words, pc.word, sa, sc.words, sc.word, value, shared)) continue;
      const f: CountFeatures | null = countDebug ? { verdict: c.verdict, unit: r.unit, value, pageQualifier: String(r.qualifier), srcQualifier: String(c.qualifier), sameValue: r.low === c.low && r.high === c.high, words, score, shared, pageRepeats, sourceShare: new Set(r.comparisons.filter((x) => SAME_COUNT.has(x.verdict)).map((x) => x.source.id)).size / tables.sources } : null;
      cands.push({ pageWords: pc.words, srcWords: sc.words, score, f, numberOnly: words < COUNT_MIN_SHARED });
    }
  }
  // Pairs whose words show the count besides its number come first: a pair resting on the number alone
  // (COUNT_SPECIFIC_VALUE) only takes clauses none of them takes, so it never displaces one.
  cands.sort((a, b) => Number(a.numberOnly) - Number(b.numberOnly) || b.score - a.score);
  const out: Passage[] = [];
  const usedP = new Set<number>();
  const usedS = new Set<number>();
  for (const x of cands) {
    if (usedP.has(x.pageWords[0]) || usedS.has(x.srcWords[0])) continue;
    const ps = elidedStart(pageText, pa.wordStarts[x.pageWords[0]]);
    const pe = pa.wordEnds[x.pageWords[1]];
    if (found.some((p) => p.source.id === doc.id && p.page.start < pe && ps < p.page.end)) continue;
    const ss = elidedStart(doc.text, sa.wordStarts[x.srcWords[0]]);
    const se = sa.wordEnds[x.srcWords[1]];
    usedP.add(x.pageWords[0]);
    usedS.add(x.srcWords[0]);
    const p = crossPassage(x.score, pageText, ps, pe, doc, ss, se);
    if (countDebug && x.f) countDebug(p, x.f);
    out.push(p);
  }
  return out;
}
