/**
 * Sets of figure units several modules test, built from one list each so that they cannot drift apart. They are
 * not one set: each module asks a different question of a unit (see each use), so each composes its own from these.
 * No imports: any module of figures may read these at load time without an import cycle.
 */

/** Units that name a moment rather than measure something: a day, an hour, a calendar year. */
export const MOMENT_UNITS: readonly string[] = ['date', 'time', 'year'];
/** The unit of a rank with a value ("fourth", "267e"): compared since unit28 (match.ts), never an update (compare.ts),
 * never on a timeline (timeline.ts), never a passage's shared count (count-pairs.ts). */
export const RANK_UNIT = 'ordinal';
/** The unit of a count of occurrences ("four times", "quatre fois"). */
export const TIMES_UNIT = 'times';
/** Units of a rank ("le premier", "the second"): an order, not a count. */
export const RANK_UNITS: readonly string[] = [RANK_UNIT, 'ordinal-relative'];
/** Units of an age or a length of time. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);
/** Units of a moment, a rank or nothing named ("number"): they count nothing a reader would check. */
export const NOT_COUNTED_UNITS: ReadonlySet<string> = new Set([...MOMENT_UNITS, 'number', ...RANK_UNITS]);
/** Units written before their value ("magnitude 7", "de magnitude 6,8"; count-head.ts). A rank on a graded scale is
 * written so too ("catégorie 5", "en catégorie 4", "a Category 5 hurricane"): read after the number, "5 hurricane"
 * counted storms, and a bare "5" took the unit of a count before it (ellipsis.ts, "en 90 ans ... en catégorie 5" read
 * as 5 years). */
export const UNITS_BEFORE_VALUE: ReadonlySet<string> = new Set(['magnitude', 'category']);
/** The first value above each graded scale whose unit is written before its value: a value of the scale is below its
 * ceiling. An earthquake's magnitude stays under 10 on every magnitude scale agencies report (the largest ever
 * recorded is 9.5); a storm's category runs 1 to 5 on the scales news cite, so 6 is none. A value at or above the
 * ceiling is no value of the scale ("a magnitude 7.4 quake … rose to 13" counts the dead; count-head.ts, ellipsis.ts). */
export const SCALE_CEILING: ReadonlyMap<string, number> = new Map([['magnitude', 10], ['category', 6]]);
