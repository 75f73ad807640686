/**
 * Elided counted nouns: "87 000 manifestants à Paris et 1,272 million dans toute la France", "Half a
 * million people marched in Paris, according to the CGT. Police said it was 87,000." The second number
 * counts what the first does; news writing drops the noun rather than repeat it, most of all when two
 * speakers give two values. A number that counts nothing named takes the frame of the figure just
 * before it, keeping the places its own clause names.
 */
import type { Figure } from './types';
import { concept } from '../concepts/index';

/** How far back (characters) the antecedent may end: about two short sentences. Further away, a bare
 * number more often counts something else of the paragraph. */
const ELLIPSIS_MAX_CHARS = 200;
/** The two values must be of one order of magnitude, give or take two: "87 000" and "1,272 million" (15x)
 * are one count told in two places; "7" after "1,2 million" is a day or a rank, not a crowd. */
const ELLIPSIS_MAX_RATIO = 100;
/** Units that are themselves the whole frame, or say nothing of what is counted: never an antecedent. */
const NOT_ANTECEDENT = new Set(['number', 'date', 'time', 'year', 'ordinal', 'ordinal-relative']);

const magnitude = (f: Figure): number | null => {
  const v = typeof f.low === 'number' ? f.low : typeof f.high === 'number' ? f.high : null;
  return v === null || v <= 0 ? null : v;
};

/** Resolves, in place, figures whose countsKey is the bare 'number' (figures in text order). */
export function resolveEllipses(figures: Figure[], text: string, placed: ReadonlySet<Figure>): void {
  let antecedent: Figure | undefined;
  for (const f of figures) {
    if (f.countsKey[0] !== 'number' || f.unit !== 'number') {
      // An age is one person's ("Noa Argamani, 26"): never the frame of the next number.
      if (!NOT_ANTECEDENT.has(f.unit) && f.countsKey[0] !== 'age') antecedent = f;
      continue;
    }
    const a = antecedent;
    if (!a || f.start - a.end > ELLIPSIS_MAX_CHARS || text.slice(a.end, f.start).includes('\n')) continue;
    const x = magnitude(f), y = magnitude(a);
    if (x === null || y === null || Math.max(x, y) / Math.min(x, y) > ELLIPSIS_MAX_RATIO) continue;
    const ownPlaces = f.countsKey.filter((k) => k.startsWith('loc:'));
    // "... et 1,272 million dans toute la France": a place of its own, even one that is a nation, ends the antecedent's.
    const places = ownPlaces.length || placed.has(f) ? ownPlaces : a.countsKey.filter((k) => k.startsWith('loc:'));
    // A part ("dont 300") belongs to its own clause, not to the count it is a part of.
    let frame = a.countsKey.filter((k) => !k.startsWith('loc:') && k !== 'part');
    // "the abolition of two public holidays. There are 11 in total": a total said after a part is the
    // whole of what the part was taken from; it keeps the counted thing, not what happened to the part.
    const whole = !!f.context?.includes('total') && !a.context?.includes('total');
    if (whole) frame = [frame[0], 'total'];
    f.countsKey = [...frame, ...places, ...(f.countsKey.includes('part') ? ['part'] : [])];
    f.unit = a.unit;
    const samePlaces = places.length === a.countsKey.filter((k) => k.startsWith('loc:')).length && places.every((p) => a.countsKey.includes(p));
    f.counts = whole ? `${concept(frame[0])?.label?.en ?? frame[0].replace(/^(?:t-|w:)/, '').replace(/-/g, ' ')} in total` : samePlaces ? a.counts : a.counts.replace(/ in .*$/, '');
    f.context = [...new Set([...(f.context ?? []), a.countsKey[0]])];
    f.salient = a.salient;
    // "Le 19 janvier, … 1,1 million de manifestants, dont 80 000 à Paris": told in one sentence, the elided
    // count is of the antecedent's day unless it names its own time.
    if (a.moment && !f.when && !/[.!?]/.test(text.slice(a.end, f.start))) f.moment = a.moment;
  }
}
