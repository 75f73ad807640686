/**
 * The calendar period a figure's own clause says its value is of: a quarter or a half-year ("au premier trimestre",
 * "in the third quarter", "second-quarter", "Q3 2024", "au second semestre 2023", "in the first half"), or the month
 * before publication ("last month", "le mois dernier"). A statistic is published weeks after the period it counts
 * (results of a quarter, a half-year's poverty rate, a month's jobs): its moment is that period, not its article's
 * day, so that two articles quoting one period's value give it one moment (agrees / differs across sources) and two
 * periods' values two moments (an update or two counts, never a disagreement).
 *
 * A period is written as its last month, "YYYY-MM", as the development set's gold writes a quarter's or a half-year's
 * moment (the month the period closes). Months named alone ("en mars", "in December") are time words (moment.ts
 * nearestTimeWord, pastMonth); a month with its year is a date (moment.ts clauseDate).
 *
 * Only the figure's own clause: the phrase right after the figure, or right before it, with no comma, clause word or
 * other value between (the period of "9 000 emplois, après une perte au premier semestre" is the loss's); or the
 * sentence's opening phrase closed by a comma ("Au premier trimestre, le PIB a reculé de 5,3 %").
 */
import type { Tok } from './tokens';
import type { Lang } from '../types';
import { ISO_DAY } from './moment';
import { EVENT_YEAR } from './years';
import { ordinalWord } from './number-words';

/** Ordinals of a quarter or a half-year written in figures (folded tokens); in words they are number-words.ts's. */
const DIGIT_ORDINALS = new Map<string, number>([
  ['1er', 1], ['1st', 1], ['2e', 2], ['2eme', 2], ['2nd', 2], ['3e', 3], ['3eme', 3], ['3rd', 3], ['4e', 4], ['4eme', 4], ['4th', 4],
]);
/** Nouns of a period and its length in months. */
const PERIOD_MONTHS = new Map<string, number>([['trimestre', 3], ['quarter', 3], ['semestre', 6], ['half', 6]]);
/** "Q3", "H1": a letter then the period's number, in the original text's capital. "T3" and "S1" are read only with
 * their year ("T3 2024"): alone they name a flat's size ("un T3"), a tram line ("la ligne T1"), a season. */
const LETTER_MONTHS = new Map<string, number>([['q', 3], ['t', 3], ['h', 6], ['s', 6]]);
const LETTERS_NEEDING_YEAR = new Set(['t', 's']);
/** A half-year named "half" is read only with its year or "of the year" ("in the first half" of a match, of a century). */
const NEEDS_YEAR_NOUNS = new Set(['half']);
/** How many periods of each length a year holds. */
const PERIODS_IN_YEAR = (months: number): number => 12 / months;
/** Tokens searched after and before the figure for its period: a figure's phrase ("de 5,3 % sur un an au premier
 * trimestre" puts the period six tokens after the value). */
const AFTER = 8;
const BEFORE = 8;
/** How many tokens a sentence's opening phrase may run before its comma ("Au cours du premier semestre 2024,"). */
const FRAME_TOKENS = 8;
/** Tokens that end the search: a clause's or a sentence's end, a comma (another phrase), words that open another
 * clause or set another value against the figure. Folded. */
const STOPS = new Set([
  '.', '!', '?', ';', ',', ':', '(', ')',
  'contre', 'versus', 'vs', 'against', 'compared', 'than', 'que', 'qui', 'dont', 'which', 'that', 'who', 'where',
  'apres', 'after', 'avant', 'before', 'depuis', 'since', 'lorsque', 'when', 'while', 'alors', 'until', 'jusqu',
  'from', 'par', 'compare',
]);
/** Words before a period that make it no period of the value: a start, an end, a deadline ("depuis le premier
 * trimestre", "d'ici le second semestre", "by the fourth quarter", "à partir du second semestre"). */
const BOUND_BEFORE = new Set(['depuis', 'since', 'ici', 'by', 'partir', 'until', 'jusqu', 'fin', 'end', 'debut', 'beginning', 'start', 'des']);
/**
 * Words of an expected value: a forecast, a consensus, a target ("Q4 revenue forecast of $65 billion", "54,92
 * milliards attendus", "analysts expected 3% in the third quarter"). Such a value is a claim of the day it is given,
 * not a measure of the period it is about, which has not been counted yet. Folded.
 */
const EXPECTED_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'attendu', 'attendus', 'attendue', 'attendues', 'prevu', 'prevus', 'prevue', 'prevues', 'prevoit', 'prevoient', 'prevision', 'previsions',
    'consensus', 'analystes', 'objectif', 'estimation', 'estimations', 'anticipe',
  ]),
  en: new Set([
    'expected', 'expects', 'expect', 'forecast', 'forecasts', 'forecasted', 'projected', 'projects', 'estimate', 'estimates', 'analysts',
    'guidance', 'outlook', 'target', 'anticipated', 'sees', 'predicted', 'predicts',
  ]),
};
/** "tabler sur" (to count on a value): the verb only with its "sur", since "table" is also a noun in both languages. */
const TABLER = new Set(['tabler', 'table', 'tablent', 'tablait', 'tablaient']);
const isExpectedWord = (toks: Tok[], k: number, lang: Lang): boolean =>
  EXPECTED_WORDS[lang].has(toks[k].t) || (lang === 'fr' && TABLER.has(toks[k].t) && toks[k + 1]?.t === 'sur');
const SENTENCE_STOPS = new Set(['.', '!', '?', ';']);
/** Tokens read on either side of a figure for an expectation's word: its sentence's clause around it. */
const EXPECTED_REACH = 12;

/** Does an expectation's word stand within EXPECTED_REACH tokens of the figure at [i0, i1), in its sentence? */
export function expectedValue(toks: Tok[], i0: number, i1: number, lang: Lang): boolean {
  for (let k = i0 - 1; k >= 0 && i0 - k <= EXPECTED_REACH; k--) {
    if (SENTENCE_STOPS.has(toks[k].t) || toks[k + 1].nl) break;
    if (isExpectedWord(toks, k, lang)) return true;
  }
  for (let k = i1; k < toks.length && k - i1 < EXPECTED_REACH; k++) {
    if (SENTENCE_STOPS.has(toks[k].t) || toks[k].nl) break;
    if (isExpectedWord(toks, k, lang)) return true;
  }
  return false;
}

/** Future and modal verbs (folded): a value of a month "will" reach, "doit" arrive, is of a month to come or not
 * measured yet, not a past month's statistic. "may" is left out (the month). */
const FUTURE_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['will', 'would', 'shall', 'should', 'could', 'might', 'must', 'll', 'wo', 'going']),
  fr: new Set([
    'doit', 'doivent', 'devrait', 'devraient', 'devra', 'devront', 'va', 'vont', 'pourrait', 'pourraient', 'pourra', 'pourront',
    'sera', 'seront', 'aura', 'auront', 'ira', 'iront', 'fera', 'feront',
  ]),
};
/** French future endings of the third person ("arrivera", "atteindront", "reprendra"), on words at least this long. */
const FR_FUTURE_ENDING = /(?:era|eront|ira|iront|dra|dront)$/;
const FR_FUTURE_MIN_CHARS = 6;
/** Nouns with a future's ending. */
const FR_FUTURE_NOT = new Set(['camera', 'opera', 'chimera', 'cadra']);
const isFutureWord = (t: string, lang: Lang): boolean =>
  FUTURE_WORDS[lang].has(t) || (lang === 'fr' && t.length >= FR_FUTURE_MIN_CHARS && FR_FUTURE_ENDING.test(t) && !FR_FUTURE_NOT.has(t));
/** Does a future or modal verb stand in the figure's clause (no comma or sentence end between, EXPECTED_REACH tokens
 * either side)? */
export function futureClause(toks: Tok[], i0: number, i1: number, lang: Lang): boolean {
  for (let k = i0 - 1; k >= 0 && i0 - k <= EXPECTED_REACH; k--) {
    if (SENTENCE_STOPS.has(toks[k].t) || toks[k].t === ',' || toks[k + 1].nl) break;
    if (isFutureWord(toks[k].t, lang)) return true;
  }
  for (let k = i1; k < toks.length && k - i1 < EXPECTED_REACH; k++) {
    if (SENTENCE_STOPS.has(toks[k].t) || toks[k].t === ',' || toks[k].nl) break;
    if (isFutureWord(toks[k].t, lang)) return true;
  }
  return false;
}

/** Words joining two conjuncts: a period before one of them, read leftwards from the figure, is the other's. */
const COORDINATORS = new Set(['et', 'ou', 'mais', 'and', 'or', 'but']);

/** "last month", "le mois dernier": the month before publication's. */
const MONTH_WORDS = new Set(['month', 'mois']);

/** The year a period's phrase names after it: a year ("trimestre 2024", "quarter of 2024"), "last year"'s, "this
 * year"'s, 'other' when "of"/"de" ties it to something else than a year ("premier trimestre de grossesse", "second half
 * of the 13th century": no calendar period), or undefined when nothing follows. */
type PeriodYear = number | 'last' | 'this' | 'other' | undefined;
const OF_WORDS = new Set(['de', 'of', 'du', 'd']);
const LAST_WORDS = new Set(['dernier', 'derniere', 'passe', 'passee', 'last', 'previous']);
function yearAfter(toks: Tok[], k: number): PeriodYear {
  const t = toks[k];
  if (!t || t.nl) return undefined;
  if (t.kind === 'd' && EVENT_YEAR.test(t.t)) return Number(t.t);
  if (t.t === 'this' && toks[k + 1]?.t === 'year') return 'this';
  if (!OF_WORDS.has(t.t)) return undefined;
  let j = k + 1;
  if (toks[j]?.t === "'") j++;
  const u = toks[j];
  if (!u) return 'other';
  if (u.kind === 'd' && EVENT_YEAR.test(u.t)) return Number(u.t);
  // "of last year", "of the previous year", "de l'an dernier", "de l'année passée", "of the year", "de l'année".
  const words: string[] = [];
  for (let m = j; m < toks.length && words.length < 4; m++) if (toks[m].t !== "'") words.push(toks[m].t);
  const [a, b, c] = words;
  if (a === 'last' && b === 'year') return 'last';
  if ((a === 'the' || a === 'l') && LAST_WORDS.has(b) && c === 'year') return 'last';
  if (a === 'l' && (b === 'an' || b === 'annee') && LAST_WORDS.has(c)) return 'last';
  if ((a === 'the' || a === 'l' || a === 'this' || a === 'cette') && (b === 'year' || b === 'annee')) return 'this';
  return 'other';
}

type Period = { n: number; months: number; year: PeriodYear; end: number };

/** The period at token k: its number within the year, its length in months, its year if written, its last token. */
function periodAt(text: string, toks: Tok[], k: number): Period | null {
  const t = toks[k];
  if (!t) return null;
  const ord = ordinalWord(t.t) ?? DIGIT_ORDINALS.get(t.t);
  if (ord !== undefined) {
    let j = k + 1;
    if (toks[j]?.t === '-') j++;
    const months = PERIOD_MONTHS.get(toks[j]?.t ?? '');
    if (!months || ord > PERIODS_IN_YEAR(months) || toks[j].nl) return null;
    const year = yearAfter(toks, j + 1);
    if (year === 'other' || (NEEDS_YEAR_NOUNS.has(toks[j].t) && year === undefined)) return null;
    return { n: ord, months, year, end: j + 1 };
  }
  // "Q3", "H1", "T3 2024", "S2 2023": a capital letter glued to the digit.
  const months = LETTER_MONTHS.get(t.t);
  const d = toks[k + 1];
  if (months && d && d.kind === 'd' && d.start === t.end && /^[1-4]$/.test(d.t) && /[QTHS]/.test(text[t.start] ?? '')) {
    const n = Number(d.t);
    if (n > PERIODS_IN_YEAR(months)) return null;
    const year = yearAfter(toks, k + 2);
    if (year === 'other' || (LETTERS_NEEDING_YEAR.has(t.t) && year === undefined)) return null;
    return { n, months, year, end: k + 2 };
  }
  return null;
}

/** The period's last month as "YYYY-MM": in its written year, else the sentence's year (`ownYear`, "En 2022, … au
 * premier trimestre"), else the latest such period begun by publication. */
function periodMonth(p: Period, published: string, ownYear: number | undefined): string | 'stop' {
  const last = p.n * p.months;
  const first = last - p.months + 1;
  const y = Number(published.slice(0, 4));
  const year = typeof p.year === 'number' ? p.year
    : p.year === 'last' ? y - 1
    : p.year === 'this' ? y
    : ownYear ?? (first <= Number(published.slice(5, 7)) ? y : y - 1);
  const month = `${year}-${String(last).padStart(2, '0')}`;
  // A period not closed by publication's month ("fourth-quarter revenue of $65 billion" in November) has not been
  // counted: its value is a forecast or a running figure, of the day it is given.
  return month >= published.slice(0, 7) ? 'stop' : month;
}

/** The month before publication's, "YYYY-MM". */
function monthBefore(published: string): string {
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** "last month" at k (ending at the returned index), "le mois dernier" at k. Not "the last month" ("over the last
 * month", "died in the last month": the thirty days before, not the calendar month) nor "the last month of the year". */
function lastMonthAt(toks: Tok[], k: number): number | null {
  if (toks[k].t === 'last' && MONTH_WORDS.has(toks[k + 1]?.t ?? '') && toks[k - 1]?.t !== 'the' && !OF_WORDS.has(toks[k + 2]?.t ?? '')) return k + 2;
  if (toks[k].t === 'mois' && toks[k + 1]?.t === 'dernier') return k + 2;
  return null;
}

/** Is the period at k bounded by a start or an end word before it ("depuis le premier trimestre", "by the fourth
 * quarter")? Two tokens back: the word and an article ("à partir du", "d'ici le"). */
const boundBefore = (toks: Tok[], k: number): boolean =>
  BOUND_BEFORE.has(toks[k - 1]?.t ?? '') || BOUND_BEFORE.has(toks[k - 2]?.t ?? '');

/** What token k says: a period's moment, a stop, or nothing. `calendarOnly`: a period with no year of its own is not
 * read (a count's "third quarter" may be a match's). */
function readingAt(text: string, toks: Tok[], k: number, published: string, o: ReadOptions): string | 'stop' | null {
  const t = toks[k];
  const p = periodAt(text, toks, k);
  if (p) {
    if (boundBefore(toks, k)) return 'stop';
    if (!o.statistic && p.year === undefined) return null;
    return periodMonth(p, published, o.ownYear);
  }
  if (lastMonthAt(toks, k) !== null) return monthBefore(published);
  if (STOPS.has(t.t) || t.nl) return 'stop';
  // Another value: what stands beyond it is that value's. A year is none ("au premier trimestre 2024").
  if (t.kind === 'd' && !EVENT_YEAR.test(t.t)) return 'stop';
  return null;
}

/** How many tokens before a period's phrase another value may stand and have the phrase close it ("47 personnes
 * interpellées à l'issue de la demi-finale le mois dernier": the value, its noun and a short phrase). */
const CLOSED_VALUE_REACH = 10;

/** Is there another value (a number, not a year) within CLOSED_VALUE_REACH tokens before token k, in its clause? */
function closesAValue(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= CLOSED_VALUE_REACH; j--) {
    if (SENTENCE_STOPS.has(toks[j].t) || toks[j + 1].nl) return false;
    if (toks[j].kind === 'd' && !EVENT_YEAR.test(toks[j].t)) return true;
  }
  return false;
}

/** How far back (tokens) the sentence's start is looked for, for its opening phrase: a long sentence's figure is far
 * from any opening phrase, which then is another clause's. */
const SENTENCE_START_REACH = 60;
/** Words of the present between an opening phrase and the figure: the figure is of now, not of the phrase's period
 * ("In the first quarter, output fell 2%; today unemployment stands at 7.5%"). */
const NOW_WORDS = new Set(['today', 'now', 'currently', 'aujourd', 'desormais', 'actuellement', 'maintenant']);

export interface ReadOptions {
  /** The figure is a statistic (a percent, a rate, a sum of money): a period without its year is read for it. */
  statistic: boolean;
  /** The year of the figure's sentence (extract.ts ownYear), for a period written without its own. */
  ownYear?: number;
  lang: Lang;
}

/**
 * The reference period of the figure at tokens [i0, i1) as "YYYY-MM" (see the module's comment), or undefined when its
 * clause names none or the article has no day to place a period without its year in.
 */
export function referencePeriod(text: string, toks: Tok[], i0: number, i1: number, published: string | undefined, o: ReadOptions): string | undefined {
  if (!published || !ISO_DAY.test(published) || expectedValue(toks, i0, i1, o.lang)) return undefined;
  for (let k = i1, n = 0; k < toks.length && n < AFTER; k++, n++) {
    const r = readingAt(text, toks, k, published, o);
    if (r === 'stop') break;
    if (r) return r;
  }
  for (let k = i0 - 1, n = 0; k >= 0 && n < BEFORE; k--, n++) {
    // "… le mois dernier ou avec les 227 interpellations": past a coordinator, the period is the conjunct's before.
    if (COORDINATORS.has(toks[k].t)) break;
    // Read from each token as the first of a period's phrase: its ordinal ("1er") or year is then no other value.
    const r = readingAt(text, toks, k, published, o);
    // "47 interpellations le mois dernier ou les 227 ...", "30 % au premier semestre et 25 %": a period before the figure
    // that follows another value closes that value, not the figure.
    if (r && r !== 'stop') return closesAValue(toks, k) ? undefined : r;
    if (r === 'stop' && (periodAt(text, toks, k) || STOPS.has(toks[k].t) || toks[k + 1].nl)) break;
    if (toks[k].kind === 'd' && !EVENT_YEAR.test(toks[k].t) && !periodAt(text, toks, k - 1)) break;
  }
  // The sentence's opening phrase, closed by a comma: "Au premier trimestre 2024, le PIB a reculé de 5,3 %".
  let s = i0 - 1;
  while (s >= 0 && i0 - s <= SENTENCE_START_REACH && !SENTENCE_STOPS.has(toks[s].t) && !toks[s + 1].nl) s--;
  s++;
  let comma = -1;
  for (let k = s; k < i0 && k - s <= FRAME_TOKENS; k++) if (toks[k].t === ',') { comma = k; break; }
  if (comma < 0) return undefined;
  // Only up to the figure's own clause: a second comma, a coordinator after a comma, or a word of now between the
  // phrase and the figure make the figure another clause's ("In the first quarter, output fell 2%, and today …").
  for (let k = comma + 1; k < i0; k++) if (toks[k].t === ',' || NOW_WORDS.has(toks[k].t)) return undefined;
  for (let k = s; k < comma; k++) {
    const p = periodAt(text, toks, k);
    if (p && p.end <= comma) {
      if (boundBefore(toks, k) || (!o.statistic && p.year === undefined)) return undefined;
      const m = periodMonth(p, published, o.ownYear);
      return m === 'stop' ? undefined : m;
    }
    const lm = lastMonthAt(toks, k);
    if (lm !== null && lm <= comma) return monthBefore(published);
  }
  return undefined;
}
