/**
 * Reported speech: who says each quoted sentence. A quote and its translation in another article
 * share few cognates ("On a arraché un résultat" / "We achieved a result"), but they share their
 * speaker, named around the quote in both ("a déclaré X", "selon X", "X said", "said X"). The
 * speaker is part of the statement: crosslang.ts adds a speaker key to the bag of every quoted
 * sentence, so two quotes of one person meet on it, and quotes of two people do not.
 *
 * A quote runs from an opening mark (« “ „ or a straight double quote) to its closing mark, never
 * past a line break (a paragraph that goes on quoting opens again). Its attribution is the text
 * outside every quote in the sentences the quote starts and ends in; its speakers are the names
 * there (words the text capitalises inside a sentence, not nations or other concepts of the shared
 * table, nor a nation's display name). A quote with no name around it ("he told his supporters", "a-t-il ajouté", or after "X a
 * plaidé pour ... :") takes the names of the nearest sentence before it, within `PRONOUN_REACH`
 * sentences, that names someone or quotes someone: the pronoun points to the person named last.
 */
import { concept, conceptIds, conceptsOf, isReadAs } from '../concepts/index';
import { fold } from '../text/fold';
import { nameKey } from '../text/names';
import type { Segment } from '../text/segment';
import { STOPWORDS, type Word } from '../text/words';

/** Sentences back a quote with no name of its own looks for its speaker: the pronoun of "he told
 *  his supporters" or "a-t-il ajouté" points to the person named just before, in the same paragraph
 *  or the next one; further back it may be someone else. */
export const PRONOUN_REACH = 2;

/** Shortest name (letters) taken as a speaker: initials and two-letter acronyms name no one. */
const MIN_NAME = 3;

/** The one-word names the concept table gives nations for display ("French", "Israel", "français"):
 *  news capitalises them, but a nation is not a speaker ("for most French people"). */
const NATION_WORDS: Set<string> = (() => {
  const out = new Set<string>();
  for (const id of conceptIds('nation')) {
    const c = concept(id)!;
    for (const x of [c.label?.en, c.label?.fr, c.place?.en, c.place?.fr]) {
      if (!x) continue;
      const f = fold(x).split(' ').pop()!;
      // French adjectives in -ais ("français") are also said in the feminine.
      for (const y of f.endsWith('ais') ? [f, `${f}e`, `${f}es`] : [f]) if (isReadAs(y, c)) out.add(y);
    }
  }
  return out;
})();

const OPEN = new Set(['«', '“', '„']);
const CLOSE = new Set(['»', '”']);
const MARKS = /[«“„»”"\n]/g;

/** Spans [start, end) of quoted text (the marks excluded). */
export function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let straight = false;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const c = m[0];
    const i = m.index;
    if (c === '\n') {
      if (open >= 0 && i > open) out.push([open, i]);
      open = -1;
    } else if (open < 0) {
      if (OPEN.has(c) || c === '"') {
        open = i + 1;
        straight = c === '"';
      }
    } else if (straight ? c === '"' : CLOSE.has(c)) {
      if (i > open) out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0 && text.length > open) out.push([open, text.length]);
  return out;
}

/** A speaker's key: the folded name's skeleton (its first letter, then its consonants), so that
 *  "Mélenchon" and a source's "Melanchon" meet. */
export function speakerKey(norm: string): string {
  const k = nameKey(norm);
  return k[0] + k.slice(1).replace(/[aeiou]/g, '');
}

// Speaker keys of each folded word, computed once per distinct word (concept look-ups and regular
// expressions per capitalised word cost a fifth of the analysis of a long page).
const keysOfWord = new Map<string, string[]>();
const KEYS_OF_WORD_MAX = 100_000;
function nameKeys(norm: string): string[] {
  let out = keysOfWord.get(norm);
  if (out) return out;
  out = [];
  for (const part of norm.split(/['-]/)) {
    if (part.length < MIN_NAME || STOPWORDS.has(part) || NATION_WORDS.has(part) || conceptsOf(part).length > 0) continue;
    const k = speakerKey(part);
    if (!out.includes(k)) out.push(k);
  }
  if (keysOfWord.size >= KEYS_OF_WORD_MAX) keysOfWord.clear();
  keysOfWord.set(norm, out);
  return out;
}

/**
 * For each sentence, the speaker keys of the quotes it holds (empty when it quotes no one).
 * `ws` are the text's words, `sentOf` each word's sentence, `names` the folded words the text
 * capitalises inside a sentence, `spans` the text's quotes (quoteSpans).
 */
export function quoteSpeakers(text: string, sentences: Segment[], ws: Word[], sentOf: number[], names: Set<string>, spans = quoteSpans(text)): string[][] {
  const out: string[][] = sentences.map(() => []);
  if (spans.length === 0 || sentences.length === 0) return out;
  const sentAt = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Names of each sentence outside quotes (words and spans are both in text order).
  const namesIn: string[][] = sentences.map(() => []);
  let q = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    while (q < spans.length && spans[q][1] <= w.start) q++;
    const quoted = q < spans.length && w.start >= spans[q][0];
    if (!w.capitalized || quoted || !names.has(w.norm)) continue;
    for (const k of nameKeys(w.norm)) if (!namesIn[sentOf[i]].includes(k)) namesIn[sentOf[i]].push(k);
  }
  for (const [qs, qe] of spans) {
    const s0 = sentAt(qs);
    const s1 = sentAt(Math.max(qs, qe - 1));
    let keys: string[] = [];
    for (let s = s0; s <= s1; s++) for (const k of namesIn[s]) if (!keys.includes(k)) keys.push(k);
    // No name around the quote: the nearest sentence before it that names someone, or quotes someone.
    for (let s = s0 - 1; keys.length === 0 && s >= 0 && s >= s0 - PRONOUN_REACH; s--) keys = namesIn[s].length ? namesIn[s] : out[s];
    if (keys.length === 0) continue;
    for (let s = s0; s <= s1; s++) for (const k of keys) if (!out[s].includes(k)) out[s].push(k);
  }
  return out;
}
