/**
 * The period a count covers, when its clause names one: a week ("en S19", "en semaine 15", "week 12", "entre le
 * 17 et le 23 mars", "for the week of March 3 to 9") or a start it is counted from ("depuis le début de l'année",
 * "since August 2024", "depuis janvier"). A count per week and a count since a start are different counts: two
 * weeks' counts, or a week's and a running total, are never one count's earlier and later readings (compare.ts),
 * whatever days their articles bear. Only ever tells two counts apart, never makes them one.
 *
 * A period is written as "YYYY-MM-DD/YYYY-MM-DD" (a span of days, a week's Monday to Sunday), "W13" (a week number
 * whose year is unknown: an undated article), "week" (a week not named: "en une semaine", "per week"), "since
 * YYYY-MM" (a running count from that month).
 */
import { EN_MONTHS, FR_MONTHS } from '../dates/day';
import { fold } from '../text/fold';
import type { Tok } from './tokens';
import { ISO_DAY } from './moment';
import { datesOfTokens } from './token-dates';

/** Tokens searched before and after a figure for its period: the clause around it ("En semaine 19, 1 266 cas"). */
const PERIOD_LEFT = 10;
const PERIOD_RIGHT = 10;
/** Tokens that end a clause for the search. */
const CLAUSE_END = new Set(['.', '!', '?', ';', '\n']);
/** Words that set another value against the figure: a period after them is that value's ("1 266 en S19 contre 1 784 en S18"). */
const CONTRAST = new Set(['contre', 'versus', 'vs', 'against', 'compared', 'than', 'que']);
/** The longest span of days read as a count's period: a week, or a reporting week of a few days more. */
const MAX_SPAN_DAYS = 10;
/** Week numbers: ISO weeks of a year. */
const MAX_WEEK = 53;
const WEEK_WORDS = new Set(['semaine', 'week']);
const WEEKS_WORDS = new Set(['semaines', 'weeks']);
const DAY_MS = 86_400_000;

interface DateSpan { start: number; end: number; low: unknown; high: unknown }

const dayMs = (iso: string): number => Date.parse(`${iso}T12:00:00Z`);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The Monday and Sunday of ISO week `w` of `year`. */
export function isoWeekSpan(year: number, w: number): string {
  const jan4 = Date.UTC(year, 0, 4, 12);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const mon = monday1 + (w - 1) * 7 * DAY_MS;
  return `${isoOf(mon)}/${isoOf(mon + 6 * DAY_MS)}`;
}

/** A year-less day ("--03-17") in publication's year, the year before when it would fall after publication. */
function withYear(day: string, published: string | undefined): string | undefined {
  if (ISO_DAY.test(day)) return day;
  if (!/^--\d{2}-\d{2}$/.test(day) || !published || !ISO_DAY.test(published)) return undefined;
  const y = Number(published.slice(0, 4));
  const d = `${y}${day.slice(1)}`;
  return d > published ? `${y - 1}${day.slice(1)}` : d;
}

/** A week number's year: the one written after it ("S13/2025"), else publication's (the year before when the week
 * would come more than a fortnight after publication's). */
function weekPeriod(w: number, year: number | undefined, published: string | undefined): string {
  if (year) return isoWeekSpan(year, w);
  if (!published || !ISO_DAY.test(published)) return `W${w}`;
  const y = Number(published.slice(0, 4));
  const span = isoWeekSpan(y, w);
  return dayMs(span.slice(0, 10)) > dayMs(published) + 14 * DAY_MS ? isoWeekSpan(y - 1, w) : span;
}

/** A week number at token k: "S19" (a capital S glued to the number), "semaine 15", "week 12"; with its end token. */
function weekAt(text: string, toks: Tok[], k: number): { w: number; year?: number; end: number } | null {
  const t = toks[k];
  const n = toks[k + 1];
  if (!n || n.kind !== 'd' || !/^\d{1,2}$/.test(n.t)) return null;
  const w = Number(n.t);
  if (w < 1 || w > MAX_WEEK) return null;
  const glued = t.t === 's' && text[t.start] === 'S' && n.start === t.end;
  if (!glued && !(WEEK_WORDS.has(t.t) && !n.nl)) return null;
  // "S13/2025": the week's year.
  const y = toks[k + 2]?.t === '/' && toks[k + 3]?.kind === 'd' && /^(19|20)\d\d$/.test(toks[k + 3].t) ? Number(toks[k + 3].t) : undefined;
  return { w, year: y, end: y ? k + 4 : k + 2 };
}

/** "semaines 11 et 14", "weeks 11 to 14": the span from the first week's Monday to the last's Sunday. Read only to be
 * passed over (figurePeriod): weeks in the plural say when the counted events happened, not a week's count. */
function weeksAt(toks: Tok[], k: number, published: string | undefined): { period: string; end: number } | null {
  if (!WEEKS_WORDS.has(toks[k].t)) return null;
  const a = toks[k + 1];
  const j = toks[k + 2];
  const b = toks[k + 3];
  if (!a || !b || a.kind !== 'd' || b.kind !== 'd' || !j || !['et', 'and', 'a', 'au', 'to', '-'].includes(j.t)) return null;
  const [wa, wb] = [Number(a.t), Number(b.t)];
  if (!(wa >= 1 && wb > wa && wb <= MAX_WEEK)) return null;
  const pa = weekPeriod(wa, undefined, published);
  const pb = weekPeriod(wb, undefined, published);
  return { period: pa.startsWith('W') ? `W${wa}-W${wb}` : `${pa.slice(0, 10)}/${pb.slice(11)}`, end: k + 4 };
}

/** "depuis le début de l'année", "since the beginning of the year", "since the start of the year": from January. */
const YEAR_START = /^(?:depuis\s+le\s+debut\s+de\s+l'?\s*annee|since\s+the\s+(?:beginning|start)\s+of\s+the\s+year)(?![\p{L}])/u;
/** "depuis" / "since" right before a date or month ("depuis janvier", "since August 2024", "depuis le 23 août 2024"). */
const SINCE_BEFORE = /(?:^|[^\p{L}])(?:depuis|since)(?:\s+(?:le|the|debut|fin|early|late))?\s*$/u;
const SINCE_IN = /^(?:depuis|since)(?![\p{L}])/u;
/**
 * A count within one week, the week not named ("près de 6 000 nouveaux cas en une semaine", "3,000 cases in a single
 * week", "1 200 cas par semaine", "weekly", "contre 4 156 la semaine précédente", "the week before"): a week's count,
 * apart from a running total, not from a named week. Not "last week" / "la semaine dernière": more often the day of
 * an event than a week's count ("two deaths that occurred last week", three devset updates lost). Folded text from a
 * token.
 */
const ONE_WEEK = /^(?:(?:en|sur|in|over)\s+(?:une|a|one)\s+(?:seule\s+|single\s+)?(?:semaine|week)|par\s+semaine|per\s+week|weekly|hebdomadaires?|la\s+semaine\s+precedente|the\s+(?:previous\s+week|week\s+before))(?![\p{L}])/u;
/** The period of such a count. */
const SOME_WEEK = 'week';
/** A month's folded name, French or English, to its number: a Map, so that a token such as "constructor" is no month. */
const MONTHS = new Map<string, number>([...FR_MONTHS.map((m, i) => [m, i + 1] as const), ...EN_MONTHS.map((m, i) => [m, i + 1] as const)]);

/** A month (folded) after "depuis / since" without a year: its last occurrence on or before publication. */
function sinceMonth(m: number, published: string | undefined): string | undefined {
  if (!published || !ISO_DAY.test(published)) return undefined;
  const y = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  return `${m > pm ? y - 1 : y}-${String(m).padStart(2, '0')}`;
}

/**
 * The period of the figure at tokens [i0, i1) (see the module's comment), from its clause: the nearest week, span of
 * at most MAX_SPAN_DAYS days, or start of a running count, searched right then left of the figure within its clause,
 * never past another number (the other value's period) or a word of contrast. Undefined when its clause names none.
 * `folded` is fold(text): a caller reading many figures of one text folds it once (folding it again for each figure
 * made the search read the whole text per figure, 39% of English extraction's time on a long page).
 */
type PeriodReading = { period: string } | 'stop' | null;
/**
 * What each token says of a period (figurePeriod's `read`), kept for the token list last asked about (speed19): a
 * token's reading depends on the text, its dates and the publication day only, never on the figure, and each figure
 * read again the ten tokens on either side of it (two slices and two patterns per token). The key is every input of
 * the reading, so a call with another day or other dates reads afresh.
 */
let memoToks: Tok[] | undefined;
let memoText = '';
let memoDates: ReadonlyArray<DateSpan> | undefined;
let memoPublished: string | undefined;
let memoReadings: Array<PeriodReading | undefined> = [];

/** What token k says of a period (figurePeriod's reading, kept in memoReadings). At module level, not a closure made
 * on every figurePeriod call (speed27b). */
function periodReadingAt(text: string, toks: Tok[], k: number, dateOf: ReadonlyArray<DateSpan | undefined>, folded: string, published: string | undefined): PeriodReading {
  const t = toks[k];
  if (CLAUSE_END.has(t.t) || t.nl || CONTRAST.has(t.t)) return 'stop';
  const d = dateOf[k];
  if (d) {
    const since = SINCE_BEFORE.test(folded.slice(Math.max(0, d.start - 16), d.start)) || SINCE_IN.test(folded.slice(d.start, d.end));
    if (typeof d.low !== 'string' || typeof d.high !== 'string') return null;
    if (since) {
      const lo = /^\d{4}-\d{2}/.test(d.low) ? d.low.slice(0, 7) : withYear(d.low.length === 7 ? `${d.low}-01` : d.low, published)?.slice(0, 7);
      return lo ? { period: `since ${lo}` } : null;
    }
    const lo = withYear(d.low, published);
    const hi = withYear(d.high, published);
    if (!lo || !hi || lo === hi) return null;
    const days = (dayMs(hi) - dayMs(lo)) / DAY_MS;
    return days > 0 && days <= MAX_SPAN_DAYS ? { period: `${lo}/${hi}` } : null;
  }
  const w = weekAt(text, toks, k);
  if (w) return { period: weekPeriod(w.w, w.year, published) };
  if (YEAR_START.test(folded.slice(t.start, t.start + 50)) && published && ISO_DAY.test(published)) return { period: `since ${published.slice(0, 4)}-01` };
  if (ONE_WEEK.test(folded.slice(t.start, t.start + 24))) return { period: SOME_WEEK };
  const m = MONTHS.get(t.t);
  if (m && SINCE_BEFORE.test(folded.slice(Math.max(0, t.start - 16), t.start))) {
    const s = sinceMonth(m, published);
    return s ? { period: `since ${s}` } : null;
  }
  // Another count's number: what follows is that count's. A calendar year ("depuis le début de l'année 2025") is none.
  if (t.kind === 'd' && !dateOf[k] && !/^(19|20)\d\d$/.test(t.t)) return 'stop';
  return null;
}

export function figurePeriod(text: string, toks: Tok[], i0: number, i1: number, dates: ReadonlyArray<DateSpan>, published: string | undefined, folded = fold(text)): string | undefined {
  const dateOf = datesOfTokens(toks, dates);
  if (toks !== memoToks || text !== memoText || dates !== memoDates || published !== memoPublished) {
    memoToks = toks;
    memoText = text;
    memoDates = dates;
    memoPublished = published;
    memoReadings = new Array(toks.length);
  }
  const readings = memoReadings;
  for (let k = i1, n = 0; k < toks.length && n < PERIOD_RIGHT; k++, n++) {
    // "survenus entre les semaines 11 et 14": when the counted events happened, over weeks, not a week's count; its
    // numbers are no other count's.
    const ws = weeksAt(toks, k, published);
    if (ws) { k = ws.end - 1; continue; }
    let r = readings[k];
    if (r === undefined) { r = periodReadingAt(text, toks, k, dateOf, folded, published); readings[k] = r; }
    if (r === 'stop') break;
    if (r) return r.period;
  }
  for (let k = i0 - 1, n = 0; k >= 0 && n < PERIOD_LEFT; k--, n++) {
    // A week's number is read from its word: the number itself ends the search only when no week word precedes it.
    if (toks[k].kind === 'd' && k > 0 && (weekAt(text, toks, k - 1) || weeksAt(toks, k - 1, published) || (k > 2 && weeksAt(toks, k - 3, published)))) continue;
    let r = readings[k];
    if (r === undefined) { r = periodReadingAt(text, toks, k, dateOf, folded, published); readings[k] = r; }
    if (r === 'stop') break;
    if (r) return r.period;
  }
  return undefined;
}

/** The days of a period ("2025-03-17/2025-03-23") or its week number, to compare two periods written two ways. */
function spanOf(p: string): { from: string; to: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(p);
  return m ? { from: m[1], to: m[2] } : undefined;
}

/**
 * A period that is a flow, what came in over a named week or span of days ("en semaine 40", "between 17 and 23
 * March"), not a level: neither a week not named (SOME_WEEK, which may be any week or a look back over the story so
 * far) nor a running count from a start ("since August"). timeline.ts keeps a flow out of a count naming no period.
 */
export function isFlowPeriod(p: string | undefined): boolean {
  return !!p && p !== SOME_WEEK && !p.startsWith('since ');
}

/**
 * Two periods that are not one: two weeks (or spans of days) that do not coincide, a week and a running count, two
 * running counts from different months. A week number of an undated article against a span of days cannot be told.
 */
export function periodsApart(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  const sinceA = a.startsWith('since ');
  const sinceB = b.startsWith('since ');
  if (sinceA || sinceB) return true;
  // A week not named beside a named one: it may be that week.
  if (a === SOME_WEEK || b === SOME_WEEK) return false;
  const sa = spanOf(a);
  const sb = spanOf(b);
  if (sa && sb) return sa.from !== sb.from || sa.to !== sb.to;
  // Two week numbers without a year ("W13", "W11-W14"): apart when written apart.
  return !sa && !sb;
}
