import type { Tok } from './tokens';

/**
 * The date (of findDates' list) that holds each token of a text: one table per token list and its dates, made at its
 * first question and kept with the dates. Every figure asks about the tokens around it (its period, its time word, a
 * lead's days), and searching a long page's whole list of dates for each token was most of those readers' time.
 */
interface Span { start: number; end: number }

const memo = new WeakMap<ReadonlyArray<Span>, { toks: Tok[]; n: number; of: Array<Span | undefined> }>();

/**
 * The first date (in `dates`' order) whose span holds each token's start: what `dates.find` gives for that token, and
 * `dates.some` is whether there is one. Tokens are in text order, so each date's tokens are found by halving. The
 * dates are never changed once found; a list of another length (a caller's filtered copy) gets its own table.
 */
export function datesOfTokens<D extends Span>(toks: Tok[], dates: ReadonlyArray<D>): ReadonlyArray<D | undefined> {
  const hit = memo.get(dates);
  if (hit && hit.toks === toks && hit.n === dates.length) return hit.of as Array<D | undefined>;
  const of: Array<D | undefined> = new Array(toks.length);
  for (const d of dates) {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < d.start) lo = mid + 1; else hi = mid;
    }
    for (let k = lo; k < toks.length && toks[k].start < d.end; k++) if (of[k] === undefined) of[k] = d;
  }
  memo.set(dates, { toks, n: dates.length, of });
  return of;
}

/** For each list of dates: the largest end of its first i + 1 dates, or null when the list is not in text order. */
const reach = new WeakMap<ReadonlyArray<Span>, { n: number; maxEnd: Float64Array | null }>();

/**
 * The indices [from, to) of `dates` outside which no date comes within `chars` characters of [start, end): a date
 * before `from` ends earlier, one from `to` on starts later. findDates gives its dates in text order, so a figure's
 * own sentence is found by halving instead of reading every date of a long page for every figure; a list out of
 * order is read whole. The dates inside may still be farther: callers measure each one's gap themselves.
 */
export function datesWithin(dates: ReadonlyArray<Span>, start: number, end: number, chars: number): [number, number] {
  let r = reach.get(dates);
  if (!r || r.n !== dates.length) {
    let maxEnd: Float64Array | null = new Float64Array(dates.length);
    for (let i = 0; i < dates.length; i++) {
      if (i > 0 && dates[i].start < dates[i - 1].start) { maxEnd = null; break; }
      maxEnd[i] = i > 0 ? Math.max(maxEnd[i - 1], dates[i].end) : dates[i].end;
    }
    r = { n: dates.length, maxEnd };
    reach.set(dates, r);
  }
  const { maxEnd } = r;
  if (!maxEnd) return [0, dates.length];
  // The first date that ends at or after start - chars (ends so far are increasing by construction).
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid] < start - chars) lo = mid + 1; else hi = mid;
  }
  // The first date that starts after end + chars.
  let a = lo;
  let b = dates.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (dates[mid].start <= end + chars) a = mid + 1; else b = mid;
  }
  return [lo, a];
}
