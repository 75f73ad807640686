/**
 * How far apart in time a page and an article may be and still be on one story: a developing story
 * over weeks, a one-day event (a day of marches) over a day or two; and the day an undated article's
 * title names. Pure arithmetic on days, used by the story index (index.ts).
 */
import { dayMentions } from './features';

/**
 * A developing story is covered for weeks (the bundled corpus spans six: 21 October to 4 December, and
 * pages follow it for weeks more);
 * pages dated months apart from an article are mostly another event of the same topic (last winter's
 * rescue, last year's budget). Within this many days of each other, dates say nothing. Shorter spans
 * (2 days, 14, 45) lost bundled articles or a page of 20 December their own sources.
 */
const SAME_STORY_DAYS = 60;
/** Beyond SAME_STORY_DAYS, the score halves every this many days (only when both dates are known). */
const STORY_HALF_LIFE_DAYS = 30;
/**
 * A one-day event (a day of marches) is reported that day and the next: beyond this many days apart, a
 * page is on another day of the movement (the next march, a week later), and its score halves every
 * EVENT_HALF_LIFE_DAYS.
 */
const EVENT_DAYS = 2;
const EVENT_HALF_LIFE_DAYS = 2;

/** 1 for articles published within SAME_STORY_DAYS of each other (or of unknown date), less the further apart. */
export function timeProximity(a: string | undefined, b: string | undefined): number {
  return a && b ? dayProximity(Date.parse(a), Date.parse(b)) : 1;
}

/** timeProximity on timestamps; for a one-day event, days beyond EVENT_DAYS apart cost fast. */
export function dayProximity(a: number, b: number, oneDayEvent = false): number {
  const days = Math.abs(a - b) / 86_400_000;
  if (!Number.isFinite(days)) return 1;
  if (oneDayEvent && days > EVENT_DAYS) return 0.5 ** ((days - EVENT_DAYS) / EVENT_HALF_LIFE_DAYS);
  if (days <= SAME_STORY_DAYS) return 1;
  return 0.5 ** ((days - SAME_STORY_DAYS) / STORY_HALF_LIFE_DAYS);
}

/**
 * The day an undated article on a one-day event gives in its title ("Manifestations du 31 janvier"), in
 * the year that puts it nearest the page's day; NaN when its title names none. Not the day its text names
 * most: reports of a march compare it with the previous one, whose day they name first at times.
 */
export function titleDay(title: string, pageDay: number): number {
  const day = dayMentions(title)[0];
  if (!day) return NaN;
  const [month, date] = day.key.split('-').map(Number);
  const year = new Date(pageDay).getUTCFullYear();
  let best = NaN;
  for (const y of [year - 1, year, year + 1]) {
    const t = Date.UTC(y, month - 1, date);
    if (!(Math.abs(t - pageDay) >= Math.abs(best - pageDay))) best = t;
  }
  return best;
}
