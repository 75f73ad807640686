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

/** Seeds of every usable article, by slot. Shingles in more postings than passim's limit give none;
 *  postings and articles are counted over `stats.slots` (the query's sources, store.ts queryStats). */
export function findSeeds(index: PassageIndex, pa: Analysis, usable: (slot: number) => boolean, stats: QueryStats = queryStats(index, null)): Map<number, number[]> {
  const k = index.config.k;
  const limit = banalPostingLimit(stats.docCount);
  const counted = stats.slots;
  const pageShingles: number[] = [];
  const repeats = new Map<number, number>();
  for (let i = 0; i + k <= pa.tokens.length; i++) {
    const h = shingleAt(pa.tokens, i, k);
    pageShingles.push(h);
    repeats.set(h, (repeats.get(h) ?? 0) + 1);
  }
  const seeds = new Map<number, number[]>();
  for (let i = 0; i < pageShingles.length; i++) {
    // A shingle the page itself repeats is its story's formula: its seeds would multiply (every
    // occurrence against every occurrence) without locating a passage, which the shingles around it do.
    if (repeats.get(pageShingles[i])! > PAGE_REPEAT_MAX) continue;
    const list = index.postings.get(pageShingles[i]);
    if (!list || list.length > limit && (!counted || postingsIn(list, counted) > limit)) continue;
    for (const p of list) {
      const slot = Math.floor(p / POS_BITS);
      if (!usable(slot)) continue;
      const l = seeds.get(slot);
      const seed = i * POS_BITS + (p - slot * POS_BITS);
      if (l) l.push(seed);
      else seeds.set(slot, [seed]);
    }
  }
  return seeds;
}

/** Postings of a list that fall in the given articles. */
function postingsIn(list: number[], slots: ReadonlySet<number>): number {
  let n = 0;
  for (const p of list) if (slots.has(Math.floor(p / POS_BITS))) n++;
  return n;
}
