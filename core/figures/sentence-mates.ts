/**
 * Sentence mates (session 21, context21): the other figures a figure's sentence gives, as language-free tokens (unit
 * and value). A number is written alike in French and in English, where the words of two clauses seldom meet: "la digue, haute de
 * 6 m, a cédé sur 40 m" and "a 40 m stretch of the 6 m high levee gave way" share no word, but
 * both sentences give 40 m beside 6 m. Two sentences that give one other value of one unit each (not the
 * two figures compared) tell the same facts: that is one word of context they share (match.ts `sharedContext`).
 */
import { segmentSentences } from '../text/segment';
import type { Figure } from './types';
import { DURATION_UNITS } from './unit-sets';

/** Units whose values say nothing of the sentence they stand in: a bare number ("two of them"), a rank, a calendar
 * year (many counts of a story are said of its year), a numbered week; a day, a time of day and a duration, which a
 * story gives to many of its counts alike ("on 3 May the index fell 2%" and "on 3 May prices rose 3%" are two facts
 * of one day; "in 48 hours" is said of the toll, the rain and the evacuated). Nor is a figure that is not salient (a
 * small number in words that refers back, "les deux usines": extract.ts). */
const MATELESS_UNITS = new Set(['number', 'ordinal', 'ordinal-relative', 'year', 'week', 'date', 'time', ...DURATION_UNITS]);

/** Figures from which a run of text between two sentence ends is no sentence whose values tell its facts: more than
 * seven. Every figure of the run is counted, those of a mateless unit too. In the development set's articles a
 * sentence gives at most seven (a figure with six mates, 23 of 3,580); beyond that it is a table, a list of results
 * or text whose sentences are not marked (slides, captions run together: one page's "sentence" held twenty), where
 * one value both sides give is chance. */
const SENTENCE_FIGURES_MAX = 7;

/** A figure's value as a token: its unit and bounds ("km=8/8", "percent=24/26", "date=2025-08-31/2025-08-31"). */
export const mateToken = (f: Figure): string => `${f.unit}=${f.low ?? ''}/${f.high ?? ''}`;

/**
 * Each figure of `figures` (one text's, `text`) gets `mates`: the tokens of the other salient figures of its sentence,
 * not of a mateless unit, and not of its own value (a list's items of one value). Figures sorted by start or not.
 */
export function setSentenceMates(figures: Figure[], text: string, lang: string): void {
  if (figures.length < 2) return;
  // The sentences of the segmenter that every other reader uses (its abbreviations, "U.S.", "M. Durand", end none).
  const starts = segmentSentences(text, lang).map((s) => s.start);
  // The sentence of an offset: the number of sentence starts at or before it (binary search).
  const sentenceOf = (at: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= at) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const bySentence = new Map<number, Figure[]>();
  for (const f of figures) {
    const s = sentenceOf(f.start);
    const list = bySentence.get(s);
    if (list) list.push(f); else bySentence.set(s, [f]);
  }
  for (const list of bySentence.values()) {
    if (list.length < 2 || list.length > SENTENCE_FIGURES_MAX) continue;
    for (const f of list) {
      const own = mateToken(f);
      const mates = [...new Set(list.filter((g) => g !== f && g.salient !== false && !MATELESS_UNITS.has(g.unit)).map(mateToken))].filter((t) => t !== own);
      if (mates.length) f.mates = mates;
    }
  }
}

/**
 * 1 when the sentences of `a` and `b` give one other value of one unit, else 0. Two figures of one unit in two
 * sentences that tell the same facts must sit at the same place among them:
 * - not when either sentence gives the other figure's own value: "24 % for X, 26 % for Y and 49 % for Z" told twice
 *   would else pair X's 24 % with Y's 26 % by Z's 49 %; two items of one list are two counts;
 * - not when either sentence gives other values of the figures' own unit and the two share none of them: "$3.4
 *   billion of cloud revenue, above estimates of $3.1 billion" and "$0.80 a share on $9.6 billion of revenue" are
 *   two amounts of two lists, whatever else the two sentences share (a percent, a place); "6 m high, 40 m wide"
 *   told twice gives 40 m on both sides.
 */
export function sharedMates(a: Figure, b: Figure): number {
  if (!a.mates || !b.mates) return 0;
  if (a.mates.includes(mateToken(b)) || b.mates.includes(mateToken(a))) return 0;
  const ofUnit = (f: Figure): string[] => f.mates!.filter((t) => t.startsWith(`${f.unit}=`));
  const [ua, ub] = [ofUnit(a), ofUnit(b)];
  if ((ua.length || ub.length) && !ua.some((t) => ub.includes(t))) return 0;
  return a.mates.some((t) => b.mates!.includes(t)) ? 1 : 0;
}
