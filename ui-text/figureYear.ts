/**
 * The year a value is for, when its sentence names another year than the article's: "pour 2026" /
 * "for 2026" for a target (a year after the article's publication), "en 2003" / "in 2003" for a past
 * value. Shown beside the value in the popup and in the in-page hover cards (built in the background),
 * so a reader does not take "3 000 postes en moins en 2026" for a count of the article's day.
 */
import { t } from './i18n';

const YEAR = /^\d{4}$/;

/**
 * `year`: the figure's year (YYYY); `published`: the publication day (YYYY-MM-DD) of the article that
 * gives it. Null without a year. When the publication day is unknown, which side the year is on is
 * unknown too: "in 2026" says when without calling it a target.
 */
export function yearNote(year: string | undefined, published: string | null | undefined): string | null {
  if (!year || !YEAR.test(year)) return null;
  const after = !!published && year > published.slice(0, 4);
  return t(after ? 'figureForYear' : 'figureInYear', year);
}
