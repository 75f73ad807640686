/**
 * The features of a reported pair, for calibrating its acceptance (session 46, pprec46; measured and dropped).
 *
 * Every precision rule so far (fragment-claims.ts, story-frame.ts, shared-wholes.ts, ...) is a hand predicate on one
 * class of false pair. Session 46 tried the other way: a small logistic model over features every pair has (its score
 * for its origin, the lengths of its spans, whether the source span is a headline, the keys the spans share and how many
 * of the story's sources hold them, where the source span sits, how much of their sentences the spans cover), fitted on
 * the development set's labels by `scripts/dev/passage-calibrate.ts` with folds by story. It did not pass (README,
 * session 46): no weights are applied, the engine reports what it reported. The features stay, behind a debug hook, so
 * the script can be rerun on new labels. No word of any story enters a feature: counts, shares, lengths, positions.
 */
import type { Passage } from '../types';
import type { Analysis } from './tokens';
import { isValueKey } from './crosslang';
import { sentencesCharCover, wordRange } from './fragment-claims';
import { headlineEnd, spanKeys } from './story-frame';

/** Which stage made the pair: shingle chains or sentence windows judged by judge.ts, on a source in the page's language
 *  ('stem') or in the other language ('chain': judgeMatches runs on every source, and across languages its chains
 *  match what the two languages write alike), translated sentence pairs (translations.ts, 'cross'), or two clauses
 *  pinned by one compared count (count-pairs.ts, 'count'). */
export type PassageOrigin = 'stem' | 'chain' | 'cross' | 'count';

/** The features' names, in the order pairFeatures gives them. A pair's score means something else for each origin (a
 *  rarity-weighted Dice across languages, a surface share within one, a clause score for a count pair): one score
 *  feature per origin. The first fit also carried origin and kind flags, the page span's length, headline and position,
 *  own keys, the number of other sources pairing the page span and shared name keys; leaving them out moved no held-out
 *  fold (README, session 46). */
export const FEATURE_NAMES = [
  'bias',
  'score (stem)',
  'score (translated)',
  'score (count)',
  'log source words',
  'length ratio (log)',
  'source span in headline',
  'log shared keys',
  'shares a value',
  'key dice',
  'mean share of shared keys',
  'shares known',
  'source position',
  'page sentence cover',
  'source sentence cover',
  'log page keys not shared',
  'log source keys not shared',
] as const;

/** Words of `a` inside [s, e). */
function spanWords(a: Analysis, s: number, e: number): number {
  const r = wordRange(a, s, e);
  return r ? r[1] - r[0] + 1 : 0;
}

/**
 * The features of one reported pair, in FEATURE_NAMES order. `shares`: per key, the share of the story's candidate
 * sources holding it (story-frame.ts keyShares; null with fewer than FRAME_MIN_SOURCES sources: the mean share then
 * reads 0 and 'shares known' 0, so that the fit does not read an unknown share as a share of 0, a key of the pair's
 * own). 'stem' and 'chain' pairs give their score to one feature: both are judge.ts's score.
 */
export function pairFeatures(pa: Analysis, sa: Analysis, p: Passage, origin: PassageOrigin, shares: Map<string, number> | null): number[] {
  const pk = spanKeys(pa, p.page.start, p.page.end);
  const sk = spanKeys(sa, p.source.start, p.source.end);
  let shared = 0;
  let value = 0;
  let shareSum = 0;
  for (const k of pk) {
    if (!sk.has(k)) continue;
    shared++;
    shareSum += shares?.get(k) ?? 0;
    if (isValueKey(k)) value = 1;
  }
  const pw = Math.max(1, spanWords(pa, p.page.start, p.page.end));
  const sw = Math.max(1, spanWords(sa, p.source.start, p.source.end));
  return [
    1,
    origin === 'stem' || origin === 'chain' ? p.score : 0,
    origin === 'cross' ? p.score : 0,
    origin === 'count' ? p.score : 0,
    Math.log1p(sw),
    Math.abs(Math.log(pw / sw)),
    p.source.start < headlineEnd(sa.text) ? 1 : 0,
    Math.log1p(shared),
    value,
    pk.size + sk.size ? (2 * shared) / (pk.size + sk.size) : 0,
    shares && shared ? shareSum / shared : 0,
    shares ? 1 : 0,
    sa.text.length ? p.source.start / sa.text.length : 0,
    // Capped at 1: a span running past its sentences' ends (an elision, a sign widened in) covers them whole.
    Math.min(1, sentencesCharCover(pa, p.page.start, p.page.end)),
    Math.min(1, sentencesCharCover(sa, p.source.start, p.source.end)),
    Math.log1p(pk.size - shared),
    Math.log1p(sk.size - shared),
  ];
}

/** A hook for scripts/dev/passage-calibrate.ts: every pair findPassages reports, with its features and origin. Null in
 *  the engine (the features are then not computed). */
export let pairFeaturesDebug: ((p: Passage, f: number[], origin: PassageOrigin) => void) | null = null;
export function setPairFeaturesDebug(fn: typeof pairFeaturesDebug): void {
  pairFeaturesDebug = fn;
}
