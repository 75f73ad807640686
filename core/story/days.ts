/**
 * How far apart in time a page and an article may be and still be on one story: a developing story
 * over weeks, a one-day event (a day of marches) over a day or two; and the day an undated article's
 * title names. Pure arithmetic on days, used by the story index (index.ts).
 */
import { dayMentions, type DayMention } from './features';
import { words } from '../text/words';

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

/**
 * A page dated this many days before the first day its story's articles report still scores in full, however
 * briefly the story is covered: a page dated by one time zone and an event reported in another (a night strike
 * dated the next day), or a page of the eve announcing what the articles report the next day.
 */
const PRE_STORY_GRACE_DAYS = 1;
/**
 * Beyond the grace, a page's score halves for each further day before the story's first reported day: a
 * page two days before a story covered over one day scores half, a week before nearly nothing (nothing a page
 * writes can report a day still to come). As fast as a one-day event's window halves (EVENT_HALF_LIFE_DAYS).
 */
const PRE_STORY_HALF_LIFE_DAYS = 1;

/**
 * 1 unless `pageDay` is before `storyStart` (timestamps) by more than PRE_STORY_GRACE_DAYS and more than the
 * story's own span (`spanMs`, from its first reported day to its last article): a story whose articles run
 * over weeks may have begun before the first of them, so a page that much earlier may be its first days.
 */
export function preStoryProximity(pageDay: number, storyStart: number, spanMs: number): number {
  const days = (storyStart - pageDay) / 86_400_000;
  const grace = Math.max(PRE_STORY_GRACE_DAYS, spanMs / 86_400_000);
  if (!Number.isFinite(days) || days <= grace) return 1;
  return 0.5 ** ((days - grace) / PRE_STORY_HALF_LIFE_DAYS);
}

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
  return nearestOccurrence(day, pageDay);
}

/** The day a mention names, in its own year when written, else in the year that puts it nearest `near`. */
function nearestOccurrence(day: DayMention, near: number): number {
  if (day.year !== undefined) return Date.UTC(day.year, day.month - 1, day.date);
  const year = new Date(near).getUTCFullYear();
  let best = NaN;
  for (const y of [year - 1, year, year + 1]) {
    const t = Date.UTC(y, day.month - 1, day.date);
    if (!(Math.abs(t - near) >= Math.abs(best - near))) best = t;
  }
  return best;
}

/**
 * An undated page against an article of a known day, read from the days the page names that no corpus
 * article names (`unexplained`: the day a war began, which every report recalls, is named by the articles
 * too). A report names the day it is about, or lies near it; when the nearest of these days is months from
 * the article's, the page is on another moment of the topic (last winter's rescue), and it scores as a page
 * of that day would (dayProximity). 1 when the page names no such day.
 */
export function namedDaysProximity(unexplained: DayMention[], articleDay: number): number {
  if (unexplained.length === 0 || !Number.isFinite(articleDay)) return 1;
  let nearest = Infinity;
  for (const d of unexplained) nearest = Math.min(nearest, Math.abs(nearestOccurrence(d, articleDay) - articleDay));
  return dayProximity(articleDay, articleDay + nearest);
}

/**
 * Words that put what follows in the future: the future of "to have", "to be" and of the verbs news uses for
 * a coming event ("auront lieu", "se tiendra", "will be held"), "prévu(e)(s)" / "scheduled" / "planned". Grammar
 * every language's news shares, not any story's words (folded, as words() gives them).
 */
const FUTURE_WORDS = new Set(['aura', 'auront', 'sera', 'seront', 'tiendra', 'tiendront', 'deroulera', 'derouleront', 'prevu', 'prevue', 'prevus', 'prevues', 'will', 'shall', 'scheduled', 'planned']);
/**
 * A day of the year is announced when a future word stands at most this many characters before it in its
 * sentence: "auront lieu les 30 juin et 7 juillet" reaches the second day (19 characters after the verb), a
 * clause's length; further, the word is another clause's.
 */
const ANNOUNCE_REACH = 40;

/**
 * The days a text announces as coming ("les élections auront lieu le 30 juin", "the vote will be held on June
 * 30"): a text that announces a day was written before it.
 */
export function announcedDays(text: string): DayMention[] {
  const days = dayMentions(text, undefined, true);
  if (days.length === 0) return [];
  const future = words(text).filter((w) => FUTURE_WORDS.has(w.norm));
  return days.filter((d) => future.some((w) => w.end <= d.start && d.start - w.end <= ANNOUNCE_REACH && !/[.!?]\s/.test(text.slice(w.end, d.start))));
}

/**
 * The latest day an undated page can have been written on, from the days it announces (announcedDays), each
 * taken in the year nearest `near` (the story's first day): the day before the first of them; NaN when it
 * announces none.
 */
export function announcedBound(announced: DayMention[], near: number): number {
  let first = Infinity;
  for (const d of announced) first = Math.min(first, nearestOccurrence(d, near));
  return Number.isFinite(first) ? first - 86_400_000 : NaN;
}
