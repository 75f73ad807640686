/** The figure type the engine produces; core/types.ts holds the report types shared with the UI. */
import type { Bound, Qualifier } from '../types';

export interface Figure {
  /** UTF-16 offsets: text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Inclusive bounds; null is open. Dates and times are ISO strings ("2024-10-27", "2022-02", "--12-04", "22:00"). */
  low: Bound;
  high: Bound;
  qualifier: Qualifier;
  /** people, km, years, year, date, time, percent, ordinal, shells, districts, ... or 'number'. */
  unit: string;
  /** What it counts, as a short English phrase: "Russian soldiers killed or wounded". */
  counts: string;
  /**
   * Language-independent concept tokens: the category first ("soldier"), then "of:<nation>" when the
   * text says whose they are, then nations, places, actions, roles, modifiers (see counts.ts).
   */
  countsKey: string[];
  /** Who says it, where the sentence says so. */
  saidBy?: string;
}
