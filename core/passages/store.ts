/**
 * The passage index: k-shingle fingerprints of every corpus article's content tokens, mapped to
 * (article slot, token position), plus each stem's document frequency (for banality and weights).
 *
 * Incremental by design: adding an article only appends its postings; removing one re-derives its
 * fingerprints from its text and deletes them, so nothing is ever rebuilt. The per-article analysis
 * (tokens, sentences) is not stored: it is recomputed for the few candidate articles of a query and
 * kept in a small cache, which keeps a 10,000-article index small enough to ship and hold in memory.
 */
import type { CorpusDoc } from '../types';
import { analyse, stemIdCount, stemOf, type Analysis } from './tokens';
import { shingles, winnow } from './shingles';

export interface IndexConfig {
  /** Content tokens per shingle. */
  k: number;
  /** Winnowing window (1 = keep every shingle). */
  winnow: number;
}

/**
 * Measured on the leave-one-out eval and the 10k bench (see README): k = 2 content stems finds the
 * short reworded quotes that k = 3 misses, and with banal shingles skipped it stays fast; winnowing
 * w = 3 halves the postings but loses short shared runs, so the bundled-size index keeps them all.
 */
export const DEFAULT_CONFIG: IndexConfig = { k: 2, winnow: 1 };

/** Postings pack (slot, position) in one number: position < 2^16 content tokens, slot < 2^37. */
export const POS_BITS = 65536;

export interface PassageIndex {
  version: 1;
  config: IndexConfig;
  /** Articles by slot; a removed article leaves null (slots are never reused within a session). */
  slots: Array<CorpusDoc | null>;
  slotOf: Map<string, number>;
  postings: Map<number, number[]>;
  /** Number of articles each stem occurs in. */
  df: Map<string, number>;
  /** Number of sentences each stem occurs in, and the number of sentences: the story's own
   *  vocabulary ("troupes nord-coréennes" in a corpus about them) is frequent at this level even when
   *  every article has it, which document frequency cannot tell apart. */
  sdf: Map<string, number>;
  sentCount: number;
  docCount: number;
}

/** The plain-JSON form of an index, to build at build time and ship. */
export interface PassageIndexJSON {
  version: 1;
  config: IndexConfig;
  slots: Array<CorpusDoc | null>;
  postings: Array<[number, number[]]>;
  df: Array<[string, number]>;
  sdf: Array<[string, number]>;
  sentCount: number;
}

// Analyses of recently used articles; not part of the index (derived, rebuilt on demand).
const CACHE_SIZE = 256;
const analysisCache = new WeakMap<PassageIndex, Map<number, Analysis>>();

/** One article's sentence counts: in how many of its sentences each stem (by interned id) occurs, and
 *  its number of sentences (those with a content token). What a query's statistics are summed from. */
interface SentenceCounts {
  sids: Uint32Array;
  /** Sentences of the article holding each stem: an article of 65,535 sentences is over any page limit. */
  counts: Uint16Array;
  sents: number;
}
// Kept for every indexed article (a few hundred numbers each: about half the size of its postings, measured in
// review, so not negligible beside them), computed when it
// is added (its analysis is at hand) or, for an index read from JSON, the first time a query asks.
const sentenceCountsCache = new WeakMap<PassageIndex, Map<number, SentenceCounts>>();

export function createPassageIndex(config: Partial<IndexConfig> = {}): PassageIndex {
  return {
    version: 1,
    config: { ...DEFAULT_CONFIG, ...config },
    slots: [],
    slotOf: new Map(),
    postings: new Map(),
    df: new Map(),
    sdf: new Map(),
    sentCount: 0,
    docCount: 0,
  };
}

function fingerprints(index: PassageIndex, a: Analysis): Array<[number, number]> {
  return winnow(shingles(a.tokens, index.config.k), index.config.winnow);
}

/** Distinct stems of each sentence. */
export function sentenceStems(a: Analysis): Set<string>[] {
  return a.sentTokens.map(([t0, t1]) => {
    const s = new Set<string>();
    for (let t = t0; t < t1; t++) s.add(a.tokens[t].stem);
    return s;
  });
}

function countSentences(index: PassageIndex, a: Analysis, delta: 1 | -1): void {
  for (const set of sentenceStems(a)) {
    if (set.size === 0) continue;
    index.sentCount += delta;
    for (const st of set) {
      const n = (index.sdf.get(st) ?? 0) + delta;
      if (n > 0) index.sdf.set(st, n);
      else index.sdf.delete(st);
    }
  }
}

function distinctStems(a: Analysis): Set<string> {
  const s = new Set<string>();
  for (const t of a.tokens) s.add(t.stem);
  return s;
}

export function addDocument(index: PassageIndex, doc: CorpusDoc): void {
  if (index.slotOf.has(doc.id)) removeDocument(index, doc.id);
  const slot = index.slots.length;
  index.slots.push(doc);
  index.slotOf.set(doc.id, slot);
  index.docCount++;
  const a = analyse(doc.text, doc.ignore ?? [], doc.lang);
  for (const [pos, h] of fingerprints(index, a)) {
    if (pos >= POS_BITS) break;
    const list = index.postings.get(h);
    if (list) list.push(slot * POS_BITS + pos);
    else index.postings.set(h, [slot * POS_BITS + pos]);
  }
  for (const st of distinctStems(a)) index.df.set(st, (index.df.get(st) ?? 0) + 1);
  countSentences(index, a, 1);
  sentenceCountsMap(index).set(slot, sentenceCountsOf(a));
}

export function removeDocument(index: PassageIndex, id: string): void {
  const slot = index.slotOf.get(id);
  if (slot === undefined) return;
  const doc = index.slots[slot]!;
  const a = analyse(doc.text, doc.ignore ?? [], doc.lang);
  const lo = slot * POS_BITS;
  const hi = lo + POS_BITS;
  for (const [, h] of fingerprints(index, a)) {
    const list = index.postings.get(h);
    if (!list) continue;
    const kept = list.filter((p) => p < lo || p >= hi);
    if (kept.length) index.postings.set(h, kept);
    else index.postings.delete(h);
  }
  for (const st of distinctStems(a)) {
    const n = (index.df.get(st) ?? 1) - 1;
    if (n > 0) index.df.set(st, n);
    else index.df.delete(st);
  }
  countSentences(index, a, -1);
  index.slots[slot] = null;
  index.slotOf.delete(id);
  index.docCount--;
  analysisCache.get(index)?.delete(slot);
  sentenceCountsCache.get(index)?.delete(slot);
}

/** The analysis of the article in `slot`, from the cache or computed now. */
export function analysisOf(index: PassageIndex, slot: number): Analysis {
  let cache = analysisCache.get(index);
  if (!cache) analysisCache.set(index, (cache = new Map()));
  let a = cache.get(slot);
  if (a) {
    // Refresh recency: Map keeps insertion order, so re-inserting moves it last.
    cache.delete(slot);
    cache.set(slot, a);
    return a;
  }
  const doc = index.slots[slot]!;
  a = analyse(doc.text, doc.ignore ?? [], doc.lang);
  cache.set(slot, a);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as number);
  return a;
}

function sentenceCountsMap(index: PassageIndex): Map<number, SentenceCounts> {
  let m = sentenceCountsCache.get(index);
  if (!m) sentenceCountsCache.set(index, (m = new Map()));
  return m;
}

function sentenceCountsOf(a: Analysis): SentenceCounts {
  const bySid = new Map<number, number>();
  let sents = 0;
  for (const [t0, t1] of a.sentTokens) {
    if (t1 <= t0) continue;
    sents++;
    const seen = new Set<number>();
    for (let t = t0; t < t1; t++) seen.add(a.tokens[t].sid);
    for (const sid of seen) bySid.set(sid, (bySid.get(sid) ?? 0) + 1);
  }
  return { sids: Uint32Array.from(bySid.keys()), counts: Uint16Array.from(bySid.values(), (n) => Math.min(n, 0xffff)), sents };
}

/**
 * The statistics one query weighs words by (the banality limit on postings, each stem's rarity over
 * sentences), over the articles it is compared with. The engine indexes articles lazily, the first
 * time each is a source: statistics over the whole index would count whatever the pages read before
 * made it index, and the same page against the same corpus would get other passages after other
 * pages. Over the query's own sources they depend on the page and the corpus only. `slots` null: the
 * whole index (a caller that indexed its corpus at once and queries it without sources). Not re-entrant: the
 * statistics live in one scratch array shared by every index, so a query's must be read before the next query is
 * made (a stale read throws rather than give another query's numbers).
 */
export interface QueryStats {
  /** The articles counted (null: every article of the index). */
  slots: ReadonlySet<number> | null;
  docCount: number;
  /** Sentences of the counted articles holding the stem with this interned id. */
  sdf(sid: number): number;
  sentCount: number;
}

export function queryStats(index: PassageIndex, slots: ReadonlySet<number> | null): QueryStats {
  if (slots === null) {
    return { slots: null, docCount: index.docCount, sdf: (sid) => index.sdf.get(stemOf(sid)) ?? 0, sentCount: index.sentCount };
  }
  const live = new Set<number>();
  for (const s of slots) if (index.slots[s] != null) live.add(s);
  const counts = sentenceCountsMap(index);
  const per: SentenceCounts[] = [];
  for (const slot of live) {
    let c = counts.get(slot);
    if (!c) counts.set(slot, (c = sentenceCountsOf(analysisOf(index, slot))));
    per.push(c);
  }
  // Summed into an array by stem id (every id of an indexed article is below stemIdCount): a Map grown by
  // tens of thousands of keys per query cost several times more, in collections. One scratch array serves
  // every query: a new one per query was allocated and zeroed whole, and grows with every page read (each
  // interns its stems); only the ids the previous query summed are reset.
  for (const c of scratch.summed) for (let i = 0; i < c.sids.length; i++) scratch.sdf[c.sids[i]] = 0;
  if (scratch.sdf.length < stemIdCount()) scratch.sdf = new Uint32Array(Math.max(stemIdCount(), scratch.sdf.length * 2));
  const sdf = scratch.sdf;
  const generation = ++scratch.generation;
  scratch.summed = per;
  let sentCount = 0;
  for (const c of per) {
    sentCount += c.sents;
    for (let i = 0; i < c.sids.length; i++) sdf[c.sids[i]] += c.counts[i];
  }
  return {
    slots: live,
    docCount: live.size,
    sdf: (sid) => {
      // The scratch array holds the latest query's sums only: an older one read now would be silently wrong.
      if (generation !== scratch.generation) throw new Error('queryStats: statistics of an earlier query read after a later one');
      return sid < sdf.length ? sdf[sid] : 0;
    },
    sentCount,
  };
}

/** The sums of the latest queryStats (by stem id), the counts summed into them (to reset those ids only),
 *  and a number that tells that query's statistics from an earlier one's. */
const scratch: { sdf: Uint32Array; summed: SentenceCounts[]; generation: number } = { sdf: new Uint32Array(0), summed: [], generation: 0 };

export function passageIndexToJSON(index: PassageIndex): PassageIndexJSON {
  return {
    version: 1,
    config: index.config,
    slots: index.slots,
    postings: [...index.postings],
    df: [...index.df],
    sdf: [...index.sdf],
    sentCount: index.sentCount,
  };
}

export function passageIndexFromJSON(json: PassageIndexJSON): PassageIndex {
  if (json.version !== 1) throw new Error(`unsupported passage index version ${String(json.version)}`);
  const slotOf = new Map<string, number>();
  json.slots.forEach((d, i) => d && slotOf.set(d.id, i));
  return {
    version: 1,
    config: json.config,
    slots: json.slots,
    slotOf,
    postings: new Map(json.postings),
    df: new Map(json.df),
    sdf: new Map(json.sdf),
    sentCount: json.sentCount,
    docCount: slotOf.size,
  };
}
