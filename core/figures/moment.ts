/**
 * A figure's moment: the day its value refers to. A date of its own sentence ("le 19 janvier, 1,1
 * million"), else the time word nearest to it in its clause ("lundi", "hier", "yesterday", "today"),
 * resolved against the article's publication date; without either, the publication date itself;
 * without a publication date, unknown. A date or time word that belongs to a relative clause before
 * the figure dates the event that clause names, not the count: "the earthquake that struck on Friday
 * has risen to 2,862", "le séisme, qui a secoué le Royaume le 8 septembre, a fait 2.497 morts" are
 * tolls of the day they were written, not of the quake's night.
 */
import { sameSpeaker } from './same-speaker';
import { concept, conceptsOf, phrasesStartingWith } from '../concepts/index';
import { fold, foldSlice } from '../text/fold';
import { lookupTok, type Tok } from './tokens';
import { perToken } from './token-memo';
import { datesOfTokens, datesWithin } from './token-dates';
import { parseNumberAt } from './numbers';
import { TABLES, ordinalWord } from './number-words';
import { matchKeys } from './match';
import type { Figure } from './types';
import { SPEECH_VERBS } from './count-speakers';
import { SENTENCE_END, TIME_CLAUSE_WORDS, insideQuote } from './count-base';
import { EVENT_YEAR } from './years';
import { DURATION_UNITS, NOT_COUNTED_UNITS } from './unit-sets';

/** The weekdays' time concept ids (core/concepts), Sunday first as Date.getUTCDay counts them. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A full day as moments are written ("2024-06-08"); a month or a year-less day ("--10-27") is not one. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How far (characters) a month of a year ("en novembre 2022") may stand from a figure and still be its month: the
 * width of a preposition or a bracket ("11 % en mars 2024", "mars 2024 : 11 %", "décembre 2023 (+25,5 %)"). On the
 * development set, months of a year further off (a clause away, 25 characters and more) were background days. */
const MONTH_DATE_MAX_CHARS = 12;
/** A month of a year right after these is the start of a measure, not the month a value is of ("from April 2025"). */
const MONTH_START_BEFORE = /(?:^|[^\p{L}])(?:from|des|depuis|since)\s*$/u;
/** How far back (characters) a "since"/"depuis" may open the phrase a month of a year stands in apposition to. */
const SINCE_PHRASE_CHARS = 50;
const SINCE_PHRASE = /(?:^|[^\p{L}])(?:depuis|since)(?![\p{L}])/u;
/** A month of a year as moments are written ("2024-03"): a statistic's month, not a day. */
export const MONTH_OF_YEAR = /^\d{4}-\d{2}$/;
const DAY_MS = 86_400_000;

function shift(iso: string, days: number): string {
  const t = Date.parse(`${iso}T12:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * `when`: a time concept id (core/concepts: "mon".."sun", "yesterday", "two-days-ago", "today", "day-before",
 * "last-24h", "last-week", "month-01".."month-12") or "days-ago-N" ("twelve days earlier", "il y a 12 jours");
 * `published`: YYYY-MM-DD. A weekday is the latest such day on or before publication:
 * news reports what has happened ("lundi" in a Wednesday article is two days before).
 */
export function resolveMoment(when: string | undefined, published: string | undefined): string | undefined {
  if (!published || !ISO_DAY.test(published) || Number.isNaN(Date.parse(published))) return undefined;
  if (!when) return published;
  if (when === 'yesterday' || when === 'day-before') return shift(published, -1);
  if (when === 'two-days-ago') return shift(published, -2);
  if (when === 'today' || when === 'last-24h') return published;
  if (when === 'last-week') {
    // The Monday of the week before publication's.
    const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
    return shift(published, -((pubDay + 6) % 7) - 7);
  }
  const ago = /^days-ago-(\d+)$/.exec(when);
  if (ago) return shift(published, -Number(ago[1]));
  const month = /^month-(\d{2})$/.exec(when);
  if (month) return nearestMonth(Number(month[1]), published);
  const wd = WEEKDAYS.indexOf(when);
  if (wd < 0) return published;
  const pubDay = new Date(`${published}T12:00:00Z`).getUTCDay();
  return shift(published, -((pubDay - wd + 7) % 7));
}

/**
 * The month a figure's clause names without a year ("11% en mars", "25.5% in December"), as a moment of month precision
 * ("YYYY-MM"): the latest such month on or before publication's. A figure is a value already measured; a month's value
 * is published in the weeks after that month ("l'inflation de décembre", published in January, is last December's; "in
 * March" published in April is this year's March). Unlike resolveMoment's nearestMonth (an event's month, which may be
 * to come), no month ahead: a count of a month to come is a forecast, and the month before it is the one news reports.
 * The month, not its first day: a statistic of March is of the whole month, and two articles quoting it agree on it.
 */
export function pastMonth(when: string | undefined, published: string | undefined): string | undefined {
  const m = when ? /^month-(\d{2})$/.exec(when) : null;
  if (!m || !published || !ISO_DAY.test(published)) return undefined;
  const y = Number(published.slice(0, 4));
  const month = Number(m[1]);
  return `${month > Number(published.slice(5, 7)) ? y - 1 : y}-${m[1]}`;
}

/** A month's moment as a month ("YYYY-MM"), for a time word naming a month ("month-06"): a month's value is of the
 * whole month, not its first day. Other moments unchanged. */
export function asMonth(when: string | undefined, moment: string | undefined): string | undefined {
  return moment && when && /^month-\d{2}$/.test(when) && ISO_DAY.test(moment) ? moment.slice(0, 7) : moment;
}

/**
 * The weekday three days after the other figure's day is as near as the one four days before it: a report
 * of one developing count may be either side of another (an undated first toll, a dated later one), so that
 * name is no day. Measured on the devset's undated quake reports: read ahead, two of their Friday counts
 * became later than Tuesday's and one count's update had the wrong newer side.
 */
const WEEKDAY_AMBIGUOUS_AHEAD = 3;
/**
 * A weekday said in an undated article ("samedi", "on Sunday"), read against a dated figure of the same
 * story: the day of that name nearest the other figure's day (up to two days ahead, three back; see WEEKDAY_AMBIGUOUS_AHEAD), since two
 * reports of one developing count are days apart, not weeks. Undefined for any other time word.
 */
export function weekdayNear(when: string | undefined, day: string | undefined): string | undefined {
  const wd = when ? WEEKDAYS.indexOf(when) : -1;
  if (wd < 0 || !day || !ISO_DAY.test(day)) return undefined;
  const d = new Date(`${day}T12:00:00Z`).getUTCDay();
  const ahead = (wd - d + 7) % 7;
  // Three days ahead or four back: nearly as near either way, so the name does not tell which.
  if (ahead === WEEKDAY_AMBIGUOUS_AHEAD) return undefined;
  return shift(day, ahead < WEEKDAY_AMBIGUOUS_AHEAD ? ahead : ahead - 7);
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

/**
 * How far ahead of publication (days) a day written without its year is read as one to come this year rather than as
 * last year's: news announces days of the coming weeks ("jusqu'au 12 novembre", "on Dec. 26"), and recalls last year's
 * days further off. Two months: the devset's yearless days after publication (five, session 22) were all one to six
 * weeks ahead, and each was read as the year before.
 */
const YEARLESS_AHEAD_DAYS = 60;
/** How far (characters) a date may stand from a figure of its sentence and still date it: "le 19 janvier,
 * 1,1 million de manifestants" / "400,000 on January 19". Further, the date usually belongs to another fact. */
const CLAUSE_DATE_MAX_CHARS = 80;
/** A sentence ends here; a point between digits ("2.497 morts") is a thousands separator, not an end. */
const STOP = /[!?\n]|\.(?!\d)/;
/**
 * Tokens searched before and after a figure for its time word: the window counts.ts reads a figure's
 * clause in ("a annoncé samedi soir le ministère" sits up to twenty tokens after a toll).
 */
const TIME_WORD_LEFT = 14;
const TIME_WORD_RIGHT = 24;
/** Tokens that end a clause for the time-word search (as counts.ts's clause). */
const CLAUSE_END = new Set(['.', '!', '?', ';', '(', ')', '\u2026']);
/** A relative clause opens with one of these (folded); "that" also opens what is said ("said that on Friday ..."). */
const RELATIVE = /(?:^|[^\p{L}\d'])(qui|which|that|who)\s+(\S+)\s+\S[^]*$/u;
const SAYING = /(?:said|says|say|announced|reported|stated|added|confirmed|noted|told|reporters|warned|believe|believes|estimated|showed|shows)\s*$/;
/**
 * A date or time word right after one of these starts a duration ("détenus depuis le 3 mai",
 * "held since October", "since Friday"): the count is as of the writing, not as of that start.
 */
const SINCE = /(?:^|[^\p{L}])(?:depuis|since|des)(?:\s+(?:le|la|l'|the|early|late|mid|debut|fin|mi))?\s*-?\s*$/u;
/** How far before a date or time word "depuis"/"since" is looked for. */
const SINCE_CHARS = 16;

/**
 * A date or time word right after one of these is a deadline ("50,000 doses should arrive by the end of April",
 * "d'ici la fin du mois de mai", "avant vendredi"): a day the value is expected by, not the day it refers to.
 * Folded text before the time word.
 */
const DEADLINE = /(?:^|[^\p{L}])(?:by|d'?\s*ici|avant|before)(?:\s+(?:a|la|le|the))?(?:\s+(?:end|fin|debut|beginning|start)\s+(?:of|de|du|d'?)(?:\s+(?:la|le|the|mois|month))*)?\s*$/u;
/** How far before a time word a deadline's words are looked for ("by the end of "). */
const DEADLINE_CHARS = 24;
/**
 * A date or time word right after one of these bounds a period ("halt production until November 13", "jusqu'au 13
 * novembre", "34 % sur toutes les importations à partir du 10 avril", "tariffs starting April 9"): the day a measure
 * starts or stops, not the day the value refers to, as a deadline's is. Folded text before the time word.
 */
const PERIOD_BOUND = /(?:^|[^\p{L}])(?:until|jusqu'?\s*(?:au|a|en)|a\s+partir(?:\s+(?:du|de\s+la|de|d'))?|starting|effective)(?:\s+(?:on|le|la|the))?\s*$/u;
/** A date span that itself opens with a period's bound (core/figures/dates.ts keeps "à partir du" in "à partir du 10 avril"). */
const PERIOD_BOUND_START = /^(?:a\s+partir|jusqu|until|starting)(?![\p{L}])/u;
/** True when the date or time word [at, end) is a deadline or a period's bound. */
export function isDeadline(text: string, at: number, end = at): boolean {
  const before = foldSlice(text, Math.max(0, at - DEADLINE_CHARS), at);
  return DEADLINE.test(before) || PERIOD_BOUND.test(before) || PERIOD_BOUND_START.test(foldSlice(text, at, end));
}

/** Past auxiliaries that make "by Thursday morning" the time a count was read at, not a deadline (folded). */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'etait', 'etaient', 'avait', 'avaient']);
/** How many tokens after a deadline's time word its clause's past auxiliary may stand ("by Thursday morning 53 villagers
 *  were": a part of the day and a short noun phrase). */
const READING_BY_REACH = 8;
/**
 * Is the deadline's time word ending before token j followed, in its clause, by a past auxiliary ("by Thursday morning
 * 53 villagers were missing", "By Monday evening, floods had killed 12 people", "avant lundi, 40 personnes avaient été
 * évacuées")? Then "by" gives the time the count was read at, as "as of" does, not a day a value is expected by
 * ("50,000 doses should arrive by Friday"). Folded tokens; the clause ends at a sentence's or a clause's mark, not a
 * comma (the opening phrase's comma comes before its clause).
 */
function readingBy(toks: Tok[], j: number): boolean {
  for (let k = j; k < toks.length && k - j < READING_BY_REACH; k++) {
    if (CLAUSE_END.has(toks[k].t) || toks[k].nl) return false;
    if (PAST_AUXILIARIES.has(toks[k].t)) return !FORECAST_AFTER_AUXILIARY.has(toks[k + 1]?.t ?? '');
  }
  return false;
}
/** Words after a past auxiliary that make it a forecast or a plan told in the past ("by Sunday 2,000 homes were likely
 *  to flood", "by Thursday 300 troops were to be deployed"): "by" is then still a deadline. */
const FORECAST_AFTER_AUXILIARY = new Set(['to', 'likely', 'expected', 'due', 'set', 'about', 'going', 'supposed']);

/** A date span that itself opens with "depuis"/"since" (core/figures/dates.ts keeps the word in the span). */
const SINCE_START = /^(?:depuis|since|des)(?![\p{L}])/u;

/** True when the date or time word [at, end) is the start of a duration ("depuis le 7 octobre", "since Friday"). */
export function startsADuration(text: string, at: number, end = at): boolean {
  return SINCE.test(foldSlice(text, Math.max(0, at - SINCE_CHARS), at)) || SINCE_START.test(foldSlice(text, at, end));
}

/** What opens the stretch a relative pronoun is looked for in, before a date or time word. */
const SEGMENT_START = /[,;:()\n!?]|\.(?!\d)/;

/**
 * Nouns of a report rather than an event: a relative clause after one of them dates the report, and so
 * the count it gives ("the previous toll, which was issued on Tuesday afternoon, reported 2,901 deaths").
 */
const REPORT_NOUNS = new Set([
  'bilan', 'bilans', 'chiffre', 'chiffres', 'rapport', 'communique', 'decompte', 'estimation', 'estimations', 'comptage', 'sondage', 'recensement', 'donnees',
  'toll', 'tolls', 'report', 'reports', 'statement', 'figure', 'figures', 'tally', 'count', 'estimate', 'estimates', 'update', 'poll', 'census', 'data',
]);
/** How far back (characters) the noun a relative pronoun refers to is looked for. */
const ANTECEDENT_CHARS = 40;

/**
 * True when the span starting at `at`, before a figure, sits in a relative clause about an event:
 * between the last comma (or sentence start) before it and it, a relative pronoun followed by at
 * least two words, whose antecedent is not a report's noun.
 */
export function inRelativeClauseBefore(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && !SEGMENT_START.test(text[s - 1])) s--;
  const seg = fold(text.slice(s, at));
  const m = RELATIVE.exec(seg);
  if (!m) return false;
  const pronounAt = m.index + m[0].indexOf(m[1]);
  if (m[1] === 'that' && SAYING.test(seg.slice(0, pronounAt))) return false;
  const before = fold(text.slice(Math.max(0, s - ANTECEDENT_CHARS), s)) + seg.slice(0, pronounAt);
  const antecedent = /([\p{L}]+)[\s,]*$/u.exec(before)?.[1];
  return !(antecedent && REPORT_NOUNS.has(antecedent));
}

/** What joins the two months of a span of months (folded text between them), and what must stand before the first month
 *  for that joiner: "and"/"et" only after "between"/"entre" ("in March 2023 and March 2024" is two months, no span), "to"/"à"
 *  only after "from"/"de"/"du" or an opening bracket ("(March 2023 to March 2024)"); "through", "until", "jusqu'à" say a span alone ("January 2017 through March 2018"); a dash
 *  only unspaced ("mai 2022-mai 2023") or after "from"/"between" (a spaced dash may be an aside's). */
const MONTH_SPAN_JOINERS: ReadonlyArray<{ joiner: RegExp; lead?: RegExp }> = [
  { joiner: /^\s*(?:and|et)\s*$/u, lead: /(?:^|[^\p{L}])(?:between|entre)\s*$/u },
  { joiner: /^\s*(?:to|a|au)\s*$/u, lead: /(?:(?:^|[^\p{L}])(?:from|de|du|d')|\()\s*$/u },
  { joiner: /^\s*(?:through|until|jusqu'?\s*(?:a|en))\s*$/u },
  { joiner: /^[-\u2013\u2014]$/u },
  { joiner: /^\s*[-\u2013\u2014]\s*$/u, lead: /(?:^|[^\p{L}])(?:from|between|de|du|d'|entre)\s*$/u },
];
/** How far (characters) the two months of a span may stand apart: the longest joiner with its spaces (" jusqu'en "). */
const MONTH_SPAN_JOINER_MAX_CHARS = 12;
/** How far back (characters) before the first month its "from"/"between" is read. */
const MONTH_SPAN_LEAD_CHARS = 10;
type SpanDate = { start: number; end: number; low: unknown; high: unknown };
const isMonthOfYear = (d: SpanDate | undefined): d is SpanDate & { low: string } =>
  !!d && typeof d.low === 'string' && d.low === d.high && MONTH_OF_YEAR.test(d.low);
/** Are dates[i - 1] and dates[i] two months of a year joined as a span, the earlier first? */
function monthSpanAt(text: string, dates: ReadonlyArray<SpanDate>, i: number): boolean {
  const a = dates[i - 1];
  const b = dates[i];
  if (!isMonthOfYear(a) || !isMonthOfYear(b) || a.low >= b.low || b.start - a.end > MONTH_SPAN_JOINER_MAX_CHARS) return false;
  const joiner = foldSlice(text, a.end, b.start);
  const lead = foldSlice(text, Math.max(0, a.start - MONTH_SPAN_LEAD_CHARS), a.start);
  // A date's span may hold its own preposition ("De mars 2023"): its first word is then the lead.
  const own = /^\p{L}+'?/u.exec(foldSlice(text, a.start, a.end))?.[0] ?? '';
  return MONTH_SPAN_JOINERS.some((j) => j.joiner.test(joiner) && (!j.lead || j.lead.test(lead) || j.lead.test(own)));
}
/** Does dates[i] open a span of months ("May 2022" in "from May 2022 to May 2023")? */
export function opensMonthSpan(text: string, dates: ReadonlyArray<SpanDate>, i: number): boolean {
  return i + 1 < dates.length && monthSpanAt(text, dates, i + 1);
}
/** Does dates[i] close a span of months ("May 2023" in "from May 2022 to May 2023")? */
export function closesMonthSpan(text: string, dates: ReadonlyArray<SpanDate>, i: number): boolean {
  return i > 0 && monthSpanAt(text, dates, i);
}

/** How far (characters) after a span of months its closing bracket is looked for ("(décembre 2016 à mai 2017)": the span
 *  ends at its last month, a bracket may follow after a day or a word). */
const SPAN_ASIDE_REACH = 24;
/** What opens a sentence before a span that opens it: only the span's own preposition ("From May 2022 to May 2023, …"),
 *  the sentence may open a quotation ("« De mai 2022 à mai 2023, l'État a payé… »"). */
const SPAN_OPENS_SENTENCE = /(?:^|[.!?\n:;"«\u201C])\s*(?:from|between|de|du|d'|entre)?\s*$/u;
/**
 * Is the span of months [spanStart, spanEnd) in the value's own clause, so that the value is counted over it? Before the
 * value, the span must open the sentence ("Entre mars 2023 et mars 2024, l'agence a versé…") or stand in the value's
 * clause with no comma between; a span in an apposition ("Président entre janvier 2017 et janvier 2021, X a été condamné",
 * "un Syrien, employé entre mars 2020 et mai 2021 par la société, a été condamné") or in brackets ("son gouvernement
 * (décembre 2016 à mai 2017), qui avait tenu 160 jours") is the time of what its noun names. After the value, no comma
 * between ("paid 4.2 billion dollars (March 2023 to March 2024)"). Otherwise the span's last month is read as any month.
 */
function spanInValueClause(text: string, fig: { start: number; end: number }, spanStart: number, spanEnd: number): boolean {
  if (spanStart >= fig.end) return !/[,;:]/.test(text.slice(fig.end, spanStart));
  if (new RegExp(`^[^()\\n]{0,${SPAN_ASIDE_REACH}}\\)`, 'u').test(text.slice(spanEnd, spanEnd + SPAN_ASIDE_REACH + 1))) return false;
  if (!/[,;:()]/.test(text.slice(spanEnd, fig.start))) return true;
  return SPAN_OPENS_SENTENCE.test(foldSlice(text, Math.max(0, spanStart - SINCE_PHRASE_CHARS), spanStart));
}

/** What closes a "since" phrase right after its date (read from the date's end, sticky): a stop, a comma or a bracket, or the text's end. */
const SINCE_PHRASE_END = /[ \u00A0]*(?:$|[.,;:!?)\n])/y;
function endsASincePhrase(text: string, at: number): boolean {
  SINCE_PHRASE_END.lastIndex = at;
  return SINCE_PHRASE_END.test(text);
}
/**
 * The day a date of the figure's own sentence gives ("le 19 janvier", "on Jan. 19"): one day, not a range;
 * a date without a year takes the publication's year (the year before when it would fall after publication),
 * also when findDates lent it the year of another date of the text (`yearFromText`): "le 19 janvier
 * dernier" in an article of 31 January 2023 that also recalls "le 12 octobre 2010" is of 2023.
 */
export function clauseDate(text: string, fig: { start: number; end: number }, dates: ReadonlyArray<{ start: number; end: number; low: unknown; high: unknown; yearFromText?: boolean; listed?: boolean }>, published: string | undefined, yearless = false, toll = false, harm: Harm | undefined = undefined, sinceAt: ((start: number) => number | undefined) | undefined = undefined): string | undefined {
  let best: { day: string; gap: number } | undefined;
  const farthest = Math.max(WHEN_CLAUSE_MAX_CHARS, CLAUSE_DATE_MAX_CHARS, REPORT_DATE_MAX_CHARS);
  // A date farther than any reach is no clause's: a page holds many dates, only those near the figure are read.
  const [from, to] = datesWithin(dates, fig.start, fig.end, farthest);
  for (let i = from; i < to; i++) {
    const d = dates[i];
    // A span of days, or one day of a list ("le 7 et le 11"), gives its clause no single day.
    if (typeof d.low !== 'string' || d.low !== d.high || d.listed) continue;
    const gap = d.end <= fig.start ? fig.start - d.end : d.start >= fig.end ? d.start - fig.end : 0;
    if (gap > farthest) continue;
    // "Oct. 7, when militants stormed the border, killing some 1,200": the clause the date opens is its day's.
    const opens = d.end <= fig.start && WHEN_CLAUSE.test(foldSlice(text, d.end, d.end + WHEN_CLAUSE_CHARS));
    // "…, according to the latest report, published on March 19": the day of the report the sentence's counts are from.
    const report = d.start >= fig.end && REPORT_DATE.test(foldSlice(text, Math.max(0, d.start - REPORT_DATE_CHARS), d.start));
    if (gap > (opens ? WHEN_CLAUSE_MAX_CHARS : report ? REPORT_DATE_MAX_CHARS : CLAUSE_DATE_MAX_CHARS)) continue;
    const between = d.end <= fig.start ? text.slice(d.end, fig.start) : text.slice(fig.end, d.start);
    if (STOP.test(between)) continue;
    if (d.start >= fig.end) {
      if (OTHER_VALUE.test(between)) continue;
      // Folded once for both patterns: fold was 0.7% of English extraction's profile (session 16).
      const folded = fold(between);
      if (CONTRASTED_VALUE.test(folded) || CONTRAST_CLAUSE.test(folded) || ABSOLUTE_CLAUSE.test(folded)) continue;
    }
    if (d.end <= fig.start && COMPARED.test(foldSlice(text, Math.max(0, d.start - COMPARED_CHARS), d.start))) continue;
    if (d.end <= fig.start && JOINED_AFTER.test(fold(between)) && /\d/.test(sentenceBefore(text, d.start))) continue;
    if (d.end <= fig.start && inRelativeClauseBefore(text, d.start)) continue;
    // "the results of the presidential election held on Sunday, March 24, have been unveiled, revealing X as the victor
    // with 54.28%": a reduced relative clause about the event inside the results' noun phrase, as a full one is; the
    // results were told later, and reportDayMoments reads the event's day (heldDay) for the article. Not a held event's
    // day the count is of ("the vote was held on Sunday, and the party took 31.5%", "in the vote held on Sunday, the
    // party took 31.5%"): only a bare participle after a noun of results.
    if (d.end <= fig.start && !opens && heldInResults(text, d.start)) continue;
    if (!opens && startsADuration(text, d.start, d.end)) continue;
    // "1.1 million displaced since the escalation of hostilities on November 27": the date ends a "since" phrase a few
    // words long (sincePhraseOfSpan), the start of the period the count runs over, not the count's day. Not when the
    // figure stands between the "since" and the date (the phrase is then the figure's own clause, not after it).
    // Only when the phrase stops at the date (a stop or a comma next, no verb): "since a report on March 2 counted 300
    // dead" goes on into the clause the date belongs to, the report's, whose day the count is.
    if (!opens && sinceAt && endsASincePhrase(text, d.end)) {
      const s = sinceAt(d.start);
      if (s !== undefined && !(s < fig.start && d.start >= fig.end)) continue;
    }
    if (isDeadline(text, d.start, d.end)) continue;
    // A toll's date in the phrase of the event it follows ("following torrential rains on March 14").
    if (toll && EVENT_BEFORE_DATE.test(foldSlice(text, Math.max(0, d.start - EVENT_BEFORE_DATE_CHARS), d.start))) continue;
    if (toll && d.end <= fig.start && agentParticipleBefore(text, d.start)) continue;
    // "The death toll in the train mishap on June 2 has been revised to 275": the day of the incident the toll counts.
    if (toll && incidentBeforeDate(text, d.start) && !(d.end <= fig.start && INCIDENT_RELATIVE_TEXT.test(between))) continue;
    // "le 9 mars, a causé la mort de 57 personnes": a caused toll's date before it is its event's (causedToll);
    // not one that opens a clause of its own day ("Oct. 7, when militants stormed the border, killing some 1,200"),
    // nor the day the toll was told on ("officials said on June 12 the storm killed 40": harm.saidAt, saidDay).
    if (harm?.caused && d.end <= fig.start && !opens && !harm.saidAt?.(d.start, d.end)) continue;
    // "5 morts, lorsqu'un homme a foncé dans la foule le 20 décembre": after a toll, the day of its event's clause.
    if (harm && d.start >= fig.end && EVENT_CLAUSE_AFTER_TEXT.test(fold(between))) continue;
    let day = d.yearFromText && published && ISO_DAY.test(published) ? `--${d.low.slice(5)}` : d.low;
    if (/^--\d{2}-\d{2}$/.test(day)) {
      // Without a publication day the year is unknown; the caller may still take the month and day.
      if (yearless && !published) { if (!best || gap < best.gap) best = { day, gap }; continue; }
      if (!published || !ISO_DAY.test(published)) continue;
      const year = Number(published.slice(0, 4));
      const monthDay = day.slice(1);
      day = `${year}${monthDay}`;
      if (day > published) {
        // "can return to work as late as Nov. 12" in an article of 5 November: a day of the weeks ahead, this year's,
        // and no count is yet of it; the year before only when the day is too far ahead to be announced.
        if (day <= shift(published, YEARLESS_AHEAD_DAYS)) continue;
        day = `${year - 1}${monthDay}`;
      }
    }
    // "3,9 % en novembre 2022", "4.1% in June 2025", "décembre 2023 (+25,5 %)": a month of a year right beside the
    // figure is its month ("YYYY-MM"). Only right beside it: further off in the sentence, a month of a year is most
    // often background ("un Syrien de 26 ans, arrivé en Allemagne en décembre 2022", "président entre janvier 2017 et
    // janvier 2021"), and a month a measure starts from is no value's ("1.2 percentage points from April 2025").
    if (MONTH_OF_YEAR.test(day)) {
      // "Depuis le début de l'épidémie, en août 2024, 20 242 cas": a month in apposition to a "since" phrase is the start
      // of a running count (SINCE_PHRASE_CHARS back, within the sentence).
      const lead = foldSlice(text, Math.max(0, d.start - SINCE_PHRASE_CHARS), d.start);
      const sinceLead = SINCE_PHRASE.test(lead.slice(lead.search(/[.!?\n][^.!?\n]*$/) + 1));
      // "From May 2022 to May 2023, the state paid 86.2 bln rubles", "86 milliards entre mai 2022 et mai 2023": a value
      // counted over a span of months is of the span, written as its last month (as reference-period.ts writes a
      // quarter's); the span's first month is no value's month, and the span's end may stand a clause away
      // (CLAUSE_DATE_MAX_CHARS), as a day does.
      if (opensMonthSpan(text, dates, i)) continue;
      if (closesMonthSpan(text, dates, i) && spanInValueClause(text, fig, dates[i - 1].start, d.end)) {
        if (!sinceLead && gap <= CLAUSE_DATE_MAX_CHARS && (!best || gap < best.gap)) best = { day, gap };
        continue;
      }
      if (gap <= MONTH_DATE_MAX_CHARS && !sinceLead && !MONTH_START_BEFORE.test(foldSlice(text, Math.max(0, d.start - DEADLINE_CHARS), d.start)) && (!best || gap < best.gap)) best = { day, gap };
      continue;
    }
    if (!ISO_DAY.test(day)) continue;
    if (!best || gap < best.gap) best = { day, gap };
  }
  return best?.day;
}

/**
 * A date after a participle of publishing ("the latest health report, published on March 19", "selon le bulletin publié
 * le 26 mars", "data released on Friday"): the day of the report a sentence's counts come from, read after the counts
 * as far as the sentence goes (REPORT_DATE_MAX_CHARS). Folded text before the date.
 */
const REPORT_DATE = /(?:^|[^\p{L}])(?:published|issued|released|publie|publiee|publies|publiees|paru|parue|diffuse|diffusee)(?:\s+(?:on|le|ce))?\s*$/u;
const REPORT_DATE_CHARS = 20;
/** How far after a count such a date may stand: an attribution and its report's noun phrase, in one sentence. */
const REPORT_DATE_MAX_CHARS = 200;

/** The same event words (EVENT_TIME_WORDS) before a date, a few words back and no punctuation between: the
 * date is the event's ("after the storm of 12 March", "lors du séisme du 8 septembre"). Folded text. */
const EVENT_BEFORE_DATE = /(?:^|[^\p{L}])(?:lors|during|pendant|durant|survenue?s?|after|following|apres)\s[^.,;:!?()\n]*$/u;
/** How far before a date that phrase is looked for: its word and a short noun phrase ("following torrential rains on "). */
const EVENT_BEFORE_DATE_CHARS = 40;

/**
 * A past participle with its agent before a date, a short noun phrase between and no punctuation ("l'opération lancée
 * par l'armée le 6 mai", "les affrontements, déclenchés par des frappes le 6 mai 2025, ...", "the offensive launched
 * by the army on May 6"): the date is the day of the action the participle names, as after "lors de"; a toll the
 * sentence gives ("… et qui a fait 17 morts", "s'élève à 19 morts") is of the day it was given. Read for a toll only
 * and for a date before it. Folded text; group 1 is the participle.
 */
const AGENT_BEFORE_DATE = /(?:^|[^\p{L}])(\p{L}+)\s+(?:par|by)\s[^.,;:!?()\n\d]*$/u;
/** How far before a date that phrase is looked for: the participle, its agent and a two-word noun phrase ("déclenchés par des frappes indiennes "). */
const AGENT_BEFORE_DATE_CHARS = 48;
/** Folded past-participle endings: French first to third groups (-é(e)(s), -i(e)(s), -u(e)(s), -it(e)(s)), English -ed / -en. */
const PARTICIPLE_END = /(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ed|en)$/;
/** Words before a noun: a word after one is a noun ("une frappe par drone"), not a participle. */
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'ce', 'cette', 'ces', 'sa', 'son', 'ses', 'the', 'a', 'an', 'this', 'its', 'their']);
/**
 * Participles of telling or publishing: the date after their agent is the report's, and so the count's ("le bilan
 * communiqué par le ministère mardi", "figures released by the ministry on Tuesday"): not an action's.
 */
const REPORT_PARTICIPLES = new Set(['communique', 'communiques', 'communiquee', 'communiquees', 'publie', 'publiee', 'publies', 'publiees', 'diffuse', 'diffusee', 'diffuses', 'diffusees',
  'fourni', 'fournie', 'fournis', 'fournies', 'donne', 'donnee', 'donnes', 'donnees', 'rendu', 'rendue', 'rendus', 'rendues', 'etabli', 'etablie', 'etablis', 'etablies',
  'published', 'released', 'issued', 'given', 'provided', 'compiled', 'updated', 'revised']);

/** Is the date or time word at `at` (a toll's, before it) the day of an action a participle and its agent name? */
export function agentParticipleBefore(text: string, at: number): boolean {
  const seg = fold(text.slice(Math.max(0, at - AGENT_BEFORE_DATE_CHARS), at));
  const m = AGENT_BEFORE_DATE.exec(seg);
  if (!m || !PARTICIPLE_END.test(m[1])) return false;
  const w = m[1];
  if (REPORT_PARTICIPLES.has(w) || SPEECH_VERBS.has(w) || SPEECH_VERBS.has(w.replace(/s$/, '').replace(/ee$/, 'e'))) return false;
  const before = /([\p{L}]+)[\s']*$/u.exec(seg.slice(0, m.index + m[0].indexOf(w)))?.[1];
  return !(before && DETERMINERS.has(before));
}

/**
 * Another value opened after a figure, before a date ("36,5 % (49,5 % le 19 janvier)", "45,000 in Lyon,
 * 7,000 more than on January 19"): the date is that value's. A list joined by "et"/"and" ("entre 1,2
 * million (selon la police) et 3,5 millions ... le 12 octobre 2010") shares its date, so only a bracket or
 * a comma right before the other value counts.
 */
const OTHER_VALUE = /\(\s*\d|,\s+\d/;
/**
 * Words of change before "from": the value after "from" is the earlier one, and a time word after it is its day
 * ("12 locations, a sharp increase from six the day before", "274 killed, up from 210 on Saturday"). French "par
 * rapport à" sets another value against the figure the same way ("en hausse par rapport aux 38 % de lundi").
 */
const CHANGE_BEFORE_FROM = new Set(['up', 'down', 'increase', 'rise', 'jump', 'drop', 'decrease', 'fall', 'decline']);
/**
 * A value set against the figure after it, before a date ("à 37,2 %, contre 41,8 % le 12 mars",
 * "36,5 % ce mardi, contre 46,3 % lors de la première, le 19 janvier", "45,000, against 38,000 on
 * March 3"): the date is that value's. Folded text between the figure and the date.
 */
const CONTRASTED_VALUE = new RegExp(`(?:^|[^\\p{L}])(?:contre|versus|vs|against|compared\\s+(?:with|to)|(?:${[...CHANGE_BEFORE_FROM].join('|')})\\s+from|par\\s+rapport\\s+(?:a|au|aux))\\s+(?:\\p{L}+\\s+){0,3}\\d`, 'u');
/**
 * A clause of contrast opened after a figure that gives another value before a date ("600 000 manifestants,
 * alors qu'elle en avait recensé un million le 18 septembre", "20,000 today, whereas police counted 35,000 on
 * March 3"): the date is that value's. The value may be written in words ("un million"); folded text.
 */
const CONTRAST_CLAUSE = /,\s*(?:alors\s+qu|tandis\s+qu|whereas|while)[^.;]*?(?:\d|(?:^|[^\p{L}])(?:millions?|milliards?|billions?|mille|milliers|thousands?|hundreds?|centaines?)(?![\p{L}]))/u;
/**
 * An absolute participial clause opened after a figure, with its own subject ("la cinquième éruption en près de trois ans,
 * la précédente ayant eu lieu le 18 décembre", "its fifth eruption in three years, the last having begun on December
 * 18"): the date after it is the day of what that clause tells, not the count's. Its subject (a determiner and one to three
 * words) must open it: a participle without one shares the count's subject ("Some 40 houses were destroyed, having been
 * swept away by the river on December 18"), and its day is the count's. Folded text between the figure and the date.
 */
const ABSOLUTE_CLAUSE = /,\s*(?:(?:the|a|an|its|their|his|her|this|that|one|each|le|la|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette|celle|celui)\s+|l')(?:[\p{L}-]+\s+){1,3}(?:ayant|having)\s/u;
/**
 * A date before a figure that a join follows ("ils étaient 3.000 dans les rues le 19 janvier, et 5.000 ce
 * matin", "2,000 on Monday's march, and 2,500 today") closes the value before it when its sentence holds
 * another number before the date: the figure after the join is of another day. "Le 19 janvier, 1,1
 * million selon la police et 2,8 millions selon la CGT" keeps its date: no number before it.
 */
const JOINED_AFTER = /^\s*,?\s*(?:et|and|mais|but)\s/;
/** The text of the sentence after `at`, up to its end. */
function sentenceAfter(text: string, at: number): string {
  const stop = text.slice(at).search(STOP);
  return stop < 0 ? text.slice(at) : text.slice(at, at + stop);
}
/** The end of the paragraph that holds `from`: the next line break, or the end of the text. */
function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}
/** The text of the sentence before `at` (from the last sentence end). */
function sentenceBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && !STOP.test(text[s - 1] + (text[s] ?? ''))) s--;
  return text.slice(s, at);
}
/**
 * A date before a figure, right after one of these, is the day the figure's value is set against ("plus
 * importante ce mardi que le 19 janvier, avec 1,2 million"), not its own. After a figure such a date is
 * left alone: "4,000 more than on March 12" is a difference, which counts.ts does not tell from a count;
 * dated the day of writing, it meets that day's count of the same place as a false "differs" (measured on
 * the development set: two), while the comparand's day keeps it apart.
 */
const COMPARED = /(?:^|[^\p{L}])(?:que|qu'|than|contre|versus|vs)(?:\s+(?:le|la|l'|au|on|the|in|du))?\s*$/u;
/** How far before a date such a word is looked for: the word and an article ("que le "). */
const COMPARED_CHARS = 12;

/**
 * A date followed by a clause of its own day ("Oct. 7, when ...", "le 3 mai, date à laquelle ...",
 * "le 8 septembre, lorsque ..."): the figures of that clause are of that day, even after "since"/"depuis".
 */
const WHEN_CLAUSE = /^\s*,?\s*(?:when|lorsque|quand|date a laquelle|jour ou)(?![\p{L}])/u;
/** How many characters after a date such a clause opener is looked for. */
const WHEN_CLAUSE_CHARS = 24;
/** How far into such a clause its figures are dated by it: a clause with its subject and verb before the count. */
const WHEN_CLAUSE_MAX_CHARS = 130;

/** Days in a unit of "N days earlier" / "il y a N semaines". A Map, not an object: every token after a number is looked
 * up (dayUnitAhead), and an object's keyed look-up of many different words is slow in V8 (speed28); nor is an inherited
 * name ("constructor") a unit. */
const DAYS_IN: ReadonlyMap<string, number> = new Map([['day', 1], ['days', 1], ['jour', 1], ['jours', 1], ['week', 7], ['weeks', 7], ['semaine', 7], ['semaines', 7]]);
/** Words after "N jours" that make it a span back from the day of writing ("earlier", "plus tôt"). */
const BACK_AFTER = new Set(['earlier', 'ago', 'before', 'auparavant', 'avant', 'plus']);
/** The longest such span read as a moment: further back, "N days" is more often a duration than a day. */
const MAX_DAYS_BACK = 60;

/**
 * Can a number phrase of either language open on this word (numbers.ts parseNumberAt: a number word, a rank, a
 * fraction's word, "a"/"an" before one, a negative's word)? Every word of a text is asked whether it opens "N days
 * ago" (timeWordAt reads each token once), and most are no number: they are passed over before a phrase is read.
 */
function mayOpenNumber(w: string): boolean {
  return NUMBER_OPENERS.has(w);
}
/** The words of mayOpenNumber, gathered once from the number tables (never changed after load): one set lookup per
 * word instead of ten property lookups over both languages' tables. */
const NUMBER_OPENERS: ReadonlySet<string> = new Set([
  ...[TABLES.en, TABLES.fr].flatMap((T) => [...Object.keys(T.units), ...Object.keys(T.mult), ...Object.keys(T.ord), ...Object.keys(T.denom), ...T.neg]),
  'a', 'an', 'second', 'seconde',
]);

/** How many tokens after a number's first one its day unit is looked for before the number is read: a number of at
 * most MAX_DAYS_BACK is a few tokens ("fifty - nine", "cinquante et un", "a dozen"); a longer phrase is a larger
 * number, which is never a span back. */
const DAY_UNIT_AHEAD_TOKENS = 12;
/** A day unit ("days", "semaines") within DAY_UNIT_AHEAD_TOKENS of token i, read as daysAgoAt reads its unit: every
 * number of a page is asked whether it opens "N days ago", and nearly none has such a unit after it, so its two
 * readings (English and French) are left out (speed28: daysAgoAt was 2% of English extraction's CPU time). */
function dayUnitAhead(toks: Tok[], i: number): boolean {
  for (let j = i + 1; j < toks.length && j <= i + DAY_UNIT_AHEAD_TOKENS; j++) if (DAYS_IN.has(toks[j].t)) return true;
  return false;
}

/**
 * "Twelve days earlier", "two weeks ago", "il y a 12 jours", "12 jours plus tôt" starting at token k:
 * a time word "days-ago-N" (N days before publication), with its length in tokens.
 */
function daysAgoAt(toks: Tok[], k: number): { id: string; len: number } | null {
  let i = k;
  const ilya = toks[k]?.t === 'il' && toks[k + 1]?.t === 'y' && toks[k + 2]?.t === 'a';
  if (ilya) i = k + 3;
  if (!toks[i] || (toks[i].kind !== 'd' && (toks[i].kind !== 'w' || !mayOpenNumber(toks[i].t)))) return null;
  if (!dayUnitAhead(toks, i)) return null;
  const n = parseNumberAt(toks, i, 'en') ?? parseNumberAt(toks, i, 'fr');
  if (!n || n.kind !== 'cardinal' || !Number.isInteger(n.value) || n.value < 1) return null;
  const unit = toks[n.i1];
  const per = unit ? DAYS_IN.get(unit.t) : undefined;
  if (!per || n.value * per > MAX_DAYS_BACK) return null;
  let end = n.i1 + 1;
  if (!ilya) {
    const w = toks[end];
    if (!w || !BACK_AFTER.has(w.t) || (w.t === 'plus' && toks[end + 1]?.t !== 'tot')) return null;
    end += w.t === 'plus' ? 2 : 1;
  }
  return { id: `days-ago-${n.value * per}`, len: end - k };
}

/** The time concept id of a word or phrase starting at token k ("lundi", "earlier sunday", "la semaine dernière"), and
 * its length. Read once per token (`perToken`): each figure's window asks of the same tokens, and each token is asked
 * again by every phrase that may cover it (phraseCovering). */
/** English month names that are also common words ("may" a verb, "march" a verb and a noun): in lower case they are
 * read as those words, not as the month. The other months have no such reading. */
const LOWERCASE_NOT_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);
const timeWordAt: (toks: Tok[], k: number) => { id: string; len: number } | null = perToken(readTimeWordAt);

function readTimeWordAt(toks: Tok[], k: number): { id: string; len: number } | null {
  const t = toks[k];
  if (t.kind !== 'w') return daysAgoAt(toks, k);
  for (const { seq, c } of phrasesStartingWith(t.t)) {
    if (c.type !== 'time' || k + seq.length > toks.length) continue;
    if (seq.every((x, q) => toks[k + q].t === x)) return { id: c.id, len: seq.length };
  }
  const c = lookupTok(t, 'time');
  // "As many as 40 people may have been hurt", "thousands march": these month names in lower case are a verb
  // or a noun, not May or March. Any other month written in lower case ("in june") is still the month.
  if (c && c.id.startsWith('month-') && !t.cap && LOWERCASE_NOT_MONTHS.has(t.t)) return daysAgoAt(toks, k);
  return c ? { id: c.id, len: 1 } : daysAgoAt(toks, k);
}

/** Read backwards, "hier" of "avant-hier" comes first: a phrase ending at token k that starts up to
 *  PHRASE_LOOKBACK tokens before it is the time word there, not its last word ("il y a 12 jours": five). */
const PHRASE_LOOKBACK = 5;
function phraseCovering(toks: Tok[], k: number): { id: string; len: number; at: number } | null {
  for (let j = PHRASE_LOOKBACK; j >= 1; j--) {
    if (k - j < 0) continue;
    const w = timeWordAt(toks, k - j);
    if (w && w.len > j) return { ...w, at: k - j };
  }
  return null;
}

/**
 * Relative pronouns (folded) that open a clause after a figure. "où" folds to "ou" ("or"), and "dont"
 * after a count is most often its part ("2 059 blessés, dont 1 404 dans un état grave"): both left out.
 */
const RELATIVE_AFTER = new Set(['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'which', 'that', 'who', 'where']);
/**
 * A relative pronoun this many tokens or more after a figure refers to a noun of its own ("… ont péri dans
 * le séisme qui a frappé vendredi"); closer, it is the counted noun's ("87 000 manifestants, qui ont défilé
 * mardi": their day is the count's).
 */
const RELATIVE_AFTER_MIN_GAP = 3;
/** How far before "that" a speech verb is looked for ("officials said that"): the longest verb of SAYING
 * ("announced", nine letters) with the spaces or line break before "that", and some room; short enough
 * that a verb of an earlier clause is not read as introducing this one. */
const SAYING_REACH_CHARS = 20;
/**
 * Prepositions of cause or sequence before the event a toll follows: "200 people died after heavy rains last
 * week", "left five missing following torrential rains on October 29", "12 morts après les orages de
 * samedi": the time word dates the rains, the toll is of the day it was given, as after "lors de". Only
 * for a toll (a march's count "after Tuesday's rally" keeps its day as any count of an event does).
 */
const CAUSE_WORDS = ['after', 'following', 'apres'];
/**
 * "lors du raid de samedi", "during Saturday's operation", "le séisme survenu dans la nuit de vendredi à samedi a fait
 * plus de 2 100 morts": the time word names the event a toll counts the victims of (a participle of happening
 * names its day as a relative clause would: "qui s'est produit vendredi"). Not "intervenu": it also means
 * "intervened" ("la police, intervenue dans la nuit de samedi"), a day of its own; no devset text needs it.
 */
const EVENT_TIME_WORDS = new Set(['lors', 'during', 'pendant', 'durant', 'survenu', 'survenue', 'survenus', 'survenues', ...CAUSE_WORDS]);
/** How many tokens before a time word "lors"/"during" is looked for ("lors de l ' operation de samedi": an apostrophe is a
 * token; "survenu dans la nuit de vendredi à samedi": seven to the night's second day). */
const EVENT_TIME_REACH = 7;
/** Words that set another value against the figure; a time word after them dates that value ("contre 2 000 lundi"). */
const CONTRAST = new Set(['contre', 'versus', 'vs', 'compared']);
/** French comparatives before "que" ("plus que la semaine dernière"). */
const COMPARATIVES = new Set(['plus', 'moins', 'autant']);
/**
 * Token k opens a comparison after a figure ("500,000 demonstrators, more than twice as many as last week's",
 * "deux fois plus que la semaine dernière"): a time word after it is that of the value compared with, not the
 * figure's. Only after the figure: before it, "more than" is the figure's own bound.
 */
export const comparisonAt = (toks: Tok[], k: number): boolean => toks[k].t === 'than'
  || ((toks[k].t === 'que' || toks[k].t === 'qu') && COMPARATIVES.has(toks[k - 1]?.t ?? ''));
/** "la nuit de vendredi à samedi", "the night of Friday to Saturday": a night ends on its second day. */
const NIGHT_TO = new Set(['a', 'au', 'to', 'into']);

/** "vendredi" of "la nuit de vendredi à samedi": the time word after "à"/"to" when another follows there. */
function nightsEnd(toks: Tok[], w: { id: string; len: number; at: number }): { id: string; len: number; at: number } {
  const k = w.at + w.len;
  if (k + 1 < toks.length && NIGHT_TO.has(toks[k].t) && !toks[k].nl) {
    const next = timeWordAt(toks, k + 1);
    if (next) return { ...next, at: k + 1 };
  }
  return w;
}

/**
 * Verbs of an event causing a toll, right before its number ("crashed on Thursday, killing 241", "Vendredi soir, une
 * attaque ... a fait au moins cinq morts", "le séisme ... le 7 janvier, a causé la mort de 126 personnes", "a storm
 * that killed 15"): the toll is the object of the event's verb, and a day before it in the sentence is the day of the
 * event that verb tells, not of the count, which is as of the writing (as after "lors de", EVENT_TIME_WORDS). A passive
 * ("15 were killed on Friday") puts its verb after the number and is left alone. "left" ("the avalanche left 6 dead")
 * too (fixrev23b: devset moments +1, afghanquake +2 and kashmir -1, gold updates +3, cross-key +1, gold-related);
 * "injured", "wounded" were measured too and dropped (hkfire figures right -1, gold updates -1, nothing gained).
 * Folded tokens.
 */
const CAUSING = new Set(['killing', 'injuring', 'wounding', 'leaving', 'claiming', 'killed', 'left', 'tuant', 'blessant', 'faisant', 'causant', 'provoquant', 'tue', 'tues', 'blesse']);
/** Auxiliaries before a French verb of causing in the perfect ("a fait", "ont fait", "avait causé la mort de"). */
const CAUSING_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient']);
/** French verbs of causing that need their auxiliary ("a fait 5 morts": "fait" alone is also a noun, "un fait"). */
const CAUSING_PERFECT = new Set(['fait', 'cause', 'provoque']);
/** Words that may stand between the verb and the number: a bound or an approximation ("killing at least 30", "a fait
 * jusqu'ici au moins 78 morts", "a causé la mort de 57"). Folded tokens. */
const CAUSED_NUMBER_LEAD = new Set(['at', 'least', 'au', 'moins', 'more', 'than', 'plus', 'de', 'd', "'", 'some', 'about', 'environ', 'nearly', 'pres', 'up', 'to', 'over', 'jusqu', 'ici', 'quelque', 'la', 'mort', 'vie', 'a', 'an', 'total', 'of', 'un']);
/** How many such words may stand between the verb and the number ("a causé la mort de plus de 126": five). */
const CAUSED_LEAD_MAX = 5;
/**
 * The word a number's lead is read back to: from the number at token i0, back over at most CAUSED_LEAD_MAX words of
 * bound or approximation (CAUSED_NUMBER_LEAD: "at least", "plus de", "la mort de"), within one line, to the first word
 * `stop` accepts; its index, or -1 when another word, a punctuation mark or a line break comes first. A word of both
 * kinds ("to" of "up to" and of "risen to") is taken as the stop. One walk for a caused toll (causedToll) and a count
 * risen to (risenTo), whose only difference is the word they stop at.
 */
export function wordBeforeLead(toks: Tok[], i0: number, stop: (t: string) => boolean): number {
  for (let k = i0 - 1, n = 0; k >= 0 && n <= CAUSED_LEAD_MAX; k--, n++) {
    const t = toks[k];
    if (t.kind !== 'w' && t.t !== "'") return -1;
    if (toks[k + 1]?.nl) return -1;
    if (stop(t.t)) return k;
    if (!CAUSED_NUMBER_LEAD.has(t.t)) return -1;
  }
  return -1;
}

/**
 * The verb of causing whose object is the number at token i0, read back over its lead (wordBeforeLead): a CAUSING
 * verb, or a CAUSING_PERFECT one after its auxiliary ("a fait", "avait causé la mort de"); its index, or -1. One
 * check for a toll's own verb and the first object's verb of a joined toll (tollJoinedToCaused).
 */
function causingVerbBefore(toks: Tok[], i0: number): number {
  const k = wordBeforeLead(toks, i0, (t) => CAUSING.has(t) || CAUSING_PERFECT.has(t));
  return k >= 0 && (CAUSING.has(toks[k].t) || CAUSING_AUX.has(toks[k - 1]?.t ?? '')) ? k : -1;
}

/** The verb whose caused toll the number at token i0 is: its own (causingVerbBefore) or, joined by "and / et" to a
 * first object, that object's (tollJoinedToCaused); its index, or -1. A verb-like word right before the number that is
 * no verb of causing ("fait" without its auxiliary: "un fait") ends the search: no join is read past it. */
function causingVerb(toks: Tok[], i0: number, members = 0): number {
  if (wordBeforeLead(toks, i0, (t) => CAUSING.has(t) || CAUSING_PERFECT.has(t)) >= 0) return causingVerbBefore(toks, i0);
  return tollJoinedToCaused(toks, i0, members);
}

/** Is the number at token i0 the object of a verb of an event causing it (CAUSING, or "a fait", "a causé la mort de"),
 * or joined by "and / et" to such an object (tollJoinedToCaused)? */
export function causedToll(toks: Tok[], i0: number): boolean {
  return causingVerb(toks, i0) >= 0;
}

/**
 * Is the caused toll at token i0 the object of a relative clause's verb ("the quake that killed 300", "le séisme qui a
 * fait 300 morts")? Its pronoun right before the verb or its auxiliary; for a toll joined to a first one ("qui a fait
 * 40 morts et 200 blessés"), before the first one's verb, which governs both: one clause's two counts keep one day.
 * Not "where": a clause on a place ("the town where the storm killed 40 on Monday") has its own subject, the event,
 * and a day after its toll is that event's own, as in a main clause ("the storm killed 40 on Monday"), not the day of
 * another clause's verb.
 */
function causedInRelative(toks: Tok[], i0: number): boolean {
  const k = causingVerb(toks, i0);
  if (k < 0) return false;
  const p = CAUSING_AUX.has(toks[k - 1]?.t ?? '') ? k - 2 : k - 1;
  return RELATIVE_AFTER.has(toks[p]?.t ?? '') && toks[p].t !== 'where';
}

/** Pluperfect auxiliaries before a verb of causing ("avaient fait 12 morts", "had killed 12"). Folded. */
const PLUPERFECT_AUX = new Set(['avait', 'avaient', 'had']);
/**
 * Is the caused toll at token i0 told in the pluperfect ("Dimanche soir, les inondations avaient fait 12 morts et 3 000
 * sinistrés", "By Monday evening, the floods had killed 12")? The tense counts up to a past moment: a day before the
 * toll is that moment, the day the toll was counted to, not the event's (as it is for "a fait", "killed"). For both
 * objects of one verb (causingVerb).
 */
function causedInPluperfect(toks: Tok[], i0: number): boolean {
  const k = causingVerb(toks, i0);
  return k >= 0 && PLUPERFECT_AUX.has(toks[k - 1]?.t ?? '');
}

/** Words that join a second object to a verb's first ("leaving 9 dead and dozens hurt"). Folded. */
const OBJECT_JOINS = new Set(['and', 'et']);
/**
 * How many words the first object may run after its number, up to the join: "9 people dead and", "neuf morts et",
 * "at least 9 people dead and": the number, its noun and a predicate word (three); four leaves room for an adjective.
 */
const JOINED_OBJECT_REACH = 4;
/**
 * Is the number at token i0 the second object of a verb of causing, joined to the first by "and / et" ("two buses
 * collided on Friday night, leaving at least 9 people dead and dozens hurt", "l'explosion a fait samedi neuf morts et une
 * dizaine de blessés")? The verb governs both: the second count is a caused toll as the first is, as of the writing, not
 * of the event's day. Grammar of coordination; not "killing 17 and injuring 40", whose second verb is its own. The
 * first object's verb's index (causingVerbBefore), or -1: a relative pronoun before it puts both in its clause
 * (causedInRelative).
 */
/** How many list members a joined toll reads back over to find its verb. A toll list in news names a few places
 * ("6 in A, 4 in B and 2 in C"); without a bound a long run of numbers after a verb ("killed 5 people on Monday, 1, 2,
 * 3, …") would walk back through every earlier member from each one: quadratic time and, past some thousands, a stack
 * overflow (review rev27c). */
const LIST_MEMBERS_MAX = 8;
function tollJoinedToCaused(toks: Tok[], i0: number, members = 0): number {
  if (members >= LIST_MEMBERS_MAX) return -1;
  const k = listJoinBefore(toks, i0);
  if (k < 0) return -1;
  for (let j = k - 1, n = 0; j >= 0 && n < JOINED_OBJECT_REACH; j--, n++) {
    const t = toks[j];
    if (toks[j + 1].nl || (t.kind !== 'w' && t.kind !== 'd')) return -1;
    // A French "à" folds to "a", English's article (tokens.ts `article`), which may open a number ("a dozen"): "trois à
    // Morlaix" names a place, not a number.
    if (t.kind === 'd' || (mayOpenNumber(t.t) && (t.t !== 'a' || !!t.article))) {
      let s = j;
      while (s > 0 && toks[s - 1].kind === 'd' && !toks[s].nl) s--;
      // The earlier object may itself be a member of the list ("killing 6 in A, 4 in B and 2 in C": "2" is joined
      // to "4", "4" to "6"): read back member by member to the verb, over at most LIST_MEMBERS_MAX members.
      return causingVerb(toks, s, members + 1);
    }
  }
  return -1;
}

/**
 * The join right before the number at token i0 (over its lead, wordBeforeLead) that makes it a further member of a
 * list of objects: "and / et", or a comma ("killing six people in one town, four in another and two in a third",
 * "tuant six personnes en amont, quatre en aval"). Its index, or -1. A comma joins only when the number follows it
 * directly or over its lead: a clause after a comma opens with its own subject or verb, not a bare count.
 */
function listJoinBefore(toks: Tok[], i0: number): number {
  const k = wordBeforeLead(toks, i0, (t) => OBJECT_JOINS.has(t));
  if (k >= 0) return k;
  let c = i0 - 1;
  while (c >= 0 && c >= i0 - 1 - CAUSED_LEAD_MAX && toks[c].kind === 'w' && CAUSED_NUMBER_LEAD.has(toks[c].t) && !toks[c + 1].nl) c--;
  return c >= 0 && toks[c].kind === 'p' && toks[c].t === ',' && !toks[c + 1].nl ? c : -1;
}

/** Conjunctions that open the clause of the event a toll counts, after the toll ("60 blessés, lorsqu'un homme a
 * conduit sa voiture vendredi dans un marché", "killed when a car drove into a crowd on Friday"): a time word after
 * one is that event's day (for a toll only, as EVENT_TIME_WORDS). Folded tokens. */
const EVENT_CLAUSE_AFTER_WORDS = TIME_CLAUSE_WORDS;
const EVENT_CLAUSE_AFTER = new Set(EVENT_CLAUSE_AFTER_WORDS);
/** EVENT_CLAUSE_AFTER in folded text between a toll and a date after it (one word list for both). */
const EVENT_CLAUSE_AFTER_TEXT = new RegExp(`(?:^|[^\\p{L}])(?:${EVENT_CLAUSE_AFTER_WORDS.join('|')})(?![\\p{L}])`, 'u');

/** How a toll is harmed, for its dates (clauseDate): caused by an event's verb before it (causedToll), and which dates
 * before it are the day it was told on (saidAt, from saidDay) rather than its event's. */
export interface Harm { caused: boolean; saidAt?: (start: number, end: number) => boolean }
/** Words that open what is said after its day ("announced on Thursday that …", "a annoncé jeudi que …"). Folded. */
const SAID_THAT = new Set(['that', 'que', 'qu']);
/**
 * Is the day at tokens [at, at + len), before a caused toll, the day the toll was told on rather than its event's?
 * "Officials said Thursday the storm killed 40", "Le ministère a annoncé jeudi que le séisme avait fait 120 morts": a
 * verb of saying within SAID_REACH tokens before the day (nearSaying), or "that"/"que" right after it when the day
 * is not a noun's a relative clause follows ("a raid on Saturday that officials said killed", relativeOnAnEventDay).
 * "crashed on Thursday, killing 241", "le séisme du 7 janvier a fait 126 morts": neither, the day is the event's.
 */
export function saidDay(toks: Tok[], at: number, len: number): boolean {
  if (nearSaying(toks, at, [-1])) return true;
  const next = toks[at + len]?.t === ',' ? toks[at + len + 1] : toks[at + len];
  return next !== undefined && SAID_THAT.has(next.t) && !relativeOnAnEventDay(toks, at, len);
}
/** saidDay for a date given by its characters [start, end): its tokens found by a binary search on their starts. */
export function saidDayOfSpan(toks: Tok[], start: number, end: number): boolean {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].start < start) lo = mid + 1; else hi = mid; }
  let k = lo;
  while (k < toks.length && toks[k].end <= end) k++;
  return k > lo && saidDay(toks, lo, k - lo);
}

/**
 * Verbs that tell a count as risen to its value ("the death toll has risen to six", "Toll Rises to Seven",
 * "bringing the total fatalities to seven", "le bilan est passé à 5 morts", "s'est alourdi à", "portant le bilan à"):
 * the text itself says the count stood lower before. Folded tokens.
 */
const RISE_VERBS = new Set(['risen', 'rose', 'rises', 'rise', 'rising', 'climbed', 'climbs', 'climbing', 'jumped', 'surged', 'surges', 'grown', 'grew', 'increased',
  'bringing', 'brings', 'brought', 'passe', 'monte', 'grimpe', 'alourdi', 'augmente', 'porte', 'portant', 'porter']);
/** Prepositions between such a verb and the value ("to", "à"). Folded, so French "a" (the verb "avoir": "Rose a 25
 * ans", a name and an age) folds to the same letter as "à": risenTo asks the original text for the accent. */
const RISE_TO = new Set(['to', 'a']);
/** Words of the hour after a number that make "à 14 heures" a clock time (the hour something happens at: "la réunion
 * passe à 14 heures"), not a count risen to its value. Folded tokens. */
const CLOCK_HOUR_WORDS = new Set(['heures', 'heure', 'h']);
/** The last hour of a day: "à 35 heures" can only be a duration (a working week), "à 14 heures" reads as a time. */
const CLOCK_HOUR_MAX = 23;
/** How many words a rise verb may stand before its "to" ("bringing the total fatalities to seven": three). */
const RISE_TO_REACH = 4;
/**
 * Is the number at token i0 told as risen to ("has risen to at least 6", "est passé à plus de 200")? The bound or
 * approximation words before the number (CAUSED_NUMBER_LEAD) are passed over, then "to"/"à", then up to RISE_TO_REACH
 * words back to a rise verb, in one clause. `text` is the original (unfolded) text, of the same offsets: "a" without
 * its accent is the verb "avoir" ("Rose a 25 ans"), no preposition; and "à 14 heures" right before the hour word is
 * a clock time ("la réunion passe à 14 heures"), not a count.
 */
export function risenTo(toks: Tok[], i0: number, text: string): boolean {
  const k = wordBeforeLead(toks, i0, (t) => RISE_TO.has(t));
  if (k < 0) return false;
  if (toks[k].t === 'a') {
    if (!/^[àÀ]/.test(text.slice(toks[k].start, toks[k].end))) return false;
    const n = toks[i0];
    if (k === i0 - 1 && n.kind === 'd' && Number.isInteger(n.v) && n.v <= CLOCK_HOUR_MAX && CLOCK_HOUR_WORDS.has(toks[i0 + 1]?.t ?? '')) return false;
  }
  for (let j = k - 1, n = 0; j >= 0 && n <= RISE_TO_REACH; j--, n++) {
    if (toks[j].kind !== 'w' || toks[j + 1].nl) return false;
    if (RISE_VERBS.has(toks[j].t)) return true;
  }
  return false;
}

/** Days a count told as risen is put after a lower dated count of the same thing: one, since only its order is known. */
const RISEN_AFTER_DAYS = 1;
/**
 * An undated article's count told as risen to its value (`rises`, risenTo) against a dated count of the same thing
 * wholly below it: the text says the count stood lower before, so the lower dated value is the earlier one; and an
 * undated count wholly below a dated one told as risen is the earlier one. A stand-in day after (before) the dated one, only ever used to tell the two apart and say which is newer (an update), never to make one
 * day (a disagreement). Undefined otherwise.
 */
export function risenAfter(a: { rises?: boolean; moment?: string; low: unknown; high: unknown }, b: { rises?: boolean; moment?: string; low: unknown; high: unknown }): string | undefined {
  if (a.moment || !b.moment || !ISO_DAY.test(b.moment)) return undefined;
  // "au moins deux morts": an open floor is the count as told.
  const top = (f: { low: unknown; high: unknown }): number | undefined => (typeof f.high === 'number' ? f.high : typeof f.low === 'number' ? f.low : undefined);
  if (a.rises && typeof a.low === 'number') {
    const t = top(b);
    return t !== undefined && a.low > t ? shift(b.moment, RISEN_AFTER_DAYS) : undefined;
  }
  // The dated count is the one told as risen ("le bilan est monté à 5 morts" on the 21st): an undated count of the
  // same thing wholly below it stood before it.
  const t = top(a);
  if (b.rises && typeof b.low === 'number' && t !== undefined && t < b.low) return shift(b.moment, -RISEN_AFTER_DAYS);
  return undefined;
}

/**
 * Roles whose counts news reports as running totals that only grow while a story develops: the dead, the injured,
 * the killed-or-wounded, the arrested, the infected (a toll "so far", arrests "to date"). Not the missing, the
 * displaced, the evacuated or those in hospital: such counts fall as people are found, go home or leave hospital.
 */
const GROWING_ROLES = new Set(['killed', 'wounded', 'casualty', 'arrested', 'infected']);
/** The running total's role a count has (GROWING_ROLES), if any. */
export const growingRole = (f: { countsKey: string[] }): string | undefined => f.countsKey.find((k) => GROWING_ROLES.has(k));
/**
 * Words before "night"/"nuit" that tie it to the count's clause as the night it covers ("in the night", "dans la nuit",
 * "last night", "cette nuit", "Friday night", "rioting all night": one night too; an ordinal's article is read in nightTiedAt). Not "a"/"une" ("a
 * week after a night of rioting", "avant une nuit plus calme": another night the sentence places something against),
 * nor "at" ("a curfew was imposed at night": every night), nor "next", "every", "and" ("day and night"). Folded.
 */
const NIGHT_DETERMINERS = new Set(['the', 'la', 'last', 'cette', 'this', 'all']);
/** Words that end the clause a count's night is read in, besides CLAUSE_END: what follows is part of the count or
 * another statement ("including many in the fourth night", "dont 300 dans la nuit"). Folded. */
const NIGHT_CLAUSE_STOPS = new Set(['including', 'dont', 'notamment', 'among', 'parmi']);
/** Words that open the source a count is told by: the night word after them is the saying's, not the count's. Folded. */
const NIGHT_SOURCE_WORDS = new Set(['selon', 'according']);
/** Prepositions that place a night before or after what the count covers ("after the fourth night"). Folded. */
const NIGHT_OTHER_TIME = new Set(['after', 'before', 'apres', 'avant', 'since', 'depuis', 'until', 'jusqu']);
/** Words that make a count a running total ("so far", "au total", "en tout"): several nights, whatever night it names. */
const RUNNING_TOTAL_WORDS: ReadonlyArray<[string, string]> = [['so', 'far'], ['au', 'total'], ['en', 'tout'], ['in', 'total']];
/** Is token k a word that says the count ("said", "a indiqué", "selon")? */
const sayingAt = (toks: Tok[], k: number): boolean => SPEECH_VERBS.has(toks[k].t) || TELLING_VERBS.has(toks[k].t) || NIGHT_SOURCE_WORDS.has(toks[k].t);
/** Is the night word at token k tied to its clause as the night a count covers (NIGHT_DETERMINERS)? "overnight" is. */
function nightTiedAt(toks: Tok[], k: number): boolean {
  const t = toks[k].t;
  if (t === 'overnight') return !NIGHT_OTHER_TIME.has(toks[k - 1]?.t ?? '');
  if (t === 'night' && toks[k + 1]?.t === 'after') return false;
  if (t === 'nuit' && (toks[k + 1]?.t === 'prochaine' || toks[k + 1]?.t === 'apres')) return false;
  let d = k - 1;
  const prev = toks[d];
  if (!prev) return false;
  // "the fourth night of", "la quatrième nuit de": the ordinal's article ties it.
  if (prev.kind === 'w' && ordinalWord(prev.t) !== undefined) d--;
  const det = toks[d];
  if (!det) return false;
  const w = timeWordAt(toks, d);
  const tied = NIGHT_DETERMINERS.has(det.t) || (d === k - 1 && !!w && WEEKDAYS.includes(w.id));
  return tied && !NIGHT_OTHER_TIME.has(toks[d - 1]?.t ?? '');
}
/**
 * Does a figure (tokens [i0, i1)) count one night? Riots, storms and curfews are counted night by night, and a night's
 * count is read several times through the next morning as the reports come in (a provisional reading at 6 a.m., a
 * higher one at noon): two values of one night's toll on one day are an earlier and a later reading far more often
 * than two counters disagreeing. Only a night word of the figure's own clause counts: after a saying verb before the
 * figure, up to the saying verb after it (a night the saying is dated by, "the ministry said on Saturday night", is not
 * the count's), never past ';' or "including" (NIGHT_CLAUSE_STOPS), and tied to the clause ("overnight", "in the
 * night", "the fourth night of", "la nuit de vendredi à samedi", "last night": NIGHT_DETERMINERS, nightTiedAt). Never
 * a running total ("since the riots began", "depuis le début", "so far", "au total", "now"): it covers every night.
 */
export function countedOverOneNight(text: string, toks: Tok[], i0: number, i1: number): boolean {
  const s = sentenceStartBefore(toks, i0) ?? Math.max(0, i0 - SENTENCE_TOKENS);
  let a = i0;
  while (a > s && !toks[a].nl && !CLAUSE_END.has(toks[a - 1].t) && !sayingAt(toks, a - 1)) a--;
  let b = i1;
  while (b < toks.length && b - i1 <= SENTENCE_TOKENS && !toks[b].nl && !CLAUSE_END.has(toks[b].t) && !SENTENCE_END.has(toks[b].t)
    && !NIGHT_CLAUSE_STOPS.has(toks[b].t) && !sayingAt(toks, b)) b++;
  let night = false;
  for (let k = a; k < b && !night; k++) {
    if (k >= i0 && k < i1) continue;
    if (NIGHT_WORDS.has(toks[k].t)) night = nightTiedAt(toks, k);
  }
  if (!night) return false;
  for (let k = a; k < b; k++) {
    if (SINCE_WORDS.has(toks[k].t) && opensAPeriod(toks, k, b)) return false;
    if (RUNNING_TOTAL_WORDS.some(([x, y]) => toks[k].t === x && toks[k + 1]?.t === y)) return false;
  }
  return !toldAsOfWriting(text, toks, i0, i1);
}
/**
 * Whether a count is its article's running total of its role: no other count of that role in the article is higher.
 * A part beside its whole ("17 morts, dont quatre Portugais", "two of them in hospital") or a toll recalled from
 * before ("initially put at 15") is not, and is never ordered by growth (grownAfter).
 */
export function isRunningTotal(f: Pick<Figure, 'low' | 'countsKey'>, figures: ReadonlyArray<Pick<Figure, 'low' | 'high' | 'countsKey'>>): boolean {
  const role = growingRole(f);
  if (!role || typeof f.low !== 'number') return false;
  return f.low >= (highestOfRoles(figures).get(role) ?? -Infinity);
}
/** Each article's highest count of each growing role, worked out once per article, not once per pair compared. */
const HIGHEST = new WeakMap<ReadonlyArray<unknown>, Map<string, number>>();
function highestOfRoles(figures: ReadonlyArray<Pick<Figure, 'low' | 'countsKey'>>): Map<string, number> {
  let m = HIGHEST.get(figures);
  if (m) return m;
  m = new Map();
  for (const x of figures) {
    if (typeof x.low !== 'number') continue;
    for (const k of x.countsKey) if (GROWING_ROLES.has(k) && x.low > (m.get(k) ?? -Infinity)) m.set(k, x.low);
  }
  HIGHEST.set(figures, m);
  return m;
}
/**
 * How many times a running total may stand above the dated one and still be ordered by growth alone. Further apart, two
 * totals are as often two counts (a study's estimate of deaths beside one fire's, a nation's beside a town's) as one
 * read twice. Measured on the development set with the kept rule (session 17, after review rev17b's fixes): no cap,
 * gold updates right 618 (text-dated pages 307) and two more cross-key pairs on the held-out stories ("44" dead
 * against "five", "Vingt-neuf" hospitalised against "six" injured, ratios 8.8 and 4.8); 3, 617 (299), neither.
 */
const GROWN_MAX_RATIO = 3;
/** Days a count ordered by its growth alone is put after (before) the dated one: one, since only its order is known. */
const GROWN_AFTER_DAYS = 1;
/**
 * An undated article's running total (GROWING_ROLES) that nothing in its clause dates (no moment, weekday, month or
 * year of its own) wholly above a dated count of the same role and places: a total that only grows was lower before,
 * so the higher value is the later reading. A stand-in day after the dated one, only ever used to tell the two apart
 * and say which is newer (an update), never to make one day (a disagreement). Values that meet are not ordered
 * ("2 012" / "au moins 2 012", "5" / "at most 8"): nothing says the count moved; but a value above a dated floor
 * ("au moins 21" on the day, an undated 39 or "at least 39") is above everything that floor said, and is after it.
 * The other way round (an undated total wholly below a dated one read as before it) was measured and left: it gained
 * more (gold updates +6 against +4) but ordered a night's arrests (559) before a weekend's (642), two counts the gold
 * keeps apart, on one more timeline.
 */
export function grownAfter(a: Pick<Figure, 'moment' | 'when' | 'monthDay' | 'year' | 'eventYear' | 'period' | 'week' | 'low' | 'high' | 'countsKey'>, b: Pick<Figure, 'moment' | 'when' | 'eventYear' | 'period' | 'week' | 'low' | 'high' | 'countsKey'>): string | undefined {
  if (a.moment || a.when || a.monthDay || a.year || !b.moment || !ISO_DAY.test(b.moment)) return undefined;
  // Another year's event ("les inondations de 2014"), a numbered week or a period of either side: a count of its own
  // time, not the running total as of an article's day.
  if (a.eventYear || b.eventYear || a.period || b.period || a.week !== undefined || b.week !== undefined) return undefined;
  // The dated count is the total as of its article's day (no time word of its own): a count its clause dates ("samedi
  // et dimanche soir", "on Saturday") may be a period's, or its day misread, and is not ordered against.
  if (b.when) return undefined;
  const role = growingRole(a);
  if (!role || !b.countsKey.includes(role)) return undefined;
  // A place's count and the nation's (or another place's) are two totals, not one read twice: the caller pairs only
  // counts of one frame (compare.ts, jaccard 1, places included).
  if (typeof a.low !== 'number' || typeof b.low !== 'number') return undefined;
  if (Math.max(a.low, b.low) > GROWN_MAX_RATIO * Math.max(1, Math.min(a.low, b.low))) return undefined;
  if (typeof b.high === 'number' && a.low > b.high) return shift(b.moment, GROWN_AFTER_DAYS);
  // "au moins 21 morts" on the day and an undated 39 or "at least 39": the higher floor is a later reading of a total
  // that only grows (session 41: gold updates right 1,193 -> 1,199, magdeburg +3, melissa +2, venezuela +1, none lost;
  // mixing two gold keys unchanged). Not the other way round (an undated total below a dated floor read as before it):
  // +20 updates, but three more timelines mixing two counts.
  if (b.high === null && a.low > b.low) return shift(b.moment, GROWN_AFTER_DAYS);
  return undefined;
}

/**
 * A clause that recalls a past before the article's day: a time ago ("a decade ago", "il y a dix ans"), the year
 * before ("last year", "l'an dernier", "l'année dernière") or a pluperfect ("avaient fait", "had been killed"). Folded
 * text. "il y a" only before a length of time: "il y a 30 morts" is "there are".
 */
const RECALLED_PAST = /(?<!\p{L})(?:ago|last\s+year|l'an\s+(?:dernier|passe)|l'annee\s+(?:derniere|passee)|il\s+y\s+a\s+(?:\p{L}+\s+|\d+\s+){1,2}(?:ans?|annees?|mois|semaines?|jours?|decennies?)|avai(?:t|ent)\s+(?:ete\s+)?\p{L}+|had\s+(?:been|\p{L}+(?:ed|en)))(?!\p{L})/u;
/** The sentence around [start, end): from the sentence end before it to the one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  let i = start;
  while (i > 0 && !(SENTENCE_END.has(text[i - 1]) && /\s/.test(text[i] ?? ' ')) && text[i - 1] !== '\n') i--;
  let j = end;
  while (j < text.length && !(SENTENCE_END.has(text[j]) && /\s|$/.test(text[j + 1] ?? '')) && text[j] !== '\n') j++;
  return text.slice(i, j);
}
/**
 * Whether a figure's sentence recalls a past (RECALLED_PAST): its count is of that past ("Last year, 30 people were
 * killed"), not the running total as of the article's day, and is never ordered by its growth (grownAfter).
 */
export function recalledPast(text: string, f: { start: number; end: number }): boolean {
  return RECALLED_PAST.test(fold(sentenceAround(text, f.start, f.end)));
}

/** Is the time word at token k inside a "lors de …"/"during …" phrase (no punctuation between)? */
function duringAnEvent(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= EVENT_TIME_REACH; j--) {
    if ((toks[j].kind === 'p' && toks[j].t !== "'") || toks[j + 1].nl) return false;
    if (EVENT_TIME_WORDS.has(toks[j].t)) return true;
  }
  return possessiveDayOfAnEvent(toks, k);
}

/**
 * Nouns of a harmful happening a toll counts the victims of (general vocabulary, folded), besides the concepts' topics of
 * one (isIncidentWord: a fire, a flood, a storm, an attack, a bombing, a crash, an earthquake): a day right after one
 * ("the death toll in the three-train crash on Friday", "le bilan de l'accident de vendredi") dates it, as "Friday's
 * accident" does (possessiveDayOfAnEvent); the toll is of the day it was told.
 */
const INCIDENT_NOUNS = new Set([
  'accident', 'accidents', 'collision', 'collisions', 'mishap', 'mishaps', 'derailment', 'derailments', 'deraillement', 'deraillements',
  'explosion', 'explosions', 'blast', 'blasts', 'disaster', 'disasters', 'catastrophe', 'catastrophes', 'tragedy', 'tragedies', 'tragedie', 'tragedies',
  'drame', 'drames', 'incident', 'incidents', 'shooting', 'shootings', 'fusillade', 'fusillades', 'landslide', 'landslides', 'eboulement', 'eboulements',
  'collapse', 'collapses', 'effondrement', 'effondrements', 'shipwreck', 'shipwrecks', 'naufrage', 'naufrages', 'sinking', 'sinkings',
  'stampede', 'stampedes', 'bousculade', 'bousculades', 'eruption', 'eruptions',
]);
/** Concept topics of a harmful happening: an earthquake's, or a sub-event's that is a topic (a fire, a storm, an attack). */
const INCIDENT_TOPICS = new Set(['t-earthquake', 't-flood', 't-storm', 't-fire', 't-attack', 't-bombing', 't-crash']);
const isIncidentWord = (w: string): boolean => INCIDENT_NOUNS.has(w) || conceptsOf(w).some((c) => INCIDENT_TOPICS.has(c.id));
/** Words that may stand between an incident's noun and its day: a preposition and an article ("the crash on Friday",
 *  "l'accident de vendredi", "le drame du 3 juin", "the blast last Friday"). No place: "the crash in the north on Friday"
 *  may be the toll's clause. */
const INCIDENT_DAY_LINKS = new Set(['de', 'du', 'd', 'of', 'on', 'le', 'la', 'l', 'the', 'ce', 'this', 'last']);
/** How many links may stand between the noun and the day ("l'accident de ce vendredi": three). */
const INCIDENT_DAY_REACH = 3;
/** Spaces within a line (a line break ends a title: "Train crash\nOn July 8 …" is no phrase of the crash). */
const LINE_SPACE = '[ \\t\\u00A0]';
/** An incident's noun (group 1), then up to INCIDENT_DAY_REACH links, then the date, on one line: the leftmost word
 *  followed only by links, so group 1 is the noun the links follow. Folded text. */
const INCIDENT_BEFORE_DATE = new RegExp(
  `(?<![\\p{L}])(\\p{L}+)(?:[ \\t\\u00A0']+(?:${[...INCIDENT_DAY_LINKS].join('|')})){0,${INCIDENT_DAY_REACH}}[ \\t\\u00A0']*$`, 'u');
/**
 * A toll's or a report's noun with the incident as its complement, before the incident's noun ("the death toll in the
 * bus crash", "le bilan de l'accident", "the count from the three-train crash"): group 1 is the head noun (REPORT_NOUNS),
 * then a preposition, an article and up to two words of the incident's name. Folded text, read up to the noun. A toll
 * whose own verb tells the incident ("12 people died in the fire on Monday", "5 were killed in a shooting on June 2") is
 * of the incident's day, and has no such head.
 */
const INCIDENT_HEAD = new RegExp(
  `(?:^|[^\\p{L}])(\\p{L}+)${LINE_SPACE}+(?:in|from|of|for|de|du|des|d')(?:${LINE_SPACE}*(?:the|a|an|this|that|le|la|les|l'|un|une|ce|cet|cette))?(?:[ \\t\\u00A0'-]+\\p{L}+){0,2}?[ \\t\\u00A0'-]*$`, 'u');
/** How far back (characters) before a date the incident's phrase and its head noun are read. */
const INCIDENT_BEFORE_DATE_CHARS = 72;
/** Is the date or time word at `at` the day of an incident a toll's noun counts the victims of ("the death toll in the
 *  train mishap on June 2", "le bilan de l'accident de vendredi")? */
export function incidentBeforeDate(text: string, at: number): boolean {
  const before = foldSlice(text, Math.max(0, at - INCIDENT_BEFORE_DATE_CHARS), at);
  const m = INCIDENT_BEFORE_DATE.exec(before);
  if (!m || !isIncidentWord(m[1])) return false;
  const head = INCIDENT_HEAD.exec(before.slice(0, m.index));
  return !!head && REPORT_NOUNS.has(head[1]);
}
/** Relative words that open a clause on the incident ("l'attentat du 22 avril, qui a coûté la vie à 25 personnes", "the
 *  storms of May, which killed eight"): a toll told in it is the incident's own, of its day. Unfolded: "où" is a relative,
 *  "ou" ("or") is not. */
const INCIDENT_RELATIVES = new Set(['qui', 'où', 'dont', 'which', 'that', 'where', 'who']);
/** INCIDENT_RELATIVES right after the incident's day or after a comma (as RELATIVE reads them): "showed that 41 died" is
 *  a verb's complement, no relative. Unfolded text between the day and the toll. */
const INCIDENT_RELATIVE_TEXT = new RegExp(`(?:^${LINE_SPACE}*|,${LINE_SPACE}*)(?:${[...INCIDENT_RELATIVES].join('|')})(?![\\p{L}])`, 'iu');

/** Nouns of an occasion where counts are told, not of the event they count ("at Monday's briefing, officials said 40
 *  people had died", "Thursday's meeting heard that..."): the day is the telling's, as a report noun's is (English: French has no possessive day). */
const TOLD_AT_NOUNS = new Set([
  'briefing', 'briefings', 'meeting', 'meetings', 'conference', 'session', 'hearing', 'interview', 'speech', 'address', 'announcement',
]);
/** How many words after a possessive day are read for its noun: the noun and up to two adjectives before it
 *  ("Friday's deadly landslide", "Saturday's massive protest"). */
const POSSESSED_REACH = 3;
/**
 * A day in the possessive before a noun that is not a report's nor a one-day gathering's ("Friday's landslide",
 * "last Wednesday's accident", "in Tuesday's incident"): the day dates that event, which the noun names, not a toll
 * of it told later ("the toll from Wednesday's accident rose to 17", "more than 2,000 people were buried by Friday's
 * landslide", said on Sunday). A report's noun keeps its day ("Tuesday's toll of 40": the count of that day), as does
 * a march's or a vote's (concept flag `event` / `dayEvent`: "Saturday's protest drew 5,000", counts of that day): any
 * such noun among the words after the day keeps it. Read wherever duringAnEvent is: for a toll's time word
 * (nearestTimeWord) and for the lead's day of the news (leadTimes, newsDay), where such a day is the event's too.
 */
function possessiveDayOfAnEvent(toks: Tok[], k: number): boolean {
  if (toks[k + 1]?.t !== "'" || toks[k + 2]?.t !== 's' || toks[k + 2].nl) return false;
  let words = 0;
  for (let j = k + 3; j < toks.length && words < POSSESSED_REACH; j++, words++) {
    const t = toks[j];
    if (t.kind !== 'w' || t.nl) break;
    if (REPORT_NOUNS.has(t.t) || TOLD_AT_NOUNS.has(t.t) || isEventWord(t.t)) return false;
  }
  return words > 0;
}

/**
 * Does the relative pronoun at token k, after a figure, open a clause about another noun than the
 * counted one (an event's), whose time words date that event rather than the count?
 */
function relativeAboutAnEvent(text: string, toks: Tok[], k: number, i1: number): boolean {
  if (!RELATIVE_AFTER.has(toks[k].t) || k - i1 < RELATIVE_AFTER_MIN_GAP) return false;
  const before = toks[k - 1];
  if (before.kind === 'w' && REPORT_NOUNS.has(before.t)) return false;
  if (toks[k].t === 'that' && SAYING.test(fold(text.slice(Math.max(0, toks[k].start - SAYING_REACH_CHARS), toks[k].start)))) return false;
  return true;
}

/** Joins between two values of a list, each with its own time word ("… lundi et 5 000 ce mardi"). */
const VALUE_JOINS = new Set(['et', 'and', 'mais', 'but']);
/** Signs written after a value, between it and its time word ("11 % en mars"). */
const VALUE_SIGNS = new Set(['%']);
/** How many tokens before a time word the value it closes may stand ("one on Wednesday": the value, a preposition). */
const JOINED_VALUE_REACH = 3;
/**
 * Tokens [a, b) are a time word between a value (a number within JOINED_VALUE_REACH tokens before it) and a join
 * ("et"/"and", a comma before it or not) that runs into the figure at i0: the time word is that value's.
 */
function joinedAfterAValue(toks: Tok[], a: number, b: number, i0: number): boolean {
  let j = b;
  if (toks[j]?.t === ',') j++;
  // "25,5 % en décembre, 20,6 % en janvier": a comma alone, the figure right after it, joins two values of a list as
  // "et" does; the value-before test below keeps "En mars, 300 personnes" (no value before the month) the figure's.
  const commaList = j === i0 && j > b;
  if (!commaList) {
    if (j >= i0 || !VALUE_JOINS.has(toks[j].t)) return false;
    for (let k = j + 1; k < i0; k++) if (toks[k].kind === 'p') return false;
  }
  for (let k = a - 1; k >= 0 && a - k <= JOINED_VALUE_REACH; k--) {
    // A value's sign stands between it and its time word ("11 % en mars", "$5 trillion last month").
    if (toks[k + 1].nl) return false;
    if (toks[k].kind === 'p' && !VALUE_SIGNS.has(toks[k].t)) return false;
    if (parseNumberAt(toks, k, 'en') ?? parseNumberAt(toks, k, 'fr')) return true;
  }
  return false;
}

/** Words that open the phrase of a running count's start ("since the attacks began on Friday", "depuis la reprise des combats dimanche"). Folded. */
const SINCE_WORDS = new Set(['since', 'depuis']);
/**
 * How many tokens before a time word "since"/"depuis" may open the phrase it ends: a noun phrase or a short clause
 * ("depuis le début vendredi", "since Israel's attacks began on Friday", "depuis qu'elle a touché terre au Vietnam samedi").
 * 9: the longest of these, "depuis qu'elle a touché terre au Vietnam samedi", puts the day 9 tokens after "depuis"
 * (the apostrophe is a token). Set on that shape (moments26: moments right 4477 -> 4483) and not swept.
 */
const SINCE_PHRASE_REACH = 9;
/**
 * Is the time word at token k the end of a "since"/"depuis" phrase (SINCE_WORDS within SINCE_PHRASE_REACH tokens before
 * it, no punctuation but an apostrophe or a hyphen between)? Then it is the start of the period a running count covers,
 * not the count's day: "224 people have been killed since the attacks began on Friday" is a toll of the day of writing.
 * startsADuration reads only the word right before the day ("since Friday").
 */
function inSincePhrase(toks: Tok[], k: number): boolean {
  return sinceOpening(toks, k) >= 0;
}
/** The token of the "since"/"depuis" whose period-start phrase ends at token k (inSincePhrase), or -1. */
function sinceOpening(toks: Tok[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= SINCE_PHRASE_REACH; j--) {
    if (toks[j + 1].nl || (toks[j].kind === 'p' && toks[j].t !== "'" && toks[j].t !== '-')) return -1;
    if (SINCE_WORDS.has(toks[j].t)) return opensAPeriod(toks, j, k) ? j : -1;
  }
  return -1;
}
/**
 * The character offset of the "since"/"depuis" that opens the phrase a date span [start, ...) ends ("displaced since the
 * fighting began on November 27", "déplacées depuis le début des combats le 27 novembre"), or undefined: clauseDate's
 * dates, as inSincePhrase is for time words. startsADuration reads only the word right before the date.
 */
export function sincePhraseOfSpan(toks: Tok[], start: number): number | undefined {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].start < start) lo = mid + 1; else hi = mid; }
  if (lo >= toks.length || toks[lo].start !== start) return undefined;
  const j = sinceOpening(toks, lo);
  return j >= 0 ? toks[j].start : undefined;
}
/**
 * Does the "since"/"depuis" at token j open the start of a period (up to token `end`, exclusive)? Not "depuis" before a
 * capitalised name: it says where from ("a annoncé depuis Kiev vendredi que"); "depuis le / la / les / que" stays.
 * Not a "since" clause whose verb is one of saying ("Since officials said on Friday that 40 were killed"): that
 * clause tells when the count was given (or why), it dates no period's start.
 */
function opensAPeriod(toks: Tok[], j: number, end: number): boolean {
  const next = toks[j + 1];
  if (toks[j].t === 'depuis' && next && next.kind === 'w' && next.cap && !next.nl) return false;
  for (let q = j + 1; q < end && q - j <= SINCE_PHRASE_REACH && q < toks.length; q++) {
    if (CLAUSE_END.has(toks[q].t) || toks[q].nl) break;
    if ((SPEECH_VERBS.has(toks[q].t) || TELLING_VERBS.has(toks[q].t)) && !reflexive(toks, q)) return false;
  }
  return true;
}

/** Prepositions of a span a count runs over, before "the past week" / "the last week". Folded. */
const SPAN_PREPOSITIONS = new Set(['over', 'in', 'during', 'within', 'throughout']);
/** Words after "the past week" that end its span before now ("in the last week before the ceasefire"). Folded. */
const WEEK_ENDS_BEFORE = new Set(['before', 'after', 'preceding', 'leading', 'prior', 'following', 'until', 'to']);
/**
 * "the number of refugees entering the country over the past week had reached 100,417", "fired 400 missiles in the past
 * week", "over the last week of fighting": "the past / last week" after a preposition of a span is the seven days up to
 * the writing, the window a running count covers, not last calendar week (which is what the time word resolves to: its
 * Monday). The count is of the day of writing. Not a week of a month or a date ("in the last week of June", "of 12
 * May": "of" then a month or a number), nor one ending before ("the last week before the ceasefire": WEEK_ENDS_BEFORE),
 * nor "last week" with no article. No French side: "au cours de la semaine écoulée" and "ces sept derniers jours" are
 * no time words (concepts.json), so their counts keep the article's day already, while "(au cours de) la semaine
 * dernière / passée" names last calendar week in French news far more often than the seven days up to now.
 */
function weekUpToNow(toks: Tok[], w: { id: string; len: number; at: number }): boolean {
  if (w.id !== 'last-week' || toks[w.at - 1]?.t !== 'the' || !SPAN_PREPOSITIONS.has(toks[w.at - 2]?.t ?? '')) return false;
  const next = toks[w.at + w.len];
  if (next && WEEK_ENDS_BEFORE.has(next.t)) return false;
  if (next?.t !== 'of') return true;
  const after = toks[w.at + w.len + 1];
  return !(after && (after.kind === 'd' || !!timeWordAt(toks, w.at + w.len + 1)?.id.startsWith('month-')));
}

/**
 * The time word of a figure's clause nearest to it (tokens [i0, i1)): not one inside a date
 * ("septembre" of "le 8 septembre" is that date's, read by clauseDate), not one of a relative clause
 * before the figure, and neither one of a relative clause opening after it on another noun ("296
 * personnes ont péri dans le séisme qui a frappé vendredi") nor one of the event it names ("tué 274
 * personnes lors du raid de samedi"), when the figure is a toll (`toll`: people killed, injured, displaced, given on the day of the report; an
 * earthquake's magnitude or a march's marchers are of the event's day). For a toll, "la nuit de
 * vendredi à samedi" is its second day: a count of that night is known on its morning.
 * On a tie, the one before.
 */
export function nearestTimeWord(text: string, toks: Tok[], i0: number, i1: number, dates: ReadonlyArray<{ start: number; end: number }>, toll = false, harm = false, caused = harm && causedToll(toks, i0)): string | undefined {
  const dateOf = datesOfTokens(toks, dates);
  // No helper closures here (speed27b): this runs for every figure, and each closure made per call (with tsx's
  // `__name` wrapper) cost more than the tests they wrapped; `dateOf[k] !== undefined` is "k is inside a date".
  let before: { id: string; gap: number } | undefined;
  const relativeCause = caused && causedInRelative(toks, i0);
  // "Dimanche soir, les inondations avaient fait 12 morts": a day before a toll in the pluperfect is the day it was
  // counted up to (causedInPluperfect), read as for any count.
  const eventDayBefore = caused && !causedInPluperfect(toks, i0);
  // "crashed on Thursday, killing 241": a day before a caused toll (causedToll, computed once by the caller) is its
  // event's, unless it is the day the toll was told on ("officials said Thursday the storm killed 40", saidDay).
  for (let k = i0 - 1, gap = 1; k >= 0 && gap <= TIME_WORD_LEFT; k--, gap++) {
    // "s'est renversé samedi à 21h10 (20h10 GMT) avec à son bord 60 passagers": a short closed aside
    // restates what stands before it; the clause goes on past it, so the time word before the aside is still the clause's.
    if (toks[k].t === ')' && !toks[k + 1].nl) {
      const open = asideOpenBefore(toks, k, (q) => dateOf[q] !== undefined && (dateOf[q] as { unit?: string }).unit !== 'time');
      if (open !== undefined) { k = open; continue; }
    }
    if (CLAUSE_END.has(toks[k].t) || toks[k + 1].nl) break;
    const single = timeWordAt(toks, k);
    const w = phraseCovering(toks, k) ?? (single ? { ...single, at: k } : null);
    if (w && eventDayBefore && !saidDay(toks, w.at, w.len)) continue;
    if (w && w.at + w.len <= i0 && dateOf[w.at] === undefined && !inRelativeClauseBefore(text, toks[k].start) && !startsADuration(text, toks[k].start) && !weekUpToNow(toks, w) && !inSincePhrase(toks, w.at) && !(isDeadline(text, toks[w.at].start) && !readingBy(toks, w.at + w.len)) && !(toll && duringAnEvent(toks, w.at))
      && !(toll && incidentBeforeDate(text, toks[w.at].start) && !INCIDENT_RELATIVE_TEXT.test(text.slice(toks[w.at + w.len - 1].end, toks[i0].start)))) {
      // "one on Wednesday and two on Thursday morning", "3 000 lundi et 5 000 ce mardi": a value, its time word, a join,
      // then the figure: the time word closes the value before it (as `JOINED_AFTER` does for a date).
      if (joinedAfterAValue(toks, w.at, w.at + w.len, i0)) break;
      // "a raid on Saturday that officials said killed more than 200": a relative clause right after the time word is
      // about the noun the time word dates (the event), and the toll inside it is of the day it was given. Not after a
      // verb of saying ("the ministry said on Sunday that 700 were wounded": "that" opens what was said that day).
      if (toll && relativeOnAnEventDay(toks, w.at, w.len)) break;
      const end = toll ? nightsEnd(toks, w) : w;
      before = { id: end.at + end.len <= i0 ? end.id : w.id, gap };
      break;
    }
  }
  for (let k = i1, gap = 1; k < toks.length && gap <= TIME_WORD_RIGHT && (!before || gap < before.gap); k++, gap++) {
    if (CLAUSE_END.has(toks[k].t) || toks[k].nl) break;
    if (toll && relativeAboutAnEvent(text, toks, k, i1)) break;
    if (harm && EVENT_CLAUSE_AFTER.has(toks[k].t)) break;
    // "3 000 manifestants, contre 2 000 il y a 12 jours", "274 killed, up from 210 on Saturday": the time is the other value's.
    if (CONTRAST.has(toks[k].t) || (toks[k].t === 'from' && CHANGE_BEFORE_FROM.has(toks[k - 1]?.t ?? '')) || (toks[k].t === 'rapport' && toks[k - 1]?.t === 'par')) break;
    if (comparisonAt(toks, k)) break;
    // "224 killed since the attacks began on Friday", "évacués depuis la reprise des combats dimanche": what follows
    // "since" dates the start of the period the count runs over, not the count.
    if (SINCE_WORDS.has(toks[k].t) && opensAPeriod(toks, k, toks.length)) break;
    const w = timeWordAt(toks, k);
    // "The ruins left by the flood that killed more than 60 people were still visible Monday": a day after a toll its
    // relative clause's verb causes is the main clause's (or the event's), unless it is the day the toll was told on.
    if (w && relativeCause && !saidDay(toks, k, w.len)) continue;
    if (w && dateOf[k] === undefined && !startsADuration(text, toks[k].start) && !weekUpToNow(toks, { ...w, at: k }) && !(isDeadline(text, toks[k].start) && !readingBy(toks, k + w.len)) && !(toll && duringAnEvent(toks, k))
      && !(toll && incidentBeforeDate(text, toks[k].start))) return (toll ? nightsEnd(toks, { ...w, at: k }) : w).id;
  }
  if (before) return before.id;
  // "In a televised address Monday night, the prime minister said the grid lost 15 gigawatts": a time word in the
  // sentence's opening phrase, closed by a comma, frames the whole sentence, however far the figure stands.
  // Not a noun's measure ("the nation of 49 million people", "une région de 3 millions d'habitants"): no count of the day.
  if (NOUN_MEASURE.has(toks[i0 - 1]?.t ?? '') || eventDayBefore) return undefined;
  const s = sentenceStartBefore(toks, i0);
  if (s === undefined) return undefined;
  let comma = -1;
  for (let k = s; k < i0 && k - s <= FRAME_TOKENS; k++) {
    if (toks[k].t === ',') { comma = k; break; }
    if (toks[k].kind === 'p' && toks[k].t !== "'") return undefined;
  }
  if (comma < 0) return undefined;
  for (let k = s; k < comma; k++) {
    const single = timeWordAt(toks, k);
    const w = phraseCovering(toks, k) ?? (single ? { ...single, at: k } : null);
    if (!w || w.at + w.len > comma || dateOf[w.at] !== undefined) continue;
    if (startsADuration(text, toks[w.at].start) || weekUpToNow(toks, w) || inSincePhrase(toks, w.at) || (isDeadline(text, toks[w.at].start) && !readingBy(toks, w.at + w.len)) || (toll && duringAnEvent(toks, w.at))) return undefined;
    return (toll ? nightsEnd(toks, w) : w).id;
  }
  return undefined;
}

/**
 * How many tokens a bracketed aside may hold and still be passed over when a figure's time word is looked for before
 * it: a converted time or measure, a region ("(18h45 GMT)", "(130 miles)", "(nord-ouest)") is a few tokens; a longer
 * bracket is a clause of its own, which may have its own time.
 */
const ASIDE_MAX_TOKENS = 6;

/**
 * The index of the "(" that opens the aside closed at `close`, when the aside is short (ASIDE_MAX_TOKENS), on one line,
 * and holds no time word or date of its own (a day inside the bracket would be the one to read, so the aside is not
 * passed over); a clock time ("(17h45 GMT)") restates the hour before it and is no day. Undefined otherwise.
 */
function asideOpenBefore(toks: Tok[], close: number, dayDate: (k: number) => boolean): number | undefined {
  for (let k = close - 1; k >= 0 && close - k <= ASIDE_MAX_TOKENS + 1; k--) {
    if (toks[k + 1].nl) return undefined;
    if (toks[k].t === '(') return k < close - 1 ? k : undefined;
    if (CLAUSE_END.has(toks[k].t) || dayDate(k) || timeWordAt(toks, k) || phraseCovering(toks, k)) return undefined;
  }
  return undefined;
}

/** Prepositions that make a figure the measure of the noun before it. */
const NOUN_MEASURE = new Set(['of', 'de', 'd']);
/** How many tokens a sentence's opening phrase may run before its comma ("In a televised address Monday night,"). */
const FRAME_TOKENS = 8;
/** How far back (tokens) a figure's sentence start is looked for: one long sentence. */
const SENTENCE_TOKENS = 60;
/** Ends of a sentence (a bracket or a semicolon only ends a clause: "intervenue à 15H16 (18H16 GMT) mardi, …"). */
/** The first token of the sentence holding token i0 (after a clause end or a new line), or undefined past SENTENCE_TOKENS. */
function sentenceStartBefore(toks: Tok[], i0: number): number | undefined {
  for (let k = i0 - 1; k >= 0 && i0 - k <= SENTENCE_TOKENS; k--) {
    if (SENTENCE_END.has(toks[k].t)) return k + 1;
    if (toks[k + 1].nl) return k + 1;
  }
  return i0 - SENTENCE_TOKENS <= 0 ? 0 : undefined;
}

/** How far after a figure its clause's verb is looked for ("… de manifestants avaient été recensés"). */
const PLUPERFECT_WINDOW = 60;
const PLUPERFECT = /^[^.;:!?\n]*?\b(?:avai(?:t|ent)\s+(?:été\s+)?\p{L}+(?:é|ée|és|ées)|had\s+(?:been\s+)?\p{L}+(?:ed|en))(?!\p{L})/u;
/** Is the figure ending at `end` the subject or object of a pluperfect verb (a count given before the article's day)? */
export function pluperfectAfter(text: string, end: number): boolean {
  return PLUPERFECT.test(text.slice(end, end + PLUPERFECT_WINDOW));
}

/** Participles of saying that open what was said as a verb of saying does ("précisant que 39 victimes avaient été
 *  identifiées", "adding that 12 had been rescued"). Folded. */
const SAYING_PARTICIPLES = new Set(['precisant', 'indiquant', 'ajoutant', 'affirmant', 'soulignant', 'expliquant', 'assurant', 'annoncant', 'declarant',
  'adding', 'saying', 'noting', 'stating', 'confirming']);
/** How many tokens before a count the verb of saying whose clause it opens may stand: "that"/"que" and a noun phrase
 *  of a few words before the count ("a indiqué que plus de 500 personnes"). */
const REPORTED_REACH = 8;
/** Marks that may stand between a verb of saying and what it reports ("a précisé que « trois avions » avaient"). */
const QUOTE_MARKS = new Set(["'", '"', '\u00ab', '\u00bb', '\u201c', '\u201d']);
/**
 * A count in what a verb of saying reports ("Officials said 104 survivors had been brought ashore", "La police a
 * indiqué que 26 agents avaient été blessés", "précisant que 39 des victimes avaient été identifiées"): reported speech
 * puts the speaker's present perfect in the pluperfect after a past verb of saying, so the count is as of the saying,
 * not of a day before it (pluperfectAfter). The verb stands within REPORTED_REACH tokens before the count, in its
 * sentence, with no clause mark between them but "that"/"que".
 */
export function reportedSpeechBefore(toks: Tok[], i0: number): boolean {
  for (let k = i0 - 1; k >= 0 && i0 - k <= REPORTED_REACH; k--) {
    const t = toks[k];
    if (t.kind === 'p' && !QUOTE_MARKS.has(t.t)) return false;
    if (toks[k + 1].nl) return false;
    if (t.kind !== 'w') continue;
    if (SPEECH_VERBS.has(t.t) || SAYING_PARTICIPLES.has(t.t)) return true;
  }
  return false;
}


/** Units of a moment or of nothing named: restating them says nothing about when a count was given. */
const NOT_RESTATED = NOT_COUNTED_UNITS;
// DURATION_UNITS (unit-sets.ts): an age or a length of time is a property said on the day of writing, not a count
// of an event's day.
interface Restatable { unit: string; countsKey: string[]; low: unknown; high: unknown; moment?: string }

/**
 * An event of the article named by its rank ("premier tour", "the first round", "la première journée de
 * mobilisation"): the rounds of a vote, the days of a movement. Folded text.
 */
const RANKED_EVENT = /(?<![\p{L}])(?:premier|premiere|second|seconde|deuxieme|first)\s+(?:tour|round|journee)(?![\p{L}])/gu;
/** How far (characters) a date may stand from a ranked event, in its sentence, to be its day ("lors du premier tour des élections législatives, dimanche 30 juin": 37). */
const EVENT_DATE_MAX_CHARS = 40;

interface DatedSpan { start: number; end: number; low: unknown; high: unknown; yearFromText?: boolean; listed?: boolean }

/** The ISO day of a one-day date span, a year-less one taking publication's year (the year before when it would fall after). */
function dayOfDate(d: DatedSpan, published: string): string | undefined {
  if (typeof d.low !== 'string' || d.low !== d.high || d.listed) return undefined;
  let day = d.yearFromText ? `--${d.low.slice(5)}` : d.low;
  if (/^--\d{2}-\d{2}$/.test(day)) {
    const year = Number(published.slice(0, 4));
    day = `${year}${day.slice(1)}`;
    if (day > published) day = `${year - 1}${day.slice(4)}`;
  }
  return ISO_DAY.test(day) ? day : undefined;
}

/**
 * A person's age (counts.ts reads it: "un homme âgé de 41 ans", "a 19-year-old man", "la cycliste, 25 ans") is a property
 * said as of the day of writing: a day its clause names ("a 19-year-old was arrested on Wednesday", "la cycliste, 25 ans,
 * renversée le 4 mai") is the day of what happened to the person, not of the age; session 22 found the same for ages
 * under a lead's news day. Only ages: a term counted in years ("a five-year deal", "between 8 and 15 years in
 * prison") was measured too (devset moments +14 against +8 for ages alone), but the terms joined timelines of
 * two gold keys (prison terms of one trial: mixing +2), turned one figure verdict wrong and added three cross-key pairs.
 */
const AGE_KEY = 'age';
/**
 * An age's moment: publication's day, whatever day or date its clause names; it then no longer counts as dated by its
 * own words (`own`), so it neither blocks nor takes a report's day as such a count would. Its clause's time (`when`: a
 * weekday, a month or a year, read against another article's day when this one is undated) is dropped too: it is no
 * time of the age's. In an undated article the day of writing is unknown, so the age has no moment at all: not the
 * clause's date ("âgé de 41 ans, interpellé le 3 mars 2025" keeps no 2025-03-03), as a dated article gives it none.
 * Called by the caller (extract.ts) before the other passes over the article's figures.
 */
export function propertyMoments(figs: Array<{ countsKey: string[]; moment?: string; when?: string }>, own: Set<object>, published: string | undefined): void {
  const writing = published && ISO_DAY.test(published) ? published : undefined;
  for (const f of figs) {
    if (f.countsKey[0] !== AGE_KEY) continue;
    // Only a moment its own words gave (`own`): one the article's day gave is already the writing's.
    if (own.has(f) && f.moment !== writing) {
      if (writing) f.moment = writing;
      else delete f.moment;
      own.delete(f);
    }
    delete f.when;
  }
}

/**
 * Figures told under an earlier ranked event of the article take that event's day, when the article
 * states it: "Les Français avaient placé le RN en tête lors du premier tour, dimanche 30 juin. Le RN
 * totalisait 33,2 % des voix" (a second-round article), "Au terme du premier tour, 76 députés ont été
 * élus". The event is bound to its day by a date of its own sentence within EVENT_DATE_MAX_CHARS, before
 * publication, one day per event. A figure takes it when the event is named before it in the first
 * sentence of its line (its paragraph) with no other date between, and its moment is publication's
 * without a date or time word of its own.
 */
export function earlierEventMoments(figs: Restatable[] & Array<{ start: number; end: number; when?: string }>, own: Set<object>, text: string, dates: ReadonlyArray<DatedSpan>, published: string | undefined): void {
  if (!published || !ISO_DAY.test(published)) return;
  const folded = fold(text);
  const mentions: Array<{ start: number; end: number; name: string }> = [];
  for (const m of folded.matchAll(RANKED_EVENT)) mentions.push({ start: m.index!, end: m.index! + m[0].length, name: m[0].replace(/\s+/g, ' ') });
  if (!mentions.length) return;
  const days = new Map<string, Set<string>>();
  for (const e of mentions) {
    for (const d of dates) {
      const gap = d.start >= e.end ? d.start - e.end : e.start >= d.end ? e.start - d.end : -1;
      if (gap < 0 || gap > EVENT_DATE_MAX_CHARS) continue;
      if (STOP.test(d.start >= e.end ? text.slice(e.end, d.start) : text.slice(d.end, e.start))) continue;
      const day = dayOfDate(d, published);
      if (!day || day >= published) continue;
      days.set(e.name, (days.get(e.name) ?? new Set()).add(day));
    }
  }
  for (const f of figs) {
    if (own.has(f) || f.moment !== published || NOT_RESTATED.has(f.unit)) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    // A paragraph that opens on the event is about it; named later in a paragraph, it is an aside
    // ("... exceeds the estimated 1 million who took part in a first round of protests on Jan. 19. The
    // eight unions ..." in a one-paragraph article).
    const before = mentions.filter((e) => e.start >= lineStart && e.end <= f.start && !STOP.test(text.slice(lineStart, e.start)));
    const e = before[before.length - 1];
    const bound = e ? days.get(e.name) : undefined;
    if (!e || !bound || bound.size !== 1) continue;
    // A date between the event and the figure is the figure's context, not the event's.
    if (dates.some((d) => d.start >= e.end && d.end <= f.start && !(d.start - e.end <= EVENT_DATE_MAX_CHARS && dayOfDate(d, published) === [...bound][0]))) continue;
    f.moment = [...bound][0];
  }
}

/** Letters a word of a speaker's name needs to tell two speakers apart ("Interior", "CGT" is too short to be a word of two names). */
const SPEAKER_WORD_MIN = 4;
/**
 * Two speakers' names that share a word ("French Interior Ministry" / "French Ministry of the Interior"): a looser reading
 * than same-speaker.ts (it also joins "Ana Lise Varo" / "Ana Marta Quell", "l'armée israélienne" / "la police
 * israélienne"), kept for timeline.ts alone, where a whole said by a speaker sharing a word still makes a part: speaker32
 * measured same-speaker.ts there, rising-count stories' timelines 770 -> 771, mixing two gold keys 333 -> 334, nothing
 * else moved. restatedMoments below asks same-speaker.ts.
 */
export function oneSpeaker(a: string, b: string): boolean {
  const words = (s: string): string[] => fold(s).split(/[^\p{L}\d]+/u).filter((w) => w.length >= SPEAKER_WORD_MIN);
  const B = new Set(words(b));
  return a === b || words(a).some((w) => B.has(w));
}

/**
 * A count said again less precisely, without a time word of its own, takes the day of the count it restates:
 * "le bilan dépasse les 900 morts" (a title) beside "il a fait au moins 912 morts, a annoncé samedi soir
 * le ministère" in a Sunday article; "exceeded one million" beside "840,000 people participated ... on
 * Tuesday". The restated count's interval lies inside the vaguer one's (an open bound, a wider range), it
 * counts the same thing (matchKeys), by the same speaker when both name one, and its own clause dates it.
 * Any other figure of that count inside the interval with another day (a later toll the same interval also
 * holds) leaves the figure as it is: "dépasse 2 000" beside 2 012 on Saturday and 2 122 on Sunday is not told.
 */
export function restatedMoments(figs: Figure[], own: ReadonlySet<object>, published: string | undefined): void {
  if (!published || !ISO_DAY.test(published)) return;
  const num = (b: unknown): b is number => typeof b === 'number';
  // g's interval inside f's: f says less (an open bound, a wider range) of what g says.
  const within = (g: Figure, f: Figure): boolean =>
    (f.low === null || (num(f.low) && num(g.low) && g.low >= f.low)) && (f.high === null || (num(f.high) && num(g.high) && g.high <= f.high)) && (num(g.low) || num(g.high));
  const exact = (f: Figure): boolean => f.qualifier === 'exact' && num(f.low) && f.low === f.high;
  const moved = new Map<Figure, string>();
  for (const f of figs) {
    if (own.has(f) || f.moment !== published || NOT_RESTATED.has(f.unit) || exact(f)) continue;
    const days = new Set<string>();
    let restates = false;
    for (const g of figs) {
      if (g === f || g.unit !== f.unit || !g.moment || g.qualifier === 'vague' || !within(g, f)) continue;
      // Another restatement of the same bound ("dépasse les 900 morts" in the title, "plus de 900" in the lead) says no day.
      if (!own.has(g) && g.low === f.low && g.high === f.high) continue;
      // Another speaker's count (the unions' beside the police's) is another count of the day, not a restatement.
      if (f.saidBy && g.saidBy && !sameSpeaker(f.saidBy, g.saidBy)) continue;
      if (matchKeys(f, g, true) !== 'same') continue;
      days.add(g.moment);
      if (own.has(g) && g.moment !== published) restates = true;
    }
    if (restates && days.size === 1) moved.set(f, [...days][0]);
  }
  for (const [f, day] of moved) f.moment = day;
}

/**
 * A morning-after report of a one-day event (a march, a vote): when the counts of the event that have a time
 * word or date of their own put its latest day one to REPORT_DAY_MAX_BACK days before publication (a next
 * morning's report, or a weekend's recap of Thursday's strike day: measured, +6 moments, no figure verdict moved) ("1,272,000 people took part in
 * protests on Tuesday" in a Wednesday article), and none is of publication's day, the article's other counts
 * of that event without one ("the unions estimated about 2.8 million", "300,000 in the capital") are of that
 * day too: the event is over, the article counts it.
 */
export function eventDayMoments(figs: Figure[], own: ReadonlySet<object>, published: string | undefined): void {
  if (!published || !ISO_DAY.test(published)) return;
  const eventOf = (f: Figure): string | undefined => f.countsKey.find((k) => concept(k)?.event === true);
  const latest = new Map<string, string>();
  const today = new Set<string>();
  for (const f of figs) {
    const e = eventOf(f);
    if (!e || !own.has(f) || !f.moment) continue;
    if (f.moment >= published) today.add(e);
    else if (f.moment > (latest.get(e) ?? '')) latest.set(e, f.moment);
  }
  for (const f of figs) {
    const e = eventOf(f);
    const day = e ? latest.get(e) : undefined;
    if (!e || !day || own.has(f) || f.moment !== published || today.has(e) || day < shift(published, -REPORT_DAY_MAX_BACK)) continue;
    f.moment = day;
  }
}

/**
 * Words before a calendar year that make it the year a figure is for: "1 200 postes en moins en 2031",
 * "dès 2026", "d'ici 2029", "by 2029", "in 2024", "for 2025", "jusqu'en 2027". "depuis / since" start a
 * duration and "de 2022" names another event ("le scrutin de 1981"): neither is here.
 */
const YEAR_PREPOSITIONS = new Set(['en', 'des', 'ici', 'in', 'by', 'for', 'pour', 'until', 'horizon']);
/**
 * "next year", "l'an prochain", "l'année prochaine", "last year", "l'an dernier": a year counted from
 * publication's (folded tokens, and the years they add).
 */
const RELATIVE_YEARS: ReadonlyArray<{ seq: string[]; add: number }> = [
  { seq: ['next', 'year'], add: 1 }, { seq: ['an', 'prochain'], add: 1 }, { seq: ['annee', 'prochaine'], add: 1 },
  { seq: ['last', 'year'], add: -1 }, { seq: ['an', 'dernier'], add: -1 }, { seq: ['annee', 'derniere'], add: -1 },
];
/**
 * Tokens searched after a figure for its year ("4,6 % du produit intérieur brut en 2026": six) and
 * before it ("en 2003, la canicule avait fait près de 15 000 morts" is cut by its comma; "en 2026 l'État
 * supprimera quelque 3 000 postes": seven). Further, the year is most often another fact's (8 and 12,
 * the first values, read the same devset moments: no text needed the margin).
 */
const YEAR_RIGHT = 6;
const YEAR_LEFT = 7;
/** A bracket after a figure is skipped when it closes within this many tokens: a conversion ("€3.5 billion ($6.8b) next year"). */
const BRACKET_SKIP = 6;
/** Words that set another value against the figure: a year after them is that value's ("5.8% in 2024" of "4.6% next year, against 5.8% in 2024"). */
const YEAR_CONTRAST = new Set(['contre', 'versus', 'vs', 'against', 'compared', 'from', 'than', 'que']);

/** The year a calendar year or relative year phrase starting at token k gives, with its length in tokens. */
function yearAt(toks: Tok[], k: number, pubYear: number | undefined): { year: number; len: number } | null {
  const t = toks[k];
  if (YEAR_PREPOSITIONS.has(t.t) && toks[k + 1]?.kind === 'd' && EVENT_YEAR.test(toks[k + 1].t)) return { year: Number(toks[k + 1].t), len: 2 };
  // In an undated article "next year" is still the figure's year, only an unknown one (NaN): it ends the search.
  // The first word before the whole phrase: most tokens open none, and each phrase was a closure's call (speed19).
  for (const { seq, add } of RELATIVE_YEARS) if (seq[0] === t.t && seq.every((x, q) => toks[k + q]?.t === x)) return { year: pubYear === undefined ? NaN : pubYear + add, len: seq.length };
  return null;
}

/** A number that is not a year of an event: another value, which ends figureYear's search (module level, not a
 * closure made per call: speed27b). */
function isOtherNumber(t: Tok): boolean { return t.kind === 'd' && !EVENT_YEAR.test(t.t); }
/**
 * The year a figure is for, when its clause says one other than publication's: a target ("3,000 jobs
 * could be lost by 2026", "ramener le déficit à 4,6 % en 2026", "4.6% of GDP next year") or a past
 * year ("en 2003 quelque 15 000 personnes"), as "YYYY". Kept as the figure's `year`, apart from its
 * `moment` (a day): a year is not a day of the timeline, and a target is not an update of an actual. The nearest such year after the figure (a
 * conversion in brackets skipped), else before it, with no other number, comma or clause end between
 * ("Élu pour la première fois en 1988, il devient le deuxième ..." : the year is the aside's);
 * a year after a word that sets another value against the figure is that value's. Undefined when the
 * year is publication's (the day of writing says more) or none is said.
 */
export function figureYear(toks: Tok[], i0: number, i1: number, published: string | undefined): string | undefined {
  const pubYear = published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
  let found: number | undefined;
  for (let k = i1, n = 0; k < toks.length && n < YEAR_RIGHT; k++, n++) {
    const t = toks[k];
    if (t.t === '(') {
      let c = k + 1;
      while (c < toks.length && c - k <= BRACKET_SKIP && toks[c].t !== ')' && !toks[c].nl) c++;
      if (toks[c]?.t !== ')') break;
      k = c;
      continue;
    }
    if (CLAUSE_END.has(t.t) || t.t === ',' || t.nl || isOtherNumber(t) || YEAR_CONTRAST.has(t.t)) break;
    const y = yearAt(toks, k, pubYear);
    if (y) { found = y.year; break; }
  }
  if (found === undefined) {
    for (let k = i0 - 1, n = 0; k >= 0 && n < YEAR_LEFT; k--, n++) {
      const t = toks[k];
      if (CLAUSE_END.has(t.t) || t.t === ',' || toks[k + 1].nl || isOtherNumber(t)) break;
      if (t.kind === 'd' && EVENT_YEAR.test(t.t) && k > 0) {
        const y = yearAt(toks, k - 1, pubYear);
        if (y) { found = y.year; break; }
        // A year without its preposition ("the 2026 budget", "le scrutin de 1981") names something else.
        break;
      }
      const y = yearAt(toks, k, pubYear);
      if (y && k + y.len <= i0) { found = y.year; break; }
    }
  }
  if (found === undefined || Number.isNaN(found) || found === pubYear) return undefined;
  return String(found);
}

/** The year that opens the figure's sentence (frontedYear), as "YYYY", when figureYear reads none in its own clause;
 * undefined when it is publication's or none opens it. extract.ts keeps it as the figure's `year`, and still reads
 * the year of another event (other-event.ts `eventYear`) against the clause's own year only. */
export function openingYear(toks: Tok[], i0: number, published: string | undefined): string | undefined {
  const pubYear = published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
  const found = frontedYear(toks, i0, pubYear);
  return found === undefined || Number.isNaN(found) || found === pubYear ? undefined : String(found);
}

/** How far (tokens) before a figure the opening of its sentence may stand for a year that opens the sentence to be the
 * figure's: one sentence of news ("En 2019, une autre crue avait inondé la vallée voisine et fait plus de 300
 * sinistrés": 14). */
const FRONTED_YEAR_REACH = 30;
/** Prepositions of a year that opens a sentence (or the clause after a colon) as the setting of all it tells: "En 2023,
 * …", "In 2015, …", "… : en 2023, à X, …". */
const FRONTED_YEAR_PREPOSITIONS = new Set(['en', 'in']);
/** Words that, after a comma, start a clause with a time of its own, which a fronted year does not reach: coordinators
 * (a second event told beside the first, or a value set against it) and words of the present. Folded forms; "aujourd"
 * is how the tokenizer may cut "aujourd'hui". */
const FRONTED_YEAR_STOPS = new Set(['and', 'but', 'while', 'et', 'mais', 'contre', 'alors', 'now', 'today', 'aujourd', "aujourd'hui", 'desormais']);
/** Token k opens a sentence, a clause after a colon, or a line (frontedYear's; module level, not a closure made per
 * call: speed27b). */
function opensASentencePart(toks: Tok[], k: number): boolean { return k === 0 || CLAUSE_END.has(toks[k - 1].t) || toks[k - 1].t === ':' || toks[k].nl; }
/**
 * The year that opens the figure's sentence before a comma ("En 2019, une autre crue avait fait plus de 300 sinistrés",
 * "In 2019, a flood left more than 300 people homeless"): a fronted setting is the whole sentence's, however far the figure
 * stands after it, unless another year stands between (a year of its own clause). figureYear reads the figure's own
 * clause only, which the comma closes; openingYear reads this one when figureYear finds none.
 */
function frontedYear(toks: Tok[], i0: number, pubYear: number | undefined): number | undefined {
  let s = i0;
  for (let n = 0; n < FRONTED_YEAR_REACH && !opensASentencePart(toks, s); s--, n++);
  if (!opensASentencePart(toks, s)) return undefined;
  if (!FRONTED_YEAR_PREPOSITIONS.has(toks[s]?.t) || toks[s + 1]?.kind !== 'd' || !EVENT_YEAR.test(toks[s + 1].t) || toks[s + 2]?.t !== ',' || s + 2 >= i0) return undefined;
  // Another year between the opening and the figure is the year of the figure's own clause, or of another event.
  for (let k = s + 3; k < i0; k++) if (toks[k].kind === 'd' && EVENT_YEAR.test(toks[k].t)) return undefined;
  // A comma then a coordinator or a word of the present opens a clause of another time ("In 2019, the plant employed
  // 500 people, but it now employs 300", "…, contre 300 aujourd'hui"): the opening year is not that clause's.
  for (let k = s + 3; k < i0; k++) if (toks[k].t === ',' && FRONTED_YEAR_STOPS.has(toks[k + 1]?.t)) return undefined;
  const y = yearAt(toks, s, pubYear);
  return y ? y.year : undefined;
}

/**
 * How far before publication (days) the day of an article's lead may be and still be the day it reports: a
 * next morning's or a weekend's report ("announced Tuesday" in a Wednesday article, "vendredi soir" in a Saturday
 * one, a Sunday's count in a Monday article).
 */
const REPORT_DAY_MAX_BACK = 3;
/** How far into the body (characters after the title line) the lead's day is looked for: a lead's first sentences. */
const LEAD_CHARS = 600;
/**
 * How many tokens from a verb of saying the lead's day may stand to be the day something was said ("announced
 * Tuesday", "ont rapporté, mercredi soir", "said at a community meeting Saturday night": five).
 */
const SAID_REACH = 5;

/** A reflexive pronoun (folded) before a verb: "s'est déclaré", "se déclare". */
const REFLEXIVE = new Set(['s', 'se']);
/** Is the verb at token j reflexive ("s ' est declare", "se declare")? */
function reflexive(toks: Tok[], j: number): boolean {
  let i = j - 1;
  if (toks[i]?.t === 'est') i--;
  if (toks[i]?.t === "'") i--;
  return REFLEXIVE.has(toks[i]?.t ?? '');
}
/**
 * Verbs of telling a day may be the day of, beyond SPEECH_VERBS (which count-speakers.ts reads as introducing a
 * speaker): "confirmed" tells a count as "said" does ("the army confirmed on Sunday that 700 were killed").
 */
const TELLING_VERBS = new Set(['confirmed', 'confirms', 'confirm', ...REPORT_PARTICIPLES]);
/**
 * Is token k within SAID_REACH tokens of a verb of saying or telling, in its clause (commas allowed)? Both sides
 * by default ("announced Tuesday", "Tuesday, officials said"); `dirs` [-1] looks before it only.
 */
function nearSaying(toks: Tok[], k: number, dirs: ReadonlyArray<number> = [-1, 1]): boolean {
  for (const dir of dirs) {
    for (let j = k + dir, n = 1; j >= 0 && j < toks.length && n <= SAID_REACH; j += dir, n++) {
      if (CLAUSE_END.has(toks[j].t) || (dir < 0 ? toks[j + 1].nl : toks[j].nl)) break;
      // "le feu s'est déclaré lundi": a reflexive verb of saying is an event's ("broke out").
      if ((SPEECH_VERBS.has(toks[j].t) || TELLING_VERBS.has(toks[j].t)) && !reflexive(toks, j)) return true;
    }
  }
  return false;
}

/** Prepositions between a noun and its day ("a raid on Saturday", "la frappe de samedi", "l'attaque du 3 mars"). */
const NOUN_DAY_LINKS = new Set(['on', 'of', 'de', 'du', 'd']);
/**
 * Is the time word at tokens [at, at + len) the day of a noun a relative clause right after it is about ("a raid on
 * Saturday that officials said killed more than 200", "la frappe de samedi qui a tué 20 personnes")? Then a toll in
 * that clause is of the day it was given, not of that day. The word before the time word (or before its preposition)
 * must be a noun: an event's word (isEventWord), a word right after an article ("in the town on Saturday that"), or a
 * capitalised name inside the sentence ("in Gaza on Saturday that"). A verb there ("the army confirmed on Sunday
 * that") makes "that" open what was told that day; so does a verb of saying or telling within SAID_REACH tokens
 * before ("said at a news conference on Sunday that").
 */
function relativeOnAnEventDay(toks: Tok[], at: number, len: number): boolean {
  if (!RELATIVE_AFTER.has(toks[at + len]?.t ?? '')) return false;
  let j = at - 1;
  if (NOUN_DAY_LINKS.has(toks[j]?.t ?? '')) j--;
  const noun = toks[j];
  if (!noun || noun.kind !== 'w' || toks[j + 1].nl) return false;
  const afterArticle = DETERMINERS.has(toks[j - 1]?.t ?? '') && !toks[j].nl;
  const name = noun.cap === true && j > 0 && toks[j - 1].kind === 'w' && !toks[j].nl;
  if (!isEventWord(noun.t) && !afterArticle && !name) return false;
  return !nearSaying(toks, j + 1, [-1]);
}

/**
 * The day a news report is of, when its lead names one before publication: the first date or time word of the
 * body's first LEAD_CHARS characters, as a clause of the lead reads it (not the start of a duration, "since Friday";
 * not one of a relative clause about an event before it, "le séisme qui a frappé vendredi"; not the event a
 * "during"/"after" phrase names), resolved against publication, between one and REPORT_DAY_MAX_BACK days before
 * it. Undefined when the lead's first day is publication's, or further back (an event's day recalled, not the
 * report's), or there is none.
 */
export function leadDay(text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, published: string): { day: string; at: number } | undefined {
  const bodyStart = text.indexOf('\n') + 1;
  if (bodyStart <= 0) return undefined;
  // The lead is the body's first paragraph: a later one may recall an earlier report ("the previous toll announced on Saturday").
  let paraEnd = text.indexOf('\n', text.slice(bodyStart).search(/\S/) + bodyStart);
  if (paraEnd < 0) paraEnd = text.length;
  for (const { k, start, d, w } of leadTimes(text, toks, dates, bodyStart, Math.min(paraEnd, bodyStart + LEAD_CHARS))) {
    let day: string | undefined;
    if (d) {
      if (startsADuration(text, d.start, d.end) || inSincePhrase(toks, k) || inRelativeClauseBefore(text, d.start)) continue;
      day = dayOfDate(d, published);
    } else {
      if (startsADuration(text, start) || inSincePhrase(toks, k) || inRelativeClauseBefore(text, start) || duringAnEvent(toks, k)) continue;
      day = resolveMoment(w!.id, published);
    }
    if (day) return nearSaying(toks, k) && reportDay(day, published) ? { day, at: start } : undefined;
  }
  return undefined;
}

/**
 * The dates and time words of an article's lead (tokens from `bodyStart` to `leadEnd`), in order, each date once. A
 * month ("en janvier") is no day: its first day is only where a month is put on a scale.
 */
function* leadTimes(text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, bodyStart: number, leadEnd: number): Generator<{ k: number; start: number; d?: DatedSpan; w?: { id: string; len: number } }> {
  const dateOf = datesOfTokens(toks, dates);
  for (let k = 0; k < toks.length && toks[k].start < leadEnd; k++) {
    const t = toks[k];
    if (t.start < bodyStart) continue;
    const d = dateOf[k];
    if (d) {
      yield { k, start: t.start, d };
      while (k + 1 < toks.length && toks[k + 1].start < d.end) k++;
      continue;
    }
    const w = timeWordAt(toks, k);
    if (w && !w.id.startsWith('month-')) yield { k, start: t.start, w };
  }
}

/**
 * Words that open a clause of place or time ("where a deadly blaze started Thursday", "lorsqu'un homme a conduit sa
 * voiture hier", "when the storm hit on Monday", "as fans celebrated on Saturday"): a day inside such a clause is the
 * day of what it tells, set beside the main clause, not the day the lead reports. Folded text from the clause's start.
 */
const SUBORDINATE_BEFORE = /(?:^|[^\p{L}])(?:where|when|whereas|while|lorsqu'?|lorsque|quand|alors\s+qu(?:e|')?|tandis\s+qu(?:e|')?)(?:[^\p{L}]|$)/u;
/** The start of the stretch a day stands in: after the last comma, semicolon, colon, bracket or sentence end. */
function clauseStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && !SEGMENT_START.test(text[s - 1])) s--;
  return s;
}
/**
 * Does the sentence, from token k to sentenceEnd, give a toll an event's verb causes (causedToll: "killing 17", "a fait
 * au moins trois morts")? Not one inside a relative clause ("les incendies qui ont détruit des milliers de maisons et tué
 * 24 personnes"): that clause describes its noun, the sentence's news is its main verb's.
 */
function causedTollAfter(text: string, toks: Tok[], k: number, sentenceEnd: number): boolean {
  for (let i = k; i < toks.length && toks[i].start < sentenceEnd; i++) {
    if (toks[i].kind !== 'd' && toks[i].kind !== 'w') continue;
    if (!causedToll(toks, i) || !(parseNumberAt(toks, i, 'en') ?? parseNumberAt(toks, i, 'fr'))) continue;
    if (!inRelativeClauseBefore(text, toks[i].start)) return true;
  }
  return false;
}

/** Words that open the source a count is told by ("selon", "according to", "d'après"). Folded. */
const ATTRIBUTION = /(?:^|[^\p{L}])(?:selon|according|d'?\s*apres)(?![\p{L}])/u;
/** Words after a day that make it a night ("Saturday night", "samedi dans la nuit"): what a night brings is counted and
 * told the next morning. Folded tokens. */
const NIGHT_WORDS = new Set(['night', 'nuit', 'overnight']);
// They also name the one night a count covers (countedOverOneNight): singular only, since "nights", "nuits" name
// several ("in five nights", "deux nuits d'émeutes"), a cumulative count's span; not "tonight", a night to come.

/**
 * The day an article's lead sentence tells its news of, when it is one to REPORT_DAY_MAX_BACK days before publication:
 * the first date or time word of the body's first sentence that dates its main clause ("Le marché de Lisbourg a fini en
 * baisse mardi", "Les secours ont poursuivi dimanche leurs recherches ...", "were brought under control on Friday",
 * "voted Monday to end the walkout"). A next morning's article reports the day before, and its
 * counts without a day of their own are as of that day, as those of a lead that names the day of a statement
 * (leadDay). Not a day read as leadDay does not read it (the start of a duration, a relative clause about an event
 * before it, a "during"/"after" phrase), nor a deadline ("by Friday"), nor a possessive ("Friday's landslide": the
 * event's day, which a report may follow by days), nor a day after the first sentence (the background a lead goes on
 * to), nor a day inside a clause of place or time ("where a blaze started Thursday", "lorsqu'un homme a foncé hier")
 * or after a participle and its agent ("déclenchés par des tirs le 3 mai"). A night ("on Saturday night") is told
 * the next morning. No day when the sentence gives, after it, a toll an event's verb caused ("derailed on Thursday,
 * killing 17"): the event's day, and its toll keeps rising (reportDayMoments also leaves a lead with a running total).
 * Undefined when the first such day is publication's or further back, or there is none.
 */
export function newsDay(text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, published: string): { day: string; at: number } | undefined {
  const bodyStart = text.indexOf('\n') + 1;
  if (bodyStart <= 0) return undefined;
  const first = text.slice(bodyStart).search(/\S/);
  if (first < 0) return undefined;
  const from = bodyStart + first;
  const paraEnd = paragraphEnd(text, from);
  const stop = text.slice(from, paraEnd).search(STOP);
  const sentenceEnd = stop < 0 ? paraEnd : from + stop;
  // The first day that names its event (namesAnEvent, a held event's), read only when no other day follows: null until then.
  let fallback: { day: string; at: number } | undefined | null = null;
  for (const { k, start, d, w } of leadTimes(text, toks, dates, bodyStart, sentenceEnd)) {
    const len = w ? w.len : 1;
    let end = k + len;
    if (d) while (end < toks.length && toks[end].start < d.end) end++;
    if (toks[end]?.t === "'" && toks[end + 1]?.t === 's') continue;
    // "les heurts, déclenchés par des tirs le 3 mai", "where a blaze started Thursday", "lorsqu'un homme a
    // foncé hier vendredi": the day of a participle's action or of a clause of place or time, not the lead's news.
    if (agentParticipleBefore(text, start) || SUBORDINATE_BEFORE.test(foldSlice(text, clauseStart(text, start), start))) continue;
    // "the election held on Sunday, March 24": a held event's day, which heldDay reads (and gives way to a later one).
    // A held event's day is heldDay's, which keeps it only when the lead names no later day: never the news day here.
    if (heldBefore(text, start)) continue;
    // "les résultats de l'élection présidentielle du dimanche 24 mars ont été annoncés ce mercredi 27 mars": a day that
    // names its event, not the day the sentence tells its news of. Without another day in the sentence, that day is
    // still the one it tells ("a gagné le scrutin municipal d'hier").
    const eventDay = namesAnEvent(toks, k);
    if (eventDay && fallback !== null) continue;
    let day: string | undefined;
    if (d) {
      if (startsADuration(text, d.start, d.end) || inSincePhrase(toks, k) || inRelativeClauseBefore(text, d.start) || isDeadline(text, d.start, d.end) || duringAnEvent(toks, k)) continue;
      day = dayOfDate(d, published);
    } else {
      if (startsADuration(text, start) || inSincePhrase(toks, k) || inRelativeClauseBefore(text, start) || isDeadline(text, start) || duringAnEvent(toks, k)) continue;
      day = resolveMoment(w!.id, published);
      // "Celebrations erupted on Saturday night", "crashed on Friday night": the night's counts are the next morning's.
      if (day && NIGHT_WORDS.has(toks[end]?.t ?? '')) day = shift(day, 1);
    }
    if (!day) continue;
    // "derailed on Thursday, killing 17", "Vendredi soir, une explosion ... a fait au moins trois morts": a lead that tells
    // a harmful event and the toll it caused names the event's day, and a toll keeps rising after it (as HELD_BEFORE).
    const found = causedTollAfter(text, toks, k, sentenceEnd) ? undefined : reportDay(day, published) ? { day, at: start } : undefined;
    if (!eventDay) return found;
    fallback = found;
  }
  return fallback ?? undefined;
}

/** Links between an event's word and the day that names it ("l'élection du 24 mars", "the vote of March 24"). Folded. */
const EVENT_NAME_LINKS = new Set(['du', 'de', 'd', "'", 'of']);
/**
 * Is the date or time word at token k bound to the event word right before it by a link ("la présidentielle du dimanche 24
 * mars", "the election of March 24", "la grève de jeudi")? The day is a part of the event's name.
 */
function namesAnEvent(toks: Tok[], k: number): boolean {
  let j = k - 1;
  if (!EVENT_NAME_LINKS.has(toks[j]?.t ?? '') || toks[k].nl) return false;
  j--;
  if (toks[j]?.t === 'd' && toks[j + 1]?.t === "'") j--;
  // The event's word, or it and adjectives after it ("l'élection présidentielle du 24 mars", "le scrutin régional anticipé du").
  for (let n = 0; n <= EVENT_NAME_ADJECTIVES && j >= 0; n++, j--) {
    const w = toks[j];
    if (w.kind !== 'w' || toks[j + 1].nl) return false;
    if (isEventWord(w.t)) return true;
  }
  return false;
}
/** How many words (French adjectives after their noun) may stand between an event's word and the link to its day. */
const EVENT_NAME_ADJECTIVES = 2;

/** A day a report may be of: one to REPORT_DAY_MAX_BACK days before publication (further back, an event's day recalled). */
const reportDay = (day: string, published: string): boolean =>
  ISO_DAY.test(day) && day < published && day >= shift(published, -REPORT_DAY_MAX_BACK);

/**
 * A report of a day before publication, named in its lead ("Spain announced Tuesday an aid package ... floods that
 * have killed 219 people", "Les médias ont rapporté, mercredi soir, que le nombre de morts a atteint 25", "officials
 * said on Saturday" in a Sunday article): the article's counts without a date or time word of their own are of that
 * day, as the lead's are; the article is written after the day it tells. Not when one of its counts is dated to
 * publication's day by a time word of its own ("aujourd'hui", "ce lundi"): then the article tells that day too.
 */
export function reportDayMoments(figs: Figure[], own: ReadonlySet<object>, text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, published: string | undefined): void {
  if (!published || !ISO_DAY.test(published)) return;
  // A count dated to publication's day by its own words: the article tells that day too.
  if (figs.some((f) => own.has(f) && f.moment === published)) return;
  // The event's day is the report's only when the article counts nothing later: a count dated by its own words to a
  // later day before publication ("avait brûlé 4 300 hectares mercredi soir" beside "l'explosion a eu lieu mardi soir"
  // in a Thursday article) makes that later day the one the article reports.
  const latestOwn = (day: string | undefined): string | undefined => {
    if (!day) return undefined;
    const later = figs.filter((f) => own.has(f) && f.moment && f.moment > day && f.moment < published && ISO_DAY.test(f.moment)).map((f) => f.moment!).sort();
    return later.length ? later[later.length - 1] : day;
  };
  const held = latestOwn(heldDay(text, toks, dates, published));
  if (held) {
    for (const f of figs) if (!own.has(f) && f.moment === published && !NOT_RESTATED.has(f.unit)) f.moment = held;
    return;
  }
  // "Yesterday's demonstration", "l'immense manifestation de samedi": the article tells an event of that day. Not an
  // age or a length of time ("la réforme porte l'âge à 64 ans", "the 15 minutes of silence held at every protest"):
  // measured on the devset, five of the seven such counts it would move are the day of writing's.
  // A named event's day gives way to a later day the lead goes on to name, as a held one's (heldDay, laterLeadDay): "the
  // results of the election of March 24 were announced on Wednesday".
  const namedDay = namedEventDay(text, toks, dates, published);
  const namedLater = namedDay ? laterLeadDay(text, toks, dates, published, -1, namedDay) : undefined;
  if (namedLater === published) return;
  const named = latestOwn(namedLater ?? namedDay);
  if (named) {
    for (const f of figs) if (!own.has(f) && f.moment === published && !NOT_RESTATED.has(f.unit) && !DURATION_UNITS.has(f.unit)) f.moment = named;
    return;
  }
  const said = leadDay(text, toks, dates, published);
  // No day of saying in the lead: the day its first sentence tells its news of ("Le marché de Lisbourg a fini en baisse
  // mardi", "Les secours ont poursuivi dimanche leurs recherches ...", "were brought under control on Friday").
  let news = said ? undefined : newsDay(text, toks, dates, published);
  const leadStart = text.indexOf('\n') + 1;
  // A lead sentence that gives a running total (GROWING_ROLES: "At least 9 people died and 22 were injured in a crush
  // early Wednesday") tells the event's day, and the total keeps growing after it: no news day, as for a caused toll.
  if (news) {
    const end = news.at + sentenceAfter(text, news.at).length;
    // Not a total told before the day of its report ("a fait 1.204 morts, selon le nouveau bilan du ministère, samedi"):
    // that day is the report's.
    const reported = (f: Figure): boolean => f.end <= news!.at && ATTRIBUTION.test(foldSlice(text, f.end, news!.at));
    if (figs.some((f) => f.start >= leadStart && f.end <= end && growingRole(f) && !inRelativeClauseBefore(text, f.start) && !reported(f))) news = undefined;
  }
  const lead = said ?? news;
  if (!lead) return;
  // As a held or named event's day, a news day gives way to a later day one of the article's counts is dated to.
  const day = news ? latestOwn(news.day)! : lead.day;
  const bodyStart = text.indexOf('\n') + 1;
  const sentenceEnd = lead.at + sentenceAfter(text, lead.at).length;
  // The statement gives a count of people in its sentence ("the death toll ... now stands at 260, officials said on
  // Saturday"): a report of that day's counts, not a day's other news ("Le Maroc a annoncé dimanche avoir accepté l'aide").
  // A lead's news day needs no count: the sentence tells what the article is about, its counts follow.
  if (said && !figs.some((f) => f.unit === 'people' && f.start >= bodyStart && f.end <= sentenceEnd)) return;
  const num = (b: unknown): number | undefined => (typeof b === 'number' ? b : undefined);
  const apart = (a: Figure, b: Figure): boolean => {
    const [al, ah, bl, bh] = [num(a.low), num(a.high), num(b.low), num(b.high)];
    return (ah !== undefined && bl !== undefined && ah < bl) || (bh !== undefined && al !== undefined && bh < al);
  };
  // A count the lead gives that the article gives again at a value that cannot hold with it ("312 morts, a annoncé
  // samedi le ministère. Elles ont fait 340 morts"): the other value is of another moment, and so is what restates it.
  const leadCounts = figs.filter((g) => own.has(g) && g.moment === day && g.start >= bodyStart && g.end <= sentenceEnd);
  const otherValue = (h: Figure): boolean => h.moment === published && leadCounts.some((g) => g.unit === h.unit && apart(g, h) && matchKeys(g, h, true) === 'same');
  // Found once: matchKeys on every pair of the article's figures would cost a long page its speed.
  const others = leadCounts.length ? figs.filter(otherValue) : [];
  const movesOn = (f: Figure): boolean => others.includes(f) || others.some((h) => h.unit === f.unit && matchKeys(f, h, true) === 'same');
  // A news day, as a named event's, leaves ages and lengths of time ("Agée de 73 ans", "dans les six mois", "seven months
  // of dry brush"): a property said on the day of writing, not a count of the news day (measured: 7 such moved wrong, 4 right).
  const moved = figs.filter((f) => !own.has(f) && f.moment === published && !NOT_RESTATED.has(f.unit) && !movesOn(f) && !(news && DURATION_UNITS.has(f.unit)));
  for (const f of moved) f.moment = day;
}

/**
 * A verb that says a scheduled event took place, right before its day ("les élections, qui se sont tenues le 23
 * février", "the vote, which was held on Sunday", "la manifestation qui a eu lieu samedi"): the day is the event's,
 * and the event is over. Not a verb of a disaster striking ("le séisme qui a frappé vendredi"): a toll keeps rising
 * after its event's day, a vote's result or a march's turnout does not. Folded text before the day, up to an article.
 */
const HELD_BEFORE = /(?:^|[^\p{L}])(?:s'?\s*est\s+tenue?s?|se\s+sont\s+tenue?s|(?:a|ont)\s+eu\s+lieu|took\s+place|(?:was|were)\s+held|held)(?:\s+(?:le|la|on|the|ce|dimanche|samedi))?\s*$/u;
/** How far before a day its "held" verb is looked for: the verb and an article ("se sont tenues le "). */
const HELD_CHARS = 28;
/**
 * Nouns of a scheduled event a bare "held" is said of ("the vote held on Sunday", "the summit held on Monday"), besides
 * the concepts' one-day events (isEventWord: "protest", "rally"). General vocabulary, folded.
 */
const HELD_EVENT_NOUNS = new Set([
  'vote', 'votes', 'election', 'elections', 'poll', 'polls', 'referendum', 'ballot', 'runoff', 'primary', 'primaries', 'meeting', 'meetings',
  'summit', 'talks', 'session', 'conference', 'ceremony', 'congress', 'convention', 'debate', 'hearing', 'race', 'round', 'contest',
]);
/** Auxiliaries of a passive "held" ("was held", "were also held"): the clause's own verb, said of any subject. */
const HELD_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/**
 * Does a "held" verb of an event taking place stand right before the day at `start` (HELD_BEFORE)? A bare "held" (no
 * auxiliary) only after an event's noun ("the election held on Sunday"): "the ruling party held on Monday to its
 * majority", "police held on Monday" tell of holding on or detaining, and their day is no event's.
 */
export function heldBefore(text: string, start: number): boolean {
  const before = fold(text.slice(Math.max(0, start - HELD_CHARS), start));
  if (!HELD_BEFORE.test(before)) return false;
  const heldAt = before.lastIndexOf('held');
  if (heldAt < 0 || /\p{L}/u.test(before[heldAt - 1] ?? '') || !/^held(?:\s+\p{L}+)?\s*$/u.test(before.slice(heldAt))) return true;
  const at = start - (before.length - heldAt);
  const words = foldSlice(text, Math.max(0, at - HELD_WORDS_CHARS), at).match(/\p{L}+/gu) ?? [];
  const last = words[words.length - 1];
  const previous = words[words.length - 2];
  if (last === undefined) return false;
  if (HELD_AUXILIARIES.has(last) || (previous !== undefined && HELD_AUXILIARIES.has(previous))) return true;
  return HELD_EVENT_NOUNS.has(last) || isEventWord(last);
}
/** How far back (characters) the words before a bare "held" are read: an auxiliary and an adverb, or the event's noun. */
const HELD_WORDS_CHARS = 30;
/**
 * A bare "held" (a reduced relative clause: no auxiliary before it) right before a day: "the election held on Sunday".
 * Not "was held on Sunday", "was also held", "has been held" (the clause's own verb; one adverb may stand between).
 * Folded text before the day.
 */
const REDUCED_HELD = /(?:^|[^\p{L}])(?<!(?:was|were|is|are|been|be|being|had|has|have)\s+(?:\p{L}+\s+)?)held(?:\s+(?:on|the))?\s*$/u;
/**
 * Nouns of results or of a report in the noun phrase a reduced "held" clause closes ("the provisional results of the
 * election held on Sunday", "the final tally of the vote held on"): the day is the event's, the results' own day is
 * told by the clause's verb after it. Folded words.
 */
const RESULT_NOUN_WORDS = ['results', 'result', 'resultats', 'resultat', 'tallies', ...REPORT_NOUNS].join('|');
/**
 * A noun of results, "of" and the event's noun phrase, the "held" right after it ("the provisional official results of
 * the highly anticipated presidential election held"): up to RESULT_OF_WORDS words between "of" and "held", no
 * punctuation. Not a noun of results that is the subject of a verb whose object is the vote ("Official figures show the
 * vote held on Monday", "The report says the vote held on Monday"): no "of" right after it. Folded text ending at "held".
 */
const RESULT_OF_HELD = new RegExp(`(?:^|[^\\p{L}])(?:${RESULT_NOUN_WORDS})\\s+(?:of|du|de|des|d')(?:\\s*\\p{L}+){1,5}\\s+$`, 'u');
/** How far back (characters) before the "held" its results' noun is looked for: a noun phrase of a few words. */
const RESULT_NOUN_CHARS = 100;
/**
 * Is the day at `at` the day of an event a reduced "held" clause names inside a noun phrase of its results ("the
 * results of the presidential election held on Sunday, March 24, have been unveiled")? In the same clause: no
 * punctuation between the noun and the day's "held".
 */
function heldInResults(text: string, at: number): boolean {
  const before = foldSlice(text, Math.max(0, at - HELD_CHARS), at);
  const m = REDUCED_HELD.exec(before);
  if (!m) return false;
  const heldAt = at - (before.length - before.lastIndexOf('held'));
  const from = Math.max(clauseStart(text, heldAt), heldAt - RESULT_NOUN_CHARS);
  return RESULT_OF_HELD.test(foldSlice(text, from, heldAt));
}

/**
 * The day of a scheduled event the article says took place (HELD_BEFORE) in its first LEAD_CHARS characters of
 * body, when that day is one to REPORT_DAY_MAX_BACK days before publication: a morning-after report of the event
 * ("Les résultats préliminaires des élections, qui se sont tenues le 23 février, ont été publiés"), whose counts
 * without a day of their own are the event's (its results, its turnout), not of the day they were printed.
 */
export function heldDay(text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, published: string): string | undefined {
  const bodyStart = text.indexOf('\n') + 1;
  if (bodyStart <= 0) return undefined;
  for (const { start, d, w } of leadTimes(text, toks, dates, bodyStart, bodyStart + LEAD_CHARS)) {
    if (!heldBefore(text, start)) continue;
    const day = d ? dayOfDate(d, published) : resolveMoment(w!.id, published);
    if (!day || !reportDay(day, published)) return undefined;
    // "the election held on Sunday, March 24 ... This announcement was made ... on Wednesday, March 27": the lead goes
    // on to the later day the results were told; the counts are of that day (publication's: no held day at all).
    const later = laterLeadDay(text, toks, dates, published, start, day);
    return later === undefined ? day : later < published ? later : undefined;
  }
  return undefined;
}

/**
 * How many days after the event's a later day must be to be the day its counts are of: results told the next day are
 * the night's count of the vote ("held on Sunday, the commission announced on Monday": the gold dates them to the vote,
 * algeria, 4 moments), those told days later a new step of the count ("provisional results ... on Wednesday" after a
 * Sunday vote: senegal, 12 moments).
 */
const LATER_DAY_MIN_GAP = 2;
/**
 * Words of telling results, in the clause of the day they were told on: a verb of announcing, publishing or showing, or
 * its noun ("were announced on Wednesday", "ont été proclamés mercredi", "This announcement was made ... on Wednesday",
 * "official provisional results showed Wednesday"). Folded text; stems, so that every form matches ("annonc" for
 * "annoncés", "annonce"; "publi" followed by a letter of "publié", "published", "publication" but not "public").
 */
const TELLS_RESULTS = /(?:^|[^\p{L}])(?:announc|annonc|proclam|unveil|devoil|publi(?:e|sh|ca)|releas|reveal|show(?:s|ed|n)?(?![\p{L}])|rendu?e?s?\s+publi)/u;
/**
 * What the telling is of: a noun of results or of a report ("the results ... were announced", "la commission a annoncé
 * les résultats"), or a noun of telling that stands for them ("This announcement was made ... on Wednesday"). Not a verb
 * of telling alone: "the president announced a new cabinet", "two leaders were released" tell other news. Folded.
 */
const RESULTS_TOLD = new RegExp(`(?:^|[^\\p{L}])(?:${RESULT_NOUN_WORDS}|announcement|annonce|proclamation|publication)(?![\\p{L}])`, 'u');
/**
 * Where the clause of a day begins inside its sentence: after a join of two main clauses (", and", "; ", ", mais"), whose
 * words are another clause's ("the vote ended with a narrow win, and the president announced a new cabinet on ...").
 */
const MAIN_CLAUSE_JOIN = /;|,\s*(?:and|but|et|mais|while|whereas|alors\s+qu|tandis\s+qu)(?![\p{L}])/gu;
/** The folded text of `sentence` after its last main-clause join (MAIN_CLAUSE_JOIN), or before its first (`first`). */
function ownClause(sentence: string, first: boolean): string {
  const folded = fold(sentence);
  const joins = [...folded.matchAll(MAIN_CLAUSE_JOIN)];
  if (joins.length === 0) return folded;
  if (first) return folded.slice(0, joins[0].index);
  const last = joins[joins.length - 1];
  return folded.slice(last.index! + last[0].length);
}
/** A day that only a preposition or an article stands before in its sentence opens it ("On Wednesday, March 6, the commission ..."). */
const OPENS_SENTENCE = /^\s*(?:(?:on|le|ce|this|last|dans\s+la\s+journee\s+de)\s*)?$/u;
/**
 * A later day the lead's first paragraph names after the event's day at `after` ("les élections du dimanche 24 mars
 * ... annoncés ce mercredi 27 mars", "held on Sunday ... announced on Wednesday"), up to publication's: the day the
 * article's news is of. Not a day read as newsDay does not read it (a duration's start, a relative clause about an
 * event, a "during" phrase, a deadline), nor one after publication (a day announced to come).
 */
function laterLeadDay(text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, published: string, after: number, day: string): string | undefined {
  const bodyStart = text.indexOf('\n') + 1;
  const paraEnd = paragraphEnd(text, bodyStart + Math.max(0, text.slice(bodyStart).search(/\S/)));
  for (const { k, start, d, w } of leadTimes(text, toks, dates, bodyStart, Math.min(paraEnd, bodyStart + LEAD_CHARS))) {
    if (start <= after) continue;
    if (startsADuration(text, start, d?.end ?? start) || inSincePhrase(toks, k) || inRelativeClauseBefore(text, start) || isDeadline(text, start, d?.end ?? start) || duringAnEvent(toks, k)) continue;
    // Only a day whose own clause tells the results ("ont été annoncés ce mercredi 27 mars", "This announcement was made
    // ... on Wednesday"): another clause's day is another event's ("protests broke out on Tuesday", "where crowds
    // gathered on Tuesday"), not the day the counts were told.
    // A day that opens its sentence ("Mercredi 6 mars, la commission a annoncé les résultats") has its clause after it.
    // Both a word of telling and a noun of what is told (RESULTS_TOLD) in the day's own clause: from its sentence's start
    // or last main-clause join up to the day, or, for a day that opens its sentence, after it up to the first join.
    const opensSentence = OPENS_SENTENCE.test(fold(sentenceBefore(text, start)));
    const told = opensSentence ? ownClause(sentenceAfter(text, d ? d.end : toks[k + (w ? w.len : 1) - 1].end), true) : ownClause(sentenceBefore(text, start), false);
    const clause = opensSentence ? told : foldSlice(text, clauseStart(text, start), start);
    if (!TELLS_RESULTS.test(told) || !RESULTS_TOLD.test(told) || SUBORDINATE_BEFORE.test(clause)) continue;
    const later = d ? dayOfDate(d, published) : resolveMoment(w!.id, published);
    if (later && ISO_DAY.test(later) && later >= shift(day, LATER_DAY_MIN_GAP) && later <= published) return later;
  }
  return undefined;
}

/** Is the folded word a form of a one-day event's concept (concept flag `event`: "manifestation", "protest", "rallied";
 * `dayEvent`: "grève", "strike")? */
const isEventWord = (w: string): boolean => conceptsOf(w).some((c) => c.event === true || c.dayEvent === true);
/**
 * Words that may stand between an event's word and its day: a preposition and an article ("la manifestation de samedi",
 * "la mobilisation du 9 octobre", "the rally on Saturday"), or a place ("ont manifesté à Belgrade samedi", "rallied in
 * Belgrade on March 15"). Folded.
 */
const EVENT_DAY_LINKS = new Set(['de', 'du', 'd', "'", 'des', 'of', 'on', 'in', 'a', 'au', 'le', 'la', 'l', 'the', 'ce', 'cet', 'this', 'last', 'dernier']);
/** How many tokens after an event's word its day may start: a preposition, a place of up to two words and an article. */
const EVENT_DAY_REACH = 5;
/** How many words (adjectives) may stand between a possessive day and its event ("Saturday's massive protest"). */
const POSSESSIVE_ADJECTIVES = 2;

/**
 * The day of a one-day event the article names with it, one to REPORT_DAY_MAX_BACK days before publication: the event's
 * word (concept flag `event`: a march, a rally; a verb of marching) bound to a day by grammar, a possessive before it
 * ("Yesterday's demonstration", "Saturday's protest") or a preposition, a place or an article after it ("l'immense
 * manifestation de samedi", "ont manifesté jeudi 9 octobre", "took to the streets in Lyon on Tuesday"). The writer
 * names the event by its day after it took place: a morning-after report, whose counts without a day of their own are
 * of that day. Anywhere in the article ("Yesterday's demonstration was the largest ..." in a tenth paragraph): measured
 * against the lead's 600 characters only: devset moments +5, no story lost. Undefined when there is none, when two
 * give different days, or when one names publication's day ("today's march": the article tells that day).
 */
export function namedEventDay(text: string, toks: Tok[], dates: ReadonlyArray<DatedSpan>, published: string): string | undefined {
  const dateOf = datesOfTokens(toks, dates);
  const dayAt = (k: number): string | undefined => {
    const t = toks[k];
    if (!t) return undefined;
    const d = dateOf[k];
    if (d) return startsADuration(text, d.start, d.end) ? undefined : dayOfDate(d, published);
    const w = timeWordAt(toks, k);
    if (!w || w.id.startsWith('month-') || startsADuration(text, t.start)) return undefined;
    return resolveMoment(w.id, published);
  };
  const days = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // "March 15": a month's name is no march.
    if (t.kind !== 'w' || !isEventWord(t.t) || timeWordAt(toks, k) || dateOf[k]) continue;
    let day: string | undefined;
    // "Saturday's (massive) protest": a time word, "'", "s", up to two adjectives, the event.
    for (let j = k - 1, n = 0; j >= 2 && n <= POSSESSIVE_ADJECTIVES && !day; j--, n++) {
      if (toks[j].t === 's' && toks[j - 1].t === "'" && !toks[j].nl) day = dayAt(j - 2);
      if (toks[j].kind !== 'w' || toks[j].nl) break;
    }
    // "manifestation de samedi", "ont manifesté à Belgrade jeudi 18 septembre".
    for (let j = k + 1; !day && j < toks.length && j - k <= EVENT_DAY_REACH; j++) {
      if (toks[j].nl || (toks[j].kind === 'p' && toks[j].t !== "'")) break;
      day = dayAt(j);
      if (day) break;
      // The elided article's apostrophe ("les législatives d'hier") is a link as "d" is.
      if ((toks[j].kind !== 'w' && toks[j].t !== "'") || !(EVENT_DAY_LINKS.has(toks[j].t) || toks[j].cap)) break;
    }
    // An event named with publication's day ("today's march", "la manifestation de ce jeudi") is not over: no earlier day.
    if (day === published) return undefined;
    if (day && reportDay(day, published)) days.add(day);
  }
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * The report's day of an undated article, as its lead's counts name it ("The death toll has surged to 1,644, the
 * military government announced on Saturday"): the article's other counts without a time word or day of their own
 * (its title's "rises to 812", "the number of injured now standing at 1,512") are of that day, as a dated
 * article's are of its publication day. Kept as a weekday (`when`), no day: compare.ts reads it against a dated
 * figure's day (sides.ts weekdayMoments) only to tell two days apart. Only a count the lead (the body's first
 * paragraph) says someone gave (`saidBy`) dates the report: a narrative's weekday ("When the four hostages woke up on
 * Saturday") or an event's ("a raid on Saturday that officials said killed more than 200": the weekday is followed by
 * a relative clause about its noun) is the story's day, not the report's. Measured on the devset without those two
 * limits: gold updates +12 (quake's undated reports), right verdicts -9 (conflict's undated pages, whose gold leaves
 * such counts without a moment); with them, gold updates +13, right verdicts +13 (quake), cross-key pairs +15. Not an
 * age or a length of time (a property, not a reading).
 */
export function undatedReportDay(figs: Figure[], text: string, toks: Tok[], published: string | undefined): void {
  if (published) return;
  const bodyStart = text.indexOf('\n') + 1;
  if (bodyStart <= 0) return;
  const first = text.slice(bodyStart).search(/\S/);
  if (first < 0) return;
  let paraEnd = text.indexOf('\n', bodyStart + first);
  if (paraEnd < 0) paraEnd = text.length;
  // The lead's weekday tokens that no relative clause follows ("on Saturday that ...": the noun's day).
  const reportWeekdays = new Set<string>();
  const eventWeekdays = new Set<string>();
  for (let k = 0; k < toks.length && toks[k].start < paraEnd; k++) {
    if (toks[k].start < bodyStart) continue;
    const w = timeWordAt(toks, k);
    if (!w || !WEEKDAYS.includes(w.id)) continue;
    (relativeOnAnEventDay(toks, k, w.len) ? eventWeekdays : reportWeekdays).add(w.id);
  }
  const lead = figs.filter((f) => f.start >= bodyStart && f.end <= paraEnd && f.when && f.saidBy && !NOT_RESTATED.has(f.unit) && !DURATION_UNITS.has(f.unit));
  const whens = new Set(lead.map((f) => f.when!));
  if (whens.size !== 1) return;
  const [when] = whens;
  if (!reportWeekdays.has(when) || eventWeekdays.has(when)) return;
  for (const f of figs) {
    if (f.when || f.moment || f.year || f.monthDay || NOT_RESTATED.has(f.unit) || DURATION_UNITS.has(f.unit)) continue;
    f.when = when;
  }
}

/**
 * Adverbs that say a count is the state at the time of writing ("the toll is now 40", "has so far recorded",
 * "compte désormais 630 députés", "qui a fait jusqu'ici 78 morts", "à ce stade", "pour l'heure"), and verbs and adverbs
 * of a state that lasts ("60 people remain missing", "200 officers are still deployed", "sont toujours disparus",
 * "restent mobilisés"), folded tokens with
 * the apostrophe left out. A report of an earlier day in the same article (a lead's "announced on Tuesday") does not
 * date such a count: the writer reads it as of the day of writing.
 */
const WRITING_TIME_PHRASES: ReadonlyArray<readonly string[]> = [
  ['now'], ['so', 'far'], ['thus', 'far'], ['to', 'date'], ['currently'],
  ['still'], ['remain'], ['remains'], ['toujours'], ['restent'], ['reste'],
  ['desormais'], ['jusqu', 'ici'], ['jusqu', 'a', 'present'], ['a', 'ce', 'stade'], ['pour', 'l', 'heure'], ['pour', 'l', 'instant'], ['actuellement'],
];
/**
 * How many tokens either side of a count its adverb of the time of writing may stand, inside its clause: a verb and
 * an auxiliary ("has so far recorded 58", "is now off more than 17%", "a fait jusqu'ici au moins 78 morts").
 */
const WRITING_TIME_REACH = 5;
/**
 * Tokens that end the stretch a writing-time adverb is looked for in: a clause end, a comma, or a conjunction that
 * joins another clause ("3,000 houses have so far been inspected and 60 people are missing": the 60 is not "so far"'s).
 */
const WRITING_TIME_STOP = new Set([...CLAUSE_END, ',', ':', 'and', 'but', 'while', 'et', 'mais', 'alors', 'tandis']);

/** Writing-time verbs that are nouns too ("the remains of 12 people", "le reste des 300 passagers"). Folded. */
const VERBS_ALSO_NOUNS = new Set(['remains', 'reste']);
/** Determiners before which such a word is the noun ("the remains", "le reste", "du reste"). Folded, apostrophe left out. */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'le', 'l', 'les', 'du', 'au', 'aux', 'des', 'un', 'ce', 'son', 'ses', 'leur', 'leurs']);

/**
 * Does a writing-time phrase (WRITING_TIME_PHRASES) start at token k? Not "now-" in a compound ("the now-ended strike"),
 * nor a verb that is a noun after its determiner (VERBS_ALSO_NOUNS).
 */
function writingTimeAt(toks: Tok[], k: number): boolean {
  if (VERBS_ALSO_NOUNS.has(toks[k].t)) {
    const det = toks[k - 1]?.t === "'" ? toks[k - 2] : toks[k - 1];
    if (det && !toks[k].nl && NOUN_DETERMINERS.has(det.t)) return false;
  }
  for (const seq of WRITING_TIME_PHRASES) {
    if (toks[k].t !== seq[0]) continue;
    let j = k;
    let ok = true;
    for (let q = 1; q < seq.length && ok; q++) {
      j++;
      if (toks[j]?.t === "'") j++;
      ok = toks[j]?.t === seq[q] && !toks[j].nl;
    }
    if (!ok) continue;
    const next = toks[j + 1];
    if (next && next.t === '-' && next.start === toks[j].end) continue;
    return true;
  }
  return false;
}

/**
 * Is the count at tokens [i0, i1] told as the state at the time of writing, by an adverb of its clause within
 * WRITING_TIME_REACH tokens ("the total is now north of 5,000", "le Parlement compte désormais 630 députés")? Not in a
 * quotation (insideQuote): the speaker's "now" is the day of the saying, which the article may put before its own.
 */
export function toldAsOfWriting(text: string, toks: Tok[], i0: number, i1: number): boolean {
  let found = false;
  for (let k = i0 - 1, n = 1; k >= 0 && n <= WRITING_TIME_REACH && !found; k--, n++) {
    if (WRITING_TIME_STOP.has(toks[k].t) || toks[k + 1].nl) break;
    found = writingTimeAt(toks, k);
  }
  for (let k = i1 + 1, n = 1; k < toks.length && n <= WRITING_TIME_REACH && !found; k++, n++) {
    if (WRITING_TIME_STOP.has(toks[k].t) || toks[k].nl) break;
    found = writingTimeAt(toks, k);
  }
  // The quotation test reads the paragraph up to the figure: only for the few counts an adverb was found beside.
  return found && !insideQuote(toks, i0);
}

/**
 * Counts told as the state at the time of writing (toldAsOfWriting) keep publication's day when a pass over the
 * article (an earlier event's day, a restated count's, a lead's report day) moved them: "the total number of cancelled
 * flights is now north of 5,000" in an article whose lead reports Saturday's figures is Monday's, the article's.
 * Only counts without a date or time word of their own (`own`), in a dated article.
 */
export function writingTimeMoments(figs: ReadonlyArray<{ moment?: string }>, writing: ReadonlySet<object>, own: ReadonlySet<object>, published: string | undefined): void {
  if (!published || !ISO_DAY.test(published)) return;
  for (const f of figs) if (writing.has(f) && !own.has(f) && f.moment && f.moment !== published) f.moment = published;
}
