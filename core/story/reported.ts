/**
 * How far back before its publication day an article reports: the earliest recent day it gives for what
 * it tells ("samedi", "yesterday", "le 8 juin" in a report of the 9th). With the publication day, this
 * is the first day of the story the article covers, as far as the article says; the index uses it to
 * tell a page written before a story began (it cannot report it) from a page on that story.
 */
import { words } from '../text/words';
import { lookup } from '../concepts/index';
import { dayMentions } from './features';

const DAY_MS = 86_400_000;

/**
 * Only days this close before publication count: a report tells of the last days, and an older day it
 * names (the day a war began, a previous vote) is background it recalls, not the story's start. A week
 * is the reach of a weekday name (news says "samedi" for a day of the week before, never more).
 */
const REPORT_LOOKBACK_DAYS = 7;

/** Weekday concepts of the shared table (type `time`), Sunday first as Date.getUTCDay counts them. */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Days before `published` (YYYY-MM-DD) of the earliest recent day the text reports, 0 to
 * REPORT_LOOKBACK_DAYS; 0 when it names none or is undated. A weekday is the latest such day on or
 * before publication (news reports what has happened; a weekday of a coming day reads as last week's,
 * which only moves the start earlier, the side where no page is set apart).
 */
export function reportedDaysBack(text: string, published: string | undefined): number {
  const pub = published ? Date.parse(published) : NaN;
  if (!Number.isFinite(pub)) return 0;
  const pubDay = new Date(pub).getUTCDay();
  let back = 0;
  for (const w of words(text)) {
    if (w.norm.length < 3) continue;
    const c = lookup(w.norm, 'time');
    if (!c) continue;
    const wd = WEEKDAYS.indexOf(c.id);
    if (wd >= 0) back = Math.max(back, (pubDay - wd + 7) % 7);
    else if (c.id === 'yesterday') back = Math.max(back, 1);
    else if (c.id === 'two-days-ago') back = Math.max(back, 2);
  }
  const year = new Date(pub).getUTCFullYear();
  for (const d of dayMentions(text)) {
    // A day of the year without a year is read in the publication's year, or the one before it in January.
    for (const y of d.year !== undefined ? [d.year] : [year, year - 1]) {
      const days = Math.round((pub - Date.UTC(y, d.month - 1, d.date)) / DAY_MS);
      if (days >= 0 && days <= REPORT_LOOKBACK_DAYS) back = Math.max(back, days);
    }
  }
  return back;
}
