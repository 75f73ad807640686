/**
 * Calendar dates and clock times: "le 19 juin 2024", "dès le 27 ou le 28 octobre", "février 2022",
 * "December 4, 2024", "22H00 (19H00 GMT)". Values are ISO strings. A date without a year takes the
 * document's year when the same text gives a full date (day, month and year) somewhere; otherwise
 * it stays year-less in the ISO 8601 "--MM-DD" form, because guessing a year is worse than none.
 */
import type { Bound, Lang, Qualifier } from '../types';
import { TABLES, has } from './number-words';

export interface DateHit {
  start: number;
  end: number;
  low: Bound;
  high: Bound;
  qualifier: Qualifier;
  unit: 'date' | 'time';
  /** A span of hours and minutes written as a clock reads ("environ 1 h 45 plus tard", "for 2h30"): its length in
   * minutes. It is no moment: extract.ts reads it as a duration, and it dates no clause. */
  duration?: number;
  /** The unit `duration` is in: minutes unless told (a span read to the second, "1 min 3 s", "6:17 behind", is in
   * seconds; session 43). */
  durationUnit?: 'minutes' | 'seconds';
  /** The year is not written with the date but taken from another full date of the text (see findDates). */
  yearFromText?: boolean;
  /** One of two days joined by "et" / "and" ("mardi 7 et samedi 11 février"): a day of a list, which gives
   * the clause around it no single day (moment.ts clauseDate), as a span does not. */
  listed?: boolean;
}

/** "1 h 45" is a clock time ("à 1 h 45") or a length of time ("environ 1 h 45 plus tard", "pendant 2 h 30", "2h30 into
 * the flight"): the words around it tell which. After it, a word that counts the span from an event ("plus tard",
 * "later", "into"); before it, a preposition of length ("pendant", "durant", "for"). Folded text. Not "après / after":
 * "1 h 10 après minuit", "14 h 30 après une suspension" give the moment after a midnight or an event as often as a span.
 * Never after "à / at / by / vers", which set a moment. In French, "de" and a noun after it tell what lasted (session
 * 42): "après 4h19 de jeu", "4 h 19 d'un match", "2h30 de route", not "de la / de l'" ("14h30 de l'après-midi") nor a
 * zone ("de GMT"). */
const DURATION_AFTER = /^ (?:plus tard|later|into)\b/;
/** The French "de <noun>" after an hour that tells what lasted ("après 4h19 de jeu", "2h30 de route"; DURATION_AFTER's
 * comment). Not before an article ("14h30 de l'après-midi"), a zone ("de GMT"), a day, a month or a part of a day ("la
 * réunion de 9h30 de lundi"), which give the moment's own day. */
const DURATION_OF_AFTER = /^ (?:de |d['’])(?!(?:la|le|l['’]|gmt|utc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|matin|soir|nuit|midi|minuit)\b)\p{L}/u;
/** An hour that a noun's "de" names ("le vol de 7h15 de Lyon", "le journal de 8h30 de France Inter") is that noun's
 * moment, whatever "de" follows it. */
const NOUN_OF_BEFORE = /\b(?:de|du|des|d['’]) ?$/;
const DURATION_BEFORE = /\b(?:pendant|durant|for) (?:(?:environ|about|around|some|pres de|nearly|almost) )?$/;
/** "for" that sets a moment, not a length: "scheduled for 14h30", "set for 9h00", "due for 10h". */
const SCHEDULED_FOR = /\b(?:scheduled|set|planned|due|slated|fixed|timed) for (?:(?:about|around|some|nearly|almost) )?$/;
/** A time zone or "heure (locale)" after the value: a moment of the clock ("9h00 GMT", "14 h 30 heure locale"). */
const CLOCK_AFTER = /^ ?(?:gmt|utc|heure|heures|local|cet|cest|bst|edt|pdt)\b/;
/** A word of about-ness just before the value ("environ 1 h 45 plus tard", "some 2h30 into"): the duration is then
 * approximate (as DURATION_BEFORE reads one after "pendant / for"). */
const APPROX_BEFORE = /\b(?:environ|about|around|some|pres de|nearly|almost|quelque) $/;
/** Characters read on each side of the value: at least the longest sequence the patterns above read, "scheduled for
 * nearly " (21 characters); the patterns are anchored at the value, so a longer slice changes nothing. */
const DURATION_CONTEXT = 24;
/** The most hours a duration written as a clock reads ("1 h 45 plus tard") may count: 12, half a day. News writes a
 * longer span in hours or days ("36 heures plus tard", "a day later"); "14 h 30", "23 h 15" written that way are
 * times of the 24-hour clock. */
const DURATION_MAX_HOURS = 12;
const CLOCK_PREFIX = /^(?:a|at|by|vers)$/;
/**
 * A length told in hours and minutes, each with its noun (session 42): "four hours and 19 minutes", "4 hours and 15
 * minutes", "quatre heures et vingt minutes", "4 heures 9 minutes", "a four-hour, 19-minute match". The count reader
 * read the hours alone ("four hours", 4 hours), which never meets the other side's "4h19 de jeu" (259 minutes): one
 * length in minutes, as a span written "4 h 19" is (DateHit.duration). Folded text; each value digits or number words
 * (hoursMinutesValue). Group 1 the hours, 2 the minutes.
 */
const HOURS_AND_MINUTES = /(?<![\p{L}\d-])(\d{1,2}|\p{L}+(?:-\p{L}+)?)[ -](?:hours?|heures?|hrs?)(?:,? (?:and|et))?,? (\d{1,2}|\p{L}+(?:-\p{L}+)?)[ -](?:minutes?|mins?)(?![\p{L}\d])/gu;
/** Every text HOURS_AND_MINUTES can match holds one of these ("hr" as a word: inside "three" it would let most
 * English texts through). */
const HOUR_NOUN = /hour|heure|\bhrs?\b/;
/** The most hours a length in hours and minutes is read for: 99, two digits (a longer one is told in days). */
const HOURS_MINUTES_MAX = 99;

/**
 * A length told to the second (session 43): race times and gaps, records, timetables. "1 min 3 sec", "6 min 17 s",
 * "45 minutes, 24 seconds", "45 minutes et 24 secondes", "one minute and three seconds", "d'une minute et 3 secondes",
 * "2h 09min 56s", "83 h 38 min 56 s", "22 heures, 47 minutes et 13 secondes". The count reader read the minutes alone
 * ("1 minute"), which never meets the other side's "1:03" or "63 seconds": one length in seconds. Folded text; each
 * value digits or number words (hoursMinutesValue). Group 1 the hours (optional), 2 the minutes, 3 the seconds. A
 * word before "h" is parted from it by a space or a hyphen, digits may be glued to it ("2h"): else "eighth" would be
 * "eight h" and "with" a word before "h".
 */
const MINUTES_SECONDS = /(?<![\p{L}\d-])(?:(\d{1,2}|\p{L}+(?:-\p{L}+)?)(?:(?<=\d)[ -]?|[ -])(?:hours?|heures?|hrs?|h),?(?: (?:and|et))? ?)?(\d{1,3}|\p{L}+(?:-\p{L}+)?)[ -]?(?:minutes?|mins?|mn),?(?: (?:and|et))? (\d{1,2}|\p{L}+(?:-\p{L}+)?)[ -]?(?:secondes?|seconds?|secs?|s)(?![\p{L}\d])/dgu;
/** The tail every match of MINUTES_SECONDS holds: a minutes noun, then its seconds. A text without it is spared the
 * full pattern, whose value group tries at every letter of the text; "min" alone is in most French texts ("ministre",
 * "chemin"), and testing it let the full pattern run over nearly all of them (French extraction about 7% slower in
 * session 43's same-process A/B). No word boundary before the noun: "09min" glues it to its digits. */
const MINUTES_SECONDS_TAIL = /(?:minutes?|mins?|mn),?(?: (?:and|et))? (?:\d{1,2}|\p{L}+(?:-\p{L}+)?)[ -]?(?:secondes?|seconds?|secs?|s)(?![\p{L}\d])/u;
/** Minutes and seconds written with the prime signs of sport results (session 43): "1'03", "6'17", "1'03''", "6'17"":
 * always a length (a clock is never written so). Two digits of seconds, then no digit: a Swiss thousands group
 * ("18'000") has three. Group 1 the minutes, 2 the seconds. */
const PRIME_MINUTES = /(?<![\p{L}\d'.,])(\d{1,3})'([0-5]\d)(?:''|"|')?(?![\d'])/gu;
/**
 * Minutes and seconds written as a clock reads, "6:17", "45:24", "1:03:12" (session 43). A clock hour unless the
 * sentence tells a length: a gap ("6:17 behind", "1:14 down", "à 9:18 derrière", "5:14 d'avance", "à 1:14 du maillot
 * jaune", "+1:03"), a time ("in 45:24", "with a time of 46:38", "en 45:24"), a margin ("a lead of 1:03", "devancé X de
 * 6:17", "beat X by 1:03"), or the unit after it ("1:03 minutes"). Read then as m:ss (h:mm:ss with three parts): news
 * writes a race's gaps and times so; a length in hours and minutes it writes "2h30" or "2 hours 30" (DateHit.duration).
 * Group 1 the first part, 2 the second, 3 the third (optional).
 */
const COLON_LENGTH = /(?<![\p{L}\d:.,'])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:]|[.,]\d)/gu;
/** Before the value (folded text ending there): a sign, a preposition of a time or a margin's noun, a verb of a win
 * and its "de / by" ("a devancé le Belge de 1:03", "beat him by 1:03"). */
const LENGTH_BEFORE = /(?:\+ ?|(?:^|[^\p{L}])(?:in|en|time of|temps de|chrono de|lead of|margin of|gap of|deficit of|advantage of|avance de|retard de|ecart de|avantage de|deficit de) |(?:^|[^\p{L}])(?:devanc|distanc|beat|beaten|won)\p{L}*(?: [^.;:!?]{0,60})? (?:de|by) )$/u;
/** After the value: the unit, or the noun of a gap ("de retard", "d'avance"). */
const LENGTH_AFTER = /^ ?(?:minutes?|mins?|min|mn|de retard|d'avance|d'ecart)(?![\p{L}])/u;
/** After the value, an adverb of a gap ("behind", "back", "down", "ahead", "derrière"): a cue only where nothing
 * before the value marks a clock hour (CLOCK_MARK_BEFORE), since these adverbs also follow an hour ("met at 10:30
 * behind closed doors", "arrived at 9:45 back from the summit"). */
const GAP_ADVERB_AFTER = /^ ?(?:behind|back|down|up on|ahead|clear|derriere)(?![\p{L}])/u;
/** "à 1:14 du maillot jaune", "à 9:18 de la gagnante": the French gap of a rider to another, "à" then "de / du" and a
 * noun; not a part of a day, a weekday, an article or a zone ("à 18:30 du matin", "à 10:30 de l'après-midi"). */
const GAP_A_BEFORE = /(?:^|[^\p{L}])a $/u;
const GAP_OF_AFTER = /^ (?:du|des|de) (?!(?:la|le|l'|matin|soir|nuit|l'apres|apres-midi|gmt|utc|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}]))\p{L}/u;
/** After a clock-like value, what makes it a clock whatever the sentence: a zone, "heure", a.m. / p.m. Not the zones
 * that are also words ("ET", "EST": "et", "est" in French). */
const CLOCK_MARK_AFTER = /^ ?(?:[ap]\.?m\b|gmt|utc|heure|heures|hrs?\b|h\b|local|cet\b|cest\b|bst\b|edt\b|pdt\b|pst\b|ist\b|jst\b)/;
/** Before a clock-like value, what makes it a clock hour: "at / vers / around / about / by / until / from / since".
 * Not "et / and": a list of gaps joins its members so ("5:14 d'avance sur X et 8:04 sur Y"), and a span of the clock
 * ("between 10:00 and 16:00") holds no length to be the mate of. */
const CLOCK_MARK_BEFORE = /(?:^|[^\p{L}])(?:at|vers|around|about|by|until|till|from|since|des|depuis|jusqu'a|avant|apres|after|before|entre|between|to)(?: (?:about|around|environ))? $/u;
/** Characters read before a colon value for LENGTH_BEFORE: "devancé le coureur Jean Martin de " and up to 60
 * characters between the verb and "de". */
const LENGTH_CONTEXT = 90;

const FR_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec'];

/**
 * The French typographic cuts of the months, folded, that copy writes with their point ("le 13 sept.", "2 oct. 2023",
 * "5 déc."): read only with the point, as "sept" alone is the number seven and "oct" or "nov" alone are rarely
 * months. The cuts that are whole names ("mars", "mai", "juin", "août") are FR_MONTHS already.
 */
const FR_ABBR = ['janv', 'fevr', 'fev', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec'];
const FR_ABBR_MONTHS = [1, 2, 2, 4, 7, 9, 10, 11, 12];
const FR_MONTH_RE = `${FR_MONTHS.join('|')}|(?:${FR_ABBR.join('|')})\\.`;
const EN_MONTH_RE = `${EN_MONTHS.join('|')}|(?:${EN_ABBR.join('|')})\\.?`;
const FR_DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const EN_DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** Is this folded word a weekday's name, French or English? */
export const isDayName = (word: string): boolean => new RegExp(`^(?:${FR_DAYS}|${EN_DAYS})$`).test(word);

// Years accepted in dates: a four-digit year between these bounds (news, not history books).
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

const FR_DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${FR_DAYS}) )?(?:(?:le|du|des|depuis le|a partir du) )?(1er|\\d{1,2})(?: (ou|et|au|a|-) (?:le )?(?:(?:${FR_DAYS}) )?(1er|\\d{1,2}))? (${FR_MONTH_RE})(?: (\\d{4}))?(?![\\p{L}\\d])`,
  'gu',
);
const FR_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(?:(?:en|depuis|de|d'|fin|debut|mi-) ?)?(${FR_MONTH_RE}) (\\d{4})(?![\\p{L}\\d])`, 'gu');
const EN_MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${EN_DAYS}),? )?(?:on )?(${EN_MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?: (or|and|to|-) (\\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\\d{4}))?(?![\\p{L}\\d])`,
  'gu',
);
const EN_DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${EN_DAYS}),? )?(?:on )?(\\d{1,2})(?:st|nd|rd|th)?(?: (or|and|to|-) (?:(?:${EN_DAYS}),? )?(\\d{1,2})(?:st|nd|rd|th)?)? (?:of )?(${EN_MONTH_RE})(?:,? (\\d{4}))?(?![\\p{L}\\d])`,
  'gu',
);
const EN_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(?:(?:in|since|by|of|early|late|mid-) ?)?(${EN_MONTH_RE}),? (\\d{4})(?![\\p{L}\\d])`, 'gu');
// "22H00", "22 h 30", "10:30", "10 p.m.", "9.40pm" (British English writes the minutes after a point, read only before
// "am / pm": "9.40" alone is a decimal), optionally followed by "(19H00 GMT)" which restates the same moment.
const TIME = /(?<![\p{L}\d:])(?:(vers|a|aux alentours de|at|around|about|by) )?(\d{1,2})(?: ?h ?(\d{2})?(?![\p{L}\d])|:(\d{2})(?! ?%)(?![\d:])| ?(?:([ap])\.?m\.?)(?![\p{L}])|\.(\d{2})(?= ?[ap]\.?m\.?(?![\p{L}])))(?: ?(?:([ap])\.?m\.?)(?![\p{L}]))?(?: ?\((?:\d{1,2} ?h ?\d{0,2}|\d{1,2}:\d{2})(?: ?(?:gmt|utc|heure de paris|heure locale|local time))?\))?/gu;

// The join of two day numbers that lists two dates; the others ("ou", "au", "to", "-") give one interval:
// an uncertain day ("le 27 ou le 28") or a span ("du 7 au 11").
const LIST_JOIN = /^(?:et|and)$/;
/** "entre le 17 et le 23 mars", "between March 3 and 9": after "entre / between" two days joined by "et / and"
 * bound a span, not a list. Folded text just before the date. */
const BETWEEN_BEFORE = /(?:^|[^\p{L}])(?:entre|between)\s+$/u;
/**
 * Two dates of two months made one span by the words between them ("du 10 mars au 6 avril", "from March 10 to
 * April 6", "between March 28 and April 3"): folded text between the first date's end and the second's start.
 */
const SPAN_TO = /^\s*(?:au|a|to|until|through|jusqu'au|-|\u2013)\s*(?:le\s+)?$/u;
const SPAN_AND = /^\s*(?:et|and)\s*(?:le\s+)?$/u;
/** What opens such a span before its first date, or starts its text ("du 10 mars"). Folded. */
const SPAN_FROM = /(?:^|[^\p{L}])(?:from|du)\s+$/u;
const SPAN_FROM_IN = /^(?:du|from)\s/u;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Is this folded word a month's name ("mars", "March", "Sept")? English ones only capitalised: "may" and
 * "march" are also verbs ("as many as 20 may have died"). */
export function isMonthName(word: string, capitalised: boolean): boolean {
  return FR_MONTHS.includes(word) || (capitalised && monthIndex(word) > 0);
}

/**
 * Every spelling of a month (1-12): the French names as written, the English names and abbreviations with or
 * without their point ("Sept."). Built once, as one table: every word next to a number asks whether it is a
 * month, and a lookup is cheaper than the lists and patterns it replaces (the English figure pass asked them for
 * most words). French first, then English names, then abbreviations: the first spelling set wins, as the lists
 * were read in that order.
 */
const MONTH_OF = new Map<string, number>();
FR_MONTHS.forEach((m, i) => MONTH_OF.set(m, i + 1));
const monthSpellings = (name: string, i: number): void => {
  for (const s of [name, `${name}.`]) if (!MONTH_OF.has(s)) MONTH_OF.set(s, i + 1);
};
EN_MONTHS.forEach(monthSpellings);
// "sept?": both "sep" and "sept".
EN_ABBR.forEach((a, i) => (a.endsWith('?') ? [a.slice(0, -2), a.slice(0, -1)] : [a]).forEach((s) => monthSpellings(s, i)));

FR_ABBR.forEach((a, i) => MONTH_OF.has(`${a}.`) || MONTH_OF.set(`${a}.`, FR_ABBR_MONTHS[i]));

function monthIndex(name: string): number {
  return MONTH_OF.get(name) ?? 0;
}

function dayNum(s: string): number {
  return s === '1er' ? 1 : Number(s);
}

function iso(year: number | null, month: number, day: number | null): string {
  if (day === null) return year === null ? `--${pad(month)}` : `${year}-${pad(month)}`;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/**
 * Two one-day dates of a span across months ("du 10 mars au 6 avril", "from March 10 to April 6", "entre le 28 mars
 * et le 3 avril") are one interval: neither day alone is the day of the clause (moment.ts clauseDate reads one day
 * only), as the span "du 7 au 13 avril" of one month is one interval already. In place.
 */
function joinSpans(hits: DateHit[], folded: string): void {
  hits.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (a.low !== a.high || b.low !== b.high || a.listed || b.listed || typeof a.low !== 'string' || typeof b.high !== 'string') continue;
    if (!/-\d{2}-\d{2}$/.test(a.low) || !/-\d{2}-\d{2}$/.test(b.high)) continue;
    const gap = folded.slice(a.end, b.start);
    const before = folded.slice(Math.max(0, a.start - 12), a.start);
    const opened = SPAN_FROM_IN.test(folded.slice(a.start, a.end)) || SPAN_FROM.test(before);
    if (!((SPAN_TO.test(gap) && opened) || (SPAN_AND.test(gap) && BETWEEN_BEFORE.test(before)))) continue;
    const span: DateHit = { start: a.start, end: b.end, low: a.low, high: b.high, qualifier: 'range', unit: 'date' };
    if (a.yearFromText || b.yearFromText) span.yearFromText = true;
    hits.splice(i, 2, span);
  }
}

/** Find dates and times in folded text. */
export function findDates(folded: string, lang: Lang): DateHit[] {
  const hits: DateHit[] = [];
  const raw: Array<{ start: number; end: number; y: number | null; m: number; d1: number | null; d2: number | null; listed?: boolean }> = [];
  const push = (start: number, end: number, y: number | null, m: number, d1: number | null, d2: number | null, listed = false): void => {
    if (!m) return;
    if (d1 !== null && (d1 < 1 || d1 > 31)) return;
    if (d2 !== null && (d2 < 1 || d2 > 31 || d2 <= (d1 ?? 0))) d2 = null;
    if (y !== null && !validYear(y)) return;
    raw.push({ start, end, y, m, d1, d2, ...(listed ? { listed } : {}) });
  };
  const res = lang === 'fr' ? [FR_DAY_MONTH] : [EN_MONTH_DAY, EN_DAY_MONTH];
  for (const re of res) {
    re.lastIndex = 0;
    let mt: RegExpExecArray | null;
    while ((mt = re.exec(folded)) !== null) {
      const [y, m, d1, join, d2] =
        re === FR_DAY_MONTH ? [mt[5], mt[4], dayNum(mt[1]), mt[2], mt[3] ? dayNum(mt[3]) : null]
        : re === EN_MONTH_DAY ? [mt[5], mt[1], Number(mt[2]), mt[3], mt[4] ? Number(mt[4]) : null]
        : [mt[5], mt[4], Number(mt[1]), mt[2], mt[3] ? Number(mt[3]) : null];
      const start = mt.index;
      const end = start + mt[0].length;
      const year = y ? Number(y) : null;
      const between = BETWEEN_BEFORE.test(folded.slice(Math.max(0, start - 12), start));
      const at = join && LIST_JOIN.test(join) && !between ? mt[0].indexOf(` ${join} `) : -1;
      if (at > 0 && d2 !== null) {
        // Two days joined by "et" / "and" are a list of two dates, each its own figure
        // ("mardi 7 et samedi 11 février": two days of action, not the days between them).
        push(start, start + at, year, monthIndex(m), d1, null, true);
        push(start + at + join.length + 2, end, year, monthIndex(m), d2, null, true);
      } else push(start, end, year, monthIndex(m), d1, d2);
    }
  }
  const my = lang === 'fr' ? FR_MONTH_YEAR : EN_MONTH_YEAR;
  my.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = my.exec(folded)) !== null) {
    const start = mt.index;
    const end = start + mt[0].length;
    if (raw.some((r) => r.start < end && start < r.end)) continue;
    push(start, end, Number(mt[2]), monthIndex(mt[1]), null, null);
  }
  // The document's year: only from a full date (day, month, year) in the same text.
  const full = raw.filter((r) => r.y !== null && r.d1 !== null).map((r) => r.y as number);
  const docYear = full.length && full.every((y) => y === full[0]) ? full[0] : null;
  for (const r of raw) {
    const y = r.y ?? (r.d1 !== null ? docYear : null);
    const low = iso(y, r.m, r.d1);
    const high = r.d2 !== null ? iso(y, r.m, r.d2) : low;
    const hit: DateHit = { start: r.start, end: r.end, low, high, qualifier: r.d2 !== null ? 'range' : 'exact', unit: 'date' };
    if (r.y === null && y !== null) hit.yearFromText = true;
    if (r.listed) hit.listed = true;
    hits.push(hit);
  }
  joinSpans(hits, folded);
  // Lengths to the second first: the clock reader below leaves a span already read alone.
  findLengthsToTheSecond(folded, lang, hits);
  const taken = takenBy(hits, folded.length);
  TIME.lastIndex = 0;
  while ((mt = TIME.exec(folded)) !== null) {
    const h = Number(mt[2]);
    let min = mt[3] ?? mt[4] ?? mt[6];
    const ampm = mt[5] ?? mt[7];
    const hasH = /\dh|\d h/.test(mt[0].slice(0, mt[0].indexOf('(') >= 0 ? mt[0].indexOf('(') : undefined));
    if (!min && !ampm && !hasH) continue;
    // "12 h" alone in French is 12 o'clock only when written with h; "4 h" inside "4 heures" never gets here.
    let hour = h;
    if (ampm === 'p' && hour < 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
    if (hour > 23 || (min && Number(min) > 59)) continue;
    min = min ?? '00';
    const start = mt.index + (mt[1] && !/^(vers|around|about|aux alentours de)$/.test(mt[1]) ? mt[1].length + 1 : 0);
    const end = mt.index + mt[0].length;
    if (!isFree(taken, start, end)) continue;
    const val = `${pad(hour)}:${min}`;
    const hit: DateHit = { start, end, low: val, high: val, qualifier: mt[1] && /^(vers|around|about|aux alentours de)$/.test(mt[1]) ? 'about' : 'exact', unit: 'time' };
    // Only an hour a duration may count, written with "h" and no prefix of a moment, has its surroundings read.
    if (!ampm && hasH && h <= DURATION_MAX_HOURS && !CLOCK_PREFIX.test(mt[1] ?? '')) {
      const before = folded.slice(Math.max(0, mt.index - DURATION_CONTEXT), mt.index);
      const after = folded.slice(end, end + DURATION_CONTEXT);
      if (!CLOCK_AFTER.test(after) && !SCHEDULED_FOR.test(before) && (DURATION_AFTER.test(after) || (DURATION_OF_AFTER.test(after) && !NOUN_OF_BEFORE.test(before)) || DURATION_BEFORE.test(before))) {
        hit.duration = h * 60 + Number(min);
        if (APPROX_BEFORE.test(before)) hit.qualifier = 'about';
      }
    }
    hits.push(hit);
    taken.fill(1, start, end);
  }
  findHoursAndMinutes(folded, lang, hits, taken);
  return hits.sort((a, b) => a.start - b.start);
}

/** The value of one part of a length in hours and minutes: digits, a number word, or two joined by a hyphen
 * ("twenty-five", "vingt-cinq"); undefined for any other word. */
function hoursMinutesValue(w: string, lang: Lang): number | undefined {
  if (/^\d+$/.test(w)) return Number(w);
  const units = TABLES[lang].units;
  const parts = w.split('-');
  if (!parts.every((p) => has(units, p))) return undefined;
  return parts.reduce((sum, p) => sum + units[p], 0);
}

/** A value of a length's part (hoursMinutesValue), "a / an / un / une" read as one ("an hour and eight minutes",
 * "d'une minute et 3 secondes"). */
function partValue(w: string, lang: Lang): number | undefined {
  return w === 'a' || w === 'an' || w === 'un' || w === 'une' ? 1 : hoursMinutesValue(w, lang);
}

/** The characters of a text `hits` take, one flag each: whether a new hit is free is then read from its own
 * characters, not by walking every hit (a live blog of clock lines holds thousands). The caller marks each hit it
 * adds. */
function takenBy(hits: DateHit[], length: number): Uint8Array {
  const taken = new Uint8Array(length);
  for (const x of hits) taken.fill(1, x.start, x.end);
  return taken;
}
const isFree = (taken: Uint8Array, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (taken[k]) return false;
  return true;
};

/** Words naming the next member of a list of lengths after "et / and": six ("et le Belge Jean Martin de 9:18", "and
 * the Dutch rider at 4:12"), a name with its article, nationality and preposition. After a comma alone, three ("6:17,
 * son rival 9:18"): a comma also opens another clause ("à 2:10 du vainqueur, l'arrivée étant jugée à 17:45"), which
 * "et" after a length seldom does with a colon value as its next word. */
const JOINED_AND_WORDS = 6;
const JOINED_COMMA_WORDS = 3;
/** The text between a length and a colon value after it that a list joins to it: the length's own words of a gap
 * ("d'avance sur X", "minutes behind", up to 40 characters with no stop, comma or digit), then "et / and" and up to
 * JOINED_AND_WORDS words, or a comma and up to JOINED_COMMA_WORDS ("5:14 d'avance sur X et 8:04 sur Y", "took 6:17
 * minutes and the runner-up 9:18"). */
const JOINED_AFTER_LENGTH = new RegExp(`^[^.,;:!?\\n\\d]{0,40}?(?:,? (?:et|and) (?:[\\p{L}'\u2019-]+ ){0,${JOINED_AND_WORDS}}|, (?:[\\p{L}'\u2019-]+ ){0,${JOINED_COMMA_WORDS}})$`, 'u');
/** The text between a colon value and a length after it that a list joins to it: "et / and" or a comma, then up to 3
 * words naming the next member ("X 2:10 and Y 3:03 behind"). Not a preposition alone ("chapter 3:16 in 2 min 30 s"),
 * nor a clause ("1:50 in the model, and it took 2 min 3 s"). */
const JOINED_BEFORE_LENGTH = /^(?:, (?:(?:et|and) )?| (?:et|and) )(?:[\p{L}'\u2019-]+ ){0,3}$/u;
/** The longest text either pattern above can match: a longer gap is not tried. */
const JOINED_GAP_MAX = 80;

/**
 * Lengths told to the second (MINUTES_SECONDS, PRIME_MINUTES, COLON_LENGTH), added to `hits` as durations in seconds
 * where no other hit lies. A colon value with no cue of its own is a length too when a list joins it to another
 * length read here and nothing marks it a clock ("the winner took 6:17 minutes and the runner-up 9:18", "5:14 d'avance
 * sur X et 8:04 sur Y": a list of gaps; JOINED_AFTER_LENGTH, JOINED_BEFORE_LENGTH). Linear in the text: which
 * characters are taken is kept in one mask, and each value is tried against its neighbours only.
 */
function findLengthsToTheSecond(folded: string, lang: Lang, hits: DateHit[]): void {
  const found: DateHit[] = [];
  // The characters other hits and the lengths found here take: a candidate is free when none of its own is taken.
  const taken = takenBy(hits, folded.length);
  const free = (start: number, end: number): boolean => isFree(taken, start, end);
  const push = (start: number, end: number, seconds: number): void => {
    const before = folded.slice(Math.max(0, start - DURATION_CONTEXT), start);
    found.push({ start, end, low: seconds, high: seconds, qualifier: APPROX_BEFORE.test(before) ? 'about' : 'exact', unit: 'time', duration: seconds, durationUnit: 'seconds' });
    taken.fill(1, start, end);
  };
  let mt: RegExpExecArray | null;
  if (MINUTES_SECONDS_TAIL.test(folded)) {
    MINUTES_SECONDS.lastIndex = 0;
    while ((mt = MINUTES_SECONDS.exec(folded)) !== null) {
      // A word before "h" that is no number ("which 45 minutes ...") leaves the length to start at its minutes.
      const h = mt[1] === undefined ? 0 : partValue(mt[1], lang) ?? 0;
      const m = partValue(mt[2], lang);
      const sec = partValue(mt[3], lang);
      if (m === undefined || sec === undefined || sec < 1 || sec > 59 || (h > 0 && m > 59)) continue;
      const start = h > 0 ? mt.index : mt.indices![2][0];
      const end = mt.index + mt[0].length;
      if (!free(start, end)) continue;
      push(start, end, h * 3600 + m * 60 + sec);
    }
  }
  if (folded.includes("'")) {
    PRIME_MINUTES.lastIndex = 0;
    while ((mt = PRIME_MINUTES.exec(folded)) !== null) {
      const start = mt.index;
      const end = start + mt[0].length;
      if (!free(start, end)) continue;
      // English writes feet and inches so ("the 6'10 forward", "7'01 tall"): there a value is read as minutes and
      // seconds only with its second sign ("2'05''") or a cue of a time or a gap ("in 2'05", "1'12 behind").
      if (lang === 'en' && !mt[0].endsWith("''")) {
        const before = folded.slice(Math.max(0, start - LENGTH_CONTEXT), start);
        const after = folded.slice(end, end + DURATION_CONTEXT);
        if (!LENGTH_BEFORE.test(before) && !LENGTH_AFTER.test(after) && !GAP_ADVERB_AFTER.test(after)) continue;
      }
      push(start, end, Number(mt[1]) * 60 + Number(mt[2]));
    }
  }
  if (folded.includes(':')) {
    const mates: Array<{ start: number; end: number; seconds: number }> = [];
    COLON_LENGTH.lastIndex = 0;
    while ((mt = COLON_LENGTH.exec(folded)) !== null) {
      const start = mt.index;
      const end = start + mt[0].length;
      if (!free(start, end)) continue;
      const three = mt[3] !== undefined;
      if (three && Number(mt[2]) > 59) continue;
      const seconds = three ? Number(mt[1]) * 3600 + Number(mt[2]) * 60 + Number(mt[3]) : Number(mt[1]) * 60 + Number(mt[2]);
      const before = folded.slice(Math.max(0, start - LENGTH_CONTEXT), start);
      const after = folded.slice(end, end + DURATION_CONTEXT);
      if (CLOCK_MARK_AFTER.test(after)) continue;
      const clock = CLOCK_MARK_BEFORE.test(before);
      const cued = LENGTH_AFTER.test(after) || (!clock && GAP_ADVERB_AFTER.test(after)) || LENGTH_BEFORE.test(before) || (GAP_A_BEFORE.test(before) && GAP_OF_AFTER.test(after));
      if (cued) push(start, end, seconds);
      else if (!clock || GAP_A_BEFORE.test(before)) mates.push({ start, end, seconds });
    }
    if (mates.length > 0) joinMates(folded, found, mates, push);
  }
  hits.push(...found);
}

/** The colon values with no cue of their own (`mates`, in text order) that a list joins to a length (`found`), pushed
 * as lengths: walked forward, each mate after its nearest length or accepted mate (JOINED_AFTER_LENGTH), then
 * backward, each one left before its nearest (JOINED_BEFORE_LENGTH). A gap holds no digit, so the nearest length
 * is the only one tried: linear in the number of values. */
function joinMates(folded: string, found: DateHit[], mates: Array<{ start: number; end: number; seconds: number }>, push: (start: number, end: number, seconds: number) => void): void {
  const lengths = found.map((x) => ({ start: x.start, end: x.end })).sort((x, y) => x.start - y.start);
  const joined = new Array<boolean>(mates.length).fill(false);
  const gapJoins = (from: number, to: number, re: RegExp): boolean => to >= from && to - from <= JOINED_GAP_MAX && re.test(folded.slice(from, to));
  // Forward: the nearest length or accepted mate ending before each mate.
  let li = 0;
  let prevEnd = -1;
  for (let k = 0; k < mates.length; k++) {
    const c = mates[k];
    while (li < lengths.length && lengths[li].end <= c.start) prevEnd = Math.max(prevEnd, lengths[li++].end);
    if (prevEnd >= 0 && gapJoins(prevEnd, c.start, JOINED_AFTER_LENGTH)) {
      joined[k] = true;
      prevEnd = c.end;
    }
  }
  // Backward: the nearest length or accepted mate starting after each mate left.
  li = lengths.length - 1;
  let nextStart = -1;
  for (let k = mates.length - 1; k >= 0; k--) {
    const c = mates[k];
    while (li >= 0 && lengths[li].start >= c.end) {
      nextStart = nextStart < 0 ? lengths[li].start : Math.min(nextStart, lengths[li].start);
      li--;
    }
    if (joined[k]) nextStart = nextStart < 0 ? c.start : Math.min(nextStart, c.start);
    else if (nextStart >= 0 && gapJoins(c.end, nextStart, JOINED_BEFORE_LENGTH)) {
      joined[k] = true;
      nextStart = c.start;
    }
  }
  mates.forEach((c, k) => { if (joined[k]) push(c.start, c.end, c.seconds); });
}

/** Lengths in hours and minutes (HOURS_AND_MINUTES), added to `hits` as a duration in minutes where no other hit lies. */
function findHoursAndMinutes(folded: string, lang: Lang, hits: DateHit[], taken: Uint8Array): void {
  // Most texts hold no hour noun: one scan spares them the pattern's try at every word.
  if (!HOUR_NOUN.test(folded)) return;
  HOURS_AND_MINUTES.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = HOURS_AND_MINUTES.exec(folded)) !== null) {
    const h = hoursMinutesValue(mt[1], lang);
    const m = hoursMinutesValue(mt[2], lang);
    if (h === undefined || m === undefined || h < 1 || h > HOURS_MINUTES_MAX || m < 1 || m > 59) continue;
    const start = mt.index;
    const end = start + mt[0].length;
    if (!isFree(taken, start, end)) continue;
    const before = folded.slice(Math.max(0, start - DURATION_CONTEXT), start);
    const minutes = h * 60 + m;
    hits.push({ start, end, low: minutes, high: minutes, qualifier: APPROX_BEFORE.test(before) ? 'about' : 'exact', unit: 'time', duration: minutes });
    taken.fill(1, start, end);
  }
}

/**
 * A month named alone after a word that places an event in it ("en novembre", "début mars", "in November", "early
 * March", "last June"): a date of month precision, as a reader checks "the roof collapsed in November" against "on
 * 1 November 2024". Only after such a word: a month name alone is often a label ("le mois de juin", "June figures").
 * English names only capitalised in the original text ("may", "march" are also verb and noun) and written in full
 * (an abbreviation alone, "Mar", is seldom a date). The year is left out ("--11"): which November a text means is
 * known to the reader, not to a pattern, and intervals.ts compares a year-less month by its month only.
 */
const FR_MONTH_ALONE = new RegExp(`(?<![\\p{L}\\d])(?:en|debut|fin|mi-|courant) ?(${FR_MONTH_RE})(?![\\p{L}\\d])(?! (?:de l'|d'|\\d))`, 'gu');
/** After an English month alone, what makes it no month alone: a day or a year ("March 12", "March 2024", "March,
 * 2024": read as a day or a month of a year elsewhere) or a possessive ("Confidence in May's leadership": a name). A
 * comma then a count ("In March, 300 people died") leaves it a month. */
const EN_MONTH_NOT_ALONE = `(?! \\d)(?!, \\d{4}(?!\\d))(?!['\u2019]s(?![\\p{L}\\d]))`;
const EN_MONTH_ALONE = new RegExp(`(?<![\\p{L}\\d])(?:in|early|late|mid-|last) ?(${EN_MONTHS.join('|')})(?![\\p{L}\\d])${EN_MONTH_NOT_ALONE}`, 'gu');

/** Months alone (FR_MONTH_ALONE, EN_MONTH_ALONE) in folded text; `text` is the original, for the English capital. */
export function findMonthsAlone(folded: string, text: string, lang: Lang): DateHit[] {
  const re = lang === 'fr' ? FR_MONTH_ALONE : EN_MONTH_ALONE;
  const hits: DateHit[] = [];
  re.lastIndex = 0;
  let mt: RegExpExecArray | null;
  while ((mt = re.exec(folded)) !== null) {
    const at = mt.index + mt[0].length - mt[1].length;
    if (lang === 'en' && text[at] !== text[at].toUpperCase()) continue;
    const m = iso(null, monthIndex(mt[1]), null);
    hits.push({ start: mt.index, end: mt.index + mt[0].length, low: m, high: m, qualifier: 'exact', unit: 'date' });
  }
  return hits;
}
