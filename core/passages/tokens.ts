/**
 * The analysis of one text that matching works on: its content tokens (stemmed, concept forms mapped),
 * each tied to the exact offsets of the word it comes from, and its sentences.
 */
import { words, STOPWORDS } from '../text/words';
import { joinNumbers } from '../text/number-words';
import { segmentSentences, type Segment } from '../text/segment';
import { contentStems, soldierStems } from './content-stems';
import { conceptsOf, isCue } from '../concepts/index';
import { STOCK_STEMS } from './banality';
import { quoteSpans, quoteSpeakers } from './speakers';

export interface ContentToken {
  stem: string;
  /** Interned id of the stem (same stem, same id, in every analysis). */
  sid: number;
  /** Offsets of the whole word in the original text. */
  start: number;
  end: number;
  /** Index of the word in `Analysis.words` (several tokens can share a word: "nord-coréens"). */
  word: number;
  /** Index of the sentence in `Analysis.sentences`. */
  sent: number;
  /** Part of a name (capitalised, acronym) or a stock word of news copy (see banality.ts): shared
   *  by every article on a story, so it cannot make a passage on its own. */
  stock: boolean;
}

export interface Analysis {
  /** Folded words (elision removed), the surface used to tell verbatim from close. */
  wordNorms: string[];
  /** The same words as interned ids, for fast comparison. */
  wordIds: Int32Array;
  wordStarts: number[];
  wordEnds: number[];
  tokens: ContentToken[];
  sentences: Segment[];
  /** For each sentence, [first, end) indices into `tokens`. */
  sentTokens: Array<[number, number]>;
  /** For each sentence, the keys of the people it quotes (speakers.ts), empty when it quotes no one. */
  speakers: string[][];
  /** The text's quotes, [start, end) without their marks, in text order (speakers.ts). */
  quotes: Array<[number, number]>;
}

// Extra function words that STOPWORDS lacks but that carry no topic in news copy: auxiliaries'
// inflections and reporting fillers. Kept short: content words must stay.
const EXTRA_STOPWORDS = new Set(
  'ont avons avez aurait auraient suis es sommes etes soit sont fut furent avoir ayant etant cette celui-ci celle-ci cela ceux-ci lui-meme elle-meme leur y en'.split(
    ' ',
  ),
);
const STOP = new Set([...STOPWORDS, ...EXTRA_STOPWORDS]);

// Interned stem ids: integer keys for the hot loops.
const stemIdOf = new Map<string, number>();
const stemById: string[] = [];
export function stemId(stem: string): number {
  let id = stemIdOf.get(stem);
  if (id === undefined) {
    id = stemIdOf.size;
    stemIdOf.set(stem, id);
    stemById.push(stem);
  }
  return id;
}
/** The stem of an id handed out by stemId. */
export function stemOf(sid: number): string {
  return stemById[sid];
}
/** Number of stem ids handed out so far (ids are < this). */
export function stemIdCount(): number {
  return stemIdOf.size;
}

// Interned word ids, shared by all analyses so that ids compare across texts.
const wordIdOf = new Map<string, number>();
function internWord(w: string): number {
  let id = wordIdOf.get(w);
  if (id === undefined) {
    id = wordIdOf.size;
    wordIdOf.set(w, id);
  }
  return id;
}

interface StemInfo {
  stem: string;
  sid: number;
  stockStem: boolean;
}
// Content stems of each folded word, computed once per distinct word: the per-word work (splitting
// on apostrophes and hyphens, stop words, synonyms, stemming) dominated the analysis of long texts.
const wordStems = new Map<string, StemInfo[]>();
const WORD_STEMS_MAX = 500_000;
function stemsOfWord(norm: string): StemInfo[] {
  let out = wordStems.get(norm);
  if (out) return out;
  out = [];
  const parts = norm.includes("'") || norm.includes('-') ? norm.split(/['-]/) : [norm];
  for (const part of parts) {
    for (const st of contentStems(part, STOP)) out.push({ stem: st, sid: stemId(st), stockStem: STOCK_STEMS.has(st) });
  }
  if (wordStems.size >= WORD_STEMS_MAX) wordStems.clear();
  wordStems.set(norm, out);
  return out;
}

function inIgnored(start: number, end: number, ignore: ReadonlyArray<[number, number]>): boolean {
  for (const [s, e] of ignore) if (start < e && end > s) return true;
  return false;
}

/** Analyse a text. Words inside `ignore` ranges (page furniture) produce no tokens. Never throws. */
export function analyse(text: string, ignore: ReadonlyArray<[number, number]> = [], lang = 'fr'): Analysis {
  const sentences = segmentSentences(text, lang);
  // A number is one word ("50.000" -> 50000): spans never split it, and its styles meet.
  const ws = joinNumbers(text, words(text));
  const wordNorms: string[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  const tokens: ContentToken[] = [];
  const sentTokens: Array<[number, number]> = sentences.map(() => [0, 0]);
  // A capitalised word is a name when the text also capitalises it inside a sentence; at a sentence
  // start capitals say nothing ("Pyongyang étant accusé" vs "Les deux pays").
  const sentOf: number[] = [];
  const names = new Set<string>();
  {
    let s = 0;
    let prevSent = -1;
    for (const w of ws) {
      while (s < sentences.length - 1 && w.start >= sentences[s].end) s++;
      sentOf.push(s);
      if (w.capitalized && s === prevSent) names.add(w.norm);
      prevSent = s;
    }
  }
  // A day of the month beside its month ("31 janvier", "July 7") is a date, stock like the month.
  const dayOfMonth = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) {
    if (!/^\d{1,2}$/.test(ws[i].norm) || +ws[i].norm < 1 || +ws[i].norm > 31) continue;
    if ([ws[i - 1], ws[i + 1]].some((w) => w && conceptsOf(w.norm).some((c) => c.id.startsWith('month-')))) dayOfMonth[i] = 1;
  }
  // Sentences with a military cue word.
  const military = new Uint8Array(sentences.length);
  for (let i = 0; i < ws.length; i++) if (isCue(ws[i].norm, 'military')) military[sentOf[i]] = 1;
  let sent = 0;
  for (let wIdx = 0; wIdx < ws.length; wIdx++) {
    const w = ws[wIdx];
    if (ignore.length && inIgnored(w.start, w.end, ignore)) continue;
    sent = sentOf[wIdx];
    const isName = w.capitalized && names.has(w.norm);
    const wi = wordNorms.length;
    wordNorms.push(w.norm);
    wordStarts.push(w.start);
    wordEnds.push(w.end);
    // "hommes" in a sentence about war are soldiers (content-stems.ts).
    const soldiers = military[sent] ? soldierStems(w.norm, STOP) : null;
    if (soldiers) {
      for (const st of soldiers) tokens.push({ stem: st, sid: stemId(st), start: w.start, end: w.end, word: wi, sent, stock: isName || STOCK_STEMS.has(st) });
      continue;
    }
    for (const info of stemsOfWord(w.norm)) {
      tokens.push({ stem: info.stem, sid: info.sid, start: w.start, end: w.end, word: wi, sent, stock: isName || info.stockStem || dayOfMonth[wIdx] === 1 });
    }
  }
  // Token ranges per sentence (tokens are in text order, so each sentence's tokens are contiguous).
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const first = t;
    while (t < tokens.length && tokens[t].sent === s) t++;
    sentTokens[s] = [first, t];
  }
  const wordIds = Int32Array.from(wordNorms, internWord);
  const quotes = quoteSpans(text);
  const speakers = quoteSpeakers(text, sentences, ws, sentOf, names, quotes);
  return { wordNorms, wordIds, wordStarts, wordEnds, tokens, sentences, sentTokens, speakers, quotes };
}
