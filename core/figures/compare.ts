/**
 * compareFigures: pair each page figure with source figures that count the same thing, and say
 * whether their intervals agree, overlap or differ. Pairing is conservative, because a wrong
 * "differs" costs the reader's trust more than a missed comparison: two figures are compared only
 * when unit and category match and nothing in their keys contradicts (another nation's soldiers,
 * another action, another place, killed vs killed-or-wounded); near misses come back as 'related'.
 */
import type { Bound, FigureComparison, FigureReport, Lang, Verdict } from '../types';
import type { Figure } from './types';
import { concept, lookup } from '../concepts/index';
import { fold } from '../text/fold';
import { resolveMoment, weekdayNear } from './moment';

/** Whether two values of one count on one day, with no named speakers on both sides, may be called
 * "differs". Off: on the development set most such pairs were a toll updated within the day. */
const DIFFERS_WITHOUT_SPEAKERS = false;
/** Share of frame tokens two values at two moments must share to be one count moving ("updated"). On the
 * development set 0.5 let 499 pairs of different counts through, 0.6 416 (one right update lost), 0.7 cost 29 right updates. */
const UPDATED_MIN_JACCARD = 0.6;
/** A count that grows more than this many times between two articles is more often another, wider count
 * (a war's toll beside one strike's) than the same one moving. On the development set: 426 comparisons of
 * different counts fall to 359 and mixed timelines from 4 to 1, for 6 right updates lost (an earthquake's
 * first toll, 296, still steps to 2,946). */
const UPDATED_MAX_RATIO = 10;
/** Police and unions, ministries and NGOs rarely disagree by more than this factor on one count (a Paris
 * march: 87 000 for the police, 500 000 for the CGT, about 6 times); beyond it,
 * two values are most often of different scopes or moments. */
const DIFFERS_MAX_RATIO = 10;
/** Two values of one count that meet (open bounds, ranges) but lie this many times apart are most often
 * two scopes (a war's toll, one strike's): the same factor as a disagreement's. */
const OVERLAPS_MAX_RATIO = DIFFERS_MAX_RATIO;
/** Names in one clause from which they read as a list (of places, of parties) rather than the figure's one:
 * four, since a person's first and last names and one place are three. */
const NAME_LIST_MIN = 4;
/** Share of key tokens two figures must have in common to call a disjoint pair "differs" rather than "related". */
const DIFFERS_MIN_JACCARD = 0.6;
/** Content words of the clause two figures of a generic entity ("people", a noun the table does not
 * know) must share to be compared: "300 personnes" alone says too little to be set against another. */
const MIN_SHARED_CONTEXT_GENERIC = 1;
/** Units without a counted noun (percent, euros, km...) say nothing of what they measure: the clause must. */
const MIN_SHARED_CONTEXT_UNIT = 2;
/** Dates, times and durations carry little of their own meaning: require more shared context. */
const MIN_SHARED_CONTEXT_WEAK = 2;
/** Shared context for a 'related' pair of different counts: enough that a reader would want to see both. */
const MIN_SHARED_RELATED = 3;
/** Shared context for two dates, durations or bare units of one value: one shared word besides the unit. */
const SAME_VALUE_MIN_CONTEXT = 1;
const WEAK_UNITS = new Set(['date', 'time', 'year', 'ordinal', 'years', 'hours', 'days', 'months', 'weeks', 'minutes']);
/** Units that name a moment rather than measure something. */
const CALENDAR_UNITS = new Set(['date', 'time', 'year']);
/** Never compared: a bare number counts nothing named; a place in a list is not a quantity. */
const NEVER_COMPARED = new Set(['number', 'ordinal-relative', 'ordinal']);
/** Entities too generic to be a frame on their own: people, men, women, a noun the table does not know. */
const GENERIC_ENTITIES = new Set(['person', 'man', 'woman', 'member', 'unit', 'country']);

export interface SourceDoc {
  id: string;
  text: string;
  lang: Lang;
  figures: Figure[];
  /** The article's publication day (YYYY-MM-DD), when known: a figure of that day is of the article's day. */
  published?: string;
}

interface KeyParts {
  category: string;
  own?: string;
  nations: Set<string>;
  places: Set<string>;
  actions: Set<string>;
  roles: Set<string>;
  modifiers: Set<string>;
  all: Set<string>;
}

function parts(key: string[]): KeyParts {
  const p: KeyParts = { category: key[0] ?? '', nations: new Set(), places: new Set(), actions: new Set(), roles: new Set(), modifiers: new Set(), all: new Set() };
  for (let i = 1; i < key.length; i++) {
    const k = key[i];
    if (k.startsWith('of:')) { p.own = k.slice(3); continue; }
    p.all.add(k);
    if (k.startsWith('loc:')) { p.places.add(k); continue; }
    const c = concept(k);
    if (!c) continue;
    if (c.type === 'nation') p.nations.add(k);
    else if (c.type === 'action') p.actions.add(k);
    else if (c.type === 'role') p.roles.add(k);
    // A cue in a key is a modifier read from the whole clause ("projection").
    else if (c.type === 'modifier' || c.type === 'scope' || c.type === 'cue') p.modifiers.add(k);
  }
  // "2,8 millions, dont 500 000 à Paris": a part that names its own place is the count of that place,
  // which the place already says; "500 000 manifestants à Paris" elsewhere counts the same thing.
  if (p.places.size && p.modifiers.has('part')) { p.modifiers.delete('part'); p.all.delete('part'); }
  return p;
}

/** Actions that say why rather than what happened to the counted things. */
const strong = (s: Set<string>): Set<string> => new Set([...s].filter((x) => !concept(x)?.weak));
const inter = (a: Set<string>, b: Set<string>): number => { let n = 0; for (const x of a) if (b.has(x)) n++; return n; };
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && inter(a, b) === a.size;

/** Places of both figures, where a place on one side only is named in the other's clause. */
function samePlaces(pa: Set<string>, pb: Set<string>, a: Figure, b: Figure): boolean {
  if (sameSet(pa, pb)) return true;
  // A clause that lists many names ("dans les provinces d'Al-Haouz, Marrakech, Ouarzazate ... et Taroudant")
  // gives the total over them all, not the count of one.
  const named = (p: string, f: Figure): boolean => !!f.context?.includes(`n:${p.slice(4)}`) && (f.context?.filter((c) => c.startsWith('n:')).length ?? 0) < NAME_LIST_MIN;
  for (const p of pa) if (!pb.has(p) && !named(p, b)) return false;
  for (const p of pb) if (!pa.has(p) && !named(p, a)) return false;
  return true;
}

/** Content words the two clauses share, besides the counted noun itself. */
function sharedContext(a: Figure, b: Figure, category: string): number {
  if (!a.context || !b.context) return 0;
  const B = new Set(b.context);
  let n = 0;
  for (const x of new Set(a.context)) if (x !== category && B.has(x)) n++;
  return n;
}

/** Why two figures are or are not compared: the first test that decided (for the eval's error lists). */
export type MatchReason = 'ok' | 'unit' | 'never' | 'category' | 'context' | 'own' | 'names' | 'roles' | 'modifiers' | 'actions' | 'places';

/** 'same' (compare values), 'related' (close but not the same count), or null (unrelated). */
export function matchKeys(a: Figure, b: Figure): 'same' | 'related' | null {
  return matchDetail(a, b).match;
}

export function matchDetail(a: Figure, b: Figure): { match: 'same' | 'related' | null; reason: MatchReason } {
  if (a.unit !== b.unit) return { match: null, reason: 'unit' };
  if (NEVER_COMPARED.has(a.unit)) return { match: null, reason: 'never' };
  const A = parts(a.countsKey);
  const B = parts(b.countsKey);
  if (A.category !== B.category) return { match: null, reason: 'category' };
  // "l'âge légal à 64 ans" and "partir à 64 ans": a number of years said with or without the word "age"
  // is one value; "age" sets apart only counts of people ("personnes âgées").
  if (a.unit === 'years') { A.modifiers.delete('age'); B.modifiers.delete('age'); }
  const sharedKey = inter(A.all, B.all);
  const shared = Math.max(sharedKey, sharedContext(a, b, A.category));
  const generic = GENERIC_ENTITIES.has(A.category) || A.category.startsWith('w:');
  // A unit with no counted noun (percent, euros) says nothing of what it measures; a topic noun ("deux
  // jours fériés", "two public holidays") is its own unit, and names what is counted as an entity does.
  const unitOnly = A.category === a.unit && concept(A.category)?.type !== 'topic';
  let need = WEAK_UNITS.has(a.unit) ? MIN_SHARED_CONTEXT_WEAK
    : unitOnly ? MIN_SHARED_CONTEXT_UNIT
      // A role makes "people" a frame of its own: "120 morts" and "150 people killed" count one thing.
      : generic && A.roles.size === 0 ? MIN_SHARED_CONTEXT_GENERIC : 0;
  // "le 7 octobre" and "on Oct. 7", "magnitude 7" twice: one value is itself evidence of one thing.
  // Not for a calendar year: "2026" names the year of many counts (a deficit target, a budget, job cuts).
  if (need > 1 && intervalVerdict(a, b) === 'agrees' && a.unit !== 'year') need = SAME_VALUE_MIN_CONTEXT;
  // One named person's age on both sides is a frame of its own.
  if (A.own?.startsWith('n:') && A.own === B.own) need = 0;
  if (shared < need) return { match: null, reason: 'context' };
  let conflict: MatchReason | undefined;
  if (A.own && B.own && A.own !== B.own) conflict = 'own';
  // "182 sièges pour le NFP" and "143 seats for the RN": two names, two counts. Around a count of
  // people, names are more often the actors ("tués par l'armée", "Hamas said") than whose they are.
  // Around a topic noun ("François Bayrou veut supprimer deux jours fériés") names are who acts on the things
  // counted, not whose they are; they often differ across languages ("Pâques" / "Easter") for one count.
  else if (a.unit !== 'people' && concept(A.category)?.type !== 'topic' && a.names?.length && b.names?.length && !a.names.some((n) => b.names!.includes(n))) conflict = 'names';
  // A role said on one side only ("au moins 274 Palestiniens" beside "274 Palestinians killed") is often
  // told elsewhere in its sentence: the same value is evidence enough that they count one thing, another
  // value is not (the toll's "au moins 200" beside "hundreds" injured).
  else if (!sameSet(A.roles, B.roles) && ((A.roles.size > 0 && B.roles.size > 0) || intervalVerdict(a, b) !== 'agrees')) conflict = 'roles';
  else if (!sameSet(A.modifiers, B.modifiers) && ((A.modifiers.size > 0 && B.modifiers.size > 0) || intervalVerdict(a, b) !== 'agrees')) conflict = 'modifiers';
  // "help" says why, not what happened: only the other actions can contradict each other.
  const sa = strong(A.actions);
  const sb = strong(B.actions);
  if (!conflict && sa.size && sb.size && inter(sa, sb) === 0) conflict = 'actions';
  // A place narrows the count ("1 293 dead in Al-Haouz" is not "2 012 dead in Morocco"), unless the other
  // clause names that place too ("à Nuseirat" / "Nuseirat, où ...").
  if (!conflict && !samePlaces(A.places, B.places, a, b)) conflict = 'places';
  if (!conflict) return { match: 'same', reason: 'ok' };
  // 'related' is for near misses only: the same people or things, told about in a close context.
  if ((A.own && B.own && A.own !== B.own) || conflict === 'names') return { match: null, reason: conflict };
  // Another role or modifier is another kind of count (a force gathered vs casualties, special forces
  // vs all troops): not worth showing side by side.
  if (!sameSet(A.roles, B.roles) || !sameSet(A.modifiers, B.modifiers)) return { match: null, reason: conflict };
  // The same nation's soldiers told about elsewhere ("8 000 in Aleppo" vs "12 000 sent to Syria") are worth showing.
  if (A.own && A.own === B.own && sharedKey >= 1) return { match: 'related', reason: conflict };
  return { match: sharedKey >= MIN_SHARED_RELATED ? 'related' : null, reason: conflict };
}

/**
 * What the two frames share, over what either has: the counted thing, whose, its role, places, the
 * actions that say what happened, modifiers. Nations merely mentioned in the clause and actions that
 * say why ("to help") are left out: they describe the sentence, not the count.
 */
function frameTokens(f: Figure): Set<string> {
  const out = new Set<string>();
  f.countsKey.forEach((k, i) => {
    const c = concept(k);
    if (i > 0 && c && (c.type === 'nation' || c.weak)) return;
    out.add(k);
  });
  return out;
}

function jaccard(a: Figure, b: Figure): number {
  const A = frameTokens(a);
  const B = frameTokens(b);
  const i = inter(A, B);
  return i / (A.size + B.size - i || 1);
}

/**
 * When the two values refer to: 'same', 'different' (both known and apart), or 'unknown'. Known
 * moments come from dates (the clause's time word resolved against publication); without them, two
 * different time words ("lundi" / "mardi") still tell the values apart.
 */
function moments(a: Figure, b: Figure): 'same' | 'different' | 'unknown' {
  if (a.moment && b.moment) return a.moment === b.moment ? 'same' : 'different';
  if (a.when && b.when) return a.when === b.when ? 'same' : 'different';
  return a.when || b.when || a.moment || b.moment ? 'unknown' : 'same';
}

/** Map a bound to a sortable value: numbers as is, ISO dates/times as strings padded to day/minute. */
function lowKey(b: Bound): number | string | null {
  if (b === null || typeof b === 'number') return b;
  return /^\d{4}-\d{2}$/.test(b) || /^--\d{2}$/.test(b) ? `${b}-01` : b;
}
function highKey(b: Bound): number | string | null {
  if (b === null || typeof b === 'number') return b;
  return /^\d{4}-\d{2}$/.test(b) || /^--\d{2}$/.test(b) ? `${b}-31` : b;
}
function lt(x: number | string, y: number | string): boolean {
  return typeof x === typeof y ? x < y : false;
}

/** "2024-10-27" -> "--10-27": drop the year so a year-less date can be set against a full one. */
const dropYear = (b: Bound): Bound => (typeof b === 'string' && /^\d{4}-\d{2}/.test(b) ? `--${b.slice(5)}` : b);
const yearless = (b: Bound): boolean => typeof b === 'string' && b.startsWith('--');

/** Verdict from the two intervals alone. */
export function intervalVerdict(a: { low: Bound; high: Bound }, b: { low: Bound; high: Bound }): Verdict {
  if ([a.low, a.high, b.low, b.high].some(yearless)) {
    // Without a year on one side, only month and day can be compared.
    a = { low: dropYear(a.low), high: dropYear(a.high) };
    b = { low: dropYear(b.low), high: dropYear(b.high) };
  }
  if (a.low === b.low && a.high === b.high) return 'agrees';
  const aLo = lowKey(a.low), aHi = highKey(a.high), bLo = lowKey(b.low), bHi = highKey(b.high);
  // Disjoint when one ends before the other starts.
  if (aHi !== null && bLo !== null && lt(aHi, bLo)) return 'differs';
  if (bHi !== null && aLo !== null && lt(bHi, aLo)) return 'differs';
  return 'overlaps';
}

/** How far apart two values may be when one is rounded ("about", "1,27 million"): the last kept digit
 * of a three-digit mantissa moves by at most half a percent; 2% leaves room for "about 700" vs 698. */
const ROUNDING_TOLERANCE = 0.02;
const ROUNDED = /(?:million|milliard|billion|thousand|mille|mn|bn|\bm\b|k\b)/i;

/** The middle of a numeric interval, its one bound when the other is open; null for dates and times. */
function midValue(f: Figure): number | null {
  if ((f.low !== null && typeof f.low !== 'number') || (f.high !== null && typeof f.high !== 'number')) return null;
  const lo = f.low as number | null, hi = f.high as number | null;
  return lo !== null && hi !== null ? (lo + hi) / 2 : lo ?? hi;
}

function withinRounding(a: Figure, b: Figure): boolean {
  const rounded = (f: Figure): boolean => f.qualifier === 'about' || ROUNDED.test(f.text);
  if (!rounded(a) && !rounded(b)) return false;
  const x = midValue(a), y = midValue(b);
  if (x === null || y === null || x === 0 || y === 0) return false;
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)) <= ROUNDING_TOLERANCE;
}

const bothDated = (a: Figure, b: Figure): boolean => !!a.moment && !!b.moment;

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
function twoSides(a: Figure, b: Figure): boolean {
  if (!a.saidBy || !b.saidBy || a.saidBy.toLowerCase() === b.saidBy.toLowerCase()) return false;
  const na = speakerNations(a.saidBy);
  return inter(na, speakerNations(b.saidBy)) === 0;
}

/**
 * The sides of a crowd count: two named sides, or one named speaker against a count whose speaker the
 * sentence does not name ("1,27 million de manifestants selon le ministère" / "2.8 million took to the
 * streets"): on one march's day, two values of its crowd are two counts of it, not a count and its update.
 * Two unnamed sides stay apart (on the development set that added 2 right pairs to 24: too little
 * to say "differs" on nothing but the event's day).
 */
function eventSides(a: Figure, b: Figure): boolean {
  return twoSides(a, b) || !!a.saidBy !== !!b.saidBy;
}

/**
 * The sentence before a figure names a hospital ("un porte-parole de l'hôpital X a annoncé la mort de 15
 * personnes"): the count is of those that hospital received, a part of a toll, not a rival to it.
 */
function oneFacility(text: string, f: Figure): boolean {
  let s = f.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  return fold(text.slice(s, f.start)).split(/[^\p{L}]+/u).some((w) => w && lookup(w, 'entity')?.id === 'hospital');
}

/**
 * One named person's age on both sides ("Léa, 25," / "Léa (26 ans)"): no developing count, no speaker
 * needed; two values of it on one day (or both undated) are a plain disagreement between the sources.
 * With one side undated it stays 'related' (on the development set that let through one pair the gold
 * dates days apart, for 15 more right verdicts: when unsure, say less).
 */
const namedAge = (a: Figure, b: Figure): boolean => a.countsKey[0] === 'age' && b.countsKey[0] === 'age'
  && !!a.countsKey[1]?.startsWith('of:n:') && a.countsKey[1] === b.countsKey[1];

/**
 * The two figures' moments, where one of an undated article that names a weekday takes the day of that
 * name nearest the other's (weekdayNear): "210 killed on Saturday" in an undated report and "274" of a
 * Sunday article are two days' counts. Only ever used to tell two days apart (an update), never to make
 * one day (a disagreement): a weekday can also be the day of the raid a toll counts. On the development
 * set: gold updates right 151 -> 170 of 226, 9 other pairs made wrong (4 of them a toll "tuées dans
 * l'opération samedi" in a report of Sunday), none a differs.
 */
function weekdayMoments(a: Figure, b: Figure, aUndated: boolean, bUndated: boolean): [string | undefined, string | undefined] {
  const ma = a.moment ?? (aUndated ? weekdayNear(a.when, b.moment) : undefined);
  const mb = b.moment ?? (bUndated ? weekdayNear(b.when, a.moment) : undefined);
  return ma && mb && ma !== mb ? [ma, mb] : [a.moment, b.moment];
}

/** Both values dated, to the same day. */
const sameDay = (a: Figure, b: Figure, when: string): boolean => when === 'same' && bothDated(a, b);

/**
 * A count of a one-day event (a march) given by two sides with no moment telling them apart: the police
 * and the unions count the same day's march, and an event's count is not updated as a toll is. Each
 * side must be of its article's own day (its publication day, or the day before named by its weekday, as a next
 * morning's report names the march's day; any, in an undated article): a figure dated to another day in its clause ("le 19 janvier
 * dernier, 1,1 million") is a past event, and one left undated in a dated article ("deux millions
 * avaient été recensés") was left so because it is of another day. With no date on either side, nothing
 * tells the two days apart and the sides' counts are read as one day's.
 */
function sameEventDay(a: Figure, b: Figure, when: string, dayA: string | undefined, dayB: string | undefined): boolean {
  // Crowds only: seats are an event's outcome too, but two parties' seats read alike when a name is missing.
  if (when === 'different' || a.unit !== 'people' || !(isEvent(a) || isEvent(b))) return false;
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

export function compareFigures(page: { text: string; lang: Lang; figures: Figure[]; published?: string }, sources: SourceDoc[]): FigureReport[] {
  return page.figures.map((f) => {
    const comparisons: FigureComparison[] = [];
    for (const src of sources) {
      for (const g of src.figures) {
        const m = matchKeys(f, g);
        if (!m) continue;
        let verdict: Verdict = m === 'same' ? intervalVerdict(f, g) : 'related';
        // "1,27 million" and "1 272 000", "about 700" and "698": the same value rounded, not a disagreement.
        if (verdict === 'differs' && (withinRounding(f, g) || samePrecisionRounded(f, g))) verdict = 'overlaps';
        let newer: 'page' | 'source' | undefined;
        // Two different dates (or times, years) in one context are most often two events, not a disagreement:
        // 'related' when their contexts are near-identical, otherwise not paired at all (noise in the popup).
        if (verdict === 'differs' && WEAK_UNITS.has(f.unit) && !namedAge(f, g)) {
          if (jaccard(f, g) < DIFFERS_MIN_JACCARD) continue;
          verdict = 'related';
        }
        // A day, an hour or a calendar year is when something happened, not a level that moves: never an update.
        if (m === 'same' && verdict !== 'agrees' && !CALENDAR_UNITS.has(f.unit)) {
          const [mf, mg] = weekdayMoments(f, g, !page.published, !src.published);
          const when = mf && mg && mf !== mg ? 'different' : moments(f, g);
          if (when === 'different' && mf && mg) {
            // The same count at two known moments: the value moved, nobody contradicts anybody. A step
            // on a timeline needs frames as close as a disagreement does; else the two stay side by side.
            // "2 012" one day, "au moins 2 012" the next: nothing moved; the two values overlap.
            if (verdict === 'overlaps' && sameBound(f, g)) {
              // stays 'overlaps'
            } else if (jaccard(f, g) >= UPDATED_MIN_JACCARD && ratio(f, g) <= UPDATED_MAX_RATIO && !isEvent(f)) {
              verdict = 'updated';
              newer = mf > mg ? 'page' : 'source';
            } else verdict = 'related';
          } else if (verdict === 'differs' && !(sameDay(f, g, when) && (twoSides(f, g) || DIFFERS_WITHOUT_SPEAKERS)) && !(eventSides(f, g) && sameEventDay(f, g, when, page.published, src.published)) && !(when === 'same' && namedAge(f, g))) {
            // A developing story's values are most often an earlier and a later count, even on one day
            // (a toll given at noon and at night) or from two speakers who relay one another. Only the
            // same day, told by two named speakers (the police and the unions, a ministry and an NGO), makes a
            // disagreement plain. When unsure, say less.
            verdict = 'related';
          }
        }
        // Conservative: a disjoint pair needs near-identical keys to be called "differs", and values of one
        // order: ten times more is a wider scope (a country vs its capital) far more often than a disagreement.
        if (verdict === 'differs' && (jaccard(f, g) < DIFFERS_MIN_JACCARD || ratio(f, g) > DIFFERS_MAX_RATIO)) verdict = 'related';
        // "au moins 36 801" and "plus de 200" meet only because both are open: bounds that far apart are a
        // war's toll beside one strike's, not two readings of one count.
        if (verdict === 'overlaps' && ratio(f, g) > OVERLAPS_MAX_RATIO) verdict = 'related';
        // One hospital's dead beside a whole toll: a part, not a disagreement.
        if (verdict === 'differs' && oneFacility(page.text, f) !== oneFacility(src.text, g)) verdict = 'related';
        // "Des centaines de milliers" is the writer's order of magnitude, not a count set against another's.
        if (verdict === 'differs' && (f.qualifier === 'vague' || g.qualifier === 'vague')) verdict = 'related';
        const c: FigureComparison = {
          source: { id: src.id, start: g.start, end: g.end, text: g.text },
          low: g.low, high: g.high, qualifier: g.qualifier, verdict, counts: g.counts,
        };
        if (newer) c.newer = newer;
        if (g.saidBy) c.saidBy = g.saidBy;
        comparisons.push(c);
      }
    }
    const report: FigureReport = {
      page: { start: f.start, end: f.end, text: f.text },
      low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit, counts: f.counts, comparisons,
      salient: f.salient !== false,
    };
    if (f.saidBy) report.saidBy = f.saidBy;
    return report;
  });
}

/** Digits after the decimal mark when there are one or two ("25,9 %", "59.71%"); three are a thousands group. */
function decimals(text: string): number {
  const m = /\d[.,](\d+)(?!.*\d)/.exec(text);
  return m && m[1].length <= 2 ? m[1].length : 0;
}

/** "25,9 %" and "25,92 %": the same value given to fewer decimals. */
function samePrecisionRounded(a: Figure, b: Figure): boolean {
  if (typeof a.low !== 'number' || typeof b.low !== 'number' || a.low !== a.high || b.low !== b.high) return false;
  const da = decimals(a.text), db = decimals(b.text);
  if (da === db) return false;
  const p = Math.min(da, db);
  const round = (x: number): number => Math.round(x * 10 ** p);
  return round(a.low) === round(b.low);
}

/** A count of an event of one day ("1,1 million de manifestants le 19 janvier"): another day's count is
 * another event's, so it is never an update of it. */
const isEvent = (f: Figure): boolean => f.countsKey.some((k) => concept(k)?.event === true);

/**
 * A value and an open bound at that value ("2 012" and "au moins 2 012", "plus de 200" twice): the count
 * has not moved, one side says it less precisely. Two ranges that share one end ("120 à 150" / "115 to 150")
 * are two estimates, and may have moved.
 */
const sameBound = (a: Figure, b: Figure): boolean => {
  const open = (f: Figure): boolean => f.low === null || f.high === null;
  const point = (f: Figure): boolean => f.low !== null && f.low === f.high;
  if (!((open(a) || point(a)) && (open(b) || point(b)))) return false;
  return (a.low !== null && a.low === b.low) || (a.high !== null && a.high === b.high);
};

/** How many times the larger value is the smaller (1 when either is not a positive number). */
function ratio(a: Figure, b: Figure): number {
  const x = midValue(a), y = midValue(b);
  if (x === null || y === null || x <= 0 || y <= 0) return 1;
  return Math.max(x, y) / Math.min(x, y);
}
