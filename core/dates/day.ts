/**
 * Publication days: a timestamp or a written date becomes the day it was published, YYYY-MM-DD.
 *
 * Time zones: the day is the calendar date *as written*, in the writer's own time zone.
 * "2024-07-07T23:30:00-04:00" is 7 July: converting it to UTC would make it 8 July, a day the
 * writer's readers never saw on the page. A timestamp in UTC ("...Z") keeps its UTC date, since
 * nothing says where the writer was. The same rule holds for RFC 2822 dates
 * ("Sun, 07 Jul 2024 23:30:00 -0400").
 */
import { fold } from '../text/fold';

/** Dates before this are not publication dates of news pages on the web (a birth date, a history). */
export const EARLIEST_PUBLICATION = '1990-01-01';
/**
 * A page may be dated one day ahead of the reader's UTC clock: its writer is east of UTC
 * (Asia-Pacific) and writes the local day. Later than that is a scheduled event, not a publication.
 */
const FUTURE_SLACK_DAYS = 1;
const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A real calendar day as YYYY-MM-DD, or null (30 February, month 13). */
export function calendarDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day `days` after `day` (YYYY-MM-DD; negative: before). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when `day` (YYYY-MM-DD) can be a publication date seen on `today`: not before 1990, not in the future. */
export function plausibleDay(day: string, today: Date = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const latest = new Date(today.getTime() + FUTURE_SLACK_DAYS * DAY_MS).toISOString().slice(0, 10);
  return day >= EARLIEST_PUBLICATION && day <= latest;
}

export const FR_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * The French abbreviations of the months, as French typography writes them ("3 févr.", "12 juil."), accented. The
 * English ones are the first three letters of EN_MONTHS; the French are not (juin and juillet share three letters,
 * février is cut after its "r"), so they are listed here, beside the names they cut (monthNumber reads each).
 */
export const FR_MONTH_ABBREVIATIONS = ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'];
/** The French month names as French writes them, accented ("février", "août", "décembre"); FR_MONTHS is folded. */
export const FR_MONTH_SPELLINGS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/**
 * The cut forms of the months that copy writes with a period ("Feb. 11", "Sept. 8", "7 févr. 2024", "3 fév.
 * 2025"): the English three letters and "Sept", the French typographic cuts and the shorter "fév" that French copy
 * also writes. Only cuts: a whole name ("mars.", "May.") ends a sentence as often as it precedes a day. The sentence
 * splitter and the dateline reader share this list.
 */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'févr', 'fév', 'avr', 'juil', 'déc'];

/** Month number (1-12) of a folded French or English month name or its abbreviation ("sept.", "févr", "Jun"); 0 when none. */
export function monthNumber(word: string): number {
  const w = fold(word).replace(/\.$/, '');
  if (w.length < 3) return 0;
  for (let i = 0; i < 12; i++) {
    if (FR_MONTHS[i] === w || EN_MONTHS[i] === w) return i + 1;
  }
  // Abbreviations: a prefix of at least three letters ("jan", "févr", "sept"); "jui" (juin or juillet) is none.
  const hits = new Set<number>();
  for (let i = 0; i < 12; i++) {
    if (FR_MONTHS[i].startsWith(w) || EN_MONTHS[i].startsWith(w)) hits.add(i + 1);
  }
  return hits.size === 1 ? [...hits][0] : 0;
}

// "2024-07-07", "2024-07-07T23:30:00-04:00", "2024-07-07 23:30", "2024-07-07T23:30:00.000Z".
const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
// "20240707" (some DC.date and sailthru values), optionally followed by a time.
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
// "2024/07/07".
const YMD_SLASH = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
// "07/07/2024", "7.7.2024".
const DMY = /^\s*(?:[\p{L}]+,?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/u;
// "Sun, 07 Jul 2024 23:30:00 -0400", "7 juillet 2024", "1er mars 2024", "07 July 2024 03:38 PM".
const DAY_MONTH_YEAR = /^\s*(?:[\p{L}]+\.?,?\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:of\s+)?([\p{L}]{3,}\.?),?\s+(\d{4})\b/u;
// "July 7, 2024", "Sunday, July 7, 2024", "Jun 06, 2024, 05:10 PM".
const MONTH_DAY_YEAR = /^\s*(?:[\p{L}]+,?\s+)?([\p{L}]{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

/**
 * The publication day of a metadata value (ISO 8601, RFC 2822, a written date in French or English,
 * day/month/year), or null when it is none of these. A numeric "07/08/2024" is read day first
 * (European order) unless `lang` is English and the first number can be a month: US pages write
 * month first. Implausible days are not filtered here (see plausibleDay).
 */
export function dayOf(value: string, lang?: 'fr' | 'en'): string | null {
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s) ?? COMPACT.exec(s) ?? YMD_SLASH.exec(s);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const monthFirst = (lang === 'en' && a <= 12) || b > 12;
    return monthFirst ? calendarDay(Number(m[3]), a, b) : calendarDay(Number(m[3]), b, a);
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m && monthNumber(m[2])) return calendarDay(Number(m[3]), monthNumber(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m && monthNumber(m[1])) return calendarDay(Number(m[3]), monthNumber(m[1]), Number(m[2]));
  return null;
}
