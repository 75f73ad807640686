/**
 * Week numbers: "semaine 19", "week 12", "entre les semaines 11 et 14", and the short form of weekly bulletins glued
 * to its digits ("1 784 en S18"). A number written right after a period noun, with no determiner between, is that
 * period's label (as "article 49", "page 12"), not a count of anything; and a count told "en S18" / "in week 18" is
 * the count of that one week, which another week's count of the same thing is not. Pure.
 */
import type { Tok } from './tokens';
import type { NumPhrase } from './number-reader';

/** Period nouns a bare number after them labels. */
const WEEK_NOUNS = new Set(['semaine', 'semaines', 'week', 'weeks']);
/** Short forms glued to the digits, written with a capital ("S18", "W18"): a bulletin's week. A lower-case letter
 * glued to digits is a unit or a plural ("18s"), never a label. */
const WEEK_SHORT = new Set(['s', 'w', 'wk']);
/** Weeks of a year are numbered 1 to 53 (ISO 8601): a larger number after "semaine" is no label. */
const WEEK_MAX = 53;
/** Words that join two week labels into a span ("semaines 11 et 14", "weeks 11 to 14", "S11-S14"). */
const SPAN_WORDS = new Set(['et', 'and', 'a', 'au', 'to', '-']);

export interface WeekLabel {
  i0: number;
  i1: number;
  start: number;
  end: number;
  low: number;
  high: number;
}

/** A week number written as digits, 1 to WEEK_MAX, at token k. */
const weekDigits = (toks: Tok[], k: number): boolean => {
  const t = toks[k];
  return !!t && t.kind === 'd' && !t.ord && /^\d{1,2}$/.test(t.t) && t.v >= 1 && t.v <= WEEK_MAX;
};

/** Token k is a week number's label word: a period noun on its line, or a capital short form glued to it. */
const labelBefore = (toks: Tok[], k: number): boolean => {
  const p = toks[k - 1];
  if (!p || p.kind !== 'w' || toks[k].nl) return false;
  return WEEK_NOUNS.has(p.t) || (WEEK_SHORT.has(p.t) && !!p.cap && p.end === toks[k].start);
};

/** The week label the number phrase p is, with a second week joined to it ("semaines 11 et 14"), or null. */
export function weekLabelAt(toks: Tok[], p: NumPhrase): WeekLabel | null {
  if (p.kind !== 'cardinal' || p.i1 - p.i0 !== 1 || !weekDigits(toks, p.i0) || !labelBefore(toks, p.i0)) return null;
  const label: WeekLabel = { i0: p.i0, i1: p.i1, start: toks[p.i0 - 1].start, end: p.end, low: p.value, high: p.value };
  const join = toks[p.i1];
  // "semaines 11 et 14", "S11-S14": the second number may repeat the short form.
  let k = p.i1 + 1;
  if (join && SPAN_WORDS.has(join.t) && !toks[k]?.nl && toks[k]?.kind === 'w' && WEEK_SHORT.has(toks[k].t) && weekDigits(toks, k + 1) && labelBefore(toks, k + 1)) k++;
  if (join && SPAN_WORDS.has(join.t) && weekDigits(toks, k) && !toks[k].nl && toks[k].v > p.value) {
    label.i1 = k + 1;
    label.end = toks[k].end;
    label.high = toks[k].v;
  }
  return label;
}

/** Characters between a count and its week that end the sentence or the clause's reach. */
const SENTENCE_END = /[.!?;\n]/;

/**
 * The one week a count of its sentence is told for: the week label right after it, or else right before it,
 * with no other number between them and no sentence end ("1 266 en S19 contre 1 784 en S18"; "En semaine 19,
 * 1 266 cas confirmés"). A span of weeks ("décès survenus entre les semaines 11 et 14") is a count's reach over
 * several weeks, not one week's count: it scopes nothing.
 */
export function weekOfCount(text: string, start: number, end: number, labels: WeekLabel[]): number | undefined {
  const free = (a: number, b: number): boolean => a <= b && !SENTENCE_END.test(text.slice(a, b)) && !/\d/.test(text.slice(a, b));
  const after = labels.find((l) => l.start >= end && free(end, l.start));
  const before = after ? undefined : labels.findLast((l) => l.end <= start && free(l.end, start));
  const l = after ?? before;
  return l && l.low === l.high ? l.low : undefined;
}
