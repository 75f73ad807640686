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
/** Units of a rank ("le premier", "the second"): an order, not a count. */
export const RANK_UNITS: readonly string[] = [RANK_UNIT, 'ordinal-relative'];
/** Units of an age or a length of time. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);
/** Units of a moment, a rank or nothing named ("number"): they count nothing a reader would check. */
export const NOT_COUNTED_UNITS: ReadonlySet<string> = new Set([...MOMENT_UNITS, 'number', ...RANK_UNITS]);
