/**
 * From seed hits (page token i and source token j start the same shingle) to aligned regions:
 * chain seeds that follow one another on both sides, extend the chain past its ends over short
 * mismatches, and align the tokens inside (longest common subsequence on stems).
 */
import type { ContentToken } from './tokens';

/** Two seeds belong to one chain when both sides advance by at most this many content tokens.
 *  A reworded clause in a quote ("mettre un terme à" / "cesser") is 2-4 content tokens; 8 bridges
 *  two such edits while a new sentence on one side only (10+ content tokens) breaks the chain. */
export const MAX_GAP = 8;
/** Greedy extension past a chain's end looks this many content tokens ahead on each side, so a
 *  quote's tail that shares single words but no shingle ("immédiatement ... ces actions") is kept. */
export const EXTEND_WINDOW = 4;

/** A seed packs page token i and source token j as i * SEED_BASE + j. */
export const SEED_BASE = 65536;
const seedI = (s: number) => Math.floor(s / SEED_BASE);
const seedJ = (s: number) => s % SEED_BASE;

export interface Alignment {
  /** Matched tokens, as two parallel arrays increasing on both sides (no tuple per pair: a long
   *  page makes thousands of chains, and the garbage collector was a third of the query time). */
  pageToks: number[];
  srcToks: number[];
  /** Token ranges [first, last] (inclusive) on each side. */
  pageFirst: number;
  pageLast: number;
  srcFirst: number;
  srcLast: number;
}

/**
 * Group seeds into chains that advance together on both sides. A chain crosses a sentence boundary
 * (on either side) only by a contiguous step: a copied passage keeps running across sentences, while
 * two sentences that merely share the story's words ("troupes nord-coréennes") are separate.
 */
export function chainSeeds(
  seeds: number[],
  k: number,
  page: ReadonlyArray<ContentToken>,
  src: ReadonlyArray<ContentToken>,
): number[][] {
  seeds.sort((a, b) => a - b); // by i, then j
  const chains: Array<{ seeds: number[]; i: number; j: number }> = [];
  let active: typeof chains = [];
  for (const s of seeds) {
    const si = seedI(s);
    const sj = seedJ(s);
    let w = 0;
    for (const c of active) if (si - c.i <= MAX_GAP + k) active[w++] = c;
    if (w < active.length) active.length = w;
    let best: (typeof chains)[number] | null = null;
    let bestSkew = Infinity;
    for (const c of active) {
      const di = si - c.i;
      const dj = sj - c.j;
      // Same token used twice is a repetition, not progress.
      if (di <= 0 || dj <= 0 || dj > MAX_GAP + k) continue;
      // The cheap test first: a chain no better than the best so far is not looked at further.
      const skew = Math.abs(di - dj);
      if (skew >= bestSkew) continue;
      const crosses = page[si].sent !== page[c.i].sent || src[sj].sent !== src[c.j].sent;
      if (crosses && (di > 1 || dj > 1)) continue;
      bestSkew = skew;
      best = c;
    }
    if (best) {
      best.seeds.push(s);
      best.i = si;
      best.j = sj;
    } else {
      const c = { seeds: [s], i: si, j: sj };
      chains.push(c);
      active.push(c);
    }
  }
  return chains.map((c) => c.seeds);
}

/** LCS of stems between page[a0..a1] and src[b0..b1] (inclusive), appended to outA / outB. */
export function lcsPairs(
  page: ReadonlyArray<ContentToken>,
  src: ReadonlyArray<ContentToken>,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  outA: number[],
  outB: number[],
): void {
  const n = a1 - a0 + 1;
  const m = b1 - b0 + 1;
  if (n <= 0 || m <= 0) return;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      dp[x * w + y] =
        page[a0 + x].sid === src[b0 + y].sid
          ? dp[(x + 1) * w + y + 1] + 1
          : Math.max(dp[(x + 1) * w + y], dp[x * w + y + 1]);
    }
  }
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    if (page[a0 + x].sid === src[b0 + y].sid) {
      outA.push(a0 + x);
      outB.push(b0 + y);
      x++;
      y++;
    } else if (dp[(x + 1) * w + y] >= dp[x * w + y + 1]) x++;
    else y++;
  }
}

/** Greedily add matching tokens just past the last pair (dir = 1) or before the first (dir = -1). */
function extend(
  page: ReadonlyArray<ContentToken>,
  src: ReadonlyArray<ContentToken>,
  pa: number[],
  sb: number[],
  dir: 1 | -1,
): void {
  for (;;) {
    const i = dir === 1 ? pa[pa.length - 1] : pa[0];
    const j = dir === 1 ? sb[sb.length - 1] : sb[0];
    let fa = -1;
    let fb = -1;
    let bestCost = Infinity;
    // Costs only grow along both loops: once di + dj reaches the best cost, the rest cannot beat it.
    for (let di = 1; di <= EXTEND_WINDOW && di + 1 < bestCost; di++) {
      const a = i + dir * di;
      if (a < 0 || a >= page.length) break;
      const sid = page[a].sid;
      for (let dj = 1; dj <= EXTEND_WINDOW && di + dj < bestCost; dj++) {
        const b = j + dir * dj;
        if (b < 0 || b >= src.length) break;
        // The same stem, nearer than the best so far; never past a sentence end on either side,
        // unless the copy is contiguous.
        if (sid !== src[b].sid) continue;
        const crosses = page[a].sent !== page[i].sent || src[b].sent !== src[j].sent;
        if (crosses && (di > 1 || dj > 1)) continue;
        bestCost = di + dj;
        fa = a;
        fb = b;
      }
    }
    if (fa < 0) return;
    if (dir === 1) {
      pa.push(fa);
      sb.push(fb);
    } else {
      pa.unshift(fa);
      sb.unshift(fb);
    }
  }
}

/**
 * Align one chain of seeds: the seeds' own tokens match; between two consecutive seeds (at most
 * MAX_GAP tokens apart) the longest common subsequence fills in. Aligning gap by gap instead of the
 * whole region keeps the cost linear in the chain's length (a copied article is one long chain).
 */
export function alignChain(
  page: ReadonlyArray<ContentToken>,
  src: ReadonlyArray<ContentToken>,
  chain: number[],
  k: number,
): Alignment {
  const pageToks: number[] = [];
  const srcToks: number[] = [];
  let lastI = -1;
  let lastJ = -1;
  for (const s of chain) {
    const si = seedI(s);
    const sj = seedJ(s);
    if (lastI >= 0 && si > lastI + 1 && sj > lastJ + 1) {
      lcsPairs(page, src, lastI + 1, si - 1, lastJ + 1, sj - 1, pageToks, srcToks);
    }
    for (let t = 0; t < k; t++) {
      const i = si + t;
      const j = sj + t;
      if (i <= lastI || j <= lastJ || i >= page.length || j >= src.length) continue;
      pageToks.push(i);
      srcToks.push(j);
      lastI = i;
      lastJ = j;
    }
  }
  if (pageToks.length === 0) {
    pageToks.push(seedI(chain[0]));
    srcToks.push(seedJ(chain[0]));
  }
  extend(page, src, pageToks, srcToks, 1);
  extend(page, src, pageToks, srcToks, -1);
  return {
    pageToks,
    srcToks,
    pageFirst: pageToks[0],
    pageLast: pageToks[pageToks.length - 1],
    srcFirst: srcToks[0],
    srcLast: srcToks[srcToks.length - 1],
  };
}
