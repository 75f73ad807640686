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
 * Without figure reports (the passages bench, a caller that computes none) the rule cannot tell and drops nothing.
 */
import type { FigureReport } from '../types';
import type { Analysis } from './tokens';
import { isNumberKey, rankWord, wordKeysAt } from './crosslang';
import { isAnchorKey } from './claim-anchors';
import { COUNT_SMALL_VALUE } from './count-pairs';

/** The value a plain number key states ("#7" -> 7, "#2.5" -> 2.5); null for an amount with its power of ten
 *  ("#13^9"), a time or a decade ("#14h35", "#1990s"): those are no small count. */
function plainValue(k: string): number | null {
  const m = /^#(\d+(?:\.\d+)?)$/.exec(k);
  return m ? Number(m[1]) : null;
}

/** Do the words [w0, w1] of `a` give key `k` only as rank words ("troisième", "third-place")? */
function onlyAsRank(a: Analysis, [w0, w1]: [number, number], k: string): boolean {
  let any = false;
  for (let w = w0; w <= w1; w++) {
    if (!wordKeysAt(a, w).includes(k)) continue;
    if (!rankWord(a.wordNorms[w])) return false;
    any = true;
  }
  return any;
}

/** Are all the counts the pair shares (`keys`, its shared keys; counts as sharesCount reads them) small numbers
 *  (under COUNT_SMALL_VALUE), with no figure of the page span [ps, pe) compared by the figures engine with a figure of
 *  source `docId` inside [ss, se)? False when the pair shares no count, an age, a larger number or a rank both give. */
export function smallCountsUncompared(
  pa: Analysis, pw: [number, number], sa: Analysis, sw: [number, number], keys: readonly string[],
  reports: readonly FigureReport[], docId: string, ps: number, pe: number, ss: number, se: number,
): boolean {
  let small = false;
  for (const k of keys) {
    if (k.startsWith('g:')) return false;
    if (!isNumberKey(k) || !isAnchorKey(k, pa, pw, sa, sw)) continue;
    const v = plainValue(k);
    if (v === null || v >= COUNT_SMALL_VALUE) return false;
    // A rank both sides give ("le troisième parti" / "third place") is one claim, and the figures engine compares no
    // rank (its NOT_COUNTS): no comparison says nothing of it.
    if (onlyAsRank(pa, pw, k) && onlyAsRank(sa, sw, k)) return false;
    small = true;
  }
  if (!small) return false;
  return !reports.some((r) => r.page.start >= ps && r.page.end <= pe
    && r.comparisons.some((c) => c.source.id === docId && c.source.start >= ss && c.source.end <= se));
}
