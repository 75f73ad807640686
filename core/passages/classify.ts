/**
 * Kind and score of a passage, from how much of its surface (every word, function words included)
 * the two sides share in order.
 */
import type { PassageKind } from '../types';

/** "A word or two changed" in a 15-30 word quote leaves 85-95% of the words in order. */
export const VERBATIM_MIN_SURFACE = 0.8;
/** A close rewording keeps at least half of the words in order ("mettre un terme à ces actions" /
 *  "cesser ces actions" within a longer quote). Below that it reads as a paraphrase. */
export const CLOSE_MIN_SURFACE = 0.5;

/** Words of slack around the diagonal for the banded LCS: rewordings shift the two sides by a few
 *  words, not by dozens, and the band keeps a 500-word passage linear. */
export const LCS_BAND = 24;

/**
 * Longest common subsequence length of two word lists, within a band around the diagonal (exact
 * when the sides differ by less than LCS_BAND words of shift).
 */
export function lcsLength(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  // A common prefix and suffix always belong to an LCS: strip them first (a copied passage is mostly
  // prefix, and the table is then built only for the reworded middle).
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let hiA = a.length;
  let hiB = b.length;
  while (hiA > lo && hiB > lo && a[hiA - 1] === b[hiB - 1]) {
    hiA--;
    hiB--;
  }
  const trimmed = lo + (a.length - hiA);
  if (lo === 0 && hiA === a.length && hiB === b.length) return bandedLcs(a, b);
  return trimmed + bandedLcs(slice(a, lo, hiA), slice(b, lo, hiB));
}

function slice<T extends number | string>(x: ArrayLike<T>, from: number, to: number): ArrayLike<T> {
  const s = x as unknown as { subarray?: (a: number, b: number) => ArrayLike<T>; slice?: (a: number, b: number) => ArrayLike<T> };
  if (typeof s.subarray === 'function') return s.subarray(from, to);
  if (typeof s.slice === 'function') return s.slice(from, to);
  return Array.from({ length: to - from }, (_, i) => x[from + i]);
}

function bandedLcs(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length === 0 || b.length === 0) return 0;
  const band = Math.abs(a.length - b.length) + LCS_BAND;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(b.length, i + band);
    cur[lo - 1] = lo - 1 > 0 ? prev[lo - 1] : 0;
    for (let j = lo; j <= hi; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    if (hi < b.length) cur[hi + 1] = cur[hi];
    [prev, cur] = [cur, prev];
  }
  return prev[Math.min(b.length, a.length + band)];
}

/** Dice coefficient of the in-order shared words: 1 for identical word sequences. */
export function surfaceSimilarity(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length + b.length === 0) return 0;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

export function classify(surface: number, aligned: boolean): PassageKind {
  if (surface >= VERBATIM_MIN_SURFACE) return 'verbatim';
  if (aligned && surface >= CLOSE_MIN_SURFACE) return 'close';
  return 'paraphrase';
}
