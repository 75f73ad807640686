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
import { classify, surfaceSimilarity } from './classify';

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

/** A shingle repeated more often than this in the page gives no seeds (see findPassages). Measured:
 *  8 loses nothing on the eval (4 loses 3 close and 5 paraphrase pairs) and halves the seeds of a
 *  2,000-word page built from copies. */
export const PAGE_REPEAT_MAX = 8;

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
      .filter(({ m, info, density, specific }) =>
        m.aligned
          ? m.pageToks.length >= MIN_MATCHED_TOKENS &&
            info >= ALIGNED_MIN_INFO &&
            density >= ALIGNED_MIN_DENSITY &&
            specific >= MIN_SPECIFIC_WORDS
          : info >= PARA_MIN_INFO && specific >= MIN_SPECIFIC_WORDS + 1,
      );
    // A statement has one counterpart per source: a sentence-window match overlapping a stronger
    // match (on either side) is a weaker reading of the same text; an aligned match yields only to one
    // covering the same text on both sides (a quote can have two counterparts in one source).
    judged.sort((a, b) => Number(b.m.aligned) - Number(a.m.aligned) || b.info - a.info);
    const chosen: typeof judged = [];
    for (const j of judged) {
      if (chosen.some((c) => overlapsBoth(c.m, j.m) || (!j.m.aligned && overlapsEither(c.m, j.m)))) continue;
      chosen.push(j);
    }
    for (const { m } of chosen) {
      const p = toPassage(index, slot, pa, sa, m, pageText);
      // "n'ont pas confirmé la présence" is not "confirme la présence": same words, opposite fact.
      // Checked on sentence windows only: an aligned passage spans several sentences, where a
      // negation elsewhere says nothing about the shared text.
      if (!m.aligned && negated(pageText, p.page.start, p.page.end) !== negated(index.slots[slot]!.text, p.source.start, p.source.end)) continue;
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
  const spans = m.pageLast - m.pageFirst + 1 + (m.srcLast - m.srcFirst + 1);
  const density = (new Set(m.pageToks).size + new Set(m.srcToks).size) / spans;
  return { info, density };
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
