/**
 * Stage 1, seeds: the page's shingles looked up in the index. A seed is one shared shingle, packed as
 * `pageToken * POS_BITS + sourceToken` (numbers, not objects: a long page against a copied article
 * makes thousands), grouped by article slot.
 */
import type { Analysis } from './tokens';
import { shingleAt } from './shingles';
import { POS_BITS, queryStats, type PassageIndex, type QueryStats } from './store';
import { banalPostingLimit } from './banality';

/** A shingle repeated more often than this in the page gives no seeds. Measured: 8 loses nothing on
 *  the eval (4 loses 3 close and 5 paraphrase pairs) and halves the seeds of a 2,000-word page built
 *  from copies. */
export const PAGE_REPEAT_MAX = 8;

/** Seeds of every usable article, by slot. Shingles in more postings than passim's limit give none.
 *  With `stats.slots` (the query's sources, store.ts queryStats), postings and articles are counted over
 *  those articles only, and only usable ones among them give seeds. */
export function findSeeds(index: PassageIndex, pa: Analysis, usable: (slot: number) => boolean, stats: QueryStats = queryStats(index, null)): Map<number, number[]> {
  const k = index.config.k;
  const limit = banalPostingLimit(stats.docCount);
  const countedSet = stats.slots;
  const counted = countedSet ? [...countedSet].sort((a, b) => a - b) : null;
  const pageShingles: number[] = [];
  const repeats = new Map<number, number>();
  for (let i = 0; i + k <= pa.tokens.length; i++) {
    const h = shingleAt(pa.tokens, i, k);
    pageShingles.push(h);
    repeats.set(h, (repeats.get(h) ?? 0) + 1);
  }
  const seeds = new Map<number, number[]>();
  const emit = (i: number, p: number): void => {
    const slot = Math.floor(p / POS_BITS);
    if (!usable(slot) || (countedSet && !countedSet.has(slot))) return;
    const l = seeds.get(slot);
    const seed = i * POS_BITS + (p - slot * POS_BITS);
    if (l) l.push(seed);
    else seeds.set(slot, [seed]);
  };
  for (let i = 0; i < pageShingles.length; i++) {
    // A shingle the page itself repeats is its story's formula: its seeds would multiply (every
    // occurrence against every occurrence) without locating a passage, which the shingles around it do.
    if (repeats.get(pageShingles[i])! > PAGE_REPEAT_MAX) continue;
    const list = index.postings.get(pageShingles[i]);
    if (!list) continue;
    if (list.length <= limit) {
      for (const p of list) emit(i, p);
      continue;
    }
    if (!counted) continue;
    // A long list (a formula of a large index) is read only where the counted articles' postings lie when
    // they are few: a list is in slot order (addDocument appends, removeDocument keeps the order), so each
    // article's postings are found by binary search instead of reading thousands of others'.
    if (counted.length * SEARCHES_PER_SOURCE * Math.log2(list.length) < list.length) {
      const ranges = slotRanges(list, counted);
      let n = 0;
      for (let r = 0; r < ranges.length; r += 2) n += ranges[r + 1] - ranges[r];
      if (n > limit) continue;
      for (let r = 0; r < ranges.length; r += 2) for (let j = ranges[r]; j < ranges[r + 1]; j++) emit(i, list[j]);
    } else {
      if (postingsIn(list, countedSet!) > limit) continue;
      for (const p of list) emit(i, p);
    }
  }
  return seeds;
}

/** Binary searches per source in a long list (where its postings start, where the next slot's start): reading
 *  by search costs sources x this x log2(list length) steps, reading the whole list its length. */
const SEARCHES_PER_SOURCE = 2;

/** First index of `list` (ascending) whose value is at least `v`. */
function lowerBound(list: number[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) pairs of the postings of each slot (ascending) in a list in slot order; empty ones left out. */
function slotRanges(list: number[], slots: number[]): number[] {
  const out: number[] = [];
  for (const slot of slots) {
    const a = lowerBound(list, slot * POS_BITS);
    if (a === list.length) break;
    const b = lowerBound(list, (slot + 1) * POS_BITS);
    if (b > a) out.push(a, b);
  }
  return out;
}

/** Postings of a list that fall in the given articles. */
function postingsIn(list: number[], slots: ReadonlySet<number>): number {
  let n = 0;
  for (const p of list) if (slots.has(Math.floor(p / POS_BITS))) n++;
  return n;
}
