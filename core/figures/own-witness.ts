/**
 * An article does not contradict a count it states itself. When the other article of a pair also holds a figure
 * that agrees with this one (paired as one count, same value), that article gives this count there; the figure it
 * was set against is another count of that article (a part of the whole, "113 of the 119 injured identified"; one
 * place's share; an earlier reading of the night), not a disagreement with it. Read from the two texts' own figures,
 * never from what they count. Only two sides in that article (its two figures told by two speakers with no nation in
 * common: the police's and a union's crowd) keep the disagreement, since an article reporting both sides is the very
 * disagreement the reader is to see.
 */
import type { Figure } from './types';
import { intervalVerdict } from './intervals';
import { matchKeys } from './match';
import { twoSides } from './sides';
import { fallsBelow } from './scope';

/** A value stated as one number ("119", "491", "about 70"), not an open bound: "plus d'un million" agrees with any
 * count above a million, so two sides' floors meeting ("over a million" for the unions on both sides, against the
 * ministry's 506,000) pin no count of the article; two equal numbers do. */
const pinned = (f: Figure): boolean => typeof f.low === 'number' && f.low === f.high;

/** Does `others` (the figures of `g`'s own text) hold a figure other than `g` that states `f`'s count with `f`'s value,
 * told by the same side as `g`? */
function witnessBeside(f: Figure, g: Figure, others: Figure[] | undefined): boolean {
  // Only a figure wholly below the article's own statement of the count is a part of it (or an earlier, lower reading):
  // one above it is a claim beside the count, as a union's crowd beside the ministry's, the disagreement itself.
  if (!others || !fallsBelow(g, f)) return false;
  for (const g2 of others) {
    if (g2.start === g.start && g2.end === g.end) continue;
    if (g2.unit !== f.unit || !pinned(f) || !pinned(g2) || intervalVerdict(f, g2) !== 'agrees') continue;
    if (matchKeys(f, g2) !== 'same' || twoSides(g, g2)) continue;
    return true;
  }
  return false;
}

/** `f` (a page's figure) and `g` (a source's) are two counts, as one of the two articles shows by stating the other's
 * value as a count of its own beside the figure paired. */
export function ownWitness(f: Figure, g: Figure, pageFigures: Figure[] | undefined, srcFigures: Figure[] | undefined): boolean {
  return witnessBeside(f, g, srcFigures) || witnessBeside(g, f, pageFigures);
}
