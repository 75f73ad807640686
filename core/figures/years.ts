/**
 * Calendar years as a text writes them, one definition for the figure rules that tell a year from a count
 * (extract.ts, count-head.ts, other-event.ts) and for the passage judge (passages/figure-values.ts). Pure.
 */
import type { Tok } from './tokens';

/** Four-digit integers in this span, written without separators, may be calendar years: from the nineteenth century
 * (histories name "1870", "1914") to the end of the next ("2150" as a horizon); a count in that span with no
 * separator ("1999 morts") is told apart by the words around it, not by its value. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2199;

/** A year as a token names an event's time ("the 2017 march", "de 2019", "1900 to 2099"): narrower than YEAR_MIN …
 * YEAR_MAX, since a count of 1850 is likelier than an event of 1850 named by its year alone. */
export const EVENT_YEAR = /^(?:19|20)\d\d$/;

/** Is the token four digits, no separator, an integer from YEAR_MIN to YEAR_MAX? */
export const isYearDigits = (t: Tok | undefined): boolean =>
  !!t && t.kind === 'd' && /^\d{4}$/.test(t.t) && Number.isInteger(t.v) && t.v >= YEAR_MIN && t.v <= YEAR_MAX;
