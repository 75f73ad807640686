/**
 * Fingerprints of content-token n-grams, the keys of the candidate index.
 *
 * Shingles are built on stems (function words removed, synonyms mapped), TextPAIR-style, so that a
 * copy with a word inflected differently or an article added still shares most of its shingles.
 */
import type { ContentToken } from './tokens';

/** FNV-1a over the UTF-16 units of a string, 32-bit unsigned. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Hash of the `k` stems starting at token `i` (the caller guarantees i + k <= tokens.length). */
export function shingleAt(tokens: ReadonlyArray<ContentToken>, i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < k; j++) {
    h = hashString(tokens[i + j].stem, h);
    h = Math.imul(h ^ 0x20, 0x01000193) >>> 0; // separator: "ab c" != "a bc"
  }
  return h >>> 0;
}

/** Every k-shingle of a token sequence, as [position, hash] pairs. */
export function shingles(tokens: ReadonlyArray<ContentToken>, k: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + k <= tokens.length; i++) out.push([i, shingleAt(tokens, i, k)]);
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): keep the minimum hash of every window of `w`
 * consecutive shingles (rightmost on ties). Any shared run of w + k - 1 tokens keeps at least one
 * fingerprint in common, with about 2 / (w + 1) of the shingles stored. w <= 1 keeps them all.
 */
export function winnow(all: Array<[number, number]>, w: number): Array<[number, number]> {
  if (w <= 1 || all.length <= w) return w <= 1 ? all : all.length ? [minOf(all, 0, all.length)] : [];
  const out: Array<[number, number]> = [];
  let lastPos = -1;
  for (let i = 0; i + w <= all.length; i++) {
    const m = minOf(all, i, i + w);
    if (m[0] !== lastPos) {
      out.push(m);
      lastPos = m[0];
    }
  }
  return out;
}

function minOf(all: Array<[number, number]>, from: number, to: number): [number, number] {
  let best = all[from];
  for (let i = from + 1; i < to; i++) if (all[i][1] <= best[1]) best = all[i];
  return best;
}
