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
import { ISO_DAY } from './moment';

/** Ordinals of a quarter or a half-year (folded tokens), French and English, in words and in figures. */
const ORDINALS = new Map<string, number>([
  ['premier', 1], ['1er', 1], ['first', 1], ['1st', 1],
  ['deuxieme', 2], ['second', 2], ['seconde', 2], ['2e', 2], ['2eme', 2], ['2nd', 2],
  ['troisieme', 3], ['third', 3], ['3e', 3], ['3eme', 3], ['3rd', 3],
  ['quatrieme', 4], ['fourth', 4], ['4e', 4], ['4eme', 4], ['4th', 4],
]);
/** Nouns of a period and its length in months. */
const PERIOD_MONTHS = new Map<string, number>([['trimestre', 3], ['quarter', 3], ['semestre', 6], ['half', 6]]);
/** "Q3", "T3" (trimestre), "H1", "S1" (semestre): a letter then the period's number, in the original text's capital. */
const LETTER_MONTHS = new Map<string, number>([['q', 3], ['t', 3], ['h', 6], ['s', 6]]);
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
const EXPECTED_WORDS = new Set([
  'attendu', 'attendus', 'attendue', 'attendues', 'prevu', 'prevus', 'prevue', 'prevues', 'prevoit', 'prevoient', 'prevision', 'previsions',
  'consensus', 'analystes', 'objectif', 'estimation', 'estimations', 'anticipe', 'tabler', 'table', 'tablent',
  'expected', 'expects', 'expect', 'forecast', 'forecasts', 'forecasted', 'projected', 'projects', 'estimate', 'estimates', 'analysts',
  'guidance', 'outlook', 'target', 'anticipated', 'sees', 'predicted', 'predicts',
]);
/** Tokens read on either side of a figure for an expectation's word: its sentence's clause around it. */
const EXPECTED_REACH = 12;

/** Does an expectation's word stand within EXPECTED_REACH tokens of the figure at [i0, i1), in its sentence? */
export function expectedValue(toks: Tok[], i0: number, i1: number): boolean {
  for (let k = i0 - 1; k >= 0 && i0 - k <= EXPECTED_REACH; k--) {
    if (SENTENCE_STOPS.has(toks[k].t) || toks[k + 1].nl) break;
    if (EXPECTED_WORDS.has(toks[k].t)) return true;
  }
  for (let k = i1; k < toks.length && k - i1 < EXPECTED_REACH; k++) {
    if (SENTENCE_STOPS.has(toks[k].t) || toks[k].nl) break;
    if (EXPECTED_WORDS.has(toks[k].t)) return true;
  }
  return false;
}
const SENTENCE_STOPS = new Set(['.', '!', '?', ';']);
/** Words joining two conjuncts: a period before one of them, read leftwards from the figure, is the other's. */
const COORDINATORS = new Set(['et', 'ou', 'mais', 'and', 'or', 'but']);

/** "last month", "le mois dernier": the month before publication's. */
const MONTH_WORDS = new Set(['month', 'mois']);

/** A year token right after the period ("trimestre 2024", "quarter of 2024", "semestre de 2023"): its value. */
function yearAfter(toks: Tok[], k: number): number | undefined {
  let j = k;
  if (['de', 'of', 'du'].includes(toks[j]?.t ?? '')) j++;
  const t = toks[j];
  return t && t.kind === 'd' && /^(19|20)\d\d$/.test(t.t) && !t.nl ? Number(t.t) : undefined;
}

/** The period at token k: its number within the year, its length in months, its year if written, its last token. */
function periodAt(text: string, toks: Tok[], k: number): { n: number; months: number; year?: number; end: number } | null {
  const t = toks[k];
  if (!t) return null;
  const ord = ORDINALS.get(t.t);
  if (ord !== undefined) {
    let j = k + 1;
    if (toks[j]?.t === '-') j++;
    const months = PERIOD_MONTHS.get(toks[j]?.t ?? '');
    if (!months || ord > PERIODS_IN_YEAR(months) || toks[j].nl) return null;
    return { n: ord, months, year: yearAfter(toks, j + 1), end: j + 1 };
  }
  // "Q3", "T1", "H1", "S2": a capital letter glued to the digit.
  const months = LETTER_MONTHS.get(t.t);
  const d = toks[k + 1];
  if (months && d && d.kind === 'd' && d.start === t.end && /^[1-4]$/.test(d.t) && /[QTHS]/.test(text[t.start] ?? '')) {
    const n = Number(d.t);
    if (n > PERIODS_IN_YEAR(months)) return null;
    return { n, months, year: yearAfter(toks, k + 2), end: k + 2 };
  }
  return null;
}

/** The period's last month as "YYYY-MM": in its written year, else the latest such period begun by publication. */
function periodMonth(p: { n: number; months: number; year?: number }, published: string): string | 'stop' {
  const last = p.n * p.months;
  const first = last - p.months + 1;
  const y = Number(published.slice(0, 4));
  const year = p.year ?? (first <= Number(published.slice(5, 7)) ? y : y - 1);
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

/** "last month" at k (ending at the returned index), "le mois dernier" at k. */
function lastMonthAt(toks: Tok[], k: number): number | null {
  if (toks[k].t === 'last' && MONTH_WORDS.has(toks[k + 1]?.t ?? '')) return k + 2;
  if (toks[k].t === 'mois' && toks[k + 1]?.t === 'dernier') return k + 2;
  return null;
}

/** What token k says: a period's moment, a stop, or nothing. */
function readingAt(text: string, toks: Tok[], k: number, published: string): string | 'stop' | null {
  const t = toks[k];
  const p = periodAt(text, toks, k);
  if (p) return BOUND_BEFORE.has(toks[k - 1]?.t ?? '') || BOUND_BEFORE.has(toks[k - 2]?.t ?? '') ? 'stop' : periodMonth(p, published);
  if (lastMonthAt(toks, k) !== null) return monthBefore(published);
  if (STOPS.has(t.t) || t.nl) return 'stop';
  // Another value: what stands beyond it is that value's. A year is none ("au premier trimestre 2024").
  if (t.kind === 'd' && !/^(19|20)\d\d$/.test(t.t)) return 'stop';
  return null;
}

/** How many tokens before a period's phrase another value may stand and have the phrase close it ("47 personnes
 * interpellées à l'issue de la demi-finale le mois dernier": the value, its noun and a short phrase). */
const CLOSED_VALUE_REACH = 10;

/** Is there another value (a number, not a year) within CLOSED_VALUE_REACH tokens before token k, in its clause? */
function closesAValue(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= CLOSED_VALUE_REACH; j--) {
    if (SENTENCE_STOPS.has(toks[j].t) || toks[j + 1].nl) return false;
    if (toks[j].kind === 'd' && !/^(19|20)\d\d$/.test(toks[j].t)) return true;
  }
  return false;
}

/**
 * The reference period of the figure at tokens [i0, i1) as "YYYY-MM" (see the module's comment), or undefined when its
 * clause names none or the article has no day to place a period without its year in.
 */
export function referencePeriod(text: string, toks: Tok[], i0: number, i1: number, published: string | undefined): string | undefined {
  if (!published || !ISO_DAY.test(published) || expectedValue(toks, i0, i1)) return undefined;
  for (let k = i1, n = 0; k < toks.length && n < AFTER; k++, n++) {
    // "au 1er trimestre 2024": the period's own ordinal or year is no other value.
    const r = readingAt(text, toks, k, published);
    if (r === 'stop') break;
    if (r) return r;
  }
  for (let k = i0 - 1, n = 0; k >= 0 && n < BEFORE; k--, n++) {
    // "… le mois dernier ou avec les 227 interpellations": past a coordinator, the period is the conjunct's before.
    if (COORDINATORS.has(toks[k].t)) break;
    // Read from each token as the first of a period's phrase: its ordinal ("1er") or year is then no other value.
    const r = readingAt(text, toks, k, published);
    // "47 interpellations le mois dernier ou les 227 ...", "30 % au premier semestre et 25 %": a period before the figure
    // that follows another value closes that value, not the figure.
    if (r && r !== 'stop') return closesAValue(toks, k) ? undefined : r;
    if (r === 'stop' && (periodAt(text, toks, k) || STOPS.has(toks[k].t) || toks[k + 1].nl)) break;
    if (toks[k].kind === 'd' && !/^(19|20)\d\d$/.test(toks[k].t) && !periodAt(text, toks, k - 1)) break;
  }
  // The sentence's opening phrase, closed by a comma: "Au premier trimestre 2024, le PIB a reculé de 5,3 %".
  let s = i0 - 1;
  while (s >= 0 && i0 - s <= 60 && !['.', '!', '?', ';'].includes(toks[s].t) && !toks[s + 1].nl) s--;
  s++;
  let comma = -1;
  for (let k = s; k < i0 && k - s <= FRAME_TOKENS; k++) if (toks[k].t === ',') { comma = k; break; }
  if (comma < 0) return undefined;
  for (let k = s; k < comma; k++) {
    const p = periodAt(text, toks, k);
    if (p && p.end <= comma) {
      const m = BOUND_BEFORE.has(toks[k - 1]?.t ?? '') || BOUND_BEFORE.has(toks[k - 2]?.t ?? '') ? 'stop' : periodMonth(p, published);
      return m === 'stop' ? undefined : m;
    }
    if (lastMonthAt(toks, k) !== null && (lastMonthAt(toks, k) as number) <= comma) return monthBefore(published);
  }
  return undefined;
}
