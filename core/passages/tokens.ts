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
  /** The text's language, as given to analyse. */
  lang?: string;
  /** The text analysed: wordStarts and wordEnds are offsets into it. */
  text: string;
  /** Folded words (elision removed), the surface used to tell verbatim from close. */
  wordNorms: string[];
  /** The same words as interned ids, for fast comparison. */
  wordIds: Int32Array;
  wordStarts: number[];
  wordEnds: number[];
  /** 1 for a word written as a name (capitalised where the text also capitalises it inside a sentence):
   *  crosslang.ts reads no French verb or participle form into it ("Marie" is no "mariée"). */
  wordNames: Uint8Array;
  tokens: ContentToken[];
  sentences: Segment[];
  /** For each sentence, [first, end) indices into `tokens`. */
  sentTokens: Array<[number, number]>;
  /** For each sentence, the keys of the people it quotes (speakers.ts), empty when it quotes no one. */
  speakers: string[][];
  /** The text's quotes, [start, end) without their marks, in text order (speakers.ts). */
  quotes: Array<[number, number]>;
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function firstTokenFrom(tokens: ReadonlyArray<ContentToken>, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/**
 * What analysis needs of one folded word, computed once per distinct word and kept: its interned id,
 * its content stems (splitting on apostrophes and hyphens, stop words, synonyms, stemming), whether
 * it is a month or a military cue of the concept table, and its stems as soldiers. Each field is
 * filled the first time it is asked for, in the order the analysis asks, so stem and word ids are
 * handed out in the same order as when each was computed per occurrence. Measured on the bench's
 * 2,000-word page: one map look-up per word instead of four to six (the concept table's, the
 * word-id table's, the stems cache's) took a fifth of the page's analysis.
 */
interface WordInfo {
  id: number;
  stems: StemInfo[] | undefined;
  soldiers: StemInfo[] | null | undefined;
  month: boolean | undefined;
  military: boolean | undefined;
}
const wordInfos = new Map<string, WordInfo>();
/** Distinct words kept before the cache starts over (a long-running background reads many pages). */
const WORD_INFOS_MAX = 500_000;
function wordInfo(norm: string): WordInfo {
  let info = wordInfos.get(norm);
  if (info) return info;
  info = { id: -1, stems: undefined, soldiers: undefined, month: undefined, military: undefined };
  if (wordInfos.size >= WORD_INFOS_MAX) wordInfos.clear();
  wordInfos.set(norm, info);
  return info;
}

function stemInfos(stems: string[]): StemInfo[] {
  return stems.map((st) => ({ stem: st, sid: stemId(st), stockStem: STOCK_STEMS.has(st) }));
}

function stemsOfWord(norm: string, info: WordInfo): StemInfo[] {
  if (info.stems) return info.stems;
  const parts = norm.includes("'") || norm.includes('-') ? norm.split(/['-]/) : [norm];
  const out: StemInfo[] = [];
  for (const part of parts) out.push(...stemInfos(contentStems(part, STOP)));
  return (info.stems = out);
}

/** "hommes" in a sentence about war are soldiers (content-stems.ts); null for any other word. */
function soldiersOfWord(norm: string, info: WordInfo): StemInfo[] | null {
  if (info.soldiers !== undefined) return info.soldiers;
  const stems = soldierStems(norm, STOP);
  return (info.soldiers = stems ? stemInfos(stems) : null);
}

function isMonth(norm: string, info: WordInfo): boolean {
  return (info.month ??= conceptsOf(norm).some((c) => c.id.startsWith('month-')));
}

function isMilitaryCue(norm: string, info: WordInfo): boolean {
  return (info.military ??= isCue(norm, 'military'));
}

/** A number of one or two digits (a day of the month when a month stands beside it). */
function oneOrTwoDigits(norm: string): boolean {
  if (norm.length === 0 || norm.length > 2) return false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function inIgnored(start: number, end: number, ignore: ReadonlyArray<[number, number]>): boolean {
  for (const [s, e] of ignore) if (start < e && end > s) return true;
  return false;
}

/**
 * A sentence's stop glued to the next sentence's first word, with no space: "the bakery closed its doors.The mayor
 * has promised", "a déclaré la préfète.Les secours". Scraped copy loses the space or line break between two paragraphs
 * or two sentences; the segmenter (core/text/segment.ts) then reads one sentence where there are two, and a short
 * statement of another text is scored against both (diluted, or over the length ratio of crosslang.ts). The break is
 * read only after a word written wholly in lower case (two letters or more: gluedStopAfterWord), so that a name with a
 * domain ("Daily.Az"), an initial ("J.R.Tolvan") or an acronym ("U.S.Senators") is never cut; a closing quote may sit
 * between the stop and the capital ("… a real reform.”Protests"), and the capital may be an elided article or
 * preposition ("le ministre.L’armée"). The pattern finds candidate stops only; the word before each is checked by a
 * bounded backward scan, so that a long run of lower-case letters is read once, not once per position (a look-behind
 * of variable length rescanned the run at every position: quadratic).
 */
const GLUED_STOP = /[.!?][”"»’]?(?=\p{Lu}(?:\p{Ll}|['’ʼ]))/gu;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is the character before `at` the end of a word of two lower-case letters or more, written wholly in lower case? The
 * scan stops at the word's start, or at its first letter that is not lower case. */
function gluedStopAfterWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0) {
    const c = text[i - 1];
    if (LOWER.test(c)) { i--; continue; }
    if (LETTER_OR_DIGIT.test(c)) return false;
    break;
  }
  return at - i >= 2;
}

/** The sentences of `text` (segmentSentences), each also cut where a stop is glued to the next sentence (GLUED_STOP). */
export function passageSentences(text: string, lang: string): Segment[] {
  const out: Segment[] = [];
  for (const seg of segmentSentences(text, lang)) {
    let from = 0;
    GLUED_STOP.lastIndex = 0;
    for (let m = GLUED_STOP.exec(seg.text); m; m = GLUED_STOP.exec(seg.text)) {
      // The backward scan stops at the previous candidate stop at the latest (a stop is no letter), so a sentence's
      // characters are scanned once in all.
      if (!gluedStopAfterWord(seg.text, m.index)) continue;
      const cut = m.index + m[0].length;
      out.push({ start: seg.start + from, end: seg.start + cut, text: seg.text.slice(from, cut) });
      from = cut;
    }
    out.push(from ? { start: seg.start + from, end: seg.end, text: seg.text.slice(from) } : seg);
  }
  return out;
}

/** Analyse a text. Words inside `ignore` ranges (page furniture) produce no tokens. Never throws. */
export function analyse(text: string, ignore: ReadonlyArray<[number, number]>, lang: string): Analysis {
  const sentences = passageSentences(text, lang);
  // A number is one word ("50.000" -> 50000): spans never split it, and its styles meet.
  const ws = joinNumbers(text, words(text));
  const wordNorms: string[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  const wordIds: number[] = [];
  const wordNames: number[] = [];
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
  const infos = ws.map((w) => wordInfo(w.norm));
  const dayOfMonth = new Uint8Array(ws.length);
  for (let i = 0; i < ws.length; i++) {
    if (!oneOrTwoDigits(ws[i].norm) || +ws[i].norm < 1 || +ws[i].norm > 31) continue;
    if ([i - 1, i + 1].some((j) => j >= 0 && j < ws.length && isMonth(ws[j].norm, infos[j]))) dayOfMonth[i] = 1;
  }
  // Sentences with a military cue word.
  const military = new Uint8Array(sentences.length);
  for (let i = 0; i < ws.length; i++) if (isMilitaryCue(ws[i].norm, infos[i])) military[sentOf[i]] = 1;
  let sent = 0;
  for (let wIdx = 0; wIdx < ws.length; wIdx++) {
    const w = ws[wIdx];
    if (ignore.length && inIgnored(w.start, w.end, ignore)) continue;
    sent = sentOf[wIdx];
    const isName = w.capitalized && names.has(w.norm);
    const wi = wordNorms.length;
    const info = infos[wIdx];
    wordNorms.push(w.norm);
    wordIds.push(info.id >= 0 ? info.id : (info.id = internWord(w.norm)));
    wordStarts.push(w.start);
    wordEnds.push(w.end);
    wordNames.push(isName ? 1 : 0);
    // "hommes" in a sentence about war are soldiers (content-stems.ts).
    const soldiers = military[sent] ? soldiersOfWord(w.norm, info) : null;
    if (soldiers) {
      for (const st of soldiers) tokens.push({ stem: st.stem, sid: st.sid, start: w.start, end: w.end, word: wi, sent, stock: isName || st.stockStem });
      continue;
    }
    for (const st of stemsOfWord(w.norm, info)) {
      tokens.push({ stem: st.stem, sid: st.sid, start: w.start, end: w.end, word: wi, sent, stock: isName || st.stockStem || dayOfMonth[wIdx] === 1 });
    }
  }
  // Token ranges per sentence (tokens are in text order, so each sentence's tokens are contiguous).
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const first = t;
    while (t < tokens.length && tokens[t].sent === s) t++;
    sentTokens[s] = [first, t];
  }
  const quotes = quoteSpans(text);
  const speakers = quoteSpeakers(text, sentences, ws, sentOf, names, quotes);
  return { lang, text, wordNorms, wordIds: Int32Array.from(wordIds), wordStarts, wordEnds, wordNames: Uint8Array.from(wordNames), tokens, sentences, sentTokens, speakers, quotes };
}
