/**
 * Who gives two values and when: the rules that let two disjoint values of one count be called a
 * disagreement (two named sides on one day, a march's crowd on its day, one person's age), or tell two
 * days apart (an update). The second stage of compareFigures (compare.ts), after matchKeys.
 */
import { sameOwnerKey } from '../text/names';
import type { Figure } from './types';
import { concept, countryOfKey, lookup, type Concept } from '../concepts/index';
import { isPlural } from './count-event';
import { fold } from '../text/fold';
import { grownAfter, growingRole, resolveMoment, risenAfter, weekdayNear } from './moment';
import { inter } from './match';
import { speakerKey } from './attribution';

/**
 * When the two values refer to: 'same', 'different' (both known and apart), or 'unknown'. Known
 * moments come from dates (the clause's time word resolved against publication); without them, two
 * different time words ("lundi" / "mardi") still tell the values apart.
 */
export function moments(a: Figure, b: Figure): 'same' | 'different' | 'unknown' {
  if (a.moment && b.moment) return a.moment === b.moment ? 'same' : 'different';
  if (a.when && b.when) return a.when === b.when ? 'same' : 'different';
  // A month named in an undated article ("Manifestations du 18 septembre" with no year: when "month-09", monthDay
  // "--09-18") against a day of another month or another day ("2025-10-02", "2025-09-10"): two days, whatever the
  // year. Only ever tells two apart.
  if (otherMonth(a, b) || otherMonth(b, a) || otherMonthDay(a, b) || otherMonthDay(b, a)) return 'different';
  return a.when || b.when || a.moment || b.moment ? 'unknown' : 'same';
}

const bothDated = (a: Figure, b: Figure): boolean => !!a.moment && !!b.moment;

/** `a` has only a day without a year (monthDay, an undated article's "18 septembre") and `b` a moment of another
 * month and day ("2025-09-10"). */
const otherMonthDay = (a: Figure, b: Figure): boolean => !a.moment && !!a.monthDay && !!b.moment
  && /^\d{4}-\d{2}-\d{2}$/.test(b.moment) && a.monthDay.slice(1) !== b.moment.slice(4);

/** `a` has only a month of its text (when "month-MM", no moment) and `b` a day (moment) of another month. */
const otherMonth = (a: Figure, b: Figure): boolean => !a.moment && !!a.when?.startsWith('month-') && !!b.moment
  && /^\d{4}-\d{2}/.test(b.moment) && a.when.slice(6, 8) !== b.moment.slice(5, 7);

/** Nations a speaker is named by ("Israeli authorities", "Israël", "le ministère marocain"). */
function speakerNations(who: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(who).split(/[^\p{L}]+/u)) {
    const c = w ? lookup(w, 'nation') : undefined;
    if (c) out.add(c.id);
  }
  return out;
}

/**
 * Two named speakers on two sides: the police and the unions, a ministry and an NGO. Two spellings of
 * one government ("Israeli authorities" / "Israël", "les autorités marocaines" / "Morocco") are one side: its two values
 * are an earlier and a later count more often than a disagreement.
 */
export function twoSides(a: Figure, b: Figure): boolean {
  if (!a.saidBy || !b.saidBy || speakerKey(a.saidBy) === speakerKey(b.saidBy)) return false;
  const na = speakerNations(a.saidBy);
  return inter(na, speakerNations(b.saidBy)) === 0;
}

/**
 * Each side's own count: one figure's speaker is named by a nation ("Pakistan", "Indian officials", "le ministère
 * marocain") that its own count names too ("46 wounded on Pakistani soil"), and the other figure's count names a
 * nation but not that one ("30 blessés dans la partie indienne"). A side giving its own toll and a toll of another
 * nation are two counts, whatever the frames share (count keys leave a nation's part open: an agent, a victim or
 * a place), never a disagreement.
 */
export function ownCounts(a: Figure, b: Figure): boolean {
  const nations = (f: Figure): string[] => f.countsKey.slice(1).map(countryOfKey).filter((k): k is string => !!k);
  const own = (x: Figure, y: Figure): boolean => {
    if (!x.saidBy) return false;
    const ny = nations(y);
    if (!ny.length) return false;
    const nx = nations(x);
    return [...speakerNations(x.saidBy)].some((n) => nx.includes(n) && !ny.includes(n));
  };
  return own(a, b) || own(b, a);
}

/** Words that take up the sentence's subject again between it and a count: "X announced that it would cut 4,000
 * jobs", "X a annoncé la fermeture de ses usines, entraînant la suppression de 1 200 emplois". Folded. */
const SUBJECT_AGAIN = new Set(['it', 'its', 'they', 'their', 'il', 'elle', 'ils', 'elles', 'ses', 'son', 'sa', 'leur', 'leurs']);

/**
 * The speaker is the doer: the sentence names the figure's speaker before the count and takes it up again with a
 * pronoun or possessive before the number ("X said it would cut 4,700 jobs", "X a annoncé la fermeture de ses
 * usines … 1 254 emplois"): the count is of the speaker's own doing, a plan or a decision, not a reading of
 * something both sides observe.
 */
export function speakerDoes(text: string, f: Figure): boolean {
  if (!f.saidBy) return false;
  let s = f.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  const before = fold(text.slice(s, f.start));
  const name = fold(speakerKey(f.saidBy));
  const at = before.toLowerCase().indexOf(name.toLowerCase());
  if (!name || at < 0) return false;
  const words = before.slice(at + name.length).toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w, i) => SUBJECT_AGAIN.has(w) && !NOT_THE_DOER.has(words[i + 1] ?? '') && !(POSSESSIVES.has(w) && tallyAt(words, i + 1)));
}

/** After such a word, it is no doer: the count itself ("Police said it was 87,000") or a turn of phrase ("for its
 * part", "pour sa part", "a pour sa part compté"). */
const NOT_THE_DOER = new Set(['was', 'is', 'were', 'are', 's', 'part', 'y', '']);
/** A possessive before a noun of counting is the speaker's reading of something both sides observe ("their count
 * showed 8,000", "son décompte"), not its own doing: the possessives, and the nouns of counting, folded. */
const POSSESSIVES = new Set(['its', 'their', 'ses', 'son', 'sa', 'leur', 'leurs']);
const TALLY_NOUNS = new Set(['count', 'counts', 'tally', 'tallies', 'estimate', 'estimates', 'figure', 'figures', 'calculation', 'calculations', 'decompte', 'decomptes', 'comptage', 'comptages', 'calcul', 'calculs', 'estimation', 'estimations', 'chiffre', 'chiffres', 'bilan']);
/** "own" / "propre" may stand between the possessive and its noun of counting ("its own tally", "son propre décompte"). */
const OWN = new Set(['own', 'propre', 'propres']);
const tallyAt = (words: string[], i: number): boolean => TALLY_NOUNS.has(words[i] ?? '') || (OWN.has(words[i] ?? '') && TALLY_NOUNS.has(words[i + 1] ?? ''));

/**
 * Two named doers' own counts ("X will cut 4,700 jobs" / "Y supprime 1 254 emplois"): each side's own decision, two
 * counts, never a disagreement between them.
 */
export function twoDoers(a: Figure, b: Figure, textA: string, textB: string): boolean {
  return !!a.saidBy && !!b.saidBy && speakerKey(a.saidBy) !== speakerKey(b.saidBy) && speakerDoes(textA, a) && speakerDoes(textB, b);
}

/**
 * The sides of a crowd count: two named sides, or one named speaker against a count whose speaker the
 * sentence does not name ("1,27 million de manifestants selon le ministère" / "2.8 million took to the
 * streets"): on one march's day, two values of its crowd are two counts of it, not a count and its update.
 * Two unnamed sides stay apart (on the development set that added 2 right pairs to 24: too little
 * to say "differs" on nothing but the event's day).
 */
export function eventSides(a: Figure, b: Figure): boolean {
  return twoSides(a, b) || !!a.saidBy !== !!b.saidBy;
}

/** How many words before a hospital word a word of dying may stand and make the hospital the place where someone died
 * ("died in hospital", "décédée à l'hôpital", "declared dead at the hospital": the verb, a preposition, an article). */
const DIED_IN_REACH = 3;
/** How many words before and after a word of the total or toll a word taking the hospital up again may stand and make
 * it the hospital's own toll ("its death toll", "the death toll there", "le bilan de l'établissement"). */
const BACK_REACH = 3;
/** General words that take a named place or body up again: an adverb of place, possessives, the nouns a hospital is
 * called by a second time. A toll next to one is that hospital's, not the whole's. */
const BACK_TO_FACILITY = new Set(['there', 'its', 'y', 'son', 'sa', 'etablissement', 'establishment', 'facility']);
/** Determiners before a word of dying make it a noun of the dead ("the dead at X hospital", "les morts de l'hôpital"),
 * who the hospital counts, not a verb telling where one person died. */
const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'les', 'des', 'ses', 'leurs', 'ces', 'nos', 'our']);
/**
 * The sentence before a figure names a hospital ("un porte-parole de l'hôpital X a annoncé la mort de 15
 * personnes"): the count is of those that hospital received, a part of a toll, not a rival to it. Not a hospital
 * that is no one count's holder (related45: these made 29 gold updates of whole tolls `related`, in 6 stories of both
 * languages): hospitals in the plural ("after checking with all hospitals", "admitted to hospitals") are the whole's
 * sources; a word of the whole or of a toll after the hospital ("died in hospital, bringing the total to six", "le
 * bilan s'élève à 12") gives the count as the whole's, unless a word next to it takes the hospital up again ("the death
 * toll there", "le bilan de l'établissement": BACK_TO_FACILITY); a verb or participle of dying just before it ("died
 * in hospital", "décédée à l'hôpital") makes it the place of one death, not the holder of the count that follows (a
 * noun of the dead, after a determiner, does not: "the dead at X hospital numbered 15"). One singular hospital that
 * passes these is enough: other hospitals named in the plural beside it ("en lien avec les autres hôpitaux") are
 * its sources, not a whole.
 */
export function oneFacility(text: string, f: Figure): boolean {
  const memo = FACILITY.get(f);
  if (memo && memo.text === text && memo.start === f.start) return memo.facility;
  let s = f.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  const words = fold(text.slice(s, f.start)).split(/[^\p{L}]+/u).filter((w) => w);
  const hospital = (w: string): Concept | undefined => {
    const c = lookup(w, 'entity');
    return c?.id === 'hospital' ? c : undefined;
  };
  // The hospital named again after the toll ("le bilan de l'hôpital") takes it up too; one named before it is the
  // hospital being tested.
  const backRef = (j: number): boolean => words.slice(Math.max(0, j - BACK_REACH), j).some((w) => BACK_TO_FACILITY.has(w))
    || words.slice(j + 1, j + BACK_REACH + 1).some((w) => BACK_TO_FACILITY.has(w) || !!hospital(w));
  const wholeAfter = (i: number): boolean => words.some((w, j) => j > i
    && (lookup(w, 'scope')?.id === 'total' || lookup(w, 'topic')?.id === 't-toll') && !backRef(j));
  const diedBefore = (i: number): boolean => words.slice(Math.max(0, i - DIED_IN_REACH), i)
    .some((w, k, near) => lookup(w, 'role')?.id === 'killed'
      && !DETERMINERS.has((k > 0 ? near[k - 1] : words[Math.max(0, i - DIED_IN_REACH) - 1]) ?? ''));
  const facility = words.some((w, i) => {
    const c = hospital(w);
    return !!c && !isPlural(w, c) && !wholeAfter(i) && !diedBefore(i);
  });
  FACILITY.set(f, { text, start: f.start, facility });
  return facility;
}
/** oneFacility's answer per figure, with the text and the offset it was read at: compare.ts asks it of both figures
 * of a pair, and a page's figure meets every source's. */
const FACILITY = new WeakMap<Figure, { text: string; start: number; facility: boolean }>();

/**
 * One named person's age on both sides ("Léa, 25," / "Léa (26 ans)"): no developing count, no speaker
 * needed; two values of it on one day (or both undated) are a plain disagreement between the sources.
 * With one side undated it is a disagreement only when both ages are said by a named speaker (compare.ts): an age
 * told by the writer alone may be of another day (on the development set, without that condition, one pair the
 * gold dates days apart came through for 15 more right verdicts; with it, 12 more right and none wrong).
 */
export const namedAge = (a: Figure, b: Figure): boolean => a.countsKey[0] === 'age' && b.countsKey[0] === 'age'
  && !!a.countsKey[1]?.startsWith('of:n:') && !!b.countsKey[1]?.startsWith('of:n:') && sameOwnerKey(a.countsKey[1].slice(3), b.countsKey[1].slice(3));

/**
 * The two figures' moments, where one of an undated article that names a weekday takes the day of that
 * name nearest the other's (weekdayNear): "210 killed on Saturday" in an undated report and "274" of a
 * Sunday article are two days' counts. Only ever used to tell two days apart (an update), never to make
 * one day (a disagreement): a weekday can also be the day of the raid a toll counts. On the development
 * set: gold updates right 151 -> 170 of 226, 9 other pairs made wrong (4 of them a toll "tuées dans
 * l'opération samedi" in a report of Sunday), none a differs.
 */
export function weekdayMoments(a: Figure, b: Figure, aUndated: boolean, bUndated: boolean, totals = false): [string | undefined, string | undefined] {
  // A count an undated article tells as risen, above a dated one: after it (moment.ts risenAfter).
  // Two running totals (`totals`: each its article's highest of its role, a toll, arrests), one in an undated article,
  // wholly apart: the higher is later (moment.ts grownAfter).
  const ma = a.moment ?? (aUndated ? weekdayNear(a.when, b.moment) ?? risenAfter(a, b) ?? (totals ? grownAfter(a, b) : undefined) : undefined);
  const mb = b.moment ?? (bUndated ? weekdayNear(b.when, a.moment) ?? risenAfter(b, a) ?? (totals ? grownAfter(b, a) : undefined) : undefined);
  return ma && mb && ma !== mb ? [ma, mb] : [a.moment, b.moment];
}

/** Both values dated, to the same day. */
export const sameDay = (a: Figure, b: Figure, when: string): boolean => when === 'same' && bothDated(a, b);

/**
 * A count of a one-day event (a march) given by two sides with no moment telling them apart: the police
 * and the unions count the same day's march, and an event's count is not updated as a toll is. Each
 * side must be of its article's own day (its publication day, or the day before named by its weekday, as a next
 * morning's report names the march's day; any, in an undated article): a figure dated to another day in its clause ("le 19 janvier
 * dernier, 1,1 million") is a past event, and one left undated in a dated article ("deux millions
 * avaient été recensés") was left so because it is of another day. With no date on either side, nothing
 * tells the two days apart and the sides' counts are read as one day's. A toll (the dead, the wounded, the arrested)
 * is that day's only when a time word dates a side: compare.ts articleDayToll refuses a toll dated by its article only.
 */
export function sameEventDay(a: Figure, b: Figure, when: string, dayA: string | undefined, dayB: string | undefined): boolean {
  // Crowds only: seats are an event's outcome too, but two parties' seats read alike when a name is missing.
  if (when === 'different' || a.unit !== 'people' || !(isEvent(a) || isEvent(b))) return false;
  // Not the toll of an event that no day puts on one day ("at least 39 people have died in the protests", said on
  // Monday, and "23 killed" in an undated report): its dead, wounded or arrested (moment.ts GROWING_ROLES) are counted
  // for days after the march, and the undated side's toll may be an earlier reading. Both dated to one day, two tolls
  // stay that day's (the day's arrests told by the ministry and by another count).
  if (when !== 'same' && (growingRole(a) || growingRole(b))) return false;
  // Both dated to one day by a time word ("le 19 janvier", "on January 19"), even a day before either article's:
  // the two values are two counts of that day's march.
  if (when === 'same' && a.moment && a.moment === b.moment && (a.when || b.when)) return true;
  // A time word that points elsewhere than the article's day ("en janvier" in a February article) dates
  // another day's count, whatever moment the figure was finally given.
  const pointsTo = (x: Figure, day: string): boolean => {
    const r = x.when ? resolveMoment(x.when, day) : day;
    // A month ("en janvier") names the article's day when it is the article's month.
    return x.when?.startsWith('month-') ? r?.slice(0, 7) === day.slice(0, 7) : r === day;
  };
  // A report of the next morning names the march's day ("Tuesday's protests" in a Wednesday article).
  const dayBefore = (x: Figure, day: string): boolean => !!x.when && !!x.moment && x.moment === resolveMoment(x.when, day) && x.moment === resolveMoment('yesterday', day);
  const ofItsDay = (x: Figure, day: string | undefined): boolean => (day ? (x.moment === day && pointsTo(x, day)) || dayBefore(x, day) : true);
  return ofItsDay(a, dayA) && ofItsDay(b, dayB);
}

/** A count of an event of one day ("1,1 million de manifestants le 19 janvier"): another day's count is
 * another event's, so it is never an update of it. */
export const isEvent = (f: Figure): boolean => f.countsKey.some((k) => concept(k)?.event === true);

/** Two projections of one holder's share of an event's outcome ("le Parti X obtiendrait 180 à 215 sièges", "X
 * projected at 175 to 205 seats"): the estimate of the evening is revised overnight as the count goes on, so it
 * moves from day to day where the outcome itself does not. Both must name one holder: without it, two parties'
 * ranges read alike (on the development set, 5 pairs of two parties' ranges). */
export const sameProjection = (a: Figure, b: Figure): boolean => a.countsKey.includes('projection') && b.countsKey.includes('projection')
  && !!a.names?.some((n) => b.names?.includes(n));

/**
 * A ceiling below the other side's count: "fewer than 100" / "moins de 100" (an upper bound, open below) from one
 * named side, 274 from the other named side or from no one named (the writer's own count). A toll or a crowd grows
 * or is given as a floor ("at least"); a ceiling a speaker sets under another value rebuts it, it is not an earlier
 * reading (compare.ts also asks that no two days tell them apart). An unnamed ceiling is not a rebuttal, nor is the
 * top of an estimate ("up to 12 000", "jusqu'à", "at most": qualifier up-to), which a wider count may exceed, nor a
 * value told just under its bound ("un peu moins de 4,5 millions", "just under 100": Figure `near`), a rounded count.
 */
export function ceilingRebuttal(a: Figure, b: Figure): boolean {
  const rebuts = (x: Figure, y: Figure): boolean => x.qualifier === 'less-than' && typeof x.high === 'number' && typeof y.low === 'number' && y.low > x.high
    && !!x.saidBy && (!y.saidBy || twoSides(x, y)) && !x.near;
  return rebuts(a, b) || rebuts(b, a);
}
