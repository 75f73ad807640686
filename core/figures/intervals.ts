/**
 * Values against values: the verdict of two intervals (agrees, overlaps, differs), the same value
 * rounded, and how far apart two values lie. Dates and times compare as ISO strings.
 */
import type { Bound, Verdict } from '../types';
import type { Figure } from './types';

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

export function withinRounding(a: Figure, b: Figure): boolean {
  const rounded = (f: Figure): boolean => f.qualifier === 'about' || ROUNDED.test(f.text);
  if (!rounded(a) && !rounded(b)) return false;
  const x = midValue(a), y = midValue(b);
  if (x === null || y === null || x === 0 || y === 0) return false;
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)) <= ROUNDING_TOLERANCE;
}

/** Digits after the decimal mark when there are one or two ("25,9 %", "59.71%"); three are a thousands group. */
function decimals(text: string): number {
  const m = /\d[.,](\d+)(?!.*\d)/.exec(text);
  return m && m[1].length <= 2 ? m[1].length : 0;
}

/** "25,9 %" and "25,92 %": the same value given to fewer decimals. */
export function samePrecisionRounded(a: Figure, b: Figure): boolean {
  if (typeof a.low !== 'number' || typeof b.low !== 'number' || a.low !== a.high || b.low !== b.high) return false;
  const da = decimals(a.text), db = decimals(b.text);
  if (da === db) return false;
  const p = Math.min(da, db);
  const round = (x: number): number => Math.round(x * 10 ** p);
  return round(a.low) === round(b.low);
}

/** How many times the larger value is the smaller (1 when either is not a positive number). */
export function ratio(a: Figure, b: Figure): number {
  const x = midValue(a), y = midValue(b);
  if (x === null || y === null || x <= 0 || y <= 0) return 1;
  return Math.max(x, y) / Math.min(x, y);
}
