/** How a number token reads as a figure; shared by the judge's figure tests (judge.ts), the
 *  specificity test (story-vocabulary.ts) and the cross-language keys (crosslang.ts). */

/** A year as a text writes it: four digits from 1900 to 2099, no separator ("2 012 morts" is a count); the figure
 *  rules' own (figures/years.ts). */
export { EVENT_YEAR as YEAR } from '../figures/years';

/** Digits a whole number needs to be a figure of its span (decimals always are): a day of the
 *  month, an age or a magnitude ("magnitude 7" beside a span reaching a toll of "296") is too common
 *  to tell two facts apart; the same cut as NUMBER_WORDS_WORTH's values. */
export const FIGURE_MIN_DIGITS = 3;

const NUMBER_STEM = /^\d+(?:\.\d+)?$/;

/** A number stem ("296", "2.8") that is a figure: FIGURE_MIN_DIGITS digits or a decimal. */
export function isFigureStem(stem: string): boolean {
  // A stem that starts with a letter (most) is settled without the regex.
  const c = stem.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  return NUMBER_STEM.test(stem) && (stem.length >= FIGURE_MIN_DIGITS || stem.includes('.'));
}
