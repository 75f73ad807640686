import { CURRENCY_SIGNS } from '../text/currency';

/**
 * A passage's span ends at a word's edge (tokens.ts words), and neither a percent sign nor a currency sign is a word:
 * "cut production capacity by 20%" was reported as "cut production capacity by 20", "€43.8 billion" as "43.8 billion".
 * Shown so, the span states another figure than the text does (a number of what?), and the adjudicators of the
 * development set judged such pairs false for it ("the unit outside both spans: no figure stated"). The sign belongs to
 * the number it is written against: the span takes it in. Only a sign written against the number (or after one space,
 * as French writes "20 %"), so a span never grows past its own number.
 */

/** Signs written after a number they qualify: per cent, per mille. */
const AFTER_NUMBER = /^[ \u00a0\u202f]?[%‰]/;

/** Currency signs written before a number ("$6 million", "€43.8 billion", "£2bn", "¥5"): the figures engine's table. */
const BEFORE_NUMBER = CURRENCY_SIGNS;

/** [start, end) of `text` widened over a percent sign after its last digit and a currency sign before its first. */
export function withUnitSigns(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  if (e > s && /\d/.test(text[e - 1])) {
    const m = AFTER_NUMBER.exec(text.slice(e, e + 2));
    if (m) e += m[0].length;
  }
  if (s > 0 && s < e && /\d/.test(text[s]) && BEFORE_NUMBER.has(text[s - 1])) s -= 1;
  return [s, e];
}
