/**
 * Search over what the sources say: sentences of corpus articles, tolerant of typos and spelling
 * variants (Marrakesh/Marrakech, Al Haouz/Al-Haouz), with the matched words marked.
 *
 * Two stages, so a query stays well under 50 ms on 10,000 articles:
 * 1. a cheap inverted index: folded words (lower case, no accents) -> the sentences that hold them,
 *    and word trigrams -> vocabulary words. Each query word is widened to the vocabulary words it may
 *    mean (same word, a known variant, a prefix while typing, or one or two typos away), and the
 *    sentences holding every query word (or most of them) become candidates, capped;
 * 2. Fuse.js over those few candidates only, for the ranking and the matched ranges (includeMatches).
 *
 * Pure TypeScript: runs in the background and in the node bench. Sentences are kept as offsets into
 * the article text, never copied, so the index costs a few bytes per sentence.
 */
import Fuse, { type Expression, type FuseResult } from 'fuse.js';
import { fold } from '../text/fold';
import { nameKey } from '../text/names';
import { lookup, wordFormsOf } from '../concepts/index';

export interface SearchDoc {
  id: string;
  title: string;
  lang: string;
  text: string;
}

export interface SearchHit {
  docId: string;
  title: string;
  lang: string;
  /** The sentence's offsets in the article text. */
  start: number;
  end: number;
  text: string;
  /** [start, end) ranges of `text` that match the query. */
  marks: Array<[number, number]>;
  /** Up to CONTEXT_CHARS of the article before and after the sentence, for the expanded view. */
  before: string;
  after: string;
  /** 0 = perfect, 1 = barely. */
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Article ids to leave out (hidden bundled articles). */
  exclude?: ReadonlySet<string>;
}

export const DEFAULT_LIMIT = 20;
/** Fuse only ever sees this many sentences. */
const MAX_CANDIDATES = 150;
const CONTEXT_CHARS = 400;
/** Spellings of one query word handed to Fuse. */
const MAX_SPELLINGS = 5;
/** Sentences longer than this (lists, tables flattened into one line) are cut for display. */
const MAX_SENTENCE_CHARS = 600;

/**
 * What else a query word may be written as, beyond typos (which the fuzzy stage handles): the same
 * name spelled another way (nameKey: Netanyahou/Netanyahu, Haouz/Hauz), and the other
 * language's words for the same concept of the shared table (soldats/soldiers/troops, otan/nato).
 * No word list of its own: names come from the corpus's vocabulary, words from core/concepts.
 */
function conceptForms(token: string): readonly string[] {
  const c = lookup(token);
  return c && c.type !== 'cue' && c.type !== 'unit' && c.type !== 'time' ? wordFormsOf(c.id) : [];
}
/** Names shorter than this are left to exact and fuzzy matching: short keys collide. */
const MIN_NAME_VARIANT = 4;

/** Words too common to select anything; ignored unless the query has nothing else. */
const QUERY_STOPWORDS = new Set(
  'le la les un une des de du d l et ou a au aux en dans par pour sur avec sans que qui quoi dont ce cet cette ces est sont il elle ils elles on se sa son ses leur leurs the of and or to in on at for by with is are was were be been it its this that these those an as from'.split(
    ' ',
  ),
);

const WORD = /[a-z0-9\u00df-\u024f\u0370-\u04ff]+/g;
const MARKS = /[\u0300-\u036f]/g;

/**
 * Folded words of a text: lower case, accents removed (as core/text/fold does, but not
 * length-preserving, which the index does not need, and several times faster).
 */
function foldedWords(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').match(WORD) ?? [];
}

/** French abbreviations a period does not end a sentence after (M. Rutte, Mme Dupont). */
const ABBREVIATION = /(?:^|[\s(«"'’])(?:M|MM|Mme|Mmes|Mlle|Mgr|Me|Dr|Pr|St|Ste|Gal|Gén|Col|Lt|Mr|Mrs|Ms|Jr|Sr|vs|etc|av|apr|J\.-C|n°|no|p|pp)\.$/u;
const BOUNDARY = /[.!?…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\d])|\n+/gu;

/**
 * Sentences as offsets: a cheap splitter (ends of sentence before a capital or a digit, and line
 * breaks), merging splits after abbreviations. core/text/segment is exact but too slow for 10,000
 * articles; a search result only needs a readable unit.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), end))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

function trigrams(w: string): string[] {
  const p = `^${w}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= p.length; i++) out.push(p.slice(i, i + 3));
  return out;
}

/** Edit distance with transpositions (sodlats -> soldats is one typo), giving up above `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** How many typos a word of this length may carry. */
function typoBudget(len: number): number {
  return len >= 8 ? 2 : len >= 4 ? 1 : 0;
}

interface Sentence {
  doc: number;
  start: number;
  end: number;
}

export class SentenceIndex {
  private readonly docs: SearchDoc[];
  /** Sentence i: docs[sDoc[i]].text.slice(sStart[i], sEnd[i]). */
  private readonly sDoc: Uint32Array;
  private readonly sStart: Uint32Array;
  private readonly sEnd: Uint32Array;
  private readonly vocab = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly postings: Uint32Array[] = [];
  private readonly grams = new Map<string, number[]>();
  /** nameKey -> vocabulary words with that key (spelling variants of one name). */
  private readonly byNameKey = new Map<string, number[]>();
  readonly sentenceCount: number;

  constructor(docs: SearchDoc[]) {
    this.docs = docs;
    const sentences: Sentence[] = [];
    const lists: number[][] = [];
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d];
      for (const [a, b] of splitSentences(doc.text)) {
        const sid = sentences.length;
        sentences.push({ doc: d, start: a, end: b });
        for (const w of foldedWords(doc.text.slice(a, b))) {
          let id = this.vocab.get(w);
          if (id === undefined) {
            id = this.words.length;
            this.vocab.set(w, id);
            this.words.push(w);
            lists.push([]);
          }
          const list = lists[id];
          if (list[list.length - 1] !== sid) list.push(sid);
        }
      }
    }
    this.sentenceCount = sentences.length;
    this.sDoc = Uint32Array.from(sentences, (s) => s.doc);
    this.sStart = Uint32Array.from(sentences, (s) => s.start);
    this.sEnd = Uint32Array.from(sentences, (s) => s.end);
    for (let i = 0; i < lists.length; i++) this.postings.push(Uint32Array.from(lists[i]));
    for (let id = 0; id < this.words.length; id++) {
      if (this.words[id].length >= MIN_NAME_VARIANT) {
        const k = nameKey(this.words[id]);
        const l = this.byNameKey.get(k);
        if (l) l.push(id);
        else this.byNameKey.set(k, [id]);
      }
      for (const g of trigrams(this.words[id])) {
        let l = this.grams.get(g);
        if (!l) this.grams.set(g, (l = []));
        l.push(id);
      }
    }
  }

  /** The vocabulary words a query word may mean, best first (exact and variants, then typos, then prefixes). */
  expand(token: string): number[] {
    const out = new Set<number>();
    const variants = this.variants(token);
    for (const v of variants) {
      const id = this.vocab.get(v);
      if (id !== undefined) out.add(id);
    }
    if (token.length < 3) return [...out];
    const shared = new Map<number, number>();
    for (const g of trigrams(token)) for (const id of this.grams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const budget = typoBudget(token.length);
    const fuzzy: number[] = [];
    for (const [id, n] of shared) {
      if (out.has(id) || n < 2) continue;
      const w = this.words[id];
      if (w.startsWith(token) || variants.some((v) => within(v, w, budget) || (w.length > v.length && w.startsWith(v)))) fuzzy.push(id);
    }
    fuzzy.sort((x, y) => this.postings[y].length - this.postings[x].length);
    return [...out, ...fuzzy];
  }

  /** The token, its name variants found in the corpus, and its concept's words in both languages. */
  private variants(token: string): string[] {
    const out = [token];
    if (token.length >= MIN_NAME_VARIANT) for (const id of this.byNameKey.get(nameKey(token)) ?? []) if (!out.includes(this.words[id])) out.push(this.words[id]);
    for (const f of conceptForms(token)) if (!out.includes(f)) out.push(f);
    return out;
  }

  private sentenceText(i: number): string {
    return this.docs[this.sDoc[i]].text.slice(this.sStart[i], this.sEnd[i]);
  }

  /**
   * Candidate sentences: those holding the most query words (all of them when possible), exact
   * spellings before typo-tolerant ones, capped. Counting runs over typed arrays: a common word
   * (soldats in a corpus on one story) has tens of thousands of sentences.
   */
  private candidates(expanded: number[][], exclude?: ReadonlySet<string>): number[] {
    const n = this.sentenceCount;
    const count = (this.countBuf ??= new Uint8Array(n));
    const exact = (this.exactBuf ??= new Uint8Array(n));
    const stamp = (this.stampBuf ??= new Uint32Array(n));
    const touched: number[] = [];
    for (let k = 0; k < expanded.length; k++) {
      const mark = ++this.stampSeq;
      const ids = expanded[k];
      for (let rank = 0; rank < ids.length; rank++) {
        const list = this.postings[ids[rank]];
        for (let j = 0; j < list.length; j++) {
          const s = list[j];
          if (stamp[s] === mark) continue;
          stamp[s] = mark;
          if (count[s] === 0) {
            // AND: only sentences holding the rarest word are candidates.
            if (k > 0) continue;
            touched.push(s);
          }
          count[s]++;
          if (rank === 0) exact[s]++;
        }
      }
    }
    let best = 0;
    for (const s of touched) if (count[s] > best) best = count[s];
    // Linear, no sort (a common word has tens of thousands of sentences): buckets by the number of
    // exact spellings, then sentences of ordinary length (not a title fragment, not a flattened list).
    const buckets: number[][] = Array.from({ length: 2 * (expanded.length + 1) }, () => []);
    for (const s of touched) {
      if (count[s] !== best || (exclude?.size && exclude.has(this.docs[this.sDoc[s]].id))) continue;
      const len = this.sEnd[s] - this.sStart[s];
      buckets[2 * exact[s] + (len >= 40 && len <= 300 ? 1 : 0)].push(s);
    }
    for (const s of touched) {
      count[s] = 0;
      exact[s] = 0;
    }
    const picked: number[] = [];
    for (let b = buckets.length - 1; b >= 0 && picked.length < MAX_CANDIDATES; b--) {
      for (const s of buckets[b]) {
        picked.push(s);
        if (picked.length >= MAX_CANDIDATES) break;
      }
    }
    return picked;
  }

  private countBuf?: Uint8Array;
  private exactBuf?: Uint8Array;
  private stampBuf?: Uint32Array;
  private stampSeq = 0;

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const all = [...new Set(foldedWords(query))];
    const content = all.filter((w) => !QUERY_STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)));
    let tokens = content.length ? content : all;
    if (tokens.length === 0) return [];
    // Rarest word first: it seeds the candidates, the others filter them.
    const expandedAll = tokens.map((t) => this.expand(t));
    const size = (ids: number[]) => ids.reduce((a, id) => a + this.postings[id].length, 0);
    const order = tokens.map((_, k) => k).filter((k) => expandedAll[k].length > 0).sort((x, y) => size(expandedAll[x]) - size(expandedAll[y]));
    if (order.length === 0) return [];
    tokens = order.map((k) => tokens[k]);
    const expanded = order.map((k) => expandedAll[k]);
    const ids = this.candidates(expanded, opts.exclude);
    if (ids.length === 0) return [];
    const items = ids.map((i) => ({ i, folded: fold(this.sentenceText(i).slice(0, MAX_SENTENCE_CHARS)) }));
    const fuse = new Fuse(items, {
      keys: ['folded'],
      includeMatches: true,
      includeScore: true,
      ignoreLocation: true,
      useExtendedSearch: true,
      threshold: 0.4,
      minMatchCharLength: 2,
    });
    // Each query word, in one of the spellings it may mean, must be found: an AND of ORs.
    const spellings = expanded.map((ids) => [...new Set(ids.slice(0, MAX_SPELLINGS).map((id) => this.words[id]))]);
    const accepted = new Set(spellings.flat());
    const expr: Expression = { $and: spellings.map((vs) => ({ $or: vs.map((v) => ({ folded: v })) })) };
    let results: FuseResult<{ i: number; folded: string }>[] = fuse.search(expr, { limit });
    // Candidates hold most of the words but not all: rank them by the words they do hold.
    if (results.length === 0 && tokens.length > 1) results = fuse.search({ $or: spellings.flat().map((v) => ({ folded: v })) }, { limit });
    return results.map((r) => this.hit(r.item.i, r.score ?? 1, r.matches ?? [], accepted));
  }

  private hit(i: number, score: number, matches: ReadonlyArray<{ indices: ReadonlyArray<readonly [number, number]> }>, accepted: ReadonlySet<string>): SearchHit {
    const doc = this.docs[this.sDoc[i]];
    const start = this.sStart[i];
    const end = Math.min(this.sEnd[i], start + MAX_SENTENCE_CHARS);
    const text = doc.text.slice(start, end);
    const ranges = matches.flatMap((m) => m.indices.map(([a, b]) => [a, b + 1] as [number, number]));
    return {
      docId: doc.id,
      title: doc.title,
      lang: doc.lang,
      start,
      end,
      text,
      marks: wordRanges(text, ranges).filter(([a, b]) => foldedWords(text.slice(a, b)).some((w) => accepted.has(w))),
      before: contextBefore(doc.text, start),
      after: contextAfter(doc.text, end),
      score,
    };
  }
}

/** The text before a sentence, from a sentence start (or a word start) at most CONTEXT_CHARS back. */
function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  if (from === 0) return text.slice(0, start);
  const chunk = text.slice(from, start);
  const sentence = /[.!?…»\n]\s+(?=\S)/.exec(chunk);
  if (sentence && sentence.index < chunk.length / 2) return chunk.slice(sentence.index + sentence[0].length);
  const word = chunk.indexOf(' ');
  return word >= 0 ? chunk.slice(word + 1) : chunk;
}

/** The text after a sentence, to a sentence end (or a word end) at most CONTEXT_CHARS on. */
function contextAfter(text: string, end: number): string {
  const chunk = text.slice(end, end + CONTEXT_CHARS);
  if (end + CONTEXT_CHARS >= text.length) return chunk;
  let cut = -1;
  for (const m of chunk.matchAll(/[.!?…»](?=\s)/g)) cut = m.index + 1;
  if (cut > chunk.length / 2) return chunk.slice(0, cut);
  const word = chunk.lastIndexOf(' ');
  return word > 0 ? chunk.slice(0, word) : chunk;
}

/** Separators inside a number: decimal marks and thousands marks other than a plain space. */
const NUMBER_SEPARATOR = /^[.,\u00a0\u202f]$/;

/**
 * Fuse's ranges, grown to whole words (and whole numbers) and merged: a reader sees "Marrakech" marked, not "rakech".
 * Ranges shorter than 3 characters inside a longer word are dropped (fuzzy noise).
 */
export function wordRanges(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
  // A dot, a comma or a no-break space between two digits is inside a number ("50.000", "1,5", "600 000").
  const inNumber = (k: number) => NUMBER_SEPARATOR.test(text[k] ?? '') && isDigit(text[k - 1]) && isDigit(text[k + 1]);
  const grown: Array<[number, number]> = [];
  for (const [a0, b0] of ranges) {
    let a = a0;
    let b = b0;
    while (a > 0 && (isWord(text[a - 1]) || inNumber(a - 1))) a--;
    while (b < text.length && (isWord(text[b]) || inNumber(b))) b++;
    if (b0 - a0 < 3 && b - a > b0 - a0 + 1) continue;
    if (b > a) grown.push([a, b]);
  }
  grown.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const r of grown) {
    const last = out[out.length - 1];
    // Touching, or joined by a hyphen or an apostrophe: one mark (nord-coréens, l'OTAN).
    if (last && (r[0] <= last[1] || (r[0] === last[1] + 1 && /[-'’]/.test(text[last[1]])))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
