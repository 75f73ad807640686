/**
 * Passages from a count both texts state (session 20). The figures engine (core/figures) decides, across
 * languages, what a figure counts and whether a page figure and a source figure count the same thing; when their
 * values agree or overlap, the two clauses stating them tell one fact (test/fixtures/devset/ADJUDICATION.md: the
 * same figure for one count from two sources is one fact). Scored as whole sentences, such a pair is lost when one
 * sentence lists several counts ("491 people were arrested" / "559 interpellations, dont 491 à Paris"): the shared
 * count weighs little against the long sentence's other keys. Here the pair is judged on the clauses holding the two
 * figures (clauses.ts), not on the sentences.
 *
 * Layering: passages do not run the figures engine. The caller (Engine.compare, the eval) hands over the figure
 * reports it has computed anyway (core/types FigureReport, plain data); this module reads only their spans, units,
 * values and verdicts. Figures are compared once per query, and passages stay free of the figures' modules.
 */
import type { CorpusDoc, FigureReport, Passage } from '../types';
import type { Analysis } from './tokens';
import { bagPairScore, numberKey, spanKeys, CROSS_CLOSE_SCORE, CROSS_MIN_SCORE, type KeyCounts } from './crosslang';
import { clauseRanges } from './clauses';
import { elidedStart } from '../text/words';

/** Verdicts that say two figures are one count with one value: an agreement. `differs`, `updated` and `related`
 *  are two values or two counts; `overlaps` (values that meet: an open bound and a value inside it, a floor and a
 *  later toll, "more than 2,000" / "2 497") was measured and left out: of 177 such pairs on the devset, 23 were gold
 *  and none adjudicated true, most being one toll at two moments or a floor against a count. */
const SAME_COUNT = new Set(['agrees']);

/** A value the page states in more figures than this (same value and unit) is its headline count, repeated in the
 *  title, the lede and the body: each statement would pair with the sources' every statement of it. Measured (devset,
 *  given the story, agreeing pairs): stated once, 77 of 214 new pairs gold or adjudicated true; twice or more, 22 of
 *  150. */
export const COUNT_MAX_PAGE_REPEATS = 1;

/** Units that say when, not how many (a date, an hour, a year, a rank): two texts naming the story's day share it
 *  in every sentence about the day. Counts only. */
const NOT_COUNTS = new Set(['date', 'time', 'year', 'week', 'ordinal', 'ordinal-relative', 'month', 'day']);

/** Values under this are small numbers ("trois blessés", "four hostages", a magnitude of 7.7): one story holds many
 *  counts of them, and a sentence that mentions the story's four hostages in passing shares the count with every
 *  sentence about them. Ten: the line between a handful and a figure. */
export const COUNT_SMALL_VALUE = 10;

/** What the two clauses must score (crosslang.ts pairScore over their keys) when the count is small or bare (a number
 *  with no head noun, unit 'number'): the number alone does not say the two clauses state one fact, their words must
 *  pair as two whole sentences do (CROSS_MIN_SCORE). Measured (devset, given the story): of 58 small-count pairs, 10
 *  gold; at this bar 4 gold and 6 others remain (the "four hostages" and "magnitude 7.7" pairs all go). */
export const COUNT_SMALL_MIN_SCORE = CROSS_MIN_SCORE;

/** Keys besides numbers any pair must share: the count's head noun or its verb met in the other language (a concept
 *  of the shared table or a cognate). The figures engine pairs the counted things by its own keys; this asks the
 *  clauses' words to show it too. */
export const COUNT_MIN_SHARED = 1;

/** A report's value, when it is one number (its low bound, else its high). */
function valueOf(r: { low: unknown; high: unknown }): number | null {
  if (typeof r.low === 'number') return r.low;
  if (typeof r.high === 'number') return r.high;
  return null;
}

/** Index of the sentence of `a` holding character `offset`, or -1. */
function sentenceAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The first word of sentence `s` ending after `offset` (the figure's first word), or -1. Word ends are in text
 *  order: a binary search. */
function wordAt(a: Analysis, s: number, offset: number): number {
  const seg = a.sentences[s];
  let lo = 0;
  let hi = a.wordEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.wordEnds[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.wordEnds.length && a.wordStarts[lo] < seg.end && a.wordStarts[lo] >= seg.start ? lo : -1;
}

/** The words of the clause (clauses.ts) of the sentence holding `offset` that holds it. */
function clauseAt(a: Analysis, offset: number): { words: [number, number]; sentence: number } | null {
  const s = sentenceAt(a, offset);
  if (s < 0) return null;
  const w = wordAt(a, s, offset);
  if (w < 0) return null;
  let w0 = w;
  let w1 = w;
  const seg = a.sentences[s];
  while (w0 > 0 && a.wordStarts[w0 - 1] >= seg.start) w0--;
  while (w1 + 1 < a.wordStarts.length && a.wordStarts[w1 + 1] < seg.end) w1++;
  const r = clauseRanges(a, [w0, w1], seg.start, seg.text).find(([x, y]) => x <= w && w <= y);
  return r ? { words: r, sentence: s } : null;
}

/** What a count pair was built from, for scripts/dev/count-pairs-probe.ts. */
export interface CountFeatures { verdict: string; unit: string; value: number; pageQualifier: string; srcQualifier: string; sameValue: boolean; words: number; score: number; shared: string[]; pageRepeats: number; sourceShare: number }
let countDebug: ((p: Passage, f: CountFeatures) => void) | null = null;
/** Dev hook: called with each count passage and its features. */
export function setCountDebug(fn: typeof countDebug): void { countDebug = fn; }

interface CountCandidate { pageWords: [number, number]; srcWords: [number, number]; score: number; f: CountFeatures }

/**
 * Passages of source `doc` (analysis `sa`) from the page's figure reports: one per pair of a page figure and a
 * figure of this source that the figures engine calls the same count with an agreeing or overlapping value,
 * spanning the two figures' clauses. A page span that already has a counterpart in this source (`found`) keeps it;
 * each page clause and each source clause takes one count pair, best scored first.
 */
export function countPassages(pa: Analysis, pageText: string, sa: Analysis, doc: CorpusDoc, reports: FigureReport[], found: Passage[], counts: KeyCounts): Passage[] {
  const cands: CountCandidate[] = [];
  const allSources = new Set<string>();
  for (const r of reports) for (const c of r.comparisons) allSources.add(c.source.id);
  for (const r of reports) {
    if (NOT_COUNTS.has(r.unit)) continue;
    const value = valueOf(r);
    if (value === null) continue;
    const agreeing = new Set(r.comparisons.filter((c) => SAME_COUNT.has(c.verdict)).map((c) => c.source.id));
    const pageRepeats = reports.filter((q) => q.low === r.low && q.high === r.high && q.unit === r.unit).length;
    for (const c of r.comparisons) {
      if (c.source.id !== doc.id || !SAME_COUNT.has(c.verdict)) continue;
      const pc = clauseAt(pa, r.page.start);
      const sc = clauseAt(sa, c.source.start);
      if (!pc || !sc) continue;
      const pk = spanKeys(pa, pc.words, pc.sentence);
      const sk = spanKeys(sa, sc.words, sc.sentence);
      const { score, shared } = bagPairScore(pk, sk, counts);
      const words = shared.filter((k) => !numberKey(k)).length;
      const small = Math.abs(value) < COUNT_SMALL_VALUE || r.unit === 'number';
      if (words < COUNT_MIN_SHARED || (small && score < COUNT_SMALL_MIN_SCORE)) continue;
      const f: CountFeatures = { verdict: c.verdict, unit: r.unit, value, pageQualifier: String(r.qualifier), srcQualifier: String(c.qualifier), sameValue: r.low === c.low && r.high === c.high, words, score, shared, pageRepeats, sourceShare: agreeing.size / allSources.size };
      if (pageRepeats > COUNT_MAX_PAGE_REPEATS) continue;
      cands.push({ pageWords: pc.words, srcWords: sc.words, score, f });
    }
  }
  cands.sort((a, b) => b.score - a.score);
  const out: Passage[] = [];
  const usedP = new Set<number>();
  const usedS = new Set<number>();
  for (const x of cands) {
    if (usedP.has(x.pageWords[0]) || usedS.has(x.srcWords[0])) continue;
    const ps = elidedStart(pageText, pa.wordStarts[x.pageWords[0]]);
    const pe = pa.wordEnds[x.pageWords[1]];
    if (found.some((p) => p.source.id === doc.id && p.page.start < pe && ps < p.page.end)) continue;
    const ss = elidedStart(doc.text, sa.wordStarts[x.srcWords[0]]);
    const se = sa.wordEnds[x.srcWords[1]];
    usedP.add(x.pageWords[0]);
    usedS.add(x.srcWords[0]);
    const p: Passage = {
      kind: x.score >= CROSS_CLOSE_SCORE ? 'close' : 'paraphrase',
      score: Math.round(Math.min(1, x.score) * 1000) / 1000,
      page: { start: ps, end: pe, text: pageText.slice(ps, pe) },
      source: { id: doc.id, start: ss, end: se, text: doc.text.slice(ss, se) },
      translated: true,
    };
    if (countDebug) countDebug(p, x.f);
    out.push(p);
  }
  return out;
}
