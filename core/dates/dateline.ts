/**
 * A publication date written at the top of an article's text: an agency dateline
 * ("PARIS, 3 mars 2024 (AFP)"), a byline stamp ("Publié le 12/07/2024 à 10h05", "Updated July 8,
 * 2024"), a date on a line of its own ("Sunday, 07 July 2024 03:38 PM EDT"), or a date its own weekday
 * vouches for ("a présenté ce mardi 15 juillet 2025"). Dates in the body further down are what the
 * story is about, not when it was written, so only the top is read. A date without a year is never
 * completed by guessing one, with one exception the calendar itself settles: "this" day named with
 * its weekday ("ce mardi 31 janvier"), whose weekday fits one year only among the recent ones.
 */
import { fold } from '../text/fold';
import { addDays, calendarDay, monthNumber, plausibleDay } from './day';
import { DATELINE_MONTH, DATELINE_PREFIX_CHARS, datelineLead } from '../text/dateline';

/** How much of the text's top a dateline may sit in: a title, a caption and a byline fit in it. */
const DATELINE_CHARS = 600;
/** At most this many lines from the top: a dateline is never below the lead paragraph. */
const DATELINE_LINES = 6;
/** A "published"/"updated" marker binds a date this close after it ("Publié le ", "Updated: "). */
const MARKER_REACH = 16;

export const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
export const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_WEEKDAY_ABBR = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY = `${FR_WEEKDAYS.join('|')}|${EN_WEEKDAYS.join('|')}|(?:${EN_WEEKDAY_ABBR.join('|')})\\.?`;
const MONTH = '[a-z]{3,9}\\.?';

const DATES: Array<{ re: RegExp; order: 'dmy' | 'mdy' | 'num' | 'iso' }> = [
  { re: new RegExp(`(?:(${WEEKDAY}),?\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})(?!\\d)`, 'g'), order: 'dmy' },
  { re: new RegExp(`(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'g'), order: 'mdy' },
  { re: new RegExp(`(?:(${WEEKDAY}),?\\s+)?(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d)`, 'g'), order: 'num' },
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g, order: 'iso' },
];

/**
 * "Ce dimanche 7 juillet" at the top of a French article is the day it reports on, as it is written:
 * the day itself, never the next one. A day and month fall on one weekday again only after 5, 6 or
 * 11 years, so within this many years up to today one year at most fits the weekday. A page
 * older than that (an archive) is left undated here rather than moved to a wrong year: such pages
 * carry metadata or a dated address far more often than not.
 */
const YEARLESS_YEARS = 5;
/**
 * The words that tie a written day to the day of writing, and how many days that day lies after
 * publication: "ce mardi 31 janvier" is the day itself, "demain lundi 8 juillet" the day after
 * (so the article is of 7 July), "hier samedi 9 septembre" the day before. Without one of these
 * the day may be any day to come or gone ("le mardi 7 mars", "jusqu'au lundi 8 juillet").
 */
const DEICTIC_SHIFT: Record<string, number> = { ce: 0, cette: 0, "aujourd'hui": 0, demain: 1, hier: -1, today: 0, tomorrow: 1, yesterday: -1 };
const DEICTIC = "ce|cette|aujourd'hui|demain|hier";
const YEARLESS = new RegExp(`(?<![a-z'-])(${DEICTIC}),?\\s+(${FR_WEEKDAYS.join('|')})\\s+(\\d{1,2})(?:er)?\\s+(${MONTH})(?![a-z])(?!,?\\s+\\d)`, 'g');
/**
 * "Ce mardi" and "ce 31 janvier" apart in the top ("les premiers chiffres de la grève de ce mardi …
 * On dénombre 270 rassemblements ce 31 janvier"): each names the day of writing, so together they
 * say what "ce mardi 31 janvier" says. A date without "ce" ("la grève du 7 mars") is not taken: the
 * top of an article written on one Tuesday often names another Tuesday to come.
 */
const THIS_WEEKDAY = new RegExp(`(?<![a-z'-])(?:ce|cette)\\s+(${FR_WEEKDAYS.join('|')})(?![a-z])(?!\\s+\\d)`, 'g');
const THIS_DATE = new RegExp(`(?<![a-z'-])(?:ce|cette)\\s+(\\d{1,2})(?:er)?\\s+(${MONTH})(?![a-z])(?!,?\\s+\\d)`, 'g');
/** A word right before a full date that moves it off the day of writing ("demain lundi 8 juillet 2024"). */
const SHIFT_BEFORE = /(?:^|[^a-z'-])(aujourd'hui|demain|hier|today|tomorrow|yesterday),?\s+$/;
/** How far before a date such a word is looked for: the longest, "aujourd'hui, ", fits; a word further back is another clause's. */
const SHIFT_REACH = 14;
/**
 * A stamp line holding a time and a date with a two-digit year, nothing else ("22:57 24.02.04",
 * "24/02/04 - 22h57"), as agency wires and old CMS pages print them. Only there is a two-digit
 * year read (as 19yy or 20yy, whichever is not in the future), day first as the other numeric
 * dates: anywhere else "24.02.04" may be a score, a version, or a date in another order.
 */
const STAMP_TIME = '\\d{1,2}\\s?[:h]\\s?\\d{2}';
const STAMP_DATE = '(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2})';
const SHORT_YEAR_STAMP = new RegExp(`^[ \\t]*(?:${STAMP_TIME}[ \\t,-]+${STAMP_DATE}|${STAMP_DATE}[ \\t,-]+(?:a\\s+)?${STAMP_TIME})[ \\t]*$`, 'gm');

const MARKER = /(?:publie|mis a jour|modifie|actualise|published|updated|posted|last updated|first published)(?:\s+(?:le|on|at))?\s*:?\s*$/;
/**
 * "Mise à jour du 4 décembre 2024 à 21 h 45 : …" opening its line: a live page's update stamp. Only at the line's start:
 * "du" after a marker word inside a sentence is a text's own date ("L'arrêté modifié du 4 décembre 2024 interdit…",
 * "La mise à jour du 4 décembre 2024 a corrigé le bug"), not the page's.
 */
const UPDATE_OF_LINE = /^[ \t]*mise a jour du\s*$/;

/**
 * Labels of the other dates a page's top holds (an infobox, a biography): a foundation, a birth, a
 * death, a release. A date right after one is never the publication date, even on a line of its own.
 */
const OTHER_EVENT = /(?:^|[^a-z])(?:founded|born|died|established|launched|released|fonde|fondee|nee?|mort|morte|decede|decedee|creee?|lancee?|sorti|sortie)(?:\s+(?:le|on|in|en))?\s*:?\s*$/;

interface Hit {
  start: number;
  day: string;
  /** The weekday written with the date, when any, and whether the calendar agrees with it. */
  weekday?: boolean;
}

function weekdayIndex(word: string): number {
  const w = word.replace(/\.$/, '');
  for (const list of [FR_WEEKDAYS, EN_WEEKDAYS, EN_WEEKDAY_ABBR]) {
    const i = list.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/** The one year among the YEARLESS_YEARS up to today's when `month`/`day` fell on `weekday`, or null. */
function yearOfWeekday(weekday: number, month: number, day: number, today: Date): string | null {
  const found: string[] = [];
  for (let y = today.getUTCFullYear(), k = 0; k < YEARLESS_YEARS; y--, k++) {
    const d = calendarDay(y, month, day);
    if (d && new Date(`${d}T12:00:00Z`).getUTCDay() === weekday && plausibleDay(d, today)) found.push(d);
  }
  return found.length === 1 ? found[0] : null;
}

function hits(folded: string, lang: 'fr' | 'en' | undefined, today: Date): Hit[] {
  const out: Hit[] = [];
  YEARLESS.lastIndex = 0;
  for (let m = YEARLESS.exec(folded); m; m = YEARLESS.exec(folded)) {
    const month = monthNumber(m[4]);
    const day = month ? yearOfWeekday(weekdayIndex(m[2]), month, Number(m[3]), today) : null;
    if (day) out.push({ start: m.index, day: addDays(day, -DEICTIC_SHIFT[m[1]]), weekday: true });
  }
  const apart = thisWeekdayAndDate(folded, today);
  if (apart) out.push(apart);
  SHORT_YEAR_STAMP.lastIndex = 0;
  for (let m = SHORT_YEAR_STAMP.exec(folded); m; m = SHORT_YEAR_STAMP.exec(folded)) {
    const [a, b, yy] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const day = numericDay(Number(a), Number(b), fullYear(Number(yy), today), lang);
    if (day) out.push({ start: m.index, day });
  }
  for (const { re, order } of DATES) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      let day: string | null = null;
      if (order === 'dmy') day = monthNumber(m[3]) ? calendarDay(Number(m[4]), monthNumber(m[3]), Number(m[2])) : null;
      else if (order === 'mdy') day = monthNumber(m[2]) ? calendarDay(Number(m[4]), monthNumber(m[2]), Number(m[3])) : null;
      else if (order === 'iso') day = calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
      else day = numericDay(Number(m[2]), Number(m[3]), Number(m[4]), lang);
      if (!day) continue;
      const hit: Hit = { start: m.index, day };
      if (order !== 'iso' && m[1]) hit.weekday = weekdayIndex(m[1]) === new Date(`${day}T12:00:00Z`).getUTCDay();
      // "demain lundi 8 juillet 2024": the day after the one of writing.
      const moved = SHIFT_BEFORE.exec(folded.slice(Math.max(0, m.index - SHIFT_REACH), m.index));
      if (moved) hit.day = addDays(day, -DEICTIC_SHIFT[moved[1]]);
      out.push(hit);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Day first (French, British, most of the world), month first only for English when it can be. */
function numericDay(a: number, b: number, year: number, lang: 'fr' | 'en' | undefined): string | null {
  const monthFirst = (lang === 'en' && a <= 12) || b > 12;
  return monthFirst ? calendarDay(year, a, b) : calendarDay(year, b, a);
}

/** A two-digit year as the latest year ending so that is not after today's ("04" is 2004, "97" 1997). */
function fullYear(yy: number, today: Date): number {
  const y = today.getUTCFullYear();
  const century = y - (y % 100);
  return century + yy <= y ? century + yy : century - 100 + yy;
}

/**
 * "Ce mardi" and "ce 31 janvier" in the top, apart: the one recent day that is both, or null. Each
 * must be the only one of its kind there (two weekdays or two dates named as "this" one: no day).
 */
function thisWeekdayAndDate(folded: string, today: Date): Hit | null {
  const weekdays = [...folded.matchAll(THIS_WEEKDAY)];
  const dates = [...folded.matchAll(THIS_DATE)];
  if (!weekdays.length || !dates.length) return null;
  if (new Set(weekdays.map((m) => m[1])).size > 1 || new Set(dates.map((m) => `${m[1]} ${monthNumber(m[2])}`)).size > 1) return null;
  const month = monthNumber(dates[0][2]);
  const day = month ? yearOfWeekday(weekdayIndex(weekdays[0][1]), month, Number(dates[0][1]), today) : null;
  return day ? { start: Math.min(weekdays[0].index!, dates[0].index!), day, weekday: true } : null;
}

/**
 * The line prefix before a date looks like a dateline's place or label: short, no lower case, no sentence
 * ("PARIS, ", "DIA-", or nothing). Any such prefix ('uncased', text/dateline.ts), not only a place's shape: the
 * date and its year are the evidence here, and a stamp opens with digits and signs as often as with a place.
 */
function startsItsLine(text: string, folded: string, start: number): boolean {
  const lineStart = folded.lastIndexOf('\n', start - 1) + 1;
  if (datelineLead(text, lineStart, start, 'uncased')) return true;
  if (start - lineStart > DATELINE_PREFIX_CHARS || !TITLE_PLACE_LEAD.test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  return TITLE_PLACE_CLOSE.test(rest) && !PHOTO_CREDIT.test(rest);
}
/**
 * How many capitalised words a place in title case may have ("New York", "Rio De Janeiro", "Saint-Martin-De-Ré" is one),
 * and its region or country after a comma ("Kampala, Uganda", "Colombo, Western Province"): city names run to four
 * words, regions to three; a longer run of capitals is a title or a name list, not a dateline's place.
 */
const TITLE_PLACE_MAX_WORDS = 4;
const TITLE_REGION_MAX_WORDS = 3;
/**
 * A place in ordinary title case, perhaps with its region or country, closed by a comma or a dash before a full date
 * opening its line ("New York, November 20, 2025", "Lisbon, Oct. 21, 2025 (Lusa) -", "Kampala, Uganda – January 30,
 * 2025 –"): the dateline of a desk that does not write its place in capitals ('uncased' refuses lower case). Each
 * word capitalised, within DATELINE_PREFIX_CHARS (startsItsLine checks it): a sentence ("Le 7 octobre 2023, …", "On the
 * night of …") has a word in lower case or no comma before its date.
 */
/**
 * The longest agency credit in brackets after a dateline's date ("(Lusa)", "(Agence France-Presse)", "(Reuters/Ipsos
 * wire)"): 40 characters hold every agency's name with a second credit; longer brackets are a sentence's aside.
 */
const AGENCY_MAX_CHARS = 40;
/** The longest bracketed region after a wire's place ("Colombo [Western Province]", "Goma (North Kivu)"): a region's name, not an aside. */
const REGION_MAX_CHARS = 30;
const TITLE_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const TITLE_PLACE_LEAD = new RegExp(String.raw`^[ \t]*${TITLE_WORD}(?:[ \u00A0]+${TITLE_WORD}){0,${TITLE_PLACE_MAX_WORDS - 1}}(?:,[ \u00A0]*${TITLE_WORD}(?:[ \u00A0]+${TITLE_WORD}){0,${TITLE_REGION_MAX_WORDS - 1}})?[ \u00A0]*[,\-\u2013\u2014][ \u00A0]*$`, 'u');
/**
 * What must follow the date (from its start, up to its year) for such a line to be a dateline: the end of the line, a
 * dash, or an agency in brackets. A sentence that opens with a capitalised greeting or phrase goes on after its date
 * ("Dear Sir, November 20, 2025, was the day I wrote"): the dateline form is the evidence, a comma is not.
 */
const TITLE_PLACE_CLOSE = new RegExp(String.raw`^[^\n]*?\d{4}(?!\d)[ \u00A0]*(?:$|\([^()\n]{2,${AGENCY_MAX_CHARS}}\)|[\-\u2013\u2014])`, 'u');
/** A photo's credit on the line ("(Photo: X)", "Photo : AFP", "Credit: …"): a caption, whose place and date are the picture's. */
const PHOTO_CREDIT = /(?:\(|\b)(?:photo|credit|crédit|image|picture)s?[ \u00A0]*(?:by|de|:)/iu;

/**
 * The publication day (YYYY-MM-DD) a dateline at the top of `text` gives, or null. The first date
 * bound to a "published"/"updated" marker wins; else the first that starts a line or carries its
 * own, correct weekday. `today` bounds what is plausible (no future dates, none before 1990).
 */
export function datelineDay(text: string, lang?: 'fr' | 'en', today: Date = new Date()): string | null {
  let top = text.slice(0, DATELINE_CHARS);
  const lines = top.split('\n');
  let kept = 0;
  let cut = 0;
  for (const line of lines) {
    cut += line.length + 1;
    if (line.trim() && ++kept >= DATELINE_LINES) break;
  }
  top = top.slice(0, cut);
  const folded = fold(top);
  const found = hits(folded, lang, today).filter(
    (h) => plausibleDay(h.day, today) && h.weekday !== false && !OTHER_EVENT.test(folded.slice(Math.max(0, h.start - MARKER_REACH), h.start)),
  );
  const marked = found.find((h) => MARKER.test(folded.slice(Math.max(0, h.start - MARKER_REACH), h.start))
    || UPDATE_OF_LINE.test(folded.slice(folded.lastIndexOf('\n', h.start - 1) + 1, h.start)));
  if (marked) return marked.day;
  const placed = found.find((h) => h.weekday === true || startsItsLine(top, folded, h.start));
  return placed?.day ?? footerDay(text, lang, today);
}

/**
 * A stamp line alone ("2023-09-13 19:41:52", "13/09/2023 - 19h41") or a "published"/"updated" marker with
 * its date, among the last lines of the text: some pages print their stamp under the article, not above
 * it. A date in a sentence down there is what the story is about, never read.
 */
const STAMP_LINE = new RegExp(
  `^[ \\t]*(?:(?:${WEEKDAY}),?\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})(?:[ \\t]*(?:,|-|a|at|t)?[ \\t]*${STAMP_TIME}(?::\\d{2})?)?[ \\t]*$`,
);

/** The publication day a stamp among the last DATELINE_LINES lines gives (the last one wins: a footer stamp closes the text). */
function footerDay(text: string, lang: 'fr' | 'en' | undefined, today: Date): string | null {
  const lines = text.slice(-DATELINE_CHARS).split('\n').filter((l) => l.trim()).slice(-DATELINE_LINES);
  for (const line of lines.reverse()) {
    const folded = fold(line);
    const hit = hits(folded, lang, today).find((h) => plausibleDay(h.day, today) && h.weekday !== false
      && (STAMP_LINE.test(folded) || MARKER.test(folded.slice(Math.max(0, h.start - MARKER_REACH), h.start))));
    if (hit) return hit.day;
  }
  return null;
}

/**
 * How much of the text's top is its lead: the title, the lead paragraph and the one or two after it, where
 * a news story names the day it reports ("a annoncé, lundi 5 janvier", "met on Friday, September 19").
 * Further down come the background and its older days ("the election was called on Sunday, March 23",
 * five weeks before). Set from the development set (session 20): the day of writing was named at most
 * 937 characters down, the wrong older or coming days at 1,301 and beyond.
 */
const LEAD_CHARS = 1000;
/**
 * A day named with its weekday and without a year, the way news names the days of the week it is written
 * in: "lundi 5 janvier", "vendredi 1er août", "Friday, September 19", "Thursday, 6 October". Not "Friday
 * (Jul 4)": that form glosses a weekday for readers elsewhere, often a day after the event (Asian desks
 * on American news), so it names the event's day more than the writing's.
 */
const LEAD_DAYS = [
  new RegExp(`(?<![a-z'-])(${FR_WEEKDAYS.join('|')}|${EN_WEEKDAYS.join('|')}),?\\s+(?:the\\s+)?(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?![a-z])(?!,?\\s+\\d)(?!\\s+(?:prochain|dernier|next|last)\\b)`, 'g'),
  new RegExp(`(?<![a-z'-])(${EN_WEEKDAYS.join('|')}),\\s+(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?!,?\\s+\\d)`, 'g'),
];
/**
 * The sentence before a named day, back to its last stop, at most this long: a forecast's verb may stand a long
 * way before its day ("la Confédération prévoit, en collaboration avec les Églises, une journée de deuil le
 * vendredi 9 janvier"); a cue further back than a long sentence is another sentence's.
 */
const CLAUSE_REACH = 200;
/**
 * A clause that announces a day to come ("doivent se retrouver le mardi 15 octobre", "will vote on
 * Thursday, July 4", "jusqu'au lundi 8 juillet", "dès ce mardi 22 octobre"): the day is not one the text
 * was written on or after. The auxiliaries and the French simple future's endings anywhere in the clause;
 * the prepositions of a span or a deadline right before the day. "Prévoit", "expected": a forecast names a day to come
 * ("le ministère prévoit, mardi 1er juillet, 1 350 écoles fermées", written the day before); "si", "if": a
 * condition, a day that may come ("si le vote intervient mercredi 4 décembre").
 */
const COMING_IN_CLAUSE = /(?:^|[^a-z'])(?:doit|doivent|devra|devront|devrait|devraient|sera|seront|aura|auront|va|vont|will|would|shall|prevoit|prevoient|prevu|prevue|prevus|prevues|due|expected|scheduled|planned|slated|set to|si|if|whether|unless|[a-z]{2,}(?:eront|iront|era|ira))(?![a-z'])/;
const COMING_BEFORE = /(?:^|[^a-z'])(?:jusqu'(?:au|a)|d'ici|avant|apres|a partir d[ue]|a compter d[ue]|des|until|till|by|from|before|after|starting|next|as soon as|as late as)(?:\s+(?:le|ce|cette|the|this|on))?\s*$/;
/** A relative day word right before the named day: "hier" and "yesterday" move the writing a day on; "avant-hier", "demain" and the like are left alone. */
const RELATIVE_BEFORE = /(?:^|[^a-z'-])(hier|yesterday|avant-hier|apres-demain|demain|tomorrow|veille|lendemain|eve)\s*,?\s*(?:le\s+)?$/;

/**
 * How far before the first and after the last of its story's sources a page may be dated from its lead.
 * Pages on one story are written within the days its sources span, but for a few written a little before
 * the first source (a warning the day before) or after the last (a follow-up): on the development set
 * (session 21), 237 of the 243 same-story pages with a known day fall within a week of their corpus's span.
 * A day named further away is the story's background or another story's, not the day of writing.
 */
export const STORY_SLACK_DAYS = 7;

/** The days a page's story spans: the first and last days of its dated sources. */
export interface StorySpan { from: string; to: string }

/** The span of these days (YYYY-MM-DD), or null when none is dated. */
export function storySpan(days: Array<string | undefined>): StorySpan | null {
  const known = days.filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return known.length ? { from: known[0], to: known[known.length - 1] } : null;
}

/**
 * The one day within `STORY_SLACK_DAYS` of the span that is `month`/`day` and falls on `weekday` (any weekday when null:
 * a wire dateline names none, and a span of weeks holds one day of a given month and day at most), or null.
 * A day and month recur on one weekday only after 5 years or more, so within a span of weeks at most one fits;
 * none fits when the text got its weekday wrong ("mardi 4 novembre" for Tuesday 5 November), and that day is
 * left alone rather than moved to another year.
 */
function dayNearSpan(weekday: number | null, month: number, day: number, span: StorySpan): string | null {
  const from = addDays(span.from, -STORY_SLACK_DAYS);
  const to = addDays(span.to, STORY_SLACK_DAYS);
  const found: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const d = calendarDay(y, month, day);
    if (d && d >= from && d <= to && (weekday === null || new Date(`${d}T12:00:00Z`).getUTCDay() === weekday)) found.push(d);
  }
  return found.length === 1 ? found[0] : null;
}

/**
 * The publication day the lead gives: the latest day it names with its weekday and no year. News names the
 * week's days so, and a text is written on or after every day it reports as done; the latest of them is the
 * day of writing more often than not (the day after, on a desk in another time zone, is the error this rule
 * makes). A day announced as to come is not one of them, nor a day the text dates relative to another
 * ("avant-hier samedi 9 septembre"). With `span` (the days of the sources of the story the page covers),
 * the day is the one near that span whose calendar fits the weekday, and a day named far from it is not
 * read; without, the one recent year whose calendar fits (YEARLESS_YEARS): session 20 measured that form
 * 36 right and 10 wrong, and no caller uses it (a page that matches no story has no figures to date).
 */
export function leadDay(text: string, today: Date = new Date(), span?: StorySpan | null): string | null {
  const folded = fold(text.slice(0, LEAD_CHARS));
  let latest: string | null = null;
  for (const re of LEAD_DAYS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const [weekday, a, b] = [m[1], m[2], m[3]];
      const [dayOfMonth, monthWord] = /^\d/.test(a) ? [a, b] : [b, a];
      const month = monthNumber(monthWord);
      let day = !month ? null : span ? dayNearSpan(weekdayIndex(weekday), month, Number(dayOfMonth), span) : yearOfWeekday(weekdayIndex(weekday), month, Number(dayOfMonth), today);
      if (!day) continue;
      const before = folded.slice(Math.max(0, m.index - CLAUSE_REACH), m.index);
      const clause = before.slice(Math.max(...['.', ';', ':', '!', '?', '\n', '('].map((c) => before.lastIndexOf(c))) + 1);
      if (COMING_IN_CLAUSE.test(clause) || COMING_BEFORE.test(clause)) continue;
      const relative = RELATIVE_BEFORE.exec(clause);
      if (relative) {
        if (relative[1] !== 'hier' && relative[1] !== 'yesterday') continue;
        day = addDays(day, 1);
      }
      if (!plausibleDay(day, today)) continue;
      if (!latest || day > latest) latest = day;
    }
  }
  return latest;
}

/**
 * The day of an undated page that covers a story whose sources have days (`sourceDays`, of the sources the
 * story index matched), placed near those days, or null: first a wire dateline without its year (wireDay), the
 * day the agency filed the dispatch, which is the day of writing; else the latest day its lead names with its
 * weekday (leadDay with their span), which a lead may name for an event before the day of writing. The page's own metadata, address and dateline come first; this is read only when
 * they gave nothing, and only once the page's story is known, so the story it is matched to is not swayed.
 */
export function storyDay(text: string, sourceDays: Array<string | undefined>, today: Date = new Date()): string | null {
  const span = storySpan(sourceDays);
  return span ? wireDay(text, span, today) ?? leadDay(text, today, span) : null;
}

/**
 * A wire dateline without its year at the head of a line of the top: the place (a few capitalised words, perhaps
 * a bracketed region) and a comma, or nothing, then the day and month either way round, then what closes a
 * dateline: the agency in brackets ("TEHRAN, June 24 (Xinhua) -", "Séoul, 04 déc. (Yonhap) --", "Oct. 28 (UPI) --"),
 * a dash or a colon ("CAPE CANAVERAL, March 19 - ", "Colombo [Sri Lanka], September 22 : "), or a stop before a
 * capital or an agency's slashes ("BUCAREST, 19 mai. Le candidat", "DUBAI, June 29. /TASS/."). Folded text is not
 * used: the place's capitals are the evidence. A line opening with a bare date needs the agency's brackets (a
 * heading "March 19 - the timeline" is no dateline).
 */
const WIRE_PLACE = String.raw`\p{Lu}[\p{L}'’.\-]*(?:[ \u00A0]+(?:\p{Lu}[\p{L}'’.\-]*|\[[\p{L} .'’\-]{2,${REGION_MAX_CHARS}}\]|\([\p{L} .'’\-]{2,${REGION_MAX_CHARS}}\)))*`;
const WIRE_DAY = String.raw`(?:(\d{1,2})(?:er|st|nd|rd|th)?[ \u00A0]+(${DATELINE_MONTH})|(${DATELINE_MONTH})[ \u00A0]+(\d{1,2})(?:st|nd|rd|th)?)(?![\d,]|[ \u00A0]*,?[ \u00A0]*\d)`;
const WIRE_CLOSE = String.raw`[ \u00A0]*(?:\([^()\n]{2,${AGENCY_MAX_CHARS}}\)|[\-\u2013\u2014:]|\.[ \u00A0]*(?:\/|\p{Lu}))`;
/** Lines of the top in the wire form that make a list of days rather than a dateline: a dispatch has one dateline. */
const WIRE_LIST_LINES = 2;
/**
 * Capitalised words that open a line before a comma and a day without being a place: weekdays (a timeline's entries),
 * a stamp's labels ("Update, Jan. 7 -") and the adverbs and conjunctions of a sentence's start ("Depuis, 6 janvier :").
 * General vocabulary of both languages, folded.
 */
const NOT_A_PLACE = new Set([
  ...FR_WEEKDAYS, ...EN_WEEKDAYS, ...EN_WEEKDAY_ABBR,
  'update', 'updated', 'updates', 'published', 'posted', 'edited', 'revised', 'correction', 'mise', 'mis', 'publie', 'modifie', 'actualise',
  'depuis', 'since', 'then', 'puis', 'ensuite', 'alors', 'today', 'aujourd\'hui', 'hier', 'yesterday', 'tomorrow', 'demain', 'now',
  'maintenant', 'meanwhile', 'later', 'earlier', 'also', 'aussi', 'enfin', 'finally', 'and', 'et', 'but', 'mais', 'or', 'so', 'le', 'la',
  'les', 'the', 'on', 'in', 'en', 'by', 'until', 'jusqu\'au', 'from', 'des', 'du', 'au', 'before', 'after', 'avant', 'apres',
]);
const WIRE_LINE = new RegExp(String.raw`^[ \t]*(?:(${WIRE_PLACE}),[ \u00A0]*)?${WIRE_DAY}(${WIRE_CLOSE})`, 'u');

/**
 * The day a wire dateline without a year gives (WIRE_LINE, among the top's first DATELINE_LINES lines), placed in
 * the one year that puts it within STORY_SLACK_DAYS of the story's sources, or null. An agency dates its dispatch
 * with the day it files it: the day of writing, not of the event, so it is read before the lead's weekday-named days.
 */
export function wireDay(text: string, span: StorySpan, today: Date = new Date()): string | null {
  const lines = text.slice(0, DATELINE_CHARS).split('\n').filter((l) => l.trim()).slice(0, DATELINE_LINES);
  const matched = lines.map((line) => WIRE_LINE.exec(line));
  // Two lines of the top in the form are a list of days (a timeline's "Monday, January 5 - …" entries, a programme), not
  // one dispatch's dateline: none of them is the day of writing, and the lead's days are read instead.
  if (matched.filter((m, i) => m && i > 0).length >= WIRE_LIST_LINES) return null;
  for (const [i, m] of matched.entries()) {
    if (!m) continue;
    // A bare date (no place) needs the agency's brackets or slashes; so does the first line, a title's place ("Paris,
    // 14 juillet : la fête") being the event's day, not the dispatch's.
    const credited = /^[ \u00A0]*(?:\(|\.[ \u00A0]*\/)/.test(m[6]);
    if ((!m[1] || i === 0) && !credited) continue;
    // A weekday, a stamp's label or an adverb in capitals is no place ("Monday, January 5 -", "Update, Jan. 7 -",
    // "Depuis, 6 janvier :").
    if (m[1] && NOT_A_PLACE.has(fold(m[1]).split(/[ \u00A0]/)[0].replace(/\.$/, ''))) continue;
    const [dayOfMonth, monthWord] = m[2] ? [m[2], m[3]] : [m[5], m[4]];
    const month = monthNumber(monthWord);
    const day = month ? dayNearSpan(null, month, Number(dayOfMonth), span) : null;
    if (day && plausibleDay(day, today)) return day;
  }
  return null;
}
