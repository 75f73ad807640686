/**
 * Word senses (senses.json): a form of the concept table that news writes in two senses ("strike" by
 * workers or by an army; "March" the month or a march), resolved by the words around it. A cue is a
 * pattern of folded tokens with the word at '*'; the longest cue that matches wins, so a specific
 * cue ("strike on Monday": the day a strike is called) beats a general one ("strike on": what was hit).
 * With no cue, the table's own concepts stand. Every look-up goes through a Map.
 */
import data from './senses.json';
import { concept, conceptsOf, type Concept, type ConceptType } from './index';

/** One cue: tokens before the word (nearest last) and after it (nearest first). */
interface Cue {
  before: string[];
  after: string[];
  concepts: Concept[];
}

/** Is this folded word a form of a time concept (a weekday, a month: "lundi", "avril", "may")? The cues' '@time'
 *  class, and the words a dateline may hold in lower case ("3 avril"). */
export const isTimeWord = (w: string): boolean => conceptsOf(w).some((c) => c.type === 'time');

/** Word classes a cue may name instead of a word: any form of one concept type, or any number. */
const CLASSES = new Map<string, (w: string) => boolean>([
  ['@nation', (w) => conceptsOf(w).some((c) => c.type === 'nation')],
  ['@time', isTimeWord],
  ['@num', (w) => /^\d/.test(w)],
]);

/** Folded form -> its cues, longest first (ties keep the order written). */
const CUES = new Map<string, Cue[]>();

for (const entry of data.senses) {
  const cues: Cue[] = [];
  for (const sense of entry.senses) {
    const concepts = sense.concepts.split(/\s+/).filter(Boolean).map((id) => {
      const c = concept(id);
      if (!c) throw new Error(`senses.json: unknown concept ${id}`);
      return c;
    });
    for (const cue of sense.cues.split(/\s+/).filter(Boolean)) {
      const toks = cue.split('_');
      const at = toks.indexOf('*');
      if (at < 0) throw new Error(`senses.json: cue without '*': ${cue}`);
      cues.push({ before: toks.slice(0, at).reverse(), after: toks.slice(at + 1), concepts });
    }
  }
  // A stable sort: the longest cue first, ties in the order senses.json writes them.
  cues.sort((a, b) => b.before.length + b.after.length - (a.before.length + a.after.length));
  for (const form of entry.forms.split(/\s+/).filter(Boolean)) CUES.set(form, cues);
}

function matches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  const cls = CLASSES.get(pattern);
  return cls ? cls(word) : pattern === word;
}

/**
 * The concepts of the folded word at `i` in its context, best type first: `wordAt(k)` gives the folded
 * token at k (undefined past the text's ends). Undefined when the word has no senses or no cue matches
 * (the caller then reads the table as usual); an empty list when the cue says it is none of the table's.
 */
export function sensesAt(wordAt: (k: number) => string | undefined, i: number): readonly Concept[] | undefined {
  const word = wordAt(i);
  const cues = word === undefined ? undefined : CUES.get(word);
  if (!cues) return undefined;
  for (const cue of cues) {
    let ok = true;
    for (let q = 0; q < cue.before.length && ok; q++) ok = matches(cue.before[q], wordAt(i - 1 - q));
    for (let q = 0; q < cue.after.length && ok; q++) ok = matches(cue.after[q], wordAt(i + 1 + q));
    if (ok) return cue.concepts;
  }
  return undefined;
}

/** `lookup` (index.ts) of the word at `i` in its context: the best concept of its sense, optionally of
 *  one type (without a type, never a cue, a general `word` or a party). */
export function lookupAt(wordAt: (k: number) => string | undefined, i: number, type?: ConceptType): Concept | undefined {
  const word = wordAt(i);
  if (word === undefined) return undefined;
  const list = sensesAt(wordAt, i) ?? conceptsOf(word);
  return type ? list.find((c) => c.type === type) : list.find((c) => c.type !== 'cue' && c.type !== 'word' && c.type !== 'party');
}

/** Does any form have senses? For callers that skip the context for the rest. */
export function hasSenses(word: string): boolean {
  return CUES.has(word);
}
