/**
 * Paraphrase candidates: the same fact in other words shares few shingles but many content stems
 * (after stemming and synonyms) within one sentence. Source sentences are found through a
 * stem -> sentences map of the candidate article, never by scanning every sentence pair.
 */
import { stemIdCount, stemOf, type Analysis } from './tokens';
import { wordsWorth } from './banality';

/** Distinct content stems a page sentence and a source sentence must share. Four keeps the stock
 *  pairs ("président russe", "Corée du Nord") from making a paraphrase alone. */
export const PARA_MIN_SHARED = 4;
/** Shared matched words (a figure counting NUMBER_WORDS_WORTH, banality.ts) that are enough when one
 *  of them is a figure: a figure and the noun or verb that says what it counts ("181 personnes ont été
 *  interpellées" / "181 interpellations", "gathers 182 seats" / "won the most seats ..., with 182").
 *  One fact restated in a short clause shares no more than these, whatever the story; such a window
 *  becomes a passage only when the judge finds the figure one claim's (judge.ts PARA_PINNED). */
export const PARA_FIGURE_MIN_SHARED = 3;
/** Weighted cosine between the tight spans that hold the shared stems. Measured on the eval: alone,
 *  0.35 found one more gold paraphrase than 0.5 and six more false ones; with the side-density and
 *  one-counterpart rules of find.ts the six are dropped but one (0.30 and 0.35 give the same result;
 *  0.4 loses the gold pair). */
export const PARA_MIN_SCORE = 0.35;
/** Only the source sentences sharing the most stems with a page sentence are scored: the best
 *  counterpart is among them, and scoring every sentence that shares four story words is the cost. */
export const PARA_MAX_CANDIDATES = 3;
export interface SentenceMatch {
  pageFirst: number;
  pageLast: number;
  srcFirst: number;
  srcLast: number;
  /** Tokens of the shared stems inside the spans. */
  pageToks: number[];
  srcToks: number[];
  /** Weighted cosine of the tight spans: what decides (PARA_MIN_SCORE). */
  score: number;
  /** Admitted on a shared figure with fewer than PARA_MIN_SHARED words (PARA_FIGURE_MIN_SHARED): a
   *  passage only when the judge finds the figure one claim's (judge.ts). */
  needsPin: boolean;
  /** Weighted cosine of the whole sentences: what is reported (a tight span of shared words alone
   *  would always score 1). */
  sentenceScore: number;
}

/** The sentences holding each stem of a text, flat: stem `sids[k]` is in sentences
 *  `sents[offs[k]]` to `sents[offs[k + 1]]` (in order, no repeats). */
interface StemSentences {
  sids: Int32Array;
  offs: Int32Array;
  sents: Int32Array;
}
const stemSentCache = new WeakMap<Analysis, StemSentences>();

/** stem id -> sentences (in order, no repeats) of an analysed text. */
export function stemSentences(a: Analysis): StemSentences {
  let out = stemSentCache.get(a);
  if (out) return out;
  const m = new Map<number, number[]>();
  for (const t of a.tokens) {
    const list = m.get(t.sid);
    if (!list) m.set(t.sid, [t.sent]);
    else if (list[list.length - 1] !== t.sent) list.push(t.sent);
  }
  const sids = new Int32Array(m.size);
  const offs = new Int32Array(m.size + 1);
  const sents: number[] = [];
  let k = 0;
  for (const [sid, list] of m) {
    sids[k] = sid;
    offs[k] = sents.length;
    for (const s of list) sents.push(s);
    k++;
  }
  offs[k] = sents.length;
  out = { sids, offs, sents: Int32Array.from(sents) };
  stemSentCache.set(a, out);
  return out;
}

/** Stamp marks: mark[id] === stamp means "in the current set", without clearing between sets. */
class Marks {
  private mark = new Uint32Array(0);
  private stamp = 0;
  next(): number {
    const n = stemIdCount();
    if (this.mark.length < n) {
      const grown = new Uint32Array(Math.max(n, this.mark.length * 2, 1024));
      grown.set(this.mark);
      this.mark = grown;
    }
    if (++this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
  set(id: number, stamp: number): void {
    this.mark[id] = stamp;
  }
  has(id: number, stamp: number): boolean {
    return this.mark[id] === stamp;
  }
}
/** For the source being read: which of its stems a stem id is (`inSource` marks the ids, `slotOf`
 *  gives the index into its StemSentences). A typed-array read per page stem where a Map look-up
 *  was a fifth of the windows' time. */
const inSource = new Marks();
let slotOf = new Int32Array(1024);
const inPage = new Marks();
const inShared = new Marks();
const seen = new Marks();

/** The distinct stem ids of every sentence of a text (sentence s: ids[starts[s]] to ids[starts[s + 1]],
 *  in order of first occurrence) and what each is worth in matched words. The page's sentences are
 *  read once per candidate source: deduplicating them each time was a tenth of the windows' cost. */
interface SentenceStems {
  ids: Int32Array;
  worth: Uint8Array;
  starts: Int32Array;
}
const sentenceStemCache = new WeakMap<Analysis, SentenceStems>();

function sentenceStems(a: Analysis): SentenceStems {
  let out = sentenceStemCache.get(a);
  if (out) return out;
  const ids: number[] = [];
  const worth: number[] = [];
  const starts = new Int32Array(a.sentences.length + 1);
  for (let s = 0; s < a.sentences.length; s++) {
    starts[s] = ids.length;
    const [t0, t1] = a.sentTokens[s];
    const st = seen.next();
    for (let t = t0; t < t1; t++) {
      const id = a.tokens[t].sid;
      if (seen.has(id, st)) continue;
      seen.set(id, st);
      ids.push(id);
      worth.push(wordsWorth(stemOf(id)));
    }
  }
  starts[a.sentences.length] = ids.length;
  out = { ids: Int32Array.from(ids), worth: Uint8Array.from(worth), starts };
  sentenceStemCache.set(a, out);
  return out;
}

/** The PARA_MAX_CANDIDATES source sentences of `touched` with the highest counts of at least
 *  PARA_MIN_SHARED (PARA_FIGURE_MIN_SHARED when `figure` marks a shared figure), highest first, ties
 *  in `touched` order (a stable sort's first ones), written to `top`; returns how many. No array is
 *  sorted per page sentence. */
function bestCandidates(touched: number[], count: Int32Array, figure: Uint8Array, top: Int32Array): number {
  let n = 0;
  for (const s of touched) {
    const c = count[s];
    if (c < (figure[s] ? PARA_FIGURE_MIN_SHARED : PARA_MIN_SHARED)) continue;
    let k = n;
    while (k > 0 && count[top[k - 1]] < c) k--;
    if (k >= PARA_MAX_CANDIDATES) continue;
    for (let m = Math.min(n, PARA_MAX_CANDIDATES - 1); m > k; m--) top[m] = top[m - 1];
    top[k] = s;
    if (n < PARA_MAX_CANDIDATES) n++;
  }
  return n;
}

/** Sum of the weights of a sentence's distinct stems. */
function sentenceWeight(a: Analysis, sent: number, weight: (sid: number) => number): number {
  const [t0, t1] = a.sentTokens[sent];
  const st = seen.next();
  let w = 0;
  for (let t = t0; t < t1; t++) {
    const id = a.tokens[t].sid;
    if (!seen.has(id, st)) {
      seen.set(id, st);
      w += weight(id);
    }
  }
  return w;
}

/** Tight [first, last] token range of a sentence holding the shared stems, and the weight inside.
 *  One pass: the weight of distinct stems is summed from the first shared token on and read as it
 *  stood at the last one (the same sum, in the same order, as a second pass over the span). */
function tightSpan(a: Analysis, sent: number, sharedStamp: number, weight: (sid: number) => number) {
  const [t0, t1] = a.sentTokens[sent];
  let first = -1;
  let last = -1;
  const st = seen.next();
  const toks: number[] = [];
  let w = 0;
  let wAtLast = 0;
  for (let t = t0; t < t1; t++) {
    const id = a.tokens[t].sid;
    const shared = inShared.has(id, sharedStamp);
    if (first < 0) {
      if (!shared) continue;
      first = t;
    }
    if (!seen.has(id, st)) {
      seen.set(id, st);
      w += weight(id);
    }
    if (shared) {
      toks.push(t);
      last = t;
      wAtLast = w;
    }
  }
  return { first, last, w: wAtLast, toks };
}

/**
 * Best source sentence for each page sentence, when it passes PARA_MIN_SHARED and PARA_MIN_SCORE.
 * `skip(p)` tells page sentences already matched by alignment: their sentence window would only
 * repeat a stronger passage.
 */
export function sentenceMatches(
  page: Analysis,
  src: Analysis,
  weight: (sid: number) => number,
  skip: (p: number) => boolean = () => false,
): SentenceMatch[] {
  const srcStems = stemSentences(src);
  const srcStamp = inSource.next();
  if (slotOf.length < stemIdCount()) slotOf = new Int32Array(Math.max(stemIdCount(), slotOf.length * 2));
  for (let k = 0; k < srcStems.sids.length; k++) {
    inSource.set(srcStems.sids[k], srcStamp);
    slotOf[srcStems.sids[k]] = k;
  }
  const { offs, sents } = srcStems;
  const pageStems = sentenceStems(page);
  const out: SentenceMatch[] = [];
  const count = new Int32Array(src.sentences.length);
  // Source sentences sharing a figure with the current page sentence (a stem worth more than one word).
  const figure = new Uint8Array(src.sentences.length);
  const touched: number[] = [];
  const top = new Int32Array(PARA_MAX_CANDIDATES);
  for (let p = 0; p < page.sentences.length; p++) {
    const [t0, t1] = page.sentTokens[p];
    // A figure and one word (two tokens, the figure worth two words) is the shortest window.
    if (t1 - t0 < PARA_FIGURE_MIN_SHARED - 1 || skip(p)) continue;
    const pageStamp = inPage.next();
    touched.length = 0;
    for (let k = pageStems.starts[p]; k < pageStems.starts[p + 1]; k++) {
      const id = pageStems.ids[k];
      inPage.set(id, pageStamp);
      if (!inSource.has(id, srcStamp)) continue;
      const w = pageStems.worth[k];
      const slot = slotOf[id];
      for (let q = offs[slot]; q < offs[slot + 1]; q++) {
        const s = sents[q];
        if (count[s] === 0) touched.push(s);
        count[s] += w;
        if (w > 1) figure[s] = 1;
      }
    }
    const nCands = bestCandidates(touched, count, figure, top);
    let best: SentenceMatch | null = null;
    for (let c = 0; c < nCands; c++) {
      const s = top[c];
      const [u0, u1] = src.sentTokens[s];
      const sharedStamp = inShared.next();
      let sw = 0;
      for (let u = u0; u < u1; u++) {
        const id = src.tokens[u].sid;
        if (inPage.has(id, pageStamp) && !inShared.has(id, sharedStamp)) {
          inShared.set(id, sharedStamp);
          sw += weight(id);
        }
      }
      const ps = tightSpan(page, p, sharedStamp, weight);
      const ss = tightSpan(src, s, sharedStamp, weight);
      const score = sw / Math.sqrt(ps.w * ss.w);
      if (score >= PARA_MIN_SCORE && (!best || score > best.score)) {
        const whole = Math.sqrt(sentenceWeight(page, p, weight) * sentenceWeight(src, s, weight));
        best = {
          sentenceScore: whole > 0 ? sw / whole : 0,
          pageFirst: ps.first,
          pageLast: ps.last,
          srcFirst: ss.first,
          srcLast: ss.last,
          pageToks: ps.toks,
          srcToks: ss.toks,
          score,
          needsPin: count[s] < PARA_MIN_SHARED,
        };
      }
    }
    for (const s of touched) count[s] = figure[s] = 0;
    if (best) out.push(best);
  }
  return out;
}
