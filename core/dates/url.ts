/**
 * A publication day written in a page's address. Many news sites file an article under its day:
 * `/2023/09/10/le-maroc-pleure…`, `/world/2019/jan/03/…`, `/france/2024-07-07/…`, `…-20240608-p5jkbh.html`,
 * `/20230201-france-…`, `…_AN-202507150438.html`. Only these shapes are read: the host is never read,
 * nor a fragment; a year and month without a day (`/2023/02/after-…`) gives no day; words in a slug
 * (`super-mario-run-december-15-2016-11`) are what the article is about, not when it was filed; and a
 * number that merely could be a time stamp (`/1694233110-au-moins-296-morts`, an id) is never read as
 * one, because ids of that length are as common as time stamps.
 */
import { calendarDay, monthNumber, plausibleDay } from './day';

/** `/2024/06/09/`, `/2023/3/7/`, `/2019/jan/03/`: year, month, day as three path segments. */
const SEGMENTS = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?=[/?&#_.-]|$)/gi;
/** `2024-07-07`, `2024_07_07`, standing apart from letters and digits around it. */
const DASHED = /(?<![\da-z])((?:19|20)\d\d)([-_])(\d\d)\2(\d\d)(?!\d)/gi;
/**
 * `20240608`, alone or followed by four or six digits (a time of day or the day's serial number:
 * BFM TV writes both `AN-202507150438` and `AV-202507150463`), standing apart from letters and
 * digits: a run of digits of another length is an id.
 */
const COMPACT = /(?<![\da-z])((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{4}(?:\d\d)?)?(?![\da-z])/gi;
/** The rest of a UUID after its first group (`20230915-5116-11ee-…`): the first group is an id, not a day. */
const UUID_TAIL = /^-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}/i;

interface Hit {
  at: number;
  day: string;
}

/** The address without its scheme, host and fragment: path and query, where sites write their days. */
function pathAndQuery(url: string): string {
  return url.trim().replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').replace(/#.*$/, '');
}

function hits(s: string): Hit[] {
  const out: Hit[] = [];
  for (const m of s.matchAll(SEGMENTS)) {
    const month = /^\d+$/.test(m[2]) ? Number(m[2]) : monthNumber(m[2]);
    const day = month ? calendarDay(Number(m[1]), month, Number(m[3])) : null;
    if (day) out.push({ at: m.index!, day });
  }
  for (const m of s.matchAll(DASHED)) {
    const day = calendarDay(Number(m[1]), Number(m[3]), Number(m[4]));
    if (day) out.push({ at: m.index!, day });
  }
  for (const m of s.matchAll(COMPACT)) {
    if (UUID_TAIL.test(s.slice(m.index! + m[0].length))) continue;
    const day = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) out.push({ at: m.index!, day });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The publication day (YYYY-MM-DD) the address gives, or null: the first plausible day of its path,
 * else of its query (`?a=20170309-35097838`). `today` bounds what is plausible (no future day, none
 * before 1990), as for the page's metadata.
 */
export function urlDay(url: string | null | undefined, today: Date = new Date()): string | null {
  if (!url) return null;
  const rest = pathAndQuery(url);
  const q = rest.indexOf('?');
  const parts = q < 0 ? [rest] : [rest.slice(0, q), rest.slice(q)];
  for (const part of parts) {
    const hit = hits(part).find((h) => plausibleDay(h.day, today));
    if (hit) return hit.day;
  }
  return null;
}
