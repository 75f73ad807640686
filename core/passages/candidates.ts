/**
 * Stage 2, candidates: which articles to align (the given sources, or those with enough seeds), and
 * the raw matches of one article: seed chains aligned, and sentence windows for paraphrases.
 */
import type { Analysis } from './tokens';
import { alignChain, chainSeeds } from './align';
import { matchedWords, MIN_MATCHED_TOKENS } from './banality';
import { sentenceMatches } from './paraphrase';
import type { RawMatch } from './merge';

/** At most this many articles are aligned per query (the most seeds first): the engine reports the
 *  best sources, and a page shares stock shingles with many unrelated articles of a large corpus. */
export const MAX_CANDIDATES = 20;
/** Without sourceIds an article needs this many seeds to be aligned: one or two shared shingles are
 *  chance in a large corpus, and a passage needs five matched words, i.e. about three seeds. */
export const MIN_SEEDS = 3;
/** Without sourceIds, paraphrases (sentence windows, the costly part) are looked for only in the
 *  articles that share the most text with the page: a paraphrase source that shares no passage at
 *  all is unlikely to be same-story, and the caller normally passes the same-story sourceIds. */
export const PARA_MAX_DOCS = 5;

/** Candidate slots, most seeds first, at most MAX_CANDIDATES: of the allowed ones (the same-story
 *  sources, however the story score ranks them), or of those with MIN_SEEDS seeds. */
export function candidateSlots(seeds: Map<number, number[]>, allowed: Set<number> | null, usable: (slot: number) => boolean): number[] {
  let candidates: number[];
  if (allowed) candidates = [...allowed].filter(usable);
  else candidates = [...seeds.keys()].filter((s) => seeds.get(s)!.length >= MIN_SEEDS);
  candidates.sort((a, b) => (seeds.get(b)?.length ?? 0) - (seeds.get(a)?.length ?? 0));
  return candidates.slice(0, MAX_CANDIDATES);
}

/** Raw matches of one article: aligned seed chains, then (when `paraphrases`) the sentence windows of
 *  page sentences that alignment has not already mostly matched. */
export function rawMatches(
  slot: number,
  pa: Analysis,
  sa: Analysis,
  seeds: number[],
  k: number,
  rarityOf: (sid: number) => number,
  paraphrases: boolean,
): RawMatch[] {
  const raw: RawMatch[] = [];
  const aligned = new Uint8Array(pa.tokens.length);
  for (const chain of chainSeeds(seeds, k, pa.tokens, sa.tokens)) {
    const al = alignChain(pa.tokens, sa.tokens, chain, k);
    raw.push({
      slot,
      pageFirst: al.pageFirst,
      pageLast: al.pageLast,
      srcFirst: al.srcFirst,
      srcLast: al.srcLast,
      pageToks: al.pageToks,
      srcToks: al.srcToks,
      aligned: true,
      score: 0,
    });
    if (matchedWords(pa.tokens, al.pageToks) >= MIN_MATCHED_TOKENS) for (const i of al.pageToks) aligned[i] = 1;
  }
  if (!paraphrases) return raw;
  // A page sentence mostly matched by alignment already has its counterpart in this source.
  const covered = (p: number) => {
    const [t0, t1] = pa.sentTokens[p];
    let n = 0;
    for (let t = t0; t < t1; t++) n += aligned[t];
    return n * 2 > t1 - t0;
  };
  for (const m of sentenceMatches(pa, sa, rarityOf, covered)) {
    raw.push({
      slot,
      pageFirst: m.pageFirst,
      pageLast: m.pageLast,
      srcFirst: m.srcFirst,
      srcLast: m.srcLast,
      pageToks: m.pageToks,
      srcToks: m.srcToks,
      aligned: false,
      score: m.sentenceScore,
      needsPin: m.needsPin,
    });
  }
  return raw;
}
