/**
 * Sorting a match's sources, best first: by score, highest first, then by id. At 10,000 articles on one story a
 * match sorts some 10,000 sources, and Array.prototype.sort calling a comparator for each of its ~130,000
 * comparisons cost about as much as the cores' overlap. The scores are sorted as a Float64Array (a native numeric
 * sort, no call per comparison), each source finds its place by binary search among them, and only sources of one
 * same score are ordered by a comparator, by id. The order is the comparator sort's (a total order sorts one way).
 */

/** `items` (sorted in place and returned) by `score` highest first, then by `id(item)` in string order. */
export function sortByScore<T extends { score: number }>(items: T[], id: (item: T) => string): T[] {
  const order = scoreOrder((i) => items[i].score, items.length, (i) => id(items[i]));
  const sorted = Array.from(order, (i) => items[i]);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i];
  return items;
}

/**
 * The numbers 0..m-1 ordered as sortByScore orders items (`score(i)` highest first, then `id(i)` in string order),
 * for a caller that keeps its items in flat arrays: a match keeps thousands of passing sources so, one object each
 * having cost as much as sorting them.
 */
export function scoreOrder(score: (i: number) => number, m: number, id: (i: number) => string): Int32Array {
  const byId = (a: number, b: number): number => (id(a) < id(b) ? -1 : 1);
  const keys = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const s = score(i);
    // NaN orders against nothing: leave such a list to the comparator, as it was.
    if (s !== s) return Int32Array.from(Array.from({ length: m }, (_, k) => k).sort((a, b) => score(b) - score(a) || byId(a, b)));
    keys[i] = s;
  }
  keys.sort();
  const out = new Int32Array(m);
  /** At the first place of each score in `out`: how many sources of that score are placed. */
  const placed = new Int32Array(m);
  /** First places of the scores that more than one source has. */
  const ties: number[] = [];
  for (let i = 0; i < m; i++) {
    const s = score(i);
    // How many scores are at most s (binary search): s's first place, highest first, is m minus that.
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    const first = m - lo;
    if (placed[first] === 1) ties.push(first);
    out[first + placed[first]++] = i;
  }
  for (const first of ties) out.subarray(first, first + placed[first]).sort(byId);
  return out;
}
