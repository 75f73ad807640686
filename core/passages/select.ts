/**
 * Stage 4, select: a statement has one counterpart per source. Of one source's judged matches, the
 * fragments of one passage and the sentence windows that re-read an aligned match go first (before the
 * costly surface is computed), then restatements, strongest first; see `conflicts`.
 */
import type { Analysis } from './tokens';
import type { RawMatch } from './merge';
import { surfaceSimilarity, VERBATIM_MIN_SURFACE } from './classify';
import type { Candidate, Judged } from './judge';

/** Share of a weaker span [s, e) that a stronger span [s2, e2) covers, beyond which the weaker one
 *  re-uses the same text (measured: the restatements dropped cover 58-100% of the weaker span, the
 *  distinct statements kept next to a longer passage 20% or less). */
export const SAME_TEXT_SHARE = 0.5;
/** Surface similarity beyond which two spans of one text repeat each other (a title and its lede). */
export const REPEAT_SURFACE = 0.5;
/** A second counterpart with this much informative weight of its own is a statement, not a restatement. */
export const RESTATEMENT_OWN_INFO = 3;

/** Aligned matches first, then by weight; a match overlapping a kept one on both sides (a fragment),
 *  or a sentence window overlapping one on either side, is dropped. */
export function dropFragments<J extends Judged>(judged: J[]): J[] {
  judged.sort((a, b) => Number(b.m.aligned) - Number(a.m.aligned) || b.info - a.info);
  const distinct: J[] = [];
  for (const j of judged) {
    if (distinct.some((c) => overlapsBoth(c.m, j.m) || (!j.m.aligned && overlapsEither(c.m, j.m)))) continue;
    distinct.push(j);
  }
  return distinct;
}

/** One counterpart per statement and source, strongest first; a dropped restatement whose other text
 *  no other candidate claims is that text's only counterpart in this source, and comes back. */
export function selectCounterparts(cands: Candidate[], pa: Analysis, sa: Analysis): Candidate[] {
  cands.sort((a, b) => Number(b.m.aligned) - Number(a.m.aligned) || b.p.score - a.p.score || b.info - a.info);
  const chosen: Candidate[] = [];
  const dropped: Candidate[] = [];
  for (const j of cands) {
    if (chosen.some((c) => conflicts(c, j, pa, sa))) dropped.push(j);
    else chosen.push(j);
  }
  const restated = dropped.filter(
    (j) =>
      j.m.aligned &&
      !chosen.some((c) => overlapsBoth(c.m, j.m)) &&
      !(
        cands.some((c) => c !== j && claimsPage(c, j, sa, VERBATIM_MIN_SURFACE)) &&
        cands.some((c) => c !== j && claimsSource(c, j, pa, VERBATIM_MIN_SURFACE))
      ),
  );
  chosen.push(...restated);
  return chosen;
}

function covered(s: number, e: number, s2: number, e2: number): number {
  return e > s ? Math.max(0, Math.min(e, e2) - Math.max(s, s2)) / (e - s) : 0;
}

/**
 * Does the weaker match `j` restate the stronger, already chosen `c` of the same source?
 * - a match overlapping `c` on both sides is a fragment of the same passage;
 * - a sentence window overlapping `c` on either side is a weaker reading of the same text;
 * - an aligned match whose span on one side lies mostly (SAME_TEXT_SHARE) inside `c`'s is the same
 *   statement paired with a second, different text: a story's headline fact restated elsewhere in
 *   the article. Kept when its other side repeats `c`'s other side (an article that says the same
 *   sentence twice, a title and its lede: both are counterparts) or when it carries words of its own
 *   (RESTATEMENT_OWN_INFO).
 */
export function conflicts(c: Candidate, j: Candidate, pa: Analysis, sa: Analysis): boolean {
  if (overlapsBoth(c.m, j.m)) return true;
  if (!j.m.aligned) return overlapsEither(c.m, j.m);
  return claimsPage(c, j, sa) || claimsSource(c, j, pa);
}

/** `c` is the counterpart of most of `j`'s page text, and `j` pairs it with another source text. */
function claimsPage(c: Candidate, j: Candidate, sa: Analysis, repeatMin = REPEAT_SURFACE): boolean {
  return (
    j.info < RESTATEMENT_OWN_INFO &&
    covered(j.p.page.start, j.p.page.end, c.p.page.start, c.p.page.end) >= SAME_TEXT_SHARE &&
    !repeats(sa, c.m.srcFirst, c.m.srcLast, j.m.srcFirst, j.m.srcLast, repeatMin)
  );
}

/** `c` is the counterpart of most of `j`'s source text, and `j` pairs it with another page text. */
function claimsSource(c: Candidate, j: Candidate, pa: Analysis, repeatMin = REPEAT_SURFACE): boolean {
  return (
    j.info < RESTATEMENT_OWN_INFO &&
    covered(j.p.source.start, j.p.source.end, c.p.source.start, c.p.source.end) >= SAME_TEXT_SHARE &&
    !repeats(pa, c.m.pageFirst, c.m.pageLast, j.m.pageFirst, j.m.pageLast, repeatMin)
  );
}

/** Two token ranges of one text say the same words in order, for the most part (a title and its
 *  lede, a sentence an article repeats). Measured: stem overlap (in any order) cannot tell such
 *  repeats from two different statements of the story's fact, which share its words too. */
function repeats(a: Analysis, f1: number, l1: number, f2: number, l2: number, min = REPEAT_SURFACE): boolean {
  const w1 = a.wordIds.subarray(a.tokens[f1].word, a.tokens[l1].word + 1);
  const w2 = a.wordIds.subarray(a.tokens[f2].word, a.tokens[l2].word + 1);
  // Dice >= min needs the shorter side to hold that share of the two: skip the LCS when the lengths
  // alone rule it out (a short match against a whole copied article).
  const short = Math.min(w1.length, w2.length);
  if ((2 * short) / (w1.length + w2.length) < min) return false;
  return surfaceSimilarity(w1, w2) >= min;
}

export function overlapsEither(a: RawMatch, b: RawMatch): boolean {
  return (a.pageFirst <= b.pageLast && b.pageFirst <= a.pageLast) || (a.srcFirst <= b.srcLast && b.srcFirst <= a.srcLast);
}
export function overlapsBoth(a: RawMatch, b: RawMatch): boolean {
  return a.pageFirst <= b.pageLast && b.pageFirst <= a.pageLast && a.srcFirst <= b.srcLast && b.srcFirst <= a.srcLast;
}
