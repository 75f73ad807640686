/**
 * findPassages: candidates from the shingle index, alignment of each candidate article, sentence
 * windows for paraphrases, then banality filtering, merging and classification.
 */
import type { Passage, PageInput } from '../types';
import { analyse, stemOf, type Analysis, type ContentToken } from './tokens';
import { shingleAt } from './shingles';
import { analysisOf, POS_BITS, type PassageIndex } from './store';
import { alignChain, chainSeeds } from './align';
import { banalPostingLimit, MIN_MATCHED_TOKENS, MIN_SPECIFIC_WORDS, rarity, STOCK_FACTOR } from './banality';
import { sentenceMatches } from './paraphrase';
import { mergeMatches, type RawMatch } from './merge';
import { classify, surfaceSimilarity, VERBATIM_MIN_SURFACE } from './classify';

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
/** Informative weight (sum of the matched stems' rarity, names and stock words at a quarter; see
 *  banality.ts) an aligned passage needs: a few words beyond the story's everyday vocabulary.
 *  Measured on the eval's matches: titles with names ("le secrétaire général de l'Otan, Mark Rutte",
 *  0.67) and scattered story words ("troupes nord-coréennes ... Russie", 0.3-0.9) fall below 1.0;
 *  the gold's shortest close and paraphrase matches score 1.05 and up. */
export const ALIGNED_MIN_INFO = 1.0;
/** An aligned passage must have at least this share of its content words matched on both sides
 *  (Churnalism's density): below it, two sentences share scattered words, not a text. */
export const ALIGNED_MIN_DENSITY = 0.5;
/** Sentence-window paraphrases lack the evidence of word order: they need more weight. Two sentences
 *  sharing only a title and a name ("le président ukrainien Volodymyr Zelensky" / "le président
 *  Volodymyr Zelensky et le ministre") weigh about 0.6. */
export const PARA_MIN_INFO = 1.5;

/** Share of matched content words each side of a paraphrase must reach (the lower side counts),
 *  unless it is aligned (shared runs in order) and carries SPARSE_MIN_INFO: below it the shared words
 *  are scattered over a long span on one side ("la Russie et la Corée du Nord ... droit international"
 *  against a 17-word sentence that says something else about them). Measured on the eval: the sparse
 *  aligned matches with weight under 1.6 were all restatements the gold does not pair, the sparse gold
 *  paraphrases (all aligned) weigh 2.3 and up; a sentence window, with no order to go by, gets no
 *  exemption (a 0.38-dense window weighing 2.3 was a false positive). */
export const SIDE_MIN_DENSITY = 0.5;
export const SPARSE_MIN_INFO = 2.0;

/** A shingle repeated more often than this in the page gives no seeds (see findPassages). Measured:
 *  8 loses nothing on the eval (4 loses 3 close and 5 paraphrase pairs) and halves the seeds of a
 *  2,000-word page built from copies. */
export const PAGE_REPEAT_MAX = 8;

/** Test/eval hook: called with every passage reported and the measures that admitted it. */
export let passageDebug: ((d: Record<string, unknown>) => void) | null = null;
export function setPassageDebug(fn: ((d: Record<string, unknown>) => void) | null): void {
  passageDebug = fn;
}

export interface FindOptions {
  /** Restrict to these corpus articles (the ones judged same-story). */
  sourceIds?: string[];
}

export function findPassages(index: PassageIndex, page: PageInput, opts: FindOptions = {}): Passage[] {
  const pageText = typeof page.text === 'string' ? page.text : '';
  const pa = analyse(pageText, [], page.lang);
  const k = index.config.k;
  let allowed: Set<number> | null = null;
  if (opts.sourceIds) {
    allowed = new Set();
    for (const id of opts.sourceIds) {
      const s = index.slotOf.get(id);
      if (s !== undefined) allowed.add(s);
    }
  }
  const self = page.selfId !== undefined ? index.slotOf.get(page.selfId) : undefined;
  const usable = (slot: number) => slot !== self && index.slots[slot] != null && (!allowed || allowed.has(slot));

  // 1. Seeds from the index.
  const limit = banalPostingLimit(index.docCount);
  const pageShingles: number[] = [];
  const repeats = new Map<number, number>();
  for (let i = 0; i + k <= pa.tokens.length; i++) {
    const h = shingleAt(pa.tokens, i, k);
    pageShingles.push(h);
    repeats.set(h, (repeats.get(h) ?? 0) + 1);
  }
  // Seeds packed as i * POS_BITS + j: numbers, not objects, because a long page against a copied
  // article makes thousands.
  const seeds = new Map<number, number[]>();
  for (let i = 0; i < pageShingles.length; i++) {
    // A shingle the page itself repeats is its story's formula ("troupes nord-coréennes"): its
    // seeds would multiply (every occurrence against every occurrence) without locating a passage,
    // which the shingles around it do.
    if (repeats.get(pageShingles[i])! > PAGE_REPEAT_MAX) continue;
    const list = index.postings.get(pageShingles[i]);
    if (!list || list.length > limit) continue;
    for (const p of list) {
      const slot = Math.floor(p / POS_BITS);
      if (!usable(slot)) continue;
      const l = seeds.get(slot);
      const seed = i * POS_BITS + (p - slot * POS_BITS);
      if (l) l.push(seed);
      else seeds.set(slot, [seed]);
    }
  }

  // 2. Candidate articles: the given sources, or those with enough seeds, best first.
  let candidates: number[];
  if (allowed) candidates = [...allowed].filter(usable);
  else candidates = [...seeds.keys()].filter((s) => seeds.get(s)!.length >= MIN_SEEDS);
  candidates.sort((a, b) => (seeds.get(b)?.length ?? 0) - (seeds.get(a)?.length ?? 0));
  candidates = candidates.slice(0, MAX_CANDIDATES);
  if (candidates.length === 0) return [];

  // 3. Weights: a stem's rarity over the sentences of the corpus and of the page.
  const pageSdf = new Map<number, number>();
  for (const [t0, t1] of pa.sentTokens) {
    const inSentence = new Set<number>();
    for (let t = t0; t < t1; t++) inSentence.add(pa.tokens[t].sid);
    for (const sid of inSentence) pageSdf.set(sid, (pageSdf.get(sid) ?? 0) + 1);
  }
  const sentTotal = index.sentCount + pa.sentences.length;
  const rarityCache = new Map<number, number>();
  const rarityOf = (sid: number): number => {
    let r = rarityCache.get(sid);
    if (r === undefined) {
      r = rarity((index.sdf.get(stemOf(sid)) ?? 0) + (pageSdf.get(sid) ?? 0), sentTotal);
      rarityCache.set(sid, r);
    }
    return r;
  };
  const weight = (tok: ContentToken): number => rarityOf(tok.sid) * (tok.stock ? STOCK_FACTOR : 1);

  const passages: Passage[] = [];
  for (let rank = 0; rank < candidates.length; rank++) {
    const slot = candidates[rank];
    const sa = analysisOf(index, slot);
    const raw: RawMatch[] = [];
    const aligned = new Uint8Array(pa.tokens.length);
    for (const chain of chainSeeds(seeds.get(slot) ?? [], k, pa.tokens, sa.tokens)) {
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
      if (al.pageToks.length >= MIN_MATCHED_TOKENS) for (const i of al.pageToks) aligned[i] = 1;
    }
    // A page sentence mostly matched by alignment already has its counterpart in this source.
    const covered = (p: number) => {
      const [t0, t1] = pa.sentTokens[p];
      let n = 0;
      for (let t = t0; t < t1; t++) n += aligned[t];
      return n * 2 > t1 - t0;
    };
    if (allowed || rank < PARA_MAX_DOCS) {
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
        });
      }
    }
    const judged = mergeMatches(raw)
      // Too few matched words to ever pass: skip the measures.
      .filter((m) => !m.aligned || m.pageToks.length >= MIN_MATCHED_TOKENS)
      .map((m) => ({ m, ...measure(m, pa, weight), specific: specificCount(m, pa) }))
      .filter((j) => (passageDebug?.({ raw: true, ...j, pa, sa, slot }), true))
      .filter(({ m, info, density, specific }) =>
        m.aligned
          ? m.pageToks.length >= MIN_MATCHED_TOKENS &&
            info >= ALIGNED_MIN_INFO &&
            density >= ALIGNED_MIN_DENSITY &&
            specific >= MIN_SPECIFIC_WORDS
          : info >= PARA_MIN_INFO && specific >= MIN_SPECIFIC_WORDS + 1,
      );
    // A statement has one counterpart per source (see `conflicts`). First the fragments of one
    // passage and the sentence windows that re-read an aligned match (no surface needed, so the costly
    // surface is computed only for what survives), then the restatements, strongest surface first.
    judged.sort((a, b) => Number(b.m.aligned) - Number(a.m.aligned) || b.info - a.info);
    const distinct: typeof judged = [];
    for (const j of judged) {
      if (distinct.some((c) => overlapsBoth(c.m, j.m) || (!j.m.aligned && overlapsEither(c.m, j.m)))) continue;
      distinct.push(j);
    }
    const cands = distinct
      .map((j) => ({ ...j, p: toPassage(index, slot, pa, sa, j.m, pageText) }))
      // "n'ont pas confirmé la présence" is not "confirme la présence": same words, opposite fact.
      // Checked on sentence windows only: an aligned passage spans several sentences, where a
      // negation elsewhere says nothing about the shared text.
      .filter(
        ({ m, p }) =>
          m.aligned || negated(pageText, p.page.start, p.page.end) === negated(index.slots[slot]!.text, p.source.start, p.source.end),
      )
      // Without the evidence of word order (a paraphrase), a few shared words scattered over a long
      // span on one side are chance, unless aligned runs of them weigh (see SIDE_MIN_DENSITY).
      .filter(
        ({ m, p, sideDensity, info }) =>
          p.kind !== 'paraphrase' || sideDensity >= SIDE_MIN_DENSITY || (m.aligned && info >= SPARSE_MIN_INFO),
      );
    cands.sort((a, b) => Number(b.m.aligned) - Number(a.m.aligned) || b.p.score - a.p.score || b.info - a.info);
    const chosen: typeof cands = [];
    const dropped: typeof cands = [];
    for (const j of cands) {
      if (chosen.some((c) => conflicts(c, j, pa, sa))) dropped.push(j);
      else chosen.push(j);
    }
    // A restatement is a second counterpart only when both its texts have another: one whose other
    // side no other match claims is that text's only counterpart in this source, and stays.
    const restated = dropped.filter(
      (j) =>
        j.m.aligned &&
        !chosen.some((c) => overlapsBoth(c.m, j.m)) &&
        !(
          cands.some((c) => c !== j && claimsPage(c, j, sa, VERBATIM_MIN_SURFACE)) &&
          cands.some((c) => c !== j && claimsSource(c, j, pa, VERBATIM_MIN_SURFACE))
        ),
    );
    chosen.push(...restated);
    for (const { m, info, density, specific, p } of chosen) {
      if (passageDebug) passageDebug({ p, m, info, density, specific, pa, sa, index });
      passages.push(p);
    }
  }
  passages.sort((a, b) => a.page.start - b.page.start || a.source.id.localeCompare(b.source.id));
  return passages;
}

/** Distinct page words among the matched tokens that are neither names nor stock words. */
function specificCount(m: RawMatch, pa: Analysis): number {
  const words = new Set<number>();
  for (const t of m.pageToks) if (!pa.tokens[t].stock) words.add(pa.tokens[t].word);
  return words.size;
}

/** Informative weight of the matched stems, and the share of the span's tokens that are matched. */
function measure(m: RawMatch, pa: Analysis, weight: (tok: ContentToken) => number) {
  const seen = new Set<number>();
  let info = 0;
  for (const t of m.pageToks) {
    const tok = pa.tokens[t];
    if (seen.has(tok.sid)) continue;
    seen.add(tok.sid);
    info += weight(tok);
  }
  const pageSpan = m.pageLast - m.pageFirst + 1;
  const srcSpan = m.srcLast - m.srcFirst + 1;
  const pageMatched = new Set(m.pageToks).size;
  const srcMatched = new Set(m.srcToks).size;
  const density = (pageMatched + srcMatched) / (pageSpan + srcSpan);
  // Churnalism's density on each side: a few shared words scattered over a long sentence on one side.
  const sideDensity = Math.min(pageMatched / pageSpan, srcMatched / srcSpan);
  return { info, density, sideDensity };
}

// French and English negation markers; "n'" and "ne" carry it in French, "ni ... ni" too.
const NEGATION = /(?:^|[^\p{L}])(?:ne|n['\u2019]|ni|pas|jamais|aucun|aucune|sans|not|no|never|without|n't)(?=[^\p{L}]|$)/iu;
/** Characters before a span searched for a negation that governs it ("n'a pas confirmé"). */
const NEGATION_LOOKBEHIND = 16;

/** The span, or the few characters before it in its line, says "not". */
function negated(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - NEGATION_LOOKBEHIND);
  const nl = text.lastIndexOf('\n', start - 1);
  if (nl >= from) from = nl + 1;
  return NEGATION.test(text.slice(from, end));
}

/** Share of a weaker span [s, e) that a stronger span [s2, e2) covers, beyond which the weaker one
 *  re-uses the same text (measured: the restatements dropped cover 58-100% of the weaker span, the
 *  distinct statements kept next to a longer passage 20% or less). */
export const SAME_TEXT_SHARE = 0.5;
/** Surface similarity beyond which two spans of one text repeat each other (a title and its lede). */
export const REPEAT_SURFACE = 0.5;
/** A second counterpart with this much informative weight of its own is a statement, not a restatement. */
export const RESTATEMENT_OWN_INFO = 3;

function covered(s: number, e: number, s2: number, e2: number): number {
  return e > s ? Math.max(0, Math.min(e, e2) - Math.max(s, s2)) / (e - s) : 0;
}

interface Judged {
  m: RawMatch;
  p: Passage;
}

/**
 * Does the weaker match `j` restate the stronger, already chosen `c` of the same source? A statement
 * has one counterpart per source:
 * - a match overlapping `c` on both sides is a fragment of the same passage;
 * - a sentence window overlapping `c` on either side is a weaker reading of the same text;
 * - an aligned match whose span on one side lies mostly (SAME_TEXT_SHARE) inside `c`'s is the same
 *   statement paired with a second, different text: the headline fact restated elsewhere in the
 *   article ("confirme la présence de troupes" / "je peux confirmer que des troupes ont été
 *   envoyées"). Kept when its other side repeats `c`'s other side (an article that says the same
 *   sentence twice, a title and its lede: both are counterparts) or when it carries words of its own
 *   (RESTATEMENT_OWN_INFO). findPassages then re-admits a dropped restatement whose other text no
 *   other candidate claims: it is that text's only counterpart in the source.
 */
function conflicts(c: Judged & { info: number }, j: Judged & { info: number }, pa: Analysis, sa: Analysis): boolean {
  if (overlapsBoth(c.m, j.m)) return true;
  if (!j.m.aligned) return overlapsEither(c.m, j.m);
  return claimsPage(c, j, sa) || claimsSource(c, j, pa);
}

/** `c` is the counterpart of most of `j`'s page text, and `j` pairs it with another source text. */
function claimsPage(c: Judged, j: Judged & { info: number }, sa: Analysis, repeatMin = REPEAT_SURFACE): boolean {
  return (
    j.info < RESTATEMENT_OWN_INFO &&
    covered(j.p.page.start, j.p.page.end, c.p.page.start, c.p.page.end) >= SAME_TEXT_SHARE &&
    !repeats(sa, c.m.srcFirst, c.m.srcLast, j.m.srcFirst, j.m.srcLast, repeatMin)
  );
}

/** `c` is the counterpart of most of `j`'s source text, and `j` pairs it with another page text. */
function claimsSource(c: Judged, j: Judged & { info: number }, pa: Analysis, repeatMin = REPEAT_SURFACE): boolean {
  return (
    j.info < RESTATEMENT_OWN_INFO &&
    covered(j.p.source.start, j.p.source.end, c.p.source.start, c.p.source.end) >= SAME_TEXT_SHARE &&
    !repeats(pa, c.m.pageFirst, c.m.pageLast, j.m.pageFirst, j.m.pageLast, repeatMin)
  );
}

/** Two token ranges of one text say the same words in order, for the most part (a title and its
 *  lede, a sentence an article repeats). Measured: stem overlap (in any order) cannot tell such
 *  repeats from two different statements of the story's fact, which share its words too. */
function repeats(a: Analysis, f1: number, l1: number, f2: number, l2: number, min = REPEAT_SURFACE): boolean {
  const w1 = a.wordIds.subarray(a.tokens[f1].word, a.tokens[l1].word + 1);
  const w2 = a.wordIds.subarray(a.tokens[f2].word, a.tokens[l2].word + 1);
  // Dice >= REPEAT_SURFACE needs the shorter side to hold that share of the two: skip the LCS when the
  // lengths alone rule it out (a short match against a whole copied article).
  const short = Math.min(w1.length, w2.length);
  if ((2 * short) / (w1.length + w2.length) < min) return false;
  return surfaceSimilarity(w1, w2) >= min;
}

function overlapsEither(a: RawMatch, b: RawMatch): boolean {
  return (a.pageFirst <= b.pageLast && b.pageFirst <= a.pageLast) || (a.srcFirst <= b.srcLast && b.srcFirst <= a.srcLast);
}
function overlapsBoth(a: RawMatch, b: RawMatch): boolean {
  return (a.pageFirst <= b.pageLast && b.pageFirst <= a.pageLast) && (a.srcFirst <= b.srcLast && b.srcFirst <= a.srcLast);
}

function toPassage(index: PassageIndex, slot: number, pa: Analysis, sa: Analysis, m: RawMatch, pageText: string): Passage {
  const doc = index.slots[slot]!;
  const ps = pa.tokens[m.pageFirst].start;
  const pe = pa.tokens[m.pageLast].end;
  const ss = sa.tokens[m.srcFirst].start;
  const se = sa.tokens[m.srcLast].end;
  const pw = pa.wordIds.subarray(pa.tokens[m.pageFirst].word, pa.tokens[m.pageLast].word + 1);
  const sw = sa.wordIds.subarray(sa.tokens[m.srcFirst].word, sa.tokens[m.srcLast].word + 1);
  const surface = surfaceSimilarity(pw, sw);
  const kind = classify(surface, m.aligned);
  // Verbatim and close passages score by shared surface; paraphrases by their weighted overlap,
  // which is what made them count.
  const score = kind === 'paraphrase' ? Math.max(surface, m.score) : surface;
  return {
    kind,
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    page: { start: ps, end: pe, text: pageText.slice(ps, pe) },
    source: { id: doc.id, start: ss, end: se, text: doc.text.slice(ss, se) },
  };
}
