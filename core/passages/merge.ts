/**
 * Merge matches of one article that touch or overlap on both sides into one passage.
 */

export interface RawMatch {
  slot: number;
  /** Inclusive content-token ranges. */
  pageFirst: number;
  pageLast: number;
  srcFirst: number;
  srcLast: number;
  /** Matched content tokens on each side (aligned pairs, or the shared stems' tokens). */
  pageToks: number[];
  srcToks: number[];
  /** Found by shingle alignment (true) or only by the sentence-window paraphrase test (false). */
  aligned: boolean;
  /** Weighted cosine of the whole sentences, for sentence-window matches (0 for alignments). */
  score: number;
  /** A sentence window admitted on a shared figure alone (paraphrase.ts needsPin): kept only when the
   *  figure pins it (judge.ts). */
  needsPin?: boolean;
}

/** Matches this close (in content tokens) on both sides are one passage: a quote interrupted by
 *  "a-t-il ajouté" or a clause the other side dropped (3-4 content words). */
export const MERGE_GAP = 4;

/** Two token ranges overlap or lie within MERGE_GAP tokens of each other. */
function near(a0: number, a1: number, b0: number, b1: number): boolean {
  return b0 <= a1 + MERGE_GAP + 1 && a0 <= b1 + MERGE_GAP + 1;
}

export function mergeMatches(matches: RawMatch[]): RawMatch[] {
  const sorted = [...matches].sort((a, b) => a.pageFirst - b.pageFirst || a.srcFirst - b.srcFirst);
  // Token sets are made only when a second match joins: most matches stand alone.
  const merged: Array<{ m: RawMatch; page: Set<number> | null; src: Set<number> | null }> = [];
  for (const m of sorted) {
    // Sorted by page start: only recent hosts can still be near on the page side.
    let host: (typeof merged)[number] | undefined;
    for (let h = merged.length - 1; h >= 0; h--) {
      const x = merged[h].m;
      if (x.pageLast + MERGE_GAP + 1 < m.pageFirst && h < merged.length - 8) break;
      if (
        x.slot === m.slot &&
        x.aligned === m.aligned &&
        near(x.pageFirst, x.pageLast, m.pageFirst, m.pageLast) &&
        near(x.srcFirst, x.srcLast, m.srcFirst, m.srcLast)
      ) {
        host = merged[h];
        break;
      }
    }
    if (!host) {
      merged.push({ m: { ...m }, page: null, src: null });
      continue;
    }
    const x = host.m;
    x.pageFirst = Math.min(x.pageFirst, m.pageFirst);
    x.pageLast = Math.max(x.pageLast, m.pageLast);
    x.srcFirst = Math.min(x.srcFirst, m.srcFirst);
    x.srcLast = Math.max(x.srcLast, m.srcLast);
    host.page ??= new Set(x.pageToks);
    host.src ??= new Set(x.srcToks);
    for (const t of m.pageToks) host.page.add(t);
    for (const t of m.srcToks) host.src.add(t);
    x.score = Math.max(x.score, m.score);
  }
  return merged.map(({ m, page, src }) =>
    page && src
      ? { ...m, pageToks: [...page].sort((a, b) => a - b), srcToks: [...src].sort((a, b) => a - b) }
      : m,
  );
}
