/**
 * Where a count is of, and whether a later value falls below an earlier one: what tells a part (one place's,
 * one named sub-event's count) from its whole when two counts are paired across days. Pure.
 */
import type { Figure } from './types';
import type { Lang } from '../types';
import { concept, conceptsOf } from '../concepts/index';
import { fold } from '../text/fold';
import { nameKey } from '../text/names';
import { tokenize } from './tokens';
import { isName } from './count-base';
import { placesBefore } from './count-places';

/**
 * A count's scope: the names of its places ("loc:") and named sub-events ("ev:", "*" for a total over
 * several), as one string; a name is one scope whether read as a place or as a site ("1 452 morts à X" /
 * "1,684 in X Province", read as both). "" for a count that names none.
 */
export const scopeOf = (f: Figure): string =>
  [...new Set(f.countsKey.filter((k) => k.startsWith('loc:') || k.startsWith('ev:')).map((k) => k.slice(k.indexOf(':') + 1)))].sort().join(' ');

/**
 * The names of places and named sub-events the sentence before figure `f` gives (same paragraph), other than those of
 * `earlier`'s scope: "A second fire broke out in Marseille on Thursday. It left 116 people injured" names Marseille for
 * the 116, which its own clause leaves without a place (timeline.ts: a count's place is often in another sentence). A
 * place is read as count-places reads one ("à X", "in X"); a sub-event's name as a name next to a sub-event word ("the
 * X fire", "l'incendie de X"). Nations are no scopes here, as in scopeOf (they are keys of their own).
 */
export function otherScopeBefore(text: string, lang: Lang, f: Figure, earlier: Figure): boolean {
  // A count its own clause calls a total ("Au total, plus de 500", "in all") is the whole over the places the sentence
  // before names ("des incidents à X et en régions"), not one of them.
  if (f.context?.includes('total')) return false;
  let s = f.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  if (s === 0 || text[s - 1] === '\n') return false;
  let p = s - 1;
  while (p > 0 && !/[.!?\n]/.test(text[p - 1])) p--;
  const slice = text.slice(p, s);
  const toks = tokenize(fold(slice), lang, slice);
  const named = placesBefore(toks, toks.length).map((k) => k.slice(4));
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].kind !== 'w' || !conceptsOf(toks[k].t).some((c) => c.subevent)) continue;
    const ofAt = toks[k + 1]?.t === 'de' || toks[k + 1]?.t === 'du' || toks[k + 1]?.t === 'of' ? k + 2 : -1;
    for (const q of [k - 1, ofAt]) {
      if (q > 0 && q < toks.length && toks[q].kind === 'w' && isName(toks, q) && conceptsOf(toks[q].t).length === 0) named.push(nameKey(toks[q].t));
    }
  }
  const own = new Set(scopeOf(earlier).split(' '));
  return named.some((n) => n && !own.has(n));
}

/** The later value lies wholly below `share` of the earlier one (1: below it at all): its top under the other's bottom
 * times `share`. An open bound reads as its stated value ("au moins 12" is 12): a floor is the count as given, not a
 * promise of more. */
export function fallsBelow(later: Figure, earlier: Figure, share = 1): boolean {
  const laterTop = later.high ?? later.low;
  const earlierBottom = earlier.low ?? earlier.high;
  return typeof laterTop === 'number' && typeof earlierBottom === 'number' && laterTop < earlierBottom * share;
}

/** Share of an earlier value under which a later one of the same frame is another, narrower count rather than the
 * count read again (xkey24): a toll, a tally or an amount revised down moves by a few units or a few percent (119
 * injured corrected to 116, "205" then "more than 200"), while a part told beside its whole (one province's dead, one
 * cause's, one nationality's, one day's cancellations against a running total) lies far under it. On the development
 * set, among the `updated` pairs whose later value lies wholly below the earlier one: under 0.9 of it, 308 joined two gold
 * counts and 19 were right updates; under 0.8, 292 and 10; under 0.66, 266 and 9; under 0.5, 216 and 7. */
export const LATER_PART_MAX_SHARE = 0.8;

/** The names of a count's places ("loc:"), or of its named sub-events ("ev:"), as one string. */
const keysOf = (f: Figure, prefix: string): string => f.countsKey.filter((k) => k.startsWith(prefix)).sort().join(' ');

/**
 * `a` is scoped to a place `b` is not: unless `b` names that place as a name of its own clause ("12 000 à Lyon" /
 * "30,000 in the streets of Lyon", read as a name) and is not itself told over a nation ("95 dead across Spain,
 * with Valencia worst hit": the nation is its scope, the place one part of it).
 */
function placeApart(a: Figure, b: Figure): boolean {
  const overNation = b.countsKey.slice(1).some((k) => concept(k)?.type === 'nation');
  for (const k of a.countsKey) {
    if (!k.startsWith('loc:') || b.countsKey.includes(k)) continue;
    const name = k.slice(4);
    if (overNation || !(b.names?.includes(name) || b.context?.includes(`n:${name}`))) return true;
  }
  return false;
}

/**
 * A count whose holders are read (seats, votes, shares, budgets): not people, whose names are more often the
 * actors ("tués par l'armée", "Hamas said"), not a topic noun, whose names act on the things counted, and not a
 * thing a named owner has (a person's age: "of:" says whose). The same test as match.ts's names conflict.
 */
const heldKind = (f: Figure): boolean => f.unit !== 'people' && concept(f.countsKey[0] ?? '')?.type !== 'topic' && !f.countsKey.some((k) => k.startsWith('of:'));

/**
 * Two disjoint values whose scopes tell them apart, so that the pair is a part beside its whole (or two parts)
 * more often than one count read two ways; compare.ts says `related` then, never `differs`. From the structure of
 * the two counts only:
 * - their places differ, or one names a place the other does not ("92 dead in the X region" beside a national
 *   "at least 95"): a place narrows a count, and a toll is told place by place (placeApart);
 * - both name sub-events and not the same ones ("12 missing in the X fire" beside a "four" whose sentence names
 *   both fires): a count that names none is not set apart (it may be either, a march's day against its crowd);
 * - of a count whose holders are read, one names its holder and the other none ("208 seats for the X party" beside
 *   "630 seats"), or one says it is a total and the other does not ("a total of 630 seats" beside "164 seats"):
 *   the holderless count is the whole of a list of holders' parts, or a part whose holder was not read.
 */
export function scopeApart(a: Figure, b: Figure): boolean {
  if (placeApart(a, b) || placeApart(b, a)) return true;
  const ea = keysOf(a, 'ev:');
  const eb = keysOf(b, 'ev:');
  if (ea && eb && ea !== eb) return true;
  if (!heldKind(a) || !heldKind(b)) return false;
  const held = (f: Figure): boolean => !!f.names?.length;
  const total = (f: Figure): boolean => !!f.context?.includes('total');
  return held(a) !== held(b) || total(a) !== total(b);
}
