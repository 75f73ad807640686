/**
 * Scales of one quantity that a reader converts without thinking (session 20, units20): news gives the change of a
 * rate in percentage points, in basis points (hundredths of a point) or in a fraction of a point ("25 basis points",
 * "25 bps", "25 points de base", "0.25 percentage point", "0,25 point de pourcentage", "a quarter point", "un quart de
 * point", "half a point", "un demi-point"). Read as written, these were five units (`w:bas`, `w:bps`, `number`,
 * `share`, `points`) that never met. Every one is here read as a value in points: a unit the concept table marks as
 * another's scale (concepts.json `scale`) is converted, and a fraction of a point is a value in points.
 * The conversion multiplies both bounds, so an interval stays the same interval ("more than 25 basis points" is more
 * than 0.25 point) and an open bound stays open.
 */
import { concept } from '../concepts/index';
import type { Tok } from './tokens';

/** Decimal places a converted value is rounded to: 15 basis points are 0.15 point, not 0.15000000000000002 (binary
 * floating point); no news figure is written with more decimals than this. */
const SCALE_DECIMALS = 10;
const round = (v: number): number => Math.round(v * 10 ** SCALE_DECIMALS) / 10 ** SCALE_DECIMALS;

/** A value with its unit. */
export interface Scaled<V> { unit: string; low: V; high: V }

/** The value in the unit the table says `unit` is a scale of (concept `scale`), or undefined for any other unit. A
 * bound that is no number (null: open; a date string) is kept as it is. The bare abbreviations of basis points
 * ("bps", "pb") are read as basis points wherever they stand ("the router handles 100 bps" gives one point): no rate
 * word is asked of the clause, because the unit is read from the tokens after the value (count-head.ts) before the
 * clause's concepts are known, and the devset's "bps" and "pb" are all rates (rev20a: a known gap, left unfixed). */
export function onCommonScale<V>(unit: string, low: V, high: V): Scaled<V> | undefined {
  const s = concept(unit)?.scale;
  if (!s) return undefined;
  const f = (v: V): V => (typeof v === 'number' ? round(v * s.factor) as V : v);
  return { unit: s.unit, low: f(low), high: f(high) };
}

/** The unit a fraction of a point is in: the unit of "points" in the concept table. */
export const POINTS_UNIT = 'points';
const POINT_WORDS: ReadonlySet<string> = new Set(['point', 'points']);
/** "of / de / d'" between a fraction and its unit ("a quarter of a point", "un quart de point"). */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'd', "'"]);
/** An article before the unit ("half a point", "a quarter of a point"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'un']);
/** "half a percentage point": the word that makes a point a percentage point, read past. */
const PERCENTAGE_WORDS: ReadonlySet<string> = new Set(['percentage']);

/**
 * Is the fraction ending before token i1 a fraction of a point: "-point" glued by a hyphen ("un demi-point", "a
 * half-point"), or "(of / de) (a / un) (percentage) point(s)" ("half a point", "a quarter of a percentage point")?
 * Only the tokens right after the fraction: a point further on is another phrase's.
 */
export function fractionOfPoint(toks: Tok[], i1: number): boolean {
  let k = i1;
  const dash = toks[k];
  if (dash && dash.t === '-' && dash.start === toks[k - 1]?.end && toks[k + 1]?.start === dash.end) return POINT_WORDS.has(toks[k + 1].t);
  while (toks[k] && !toks[k].nl && OF_WORDS.has(toks[k].t)) k++;
  if (toks[k] && !toks[k].nl && ARTICLES.has(toks[k].t)) k++;
  if (toks[k] && !toks[k].nl && PERCENTAGE_WORDS.has(toks[k].t)) k++;
  return !!toks[k] && !toks[k].nl && POINT_WORDS.has(toks[k].t);
}

/** Words of a century (folded), and its years: "a quarter of a century" is 25 years, "un demi-siècle" 50. */
const CENTURY_WORDS: ReadonlySet<string> = new Set(['century', 'siecle']);
export const YEARS_PER_CENTURY = 100;
/** Can a fraction whose head was read as `unit` be a fraction of a century? Its head is nothing named ("a quarter of a
 * century": the noun follows "of") or the century word itself, kept as a stem ("a half-century" reads `w:century`). */
export const centuryHead = (unit: string): boolean =>
  unit === 'number' || (unit.startsWith('w:') && [...CENTURY_WORDS].some((w) => w.startsWith(unit.slice(2))));
/**
 * Where a fraction of a century ends, the fraction ending before token i1: "-siècle" glued by a hyphen ("un
 * demi-siècle", "a half-century"), or "(of / de) (a / un) century / siècle" ("a quarter of a century", "half a century",
 * "un quart de siècle"); else 0. It is a span of time, in years, and compares with one written in years ("the
 * strongest in a quarter of a century" and "le plus fort depuis 25 ans"); read as a share it would meet no year.
 */
export function fractionOfCentury(toks: Tok[], i1: number): number {
  let k = i1;
  const dash = toks[k];
  if (dash && dash.t === '-' && dash.start === toks[k - 1]?.end && toks[k + 1]?.start === dash.end) return CENTURY_WORDS.has(toks[k + 1].t) ? k + 2 : 0;
  while (toks[k] && !toks[k].nl && OF_WORDS.has(toks[k].t)) k++;
  if (toks[k] && !toks[k].nl && ARTICLES.has(toks[k].t)) k++;
  return toks[k] && !toks[k].nl && CENTURY_WORDS.has(toks[k].t) ? k + 1 : 0;
}

/** Spans of time shorter than a day, in seconds: their conversion is exact ("trois quarts d'heure" are 45 minutes). A
 * day is not converted to hours ("three days" is often a count of calendar days, not 72 hours); spans of a day or more
 * meet among themselves (MONTHS_IN, DAYS_IN), never with these. */
const SECONDS_IN: ReadonlyMap<string, number> = new Map([['seconds', 1], ['minutes', 60], ['hours', 3600]]);
/** A share and a percentage are one quantity on two scales (units24): "cut capacity by a fifth" and "réduire la
 * capacité de 20 %", "half of his salary" and "une réduction de salaire de 50 %". A share is a fraction of one (count
 * reading: "a fifth" is 0.2), a percentage a fraction of a hundred. */
const PER_ONE: ReadonlyMap<string, number> = new Map([['share', 1], ['percent', 100]]);

/** Spans of time of a day or more that convert exactly (unit36): months, years, decades and centuries, in months (a
 * year is twelve months whatever its days); days and weeks, in days. A term told as "480 months" by a court and as
 * "40 ans" by a paper, "over two decades" and "près de 25 ans", "eight centuries" and "800 ans", "under two weeks" and
 * "une dizaine de jours" were two units that never met. Months and days stay apart (a
 * month has no fixed number of days). Decades and centuries are word concepts (concepts.json w-decade, w-century),
 * read as the same unit in both languages ("trois décennies", "three decades": w:decade). */
const MONTHS_IN: ReadonlyMap<string, number> = new Map([['months', 1], ['years', 12], ['w:decade', 120], ['w:century', 1200]]);
const DAYS_IN: ReadonlyMap<string, number> = new Map([['days', 1], ['weeks', 7]]);
/** Scales of spans of time: each map gives how many of its smallest unit one unit holds (an hour holds 3,600
 * seconds, a decade 120 months). */
const SIZED_SCALES: ReadonlyArray<ReadonlyMap<string, number>> = [SECONDS_IN, MONTHS_IN, DAYS_IN];

/** Measures one quantity is given in by two systems (unit39): news converts a length, an area or a speed for its
 * readers ("1,600 feet (488 metres)", "600 km2" / "230 square miles", "2,100 acres (850 hectares)", "120 mph
 * (193 km/h)"), and a translated article gives the value in the other system. Each map gives the size of a unit in its
 * quantity's smallest common unit (metres, square metres, km/h), by the units' definitions (a foot is 0.3048 m, a
 * statute mile 1,609.344 m, an acre 4,046.856 m²). Nautical miles are not here: a bare "miles" may be either mile
 * (asMilesOf). */
const LENGTH_IN: ReadonlyMap<string, number> = new Map([['m', 1], ['km', 1000], ['cm', 0.01], ['mm', 0.001], ['feet', 0.3048], ['inches', 0.0254], ['miles', 1609.344]]);
const AREA_IN: ReadonlyMap<string, number> = new Map([['m2', 1], ['km2', 1e6], ['hectares', 1e4], ['acres', 4046.856], ['sq-miles', 2589988.11], ['sq-feet', 0.09290304]]);
const SPEED_IN: ReadonlyMap<string, number> = new Map([['km/h', 1], ['mph', 1.609344]]);
const MEASURE_SCALES: ReadonlyArray<ReadonlyMap<string, number>> = [LENGTH_IN, AREA_IN, SPEED_IN];
/** Units of the metric system among MEASURE_SCALES; the others (feet, inches, miles, acres, square miles and feet,
 * mph) are imperial. Two units of one system convert by a power of ten or a round factor a writer applies exactly
 * ("10 km" is "10 000 mètres"), so a gap between them is a real difference; across the two systems a conversion is
 * rounded to the writer's digits (TWO_SYSTEMS_MAX_GAP). */
const METRIC_UNITS: ReadonlySet<string> = new Set(['m', 'km', 'cm', 'mm', 'm2', 'km2', 'hectares', 'km/h']);
/** How far apart (a share of the larger value) two values of one quantity written in two systems (a measure in metric
 * and imperial units, or a distance in bare and nautical miles) may lie to be read as one value: 5%. A conversion is
 * rounded to the writer's digits ("1,600 feet" is 487.7 m, written "488 m" or "près de 500 mètres", 2.5% off;
 * "13,000 feet", itself a rounding of 12,500, is 3,962 m against "about 3,800 m", 4.2%). Further apart, the two values
 * are not read as one and not compared at all: across two systems a gap is more often a rounding of one side than a
 * disagreement, and a false `differs` costs more than a miss. */
const TWO_SYSTEMS_MAX_GAP = 0.05;
/** The middle of a figure's numeric bounds (one bound when the other is open), or undefined. */
function midOf(f: { low?: unknown; high?: unknown }): number | undefined {
  const lo = typeof f.low === 'number' ? f.low : undefined;
  const hi = typeof f.high === 'number' ? f.high : undefined;
  if ((f.low !== null && lo === undefined) || (f.high !== null && hi === undefined)) return undefined;
  return lo !== undefined && hi !== undefined ? (lo + hi) / 2 : lo ?? hi;
}
/** Do x and y lie within TWO_SYSTEMS_MAX_GAP of each other (a share of the larger)? */
const withinTwoSystemsGap = (x: number, y: number): boolean =>
  Math.max(Math.abs(x), Math.abs(y)) > 0 && Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)) <= TWO_SYSTEMS_MAX_GAP;
/** `g`, a measure in another unit than `f`'s of one quantity (MEASURE_SCALES), told in `f`'s unit. Two units of one
 * system convert exactly, and the verdict then compares the values as any two ("10 km" against "10 400 mètres" differs).
 * Across two systems only when the converted value lies within TWO_SYSTEMS_MAX_GAP of `f`'s: each bound then becomes
 * `f`'s own bound it converts to (a bound within the gap of one of `f`'s), or the converted value, so that a conversion
 * agrees with the value it converts and a bound or a range still tells what it told ("more than 1,600 feet" against
 * "488 m" overlaps); the comparison is marked `converted`, and the source is shown in its own words. Undefined when the
 * two are no measures of one quantity in two units, or lie further apart across systems (never compared). */
function convertedMeasure<F extends { unit: string; low: unknown; high: unknown; countsKey: string[] }>(f: { unit: string; low?: unknown; high?: unknown }, g: F): F | undefined {
  const scale = measureScale(f.unit, g.unit);
  return scale ? convertedOnScale(scale, f, g) : undefined;
}

/** The scale on which two units of one quantity both lie, if they differ. Apart from convertedMeasure's conversion, whose
 * closures made a context and a closure at every call: it is asked for every pair of figures a page and its sources
 * compare (inUnitOf), and almost every pair has one unit or none that converts. */
function measureScale(fUnit: string, gUnit: string): ReadonlyMap<string, number> | undefined {
  if (fUnit === gUnit) return undefined;
  for (const m of MEASURE_SCALES) if (m.has(gUnit) && m.has(fUnit)) return m;
  return undefined;
}

function convertedOnScale<F extends { unit: string; low: unknown; high: unknown; countsKey: string[] }>(scale: ReadonlyMap<string, number>, f: { unit: string; low?: unknown; high?: unknown }, g: F): F | undefined {
  const factor = scale.get(g.unit)! / scale.get(f.unit)!;
  const oneSystem = METRIC_UNITS.has(f.unit) === METRIC_UNITS.has(g.unit);
  const [fm, gm] = [midOf(f), midOf(g)];
  if (!oneSystem && (fm === undefined || gm === undefined || !withinTwoSystemsGap(fm, gm * factor))) return undefined;
  const fBounds = [f.low, f.high].filter((b): b is number => typeof b === 'number');
  const c = (v: unknown): unknown => {
    if (typeof v !== 'number') return v;
    const x = v * factor;
    return (oneSystem ? undefined : fBounds.find((b) => withinTwoSystemsGap(b, x))) ?? round(x);
  };
  return { ...g, unit: f.unit, low: c(g.low), high: c(g.high), countsKey: g.countsKey.map((k) => (k === g.unit ? f.unit : k)) };
}

/** A whole number of minutes or hours ("six minutes", "22 heures") beside a length told to the second ("6:17", "22 h
 * 47 min 13 s"): the coarser value is that length rounded or cut at its unit (session 43; the devset's gold reads
 * "to the minute" as a one-minute range, and 36 minutes as a rounding of 35 min 30 s). Read as a window from half its
 * unit below to a whole unit above, it holds the finer value: the two overlap rather than differ, and agree only
 * when equal. */
const COARSE_WINDOW_BELOW = 0.5;
const COARSE_WINDOW_ABOVE = 1;
/** The bounds `g` takes in `f`'s unit when one of the two is a whole point value in minutes or hours and the other a
 * length read to the second (Figure.toTheSecond; a count of seconds by its noun, "for 90 seconds", is no finer telling
 * of a whole minute) that lies in its window (COARSE_WINDOW_BELOW, COARSE_WINDOW_ABOVE) but is not equal to it:
 * two bounds that make an overlap with `f` (the coarse side widened to its window when `g` is coarse, `g` spanning
 * from `f`'s value to its own when `g` is fine). Undefined otherwise: the plain conversion stands. */
function toTheSecondWindow(f: { unit: string; low?: unknown; high?: unknown; toTheSecond?: true }, g: { unit: string; low: unknown; high: unknown; toTheSecond?: true }, converted: unknown, from: number, to: number): [number, number] | undefined {
  if (f.unit !== 'seconds' && g.unit !== 'seconds') return undefined;
  // The side in seconds is the fine one: f when g's unit is the larger (from > to), else g.
  if (!(from > to ? f : g).toTheSecond) return undefined;
  if (typeof f.low !== 'number' || f.low !== f.high || typeof g.low !== 'number' || g.low !== g.high || typeof converted !== 'number') return undefined;
  if (converted === f.low) return undefined;
  if (from > to) {
    // g is the coarse side (minutes against seconds): its window in f's unit.
    if (!Number.isInteger(g.low)) return undefined;
    const unit = from / to;
    const lo = converted - COARSE_WINDOW_BELOW * unit;
    // A whole unit above, less one second: the seconds are whole, and a value a whole unit above is the next
    // minute's own (6:60 is 7 minutes), not this one's rounding.
    const hi = converted + COARSE_WINDOW_ABOVE * unit - 1;
    return f.low >= lo && f.low <= hi ? [lo, hi] : undefined;
  }
  // g is the fine side (seconds against f's minutes): within f's window, from f's value to g's.
  if (!Number.isInteger(f.low)) return undefined;
  if (converted < f.low - COARSE_WINDOW_BELOW || converted >= f.low + COARSE_WINDOW_ABOVE) return undefined;
  return converted < f.low ? [converted, f.low] : [f.low, converted];
}

/** The figure `g` told in the unit of `f` when both are spans of time of two units that convert (SECONDS_IN,
 * MONTHS_IN, DAYS_IN) or a share and a percentage (PER_ONE): "45 minutes" on one side and "trois quarts d'heure" (0.75
 * hours) on the other are one value of one unit, compared as such; so are "480 months" and "40 ans". On a scale of time, g is multiplied
 * by its unit's size and divided by f's; on PER_ONE the other way round. Both bounds are converted (an interval stays
 * the same interval); `g` itself otherwise, unchanged. */
export function inUnitOf<F extends { unit: string; low: unknown; high: unknown; countsKey: string[]; toTheSecond?: true }>(f: { unit: string; low?: unknown; high?: unknown; toTheSecond?: true }, g: F): F {
  const measure = convertedMeasure(f, g);
  if (measure) return measure;
  let sized: ReadonlyMap<string, number> | undefined;
  for (const m of SIZED_SCALES) if (m.has(g.unit)) { sized = m; break; }
  const scales = sized ?? PER_ONE;
  const from = scales.get(g.unit);
  const to = scales.get(f.unit);
  if (!from || !to || from === to) return g;
  return convertedOnTime(sized, from, to, f, g);
}

/** inUnitOf's conversion, apart for the reason measureScale is: most pairs have nothing to convert. */
function convertedOnTime<F extends { unit: string; low: unknown; high: unknown; countsKey: string[] }>(sized: ReadonlyMap<string, number> | undefined, from: number, to: number, f: { unit: string }, g: F): F {
  // Units per larger unit multiply; parts per one divide ("a fifth", 0.2, is 20 parts of 100).
  const c = (v: unknown): unknown => (typeof v === 'number' ? round(sized ? (v * from) / to : (v * to) / from) : v);
  const window = sized === SECONDS_IN ? toTheSecondWindow(f, g, c(g.low), from, to) : undefined;
  return { ...g, unit: f.unit, low: window?.[0] ?? c(g.low), high: window?.[1] ?? c(g.high), countsKey: g.countsKey.map((k) => (k === g.unit ? f.unit : k)) };
}

/** A month or a day of one calendar year ("since February 2007", "le 25 décembre 2022") read as that year, when the
 * other figure is that bare year ("depuis 2007", "in 2022"): a reader takes the two for one year told at two
 * precisions (unit44). Read as written they were two units that never met (date / year: 39 gold pairs of 15 stories
 * refused on the unit at the start of session 44, 28 of them gold overlaps). Only one month or one day (not a span,
 * not a year-less day, not a time), and only against one year, the same: a date of another year is another event's
 * day, never a disagreement with the year (the pair stays refused on its unit). The copy keeps the date in
 * `dateInYear`, which makes the verdict overlaps (compare.ts), never agrees: one side is more precise. */
export function asYearOf<F extends { unit: string; countsKey: string[]; low: unknown; high: unknown; dateInYear?: string }>(f: F, other: { unit: string; low: unknown; high: unknown }): F | undefined {
  if (f.unit !== 'date' || other.unit !== 'year' || typeof f.low !== 'string' || f.low !== f.high) return undefined;
  const m = /^(\d{4})-\d{2}(?:-\d{2})?$/.exec(f.low);
  if (!m || typeof other.low !== 'number' || other.low !== other.high || other.low !== Number(m[1])) return undefined;
  return { ...f, unit: 'year', low: other.low, high: other.low, dateInYear: f.low, countsKey: f.countsKey.map((k) => (k === 'date' ? 'year' : k)) };
}

/** The unit of a distance named as nautical miles ("412.5 nautical miles", "12.480,5 milles nautiques", "31 milles
 * marins"), and that of a distance named as bare miles ("9 350 miles", "412,5 milles"). */
export const NAUTICAL_MILES_UNIT = 'nautical-miles';
export const MILES_UNIT = 'miles';
/** A figure in bare miles told in nautical miles, when the other figure is in nautical miles and the two values lie
 * within TWO_SYSTEMS_MAX_GAP (a bare "mile" does not say which mile it is: a sailing report writes "miles"
 * for nautical miles, a hurricane advisory for statute miles, and one distance written in both lies 15% apart; unit35: "412,5 milles" / "412.5 nautical miles" were two units); else undefined. */
export function asMilesOf<F extends { unit: string; countsKey: string[]; low: unknown; high: unknown }>(f: F, other: F): F | undefined {
  if (f.unit !== MILES_UNIT || other.unit !== NAUTICAL_MILES_UNIT) return undefined;
  // Both bounds numeric: a bare-mile bound ("more than 400 miles") is no distance to read as the other's.
  if (typeof f.low !== 'number' || typeof f.high !== 'number' || typeof other.low !== 'number' || typeof other.high !== 'number') return undefined;
  const [x, y] = [midOf(f)!, midOf(other)!];
  if (!withinTwoSystemsGap(x, y)) return undefined;
  return { ...f, unit: NAUTICAL_MILES_UNIT, countsKey: f.countsKey.map((k) => (k === f.unit ? NAUTICAL_MILES_UNIT : k)) };
}
