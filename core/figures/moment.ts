/**
 * A figure's moment: the day its value refers to. A time word of its clause ("lundi", "hier",
 * "yesterday", "today") is resolved against the article's publication date; without such a word the
 * moment is the publication date itself; without a publication date it is unknown.
 */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function shift(iso: string, days: number): string {
  const t = Date.parse(`${iso}T12:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * `when`: a time concept id (core/concepts: "mon".."sun", "yesterday", "today", "day-before",
 * "last-24h"); `published`: YYYY-MM-DD. A weekday is the latest such day on or before publication:
 * news reports what has happened ("lundi" in a Wednesday article is two days before).
 */
export function resolveMoment(when: string | undefined, published: string | undefined): string | undefined {
  if (!published || !ISO_DAY.test(published) || Number.isNaN(Date.parse(published))) return undefined;
  if (!when) return published;
  if (when === 'yesterday' || when === 'day-before') return shift(published, -1);
  if (when === 'today' || when === 'last-24h') return published;
  const wd = WEEKDAYS.indexOf(when);
  if (wd < 0) return published;
  const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
  return shift(published, -((pubDay - wd + 7) % 7));
}
