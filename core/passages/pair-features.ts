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
import { isValueKey, sentenceBags } from './crosslang';
import { wordRange } from './fragment-claims';
import { STORY_PERVASIVE_SHARE } from './story-vocabulary';

/** Which stage made the pair: same-language shingles or sentence windows (judge.ts), translated sentence pairs
 *  (translations.ts), or two clauses pinned by one compared count (count-pairs.ts). */
export type PassageOrigin = 'stem' | 'cross' | 'count';

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
  'source position',
  'page sentence cover',
  'source sentence cover',
  'log page keys not shared',
  'log source keys not shared',
] as const;

/** The keys of the words of `a` inside [s, e) (crosslang.ts word keys: the same in both languages). */
function spanKeys(a: Analysis, s: number, e: number): Set<string> {
  const out = new Set<string>();
  const r = wordRange(a, s, e);
  if (!r) return out;
  const wk = sentenceBags(a).wordKeys;
  for (let w = r[0]; w <= r[1]; w++) for (const k of wk[w]) out.add(k);
  return out;
}

/** Share of the characters of the sentences [s, e) meets that it covers: a piece of a sentence against a whole one. */
function sentenceCover(a: Analysis, s: number, e: number): number {
  let len = 0;
  for (const x of a.sentences) if (x.start < e && s < x.end) len += x.end - x.start;
  return len ? Math.min(1, (e - s) / len) : 1;
}

/** Words of `a` inside [s, e). */
function spanWords(a: Analysis, s: number, e: number): number {
  const r = wordRange(a, s, e);
  return r ? r[1] - r[0] + 1 : 0;
}

/** The span lies in its text's first line (a headline, where the text carries one). */
function inFirstLine(text: string, s: number): boolean {
  const nl = text.indexOf('\n');
  return nl > 0 && s < nl;
}

/**
 * The features of one reported pair, in FEATURE_NAMES order. `shares`: per key, the share of the story's candidate
 * sources holding it (story-frame.ts keyShares; null with too few sources: every key then counts as the pair's own).
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
    origin === 'stem' ? p.score : 0,
    origin === 'cross' ? p.score : 0,
    origin === 'count' ? p.score : 0,
    Math.log1p(sw),
    Math.abs(Math.log(pw / sw)),
    inFirstLine(sa.text, p.source.start) ? 1 : 0,
    Math.log1p(shared),
    value,
    pk.size + sk.size ? (2 * shared) / (pk.size + sk.size) : 0,
    shared ? shareSum / shared : 0,
    sa.text.length ? p.source.start / sa.text.length : 0,
    sentenceCover(pa, p.page.start, p.page.end),
    sentenceCover(sa, p.source.start, p.source.end),
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
