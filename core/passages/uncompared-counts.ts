/**
 * A small number two sentences share that the figures engine does not read as one count (session 45, pprec45).
 *
 * sharesCount (claim-anchors.ts) reads any shared number that is not a year as a count both sentences state, and a
 * pair sharing a count is reported from CROSS_MIN_SCORE (0.12) where a pair sharing none needs
 * CROSS_NO_COUNT_MIN_SCORE (0.135). A small number is in many sentences of one story for other things: "sept pays"
 * / "seven aircraft", "deux failles" / "about two days", "the Category 5 hurricane" / "5 people". The figures engine
 * decides what each figure counts (its unit and counted noun) and compares two figures only when they count one
 * thing; when it compares no figure of the page span with one of the source span, the small number they share is two
 * counts, not one. count-pairs.ts asks a small count (COUNT_SMALL_VALUE) to pair as whole sentences do for the same
 * reason. Large numbers are left alone: a shared "1,272" names one count whatever the figures engine makes of it.
 *
 * Only a comparison of the shared number itself joins it (review rev45a): one of another figure of the two spans
 * ("Sept pays ont envoyé 300 soldats" / "Seven aircraft carried 320 soldiers": 300 against 320) says nothing of the 7.
 *
 * Without figure reports (the passages bench, a caller that computes none) the rule cannot tell and drops nothing;
 * nor for a source the figures engine was not run against (the engine compares figures with its best
 * MAX_DETAILED_SOURCES sources only, and seeks passages in more): there no comparison is no evidence.
 */
import type { FigureReport } from '../types';
import type { Analysis } from './tokens';
import { isNumberKey, numberRole, sentenceBags } from './crosslang';
import { isAnchorKey } from './claim-anchors';
import { COUNT_SMALL_VALUE } from './count-pairs';

/** The value a plain number key states ("#7" -> 7, "#2.5" -> 2.5); null for an amount with its power of ten
 *  ("#13^9"), a time or a decade ("#14h35", "#1990s"): those are no small count. */
function plainValue(k: string): number | null {
  const m = /^#(\d+(?:\.\d+)?)$/.exec(k);
  return m ? Number(m[1]) : null;
}

/** Do the words [w0, w1] of `a` give key `k` only as ranks ("troisième", "third-place", "3e", "3rd")? */
function onlyAsRank(a: Analysis, [w0, w1]: [number, number], k: string): boolean {
  return numberRole(a, sentenceBags(a).wordKeys, w0, w1, k, 'rank') === 'rank';
}

/** Does a figure at [start, end) of `a`'s text, of value [low, high], state the number `v` that key `k` gives in
 *  words [w0, w1]: its value is `v`, or its span covers a word giving `k` (a value the figures engine rescaled or
 *  converted is still the word's)? */
function statesNumber(a: Analysis, [w0, w1]: [number, number], k: string, v: number, start: number, end: number, low: unknown, high: unknown): boolean {
  if (low === v || high === v) return true;
  const keys = sentenceBags(a).wordKeys;
  for (let w = w0; w <= w1; w++) {
    if (keys[w].includes(k) && a.wordStarts[w] < end && start < a.wordEnds[w]) return true;
  }
  return false;
}

/** Are all the counts the pair shares (`keys`, its shared keys; counts as sharesCount reads them) small numbers
 *  (under COUNT_SMALL_VALUE), none of them stated by a figure of the page span [ps, pe) that the figures engine
 *  compared with a figure of source `docId` inside [ss, se) stating it too? False when the pair shares no count, an
 *  age, a larger number or a rank both give. */
export function smallCountsUncompared(
  pa: Analysis, pw: [number, number], sa: Analysis, sw: [number, number], keys: readonly string[],
  reports: readonly FigureReport[], docId: string, ps: number, pe: number, ss: number, se: number,
): boolean {
  const small: [string, number][] = [];
  for (const k of keys) {
    if (k.startsWith('g:')) return false;
    if (!isNumberKey(k) || !isAnchorKey(k, pa, pw, sa, sw)) continue;
    const v = plainValue(k);
    if (v === null || v >= COUNT_SMALL_VALUE) return false;
    // A rank both sides give ("le troisième parti" / "third place") is kept whatever the figures engine made of it:
    // it compares two ranks only when it finds they rank one noun (figures/match.ts sameRanked), and a rank often
    // names none ("came third"), so no comparison is no evidence of two things; an ordinal on both sides is also
    // no bare number that many sentences of a story give for other things, as "sept" or "two" is.
    if (onlyAsRank(pa, pw, k) && onlyAsRank(sa, sw, k)) return false;
    small.push([k, v]);
  }
  if (small.length === 0) return false;
  return !small.some(([k, v]) => reports.some((r) => r.page.start >= ps && r.page.end <= pe
    && statesNumber(pa, pw, k, v, r.page.start, r.page.end, r.low, r.high)
    && r.comparisons.some((c) => c.source.id === docId && c.source.start >= ss && c.source.end <= se
      && statesNumber(sa, sw, k, v, c.source.start, c.source.end, c.low, c.high))));
}
