/**
 * Values against values: the verdict of two intervals (agrees, overlaps, differs), the same value
 * rounded, and how far apart two values lie. Dates and times compare as ISO strings.
 */
import type { Bound, Verdict } from '../types';
import type { Figure } from './types';
import { SHARE_UNITS } from './threshold';

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
export function midValue(f: Figure): number | null {
  if ((f.low !== null && typeof f.low !== 'number') || (f.high !== null && typeof f.high !== 'number')) return null;
  const lo = f.low as number | null, hi = f.high as number | null;
  return lo !== null && hi !== null ? (lo + hi) / 2 : lo ?? hi;
}

/** At most this share of the value either way: "about 1 million" is not 0.5 to 1.5 million, one significant
 * digit says the writer's order, not a rounding (the sides of a march, 1 million and 1.1 million, differ);
 * with two digits ("environ 1 300", +-50) the rounding stays under it. */
export const ROUNDING_MAX_SHARE = 0.05;
/** Powers of ten tried for a value's last significant digit: from billions down to thousandths. */
const PLACES = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2, -3];

/** Relative slack for comparing two floating-point values of one decimal: 42.31 / 0.1 is 423.09999..., an error of
 * about 1e-16 of the value; a billionth of the value is far above that and far below any written digit. */
export const ROUNDING_EPSILON = 1e-9;

/** The place of a value's last significant digit: 1 300 -> 100, 1,3 million -> 100 000, 25,9 -> 0,1. */
export function lastDigitUnit(v: number): number {
  let u = LAST_DIGIT_UNITS.get(v);
  if (u !== undefined) return u;
  u = 0;
  for (const k of PLACES) {
    const q = v / 10 ** k;
    if (Math.round(q) !== 0 && Math.abs(q - Math.round(q)) < ROUNDING_EPSILON * Math.abs(q)) { u = 10 ** k; break; }
  }
  if (LAST_DIGIT_UNITS.size >= LAST_DIGIT_UNITS_MAX) LAST_DIGIT_UNITS.clear();
  LAST_DIGIT_UNITS.set(v, u);
  return u;
}
/** lastDigitUnit's answers by value: matchDetail asks it of both figures of every pair of a page and its sources
 * (distinctive, oneValueTwoPrecisions), up to 16 divisions each, and a story's values repeat across its articles. */
const LAST_DIGIT_UNITS = new Map<number, number>();
/** A bound on that memo over a long run of pages: a page and its sources hold a few thousand values. */
const LAST_DIGIT_UNITS_MAX = 50_000;

/** Whether `other` rounds to `value` at `value`'s last significant digit (place p): |other| in [|value| - p/2,
 * |value| + p/2), of the same sign, half away from zero as news writes it (32.75 -> 32.8, -32.75 -> -32.8). Rounding
 * only, not a cut (32.76 written 32.7): a cut would widen the window to 1.5 places, for a habit not measured as common. */
export function coversAtLastDigit(value: number, other: number): boolean {
  if (value === 0 || Math.sign(value) !== Math.sign(other)) return false;
  const v = Math.abs(value), o = Math.abs(other), half = lastDigitUnit(v) / 2, slack = ROUNDING_EPSILON * v;
  return o >= v - half - slack && o < v + half - slack;
}

/**
 * A value said to be approximate ("environ 1 300", "quelque 1.300", "about 1.3 million") covers what rounds
 * to it at its last significant digit: 1 250 to 1 349, 1.25 to 1.35 million. Only for one point value with
 * the qualifier: "1,27 million" alone is a precise figure given to three digits, which the 2% rule keeps.
 */
function roundedCovers(f: Figure, other: number): boolean {
  if (f.qualifier !== 'about' || typeof f.low !== 'number' || f.low !== f.high || f.low === 0) return false;
  const half = Math.min(lastDigitUnit(Math.abs(f.low)) / 2, Math.abs(f.low) * ROUNDING_MAX_SHARE);
  return other >= f.low - half && other < f.low + half;
}

/** The least amount read as told in a scale of millions or more ("354,86 millions", "$354M", "5.5 billion", "3,5 Md€"):
 * a million. Tested on the parsed value, not on the text: a letter after a number is as often a unit ("100 m", "30 mn",
 * "5 000 m²") as a scale, and the value is what the readers of digits and scale words already agreed on. Below a
 * million a figure is most often a count told to its last unit, which writers do not round each their own way. */
const LARGE_AMOUNT_MIN = 1e6;
/** Slack for cutting a value's digits at a place: 212.47e6 / 1e5 is 2124.6999... in floating point. */
const CUT_EPSILON = 1e-9;

/** The one value a figure tells and on which side it is open: a point, a lower bound only or an upper bound only;
 * null for a range or a date. */
function oneSided(f: Figure): { v: number; side: 'point' | 'low' | 'high' } | null {
  if (typeof f.low === 'number' && f.low === f.high) return { v: f.low, side: 'point' };
  if (typeof f.low === 'number' && f.high === null) return { v: f.low, side: 'low' };
  if (typeof f.high === 'number' && f.low === null) return { v: f.high, side: 'high' };
  return null;
}

/**
 * "354,86 millions de dollars" / "$354M" / "$354.8 million" / "355 millions": one amount of a million or more
 * (LARGE_AMOUNT_MIN) told by two writers, each rounding or cutting it at a digit of their own. True when the coarser
 * value (the one whose last significant digit sits higher) is the finer one rounded at that digit (coversAtLastDigit)
 * or cut there ("$212.4 million" for 212.47: amounts are cut as often as results are, since a writer keeps the first
 * digits of a sum she copies), and the two lie within ROUNDING_TOLERANCE of each other: "200 millions" would round
 * anything from 150 to 250 millions at its last written digit, a window no writer means by a round sum.
 * Two values of one precision must be equal ("5,5 milliards" is no rounding of "5.6 billion"). Both sides a point, or
 * bounds on one side ("plus de 212 millions" / "more than $212.4 million"), or a point and a bound: not bounds on
 * opposite sides ("plus de 215 millions" / "less than $212 million"), which cannot both hold, nor a range.
 */
export function oneAmountRounded(a: Figure, b: Figure): boolean {
  const x = oneSided(a), y = oneSided(b);
  if (!x || !y) return false;
  if (x.side !== 'point' && y.side !== 'point' && x.side !== y.side) return false;
  if (Math.abs(x.v) < LARGE_AMOUNT_MIN || Math.abs(y.v) < LARGE_AMOUNT_MIN) return false;
  if (x.v === y.v) return true;
  const apart = Math.abs(x.v - y.v) / Math.max(Math.abs(x.v), Math.abs(y.v)) > ROUNDING_TOLERANCE;
  const ux = lastDigitUnit(Math.abs(x.v)), uy = lastDigitUnit(Math.abs(y.v));
  if (ux === uy) return false;
  const [coarse, fine, unit] = ux > uy ? [x.v, y.v, ux] : [y.v, x.v, uy];
  // Beyond the tolerance only a rounding of a coarse value of two significant digits or more (narrowWindow): "1,6
  // milliard" is 1.64 billion rounded (2.4% apart); a cut that far is not taken.
  if (coversAtLastDigit(coarse, fine)) return !apart || narrowWindow(coarse);
  if (apart) return false;
  const cut = (v: number): number => Math.sign(v) * Math.floor(Math.abs(v) / unit + CUT_EPSILON);
  return cut(fine) === Math.round(coarse / unit);
}

/** Whether a value's rounding window (half a unit of its last significant digit either way) stays within
 * ROUNDING_MAX_SHARE of it: a value told to two significant digits or more ("1,6 milliard": 1.55 to 1.65, 3.1%; "15
 * millions": 3.3%), not one of one digit ("2 milliards", 25%; "10 millions", 50%), which says the writer's order. */
function narrowWindow(v: number): boolean {
  return lastDigitUnit(Math.abs(v)) / 2 <= ROUNDING_MAX_SHARE * Math.abs(v);
}

/**
 * "1,6 milliard d'euros" / "1.64 billion euros", "$15 million" / "14.6 millions de dollars": one amount of a million
 * or more (LARGE_AMOUNT_MIN) told by one writer at two significant digits or more and by another more finely, the
 * coarser the finer rounded at its own last digit (coversAtLastDigit), within a narrow window (narrowWindow). A
 * writer who gives a scale word's tenth gives a rounding, not a count to the unit; the 2% rule (ROUNDING_TOLERANCE)
 * read 1.6 and 1.64 billion as two sums, 2.4% apart, and the pair as differing. Two point values only; two of one
 * precision must be equal.
 */
export function largeAmountRounded(a: Figure, b: Figure): boolean {
  if (typeof a.low !== 'number' || a.low !== a.high || typeof b.low !== 'number' || b.low !== b.high) return false;
  if (Math.abs(a.low) < LARGE_AMOUNT_MIN || Math.abs(b.low) < LARGE_AMOUNT_MIN) return false;
  const ua = lastDigitUnit(Math.abs(a.low)), ub = lastDigitUnit(Math.abs(b.low));
  if (ua === ub) return false;
  const [coarse, fine] = ua > ub ? [a.low, b.low] : [b.low, a.low];
  return narrowWindow(coarse) && coversAtLastDigit(coarse, fine);
}

export function withinRounding(a: Figure, b: Figure): boolean {
  if (largeAmountRounded(a, b)) return true;
  const rounded = (f: Figure): boolean => f.qualifier === 'about' || ROUNDED.test(f.text);
  if (!rounded(a) && !rounded(b)) return false;
  const x = midValue(a), y = midValue(b);
  if (x === null || y === null || x === 0 || y === 0) return false;
  if (roundedCovers(a, y) || roundedCovers(b, x)) return true;
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)) <= ROUNDING_TOLERANCE;
}

/** Digits after the decimal mark when there are one or two ("25,9 %", "59.71%"); three are a thousands group. */
function decimals(text: string): number {
  const m = /\d[.,](\d+)(?!.*\d)/.exec(text);
  return m && m[1].length <= 2 ? m[1].length : 0;
}

/** Slack for reading a value's digits at a precision: 17.2 * 10 is 172.00000000000003 in floating point. */
const DIGITS_EPSILON = 1e-9;
/** The fewest decimals a cut value keeps: one ("17,2 %"). A whole number is rounded from a decimal far more often than
 * cut, and "17 %" beside "17.8 %" is then two values. */
const CUT_MIN_DECIMALS = 1;

/** "25,9 %" and "25,92 %": the same value given to fewer decimals, rounded or cut ("17,2 %" for "17.27 per cent":
 * many articles cut a result's decimals rather than round them; either way the shorter value is the longer one's). */
export function samePrecisionRounded(a: Figure, b: Figure): boolean {
  if (typeof a.low !== 'number' || typeof b.low !== 'number' || a.low !== a.high || b.low !== b.high) return false;
  const da = decimals(a.text), db = decimals(b.text);
  if (da === db) return false;
  const p = Math.min(da, db);
  const round = (x: number): number => Math.round(x * 10 ** p);
  if (round(a.low) === round(b.low)) return true;
  // Cut: the finer value's digits up to the coarser one's precision are the coarser value's. Only to a decimal
  // (CUT_MIN_DECIMALS): a whole number beside a decimal ("17 %" / "17.8 %") is rounded when it is the same value.
  if (p < CUT_MIN_DECIMALS) return false;
  // Only shares: results are cut to a decimal, "1,5 milliard" beside "1.59 billion" is a rounding that missed.
  if (!SHARE_UNITS.has(a.unit) || !SHARE_UNITS.has(b.unit)) return false;
  const [coarse, fine] = da < db ? [a.low, b.low] : [b.low, a.low];
  const cut = (x: number): number => Math.sign(x) * Math.floor(Math.abs(x) * 10 ** p + DIGITS_EPSILON);
  return cut(fine) === round(coarse);
}

/** How many times the larger value is the smaller (1 when either is not a positive number). */
export function ratio(a: Figure, b: Figure): number {
  const x = midValue(a), y = midValue(b);
  if (x === null || y === null || x <= 0 || y <= 0) return 1;
  return Math.max(x, y) / Math.min(x, y);
}
