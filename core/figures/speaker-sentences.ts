/**
 * Where a figure's sentence, clause and quotation begin and end: a point between digits, an initial's or a title's
 * abbreviation ends no sentence; clause joins; quotation spans. Each is computed once per text (the last text read) and
 * searched. Split out of attribution.ts (speakers19).
 */
import { HONORIFICS } from './speech-verbs';

/** A quotation longer than this is not followed back to its opening mark. */
const MAX_QUOTE_CHARS = 1500;
/** Sentence containing offset `at`: bounded by . ! ? or a line break. */
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A point between two digits ("2.497 morts", "€43.8 billion", "4.6%") is a number's separator, not a sentence's end. */
export const stopAt = (text: string, i: number): boolean => isStop(text.charCodeAt(i))
  && !(text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))
  && !(text.charCodeAt(i) === 46 && (isInitial(text, i) || isTitleAbbreviation(text, i) || insideWord(text, i)
    || endsLowerAbbreviation(text, i)));
/** speakers21: a point with a lower-case letter right after it, no space between, is inside a word or an abbreviation
 * ("a.m.", "e.g.", "FlightAware.com", "Nasdaq.com"), never a sentence's end: a sentence ends on a point followed by a
 * space, a line break, a closing mark or the text's end, and opens on a capital. Cut there, "According to X, as of 6:30
 * a.m. EST on Tuesday, Northwind has canceled 11%" lost its source to the next "sentence". */
const insideWord = (text: string, i: number): boolean => /\p{Ll}/u.test(text[i + 1] ?? '') && /\p{L}/u.test(text[i - 1] ?? '');
/** speakers21: the last point of an abbreviation of single lower-case letters ("a.m.", "p.m.", "e.g.", "i.e.") ends no
 * sentence when a lower-case word, a digit or a word of capitals alone (a time zone: "EST", "GMT") follows it: the
 * sentence goes on ("at 6:30 a.m. EST on Tuesday, X said"); a capitalised word after it ("… at 9 a.m. Officials said")
 * opens the next sentence as after any point. */
const LOWER_ABBREVIATION_END = /(?<![\p{L}])\p{Ll}\.\p{Ll}$/u;
const CONTINUES_AFTER_ABBREVIATION = /^ (?:\p{Ll}|\d|\p{Lu}{2,5}(?![\p{L}]))/u;
const endsLowerAbbreviation = (text: string, i: number): boolean => LOWER_ABBREVIATION_END.test(text.slice(Math.max(0, i - 4), i))
  && CONTINUES_AFTER_ABBREVIATION.test(text.slice(i + 1, i + 8));
/** Abbreviated titles and ranks written before a name ("Senior Gen. Min Aung Hlaing", "Superintendent Col. Roland
 * Butler", "Sen. Jane Roe", "Mgr. X"): their point is no sentence's end when a capital follows, else the speaker's name
 * falls into the next "sentence" and the figure loses it (session 16). General vocabulary of both languages; not "Me" (an
 * English word). */
const TITLE_ABBREVIATIONS = new Set(['Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Cpt', 'Cmdr', 'Adm', 'Maj', 'Brig', 'Gov', 'Sen',
  'Rep', ...HONORIFICS.filter((h) => h !== 'M'), 'Prof', 'Supt', 'Insp', 'Det', 'St', 'Mgr', 'Pr', 'Gal']);
/** The longest abbreviation of TITLE_ABBREVIATIONS ("Capt", "Cmdr", "Supt", "Mlle": four letters): a longer word
 * before the point is no abbreviation of the set, so no more letters are read. */
const TITLE_ABBREVIATION_MAX_CHARS = 4;
function isTitleAbbreviation(text: string, i: number): boolean {
  let w = i;
  while (w > 0 && i - w < TITLE_ABBREVIATION_MAX_CHARS && /\p{L}/u.test(text[w - 1])) w--;
  if (w > 0 && /[\p{L}\d]/u.test(text[w - 1])) return false;
  const word = text.slice(w, i);
  if (NAME_SUFFIXES.has(word)) return /^(?:,| \p{Ll})/u.test(text.slice(i + 1, i + 3));
  if (!TITLE_ABBREVIATIONS.has(word)) return false;
  return /^ \p{Lu}/u.test(text.slice(i + 1, i + 3));
}
/** A name's suffix ("Roland Butler Jr. said"): its point ends no sentence when the verb or a comma follows it. */
const NAME_SUFFIXES = new Set(['Jr', 'Sr']);
/** A point after one capital letter standing alone ("L.A. County", "Anthony C. Marrone", "U.S.") marks an initial
 * or an abbreviation, not a sentence's end: the speaker named after it is in the same sentence as the figure. A
 * sentence rarely ends on a lone capital ("plan B."), and then the next one still opens on its own capital. */
const isInitial = (text: string, i: number): boolean => i > 0 && /\p{Lu}/u.test(text[i - 1])
  && (i < 2 || !/[\p{L}\d]/u.test(text[i - 2]));
/** The sentence holding [start, end): [its first offset, one past its stop]. */
export const sentenceBounds = (text: string, start: number, end: number): [number, number] => sentenceAround(text, start, end);
/** The caches below are kept for the last text read, known by `===`. Two equal texts that are two strings (a page
 * extracted again, a bench's repeated pages) compare every character, at each call: each hit takes the string just
 * given as its key, so later calls compare pointers (speed19: V8's StringEqual was 11% of the English bench's
 * instructions, from these look-ups). */
/** The last sentence asked for: a figure's speaker search asks for its sentence three times (its speaker, a
 * description's antecedent, the determiner written before the speaker). Callers only read the bounds. */
let sentenceFor: string | null = null;
let sentenceKey = [-1, -1];
let sentenceLast: [number, number] = [0, 0];
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  if (text === sentenceFor && start === sentenceKey[0] && end === sentenceKey[1]) { sentenceFor = text; return sentenceLast; }
  sentenceLast = readSentence(text, start, end);
  sentenceFor = text;
  sentenceKey = [start, end];
  return sentenceLast;
}
/** The offsets where `stopAt` holds in the last text read, in order: each sentence asked for was scanned character by
 * character from its figure to both its ends, once per figure (most of sentenceAround's 1.8% of English extraction's
 * profile, session 16); one pass over the text then a binary search give the same bounds. */
let stopsFor: string | null = null;
let stops: Int32Array = new Int32Array(0);
function stopsOf(text: string): Int32Array {
  if (text === stopsFor) { stopsFor = text; return stops; }
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) if (stopAt(text, i)) found.push(i);
  stops = Int32Array.from(found);
  stopsFor = text;
  return stops;
}
/** The index of the first stop at or after `at` (stops.length when none). */
function firstStopFrom(all: Int32Array, at: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function readSentence(text: string, start: number, end: number): [number, number] {
  const all = stopsOf(text);
  // The sentence opens after the last stop before `start`, and ends on the first stop at or after `end`.
  const before = firstStopFrom(all, start) - 1;
  const a = before >= 0 ? all[before] + 1 : 0;
  const after = firstStopFrom(all, end);
  const b = after < all.length ? all[after] : text.length;
  return [a, Math.min(text.length, b + 1)];
}

/** Words that join two clauses of one sentence, each of which may give its own figure and speaker. */
const CLAUSE_JOIN = /,? (?:while|whereas|but|tandis qu['’e]|alors qu['’e]|mais|contre)\b|, (?:quand|when)\b|;|, et |, and /giu;

/** The clause of sentence [a, b) holding [start, end), between clause joins. */
export function clauseAround(text: string, a: number, b: number, start: number, end: number): [number, number] {
  let ca = a, cb = b;
  for (const [at, len] of clauseJoins(text, a, b)) {
    if (at + len <= start) ca = at + len;
    else if (at >= end) { cb = at; break; }
  }
  return [ca, cb];
}

/** The clause joins of the last sentence read ([offset, length] each, in order): every figure of a sentence asks. */
let joinsFor: string | null = null;
let joinsKey = [-1, -1];
let joins: Array<[number, number]> = [];
function clauseJoins(text: string, a: number, b: number): Array<[number, number]> {
  if (text === joinsFor && a === joinsKey[0] && b === joinsKey[1]) { joinsFor = text; return joins; }
  // An exec loop, not matchAll: matchAll clones the pattern and builds an iterator at each sentence (2% of English
  // extraction's profile, session 16), for the same matches (no alternative of CLAUSE_JOIN matches empty).
  const sentence = text.slice(a, b);
  joins = [];
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(sentence); m !== null; m = CLAUSE_JOIN.exec(sentence)) joins.push([a + m.index, m[0].length]);
  joinsFor = text;
  joinsKey = [a, b];
  return joins;
}
/** Quotation marks and what they hold: a closed «…», “…” or "…" becomes spaces (offsets kept). */
const QUOTATION = /«[^«»]*»|“[^“”]*”|"[^"]*"/gu;
export const withoutQuotations = (seg: string): string => seg.replace(QUOTATION, (q) => ' '.repeat(q.length));

/** [open, close] offsets of «…», “…” and "…" quotations, computed once per text (cached with the sentences). */
let quotesFor: string | null = null;
let quotes: Array<[number, number]> = [];
export function quoteSpans(text: string): Array<[number, number]> {
  if (quotesFor === text) { quotesFor = text; return quotes; }
  quotes = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c) open = i; // « “
    else if ((c === 0xbb || c === 0x201d) && open >= 0) { quotes.push([open, i]); open = -1; }
    else if (c === 34) {
      if (straightOpen < 0) straightOpen = i;
      else { quotes.push([straightOpen, i]); straightOpen = -1; }
    }
  }
  quotes.sort((x, y) => x[0] - y[0]);
  quotesFor = text;
  return quotes;
}

/** The quotation containing offset `pos`, no longer than MAX_QUOTE_CHARS. */
export function quoteAround(spans: Array<[number, number]>, pos: number): [number, number] | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Straight-quote spans may nest inside «…»: look back a few spans for one that contains pos.
  for (let k = best; k >= 0 && k > best - 4; k--) {
    const sp = spans[k];
    if (sp[0] < pos && pos < sp[1] && sp[1] - sp[0] <= MAX_QUOTE_CHARS) return sp;
  }
  return undefined;
}
