/**
 * Elided counted nouns: "87 000 manifestants à Paris et 1,272 million dans toute la France", "Half a
 * million people marched in Paris, according to the CGT. Police said it was 87,000." The second number
 * counts what the first does; news writing drops the noun rather than repeat it, most of all when two
 * speakers give two values. A number that counts nothing named takes the frame of the figure just
 * before it, keeping the places its own clause names.
 */
import type { Figure } from './types';
import { concept, conceptsOf } from '../concepts/index';
import { fold } from '../text/fold';
import { findDates } from './dates';
import { ISO_DAY } from './moment';

/** How far back (characters) the antecedent may end: about two short sentences. Further away, a bare
 * number more often counts something else of the paragraph. */
const ELLIPSIS_MAX_CHARS = 200;
/** The two values must be of one order of magnitude, give or take two: "87 000" and "1,272 million" (15x)
 * are one count told in two places; "7" after "1,2 million" is a day or a rank, not a crowd. */
const ELLIPSIS_MAX_RATIO = 100;
/** How far back (characters) the count a list of places details may stand before the line that opens
 * the list ("La CGT a avancé 2,8 millions de manifestants. […] Les chiffres des manifestants par ville :"):
 * a short paragraph; further, the list more often details another count. */
const LIST_ANTECEDENT_MAX_CHARS = 600;
/** A list item: a capitalised label of one to three words and a colon opening the line ("Lyon : 45 000 (CGT)",
 * "Le Havre : 40 000"). */
const LIST_ITEM = /^[ \t]*\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} ?:/u;
/** The line that opens a list ends with a colon ("Le point sur les chiffres des manifestants :"). */
const LIST_OPENER = /:\s*$/;

/**
 * A bare number in a list of places ("Marseille : 205 000 (CGT) / 40 000 selon la police") counts what
 * the line opening the list names, when that is what the count just before it counts: "les chiffres
 * des manifestants en France :" after "2,8 millions de manifestants". The antecedent is that count.
 */
function listAntecedent(f: Figure, a: Figure, text: string): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, f.start))) return null;
  // Up from the item: other items and blank lines, then the opening line.
  const lines = text.slice(a.end, lineStart).split('\n');
  let k = lines.length - 1;
  while (k > 0 && (lines[k].trim() === '' || LIST_ITEM.test(lines[k]))) k--;
  if (k <= 0 || !LIST_OPENER.test(lines[k])) return null;
  const openerAt = a.end + lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0);
  if (openerAt - a.end > LIST_ANTECEDENT_MAX_CHARS) return null;
  const key = new Set(a.countsKey);
  const names = fold(lines[k]).split(/[^\p{L}]+/u).some((w) => w && conceptsOf(w).some((c) => key.has(c.id) || (c.means && key.has(c.means.entity) && (!c.means.action || key.has(c.means.action)))));
  return names ? [openerAt, openerAt + lines[k].length] : null;
}

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
    if (!a) continue;
    const near = f.start - a.end <= ELLIPSIS_MAX_CHARS && !text.slice(a.end, f.start).includes('\n');
    const opener = near ? null : listAntecedent(f, a, text);
    const listed = !!opener;
    if (!near && !listed) continue;
    const x = magnitude(f), y = magnitude(a);
    // A list details its count place by place: its items may be any fraction of it.
    if (x === null || y === null || (!listed && Math.max(x, y) / Math.min(x, y) > ELLIPSIS_MAX_RATIO)) continue;
    // A named sub-event ("ev:", count-event.ts) scopes a count as a place does.
    const scoped = (k: string): boolean => k.startsWith('loc:') || k.startsWith('ev:');
    const ownPlaces = f.countsKey.filter(scoped);
    // "... et 1,272 million dans toute la France": a place of its own, even one that is a nation, ends the antecedent's.
    const places = ownPlaces.length || placed.has(f) ? ownPlaces : a.countsKey.filter(scoped);
    // A part ("dont 300") belongs to its own clause, not to the count it is a part of.
    let frame = a.countsKey.filter((k) => !scoped(k) && k !== 'part');
    // A listed place narrows the count: the nation the whole was counted over ("dans toute la France") is not its scope.
    if (listed && ownPlaces.length) frame = frame.filter((k, i) => i === 0 || concept(k)?.type !== 'nation');
    // "the abolition of two public holidays. There are 11 in total": a total said after a part is the
    // whole of what the part was taken from; it keeps the counted thing, not what happened to the part.
    const whole = !!f.context?.includes('total') && !a.context?.includes('total');
    if (whole) frame = [frame[0], 'total'];
    f.countsKey = [...frame, ...places, ...(f.countsKey.includes('part') ? ['part'] : [])];
    f.unit = a.unit;
    const samePlaces = places.length === a.countsKey.filter(scoped).length && places.every((p) => a.countsKey.includes(p));
    f.counts = whole ? `${concept(frame[0])?.label?.en ?? frame[0].replace(/^(?:t-|w:)/, '').replace(/-/g, ' ')} in total` : samePlaces ? a.counts : a.counts.replace(/ in .*$/, '');
    f.context = [...new Set([...(f.context ?? []), a.countsKey[0]])];
    f.salient = a.salient;
    // "Between 25,000 and 45,000 in Lyon. ... in Marseille (40,000), Nantes (28,000)": a list of bare
    // numbers details one count item by item; each resolved item is the next one's antecedent, so the
    // list is read to its end, one short step at a time. A list of lines keeps the count its opener
    // details (listAntecedent reads the lines up from the item to it).
    if (!listed) antecedent = f;
    // "Le 19 janvier, … 1,1 million de manifestants, dont 80 000 à Paris": told in one sentence, the elided
    // count is of the antecedent's day unless it names its own time.
    if (a.moment && !f.when && !f.year && !/[.!?]/.test(text.slice(a.end, f.start))) f.moment = a.moment;
    // "Le point sur les chiffres des manifestants le 31 janvier 2023 :": the day the list opener names is its items'.
    if (opener && !f.when && !f.year) {
      // Dates are read after this step; the opener is read for one here, in either language's words.
      const line = fold(text.slice(opener[0], opener[1]));
      const days = (['fr', 'en'] as const).flatMap((l) => findDates(line, l)).map((d) => d.low).filter((d): d is string => typeof d === 'string' && ISO_DAY.test(d));
      if (days.length && days.every((d) => d === days[0])) f.moment = days[0];
    }
  }
}
