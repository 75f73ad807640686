/**
 * Where a count is of, and whether a later value falls below an earlier one: what tells a part (one place's,
 * one named sub-event's count) from its whole when two counts are paired across days. Pure.
 */
import type { Figure } from './types';

/**
 * A count's scope: the names of its places ("loc:") and named sub-events ("ev:", "*" for a total over
 * several), as one string; a name is one scope whether read as a place or as a site ("1 452 morts à X" /
 * "1,684 in X Province", read as both). "" for a count that names none.
 */
export const scopeOf = (f: Figure): string =>
  [...new Set(f.countsKey.filter((k) => k.startsWith('loc:') || k.startsWith('ev:')).map((k) => k.slice(k.indexOf(':') + 1)))].sort().join(' ');

/** The later value lies wholly below the earlier one: its top under the other's bottom. An open bound reads as
 * its stated value ("au moins 12" is 12): a floor is the count as given, not a promise of more. */
export function fallsBelow(later: Figure, earlier: Figure): boolean {
  const laterTop = later.high ?? later.low;
  const earlierBottom = earlier.low ?? earlier.high;
  return typeof laterTop === 'number' && typeof earlierBottom === 'number' && laterTop < earlierBottom;
}
