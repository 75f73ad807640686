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
 * "last-24h", "last-week", "month-01".."month-12"); `published`: YYYY-MM-DD. A weekday is the latest such day on or before publication:
 * news reports what has happened ("lundi" in a Wednesday article is two days before).
 */
export function resolveMoment(when: string | undefined, published: string | undefined): string | undefined {
  if (!published || !ISO_DAY.test(published) || Number.isNaN(Date.parse(published))) return undefined;
  if (!when) return published;
  if (when === 'yesterday' || when === 'day-before') return shift(published, -1);
  if (when === 'today' || when === 'last-24h') return published;
  if (when === 'last-week') {
    // The Monday of the week before publication's.
    const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
    return shift(published, -((pubDay + 6) % 7) - 7);
  }
  const month = /^month-(\d{2})$/.exec(when);
  if (month) return nearestMonth(Number(month[1]), published);
  const wd = WEEKDAYS.indexOf(when);
  if (wd < 0) return published;
  const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
  return shift(published, -((pubDay - wd + 7) % 7));
}

/**
 * A month named without a year ("en août", "fin octobre", "en janvier"): the nearest such month to
 * publication, looking back as well as ahead (news reports what happened and what is planned), as its
 * first day. "En janvier" in a December article is next January; "en août" in October is last August.
 */
function nearestMonth(m: number, published: string): string {
  const y = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  const diff = m - pm;
  const year = diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
  return `${year}-${String(m).padStart(2, '0')}-01`;
}

/** How far (characters) a date may stand from a figure of its sentence and still date it: "le 19 janvier,
 * 1,1 million de manifestants" / "400,000 on January 19". Further, the date usually belongs to another fact. */
const CLAUSE_DATE_MAX_CHARS = 80;
const STOP = /[.!?\n]/;

/**
 * The day a date of the figure's own sentence gives ("le 19 janvier", "on Jan. 19"): one day, not a range;
 * a date without a year takes the publication's year (the year before when it would fall after publication).
 */
export function clauseDate(text: string, fig: { start: number; end: number }, dates: ReadonlyArray<{ start: number; end: number; low: unknown; high: unknown }>, published: string | undefined): string | undefined {
  let best: { day: string; gap: number } | undefined;
  for (const d of dates) {
    if (typeof d.low !== 'string' || d.low !== d.high) continue;
    const gap = d.end <= fig.start ? fig.start - d.end : d.start >= fig.end ? d.start - fig.end : 0;
    if (gap > CLAUSE_DATE_MAX_CHARS) continue;
    const between = d.end <= fig.start ? text.slice(d.end, fig.start) : text.slice(fig.end, d.start);
    if (STOP.test(between)) continue;
    let day = d.low;
    if (/^--\d{2}-\d{2}$/.test(day)) {
      if (!published || !ISO_DAY.test(published)) continue;
      const year = Number(published.slice(0, 4));
      day = `${year}${day.slice(1)}`;
      if (day > published) day = `${year - 1}${d.low.slice(1)}`;
    }
    if (!ISO_DAY.test(day)) continue;
    if (!best || gap < best.gap) best = { day, gap };
  }
  return best?.day;
}
