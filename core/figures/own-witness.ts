/**
 * An article does not contradict a count it states itself. When the other article of a pair also holds a figure
 * that agrees with this one (paired as one count, same value or one a little apart: STATEMENT_MAX_RATIO), that
 * article gives this count there; the figure it was set against is another count of that article (a part of the whole, "113 of the 119 injured identified"; one
 * place's share; an earlier reading of the night), not a disagreement with it. Read from the two texts' own figures,
 * never from what they count. Only two sides in that article (its two figures told by two speakers with no nation in
 * common: the police's and a union's crowd) keep the disagreement, since an article reporting both sides is the very
 * disagreement the reader is to see.
 */
import type { Figure } from './types';
import { intervalVerdict, ratio } from './intervals';
import { matchKeys } from './match';
import { twoSides } from './sides';
import { fallsBelow } from './scope';

/** A value stated as one number ("119", "491", "about 70"), not an open bound: "plus d'un million" agrees with any
 * count above a million, so two sides' floors meeting ("over a million" for the unions on both sides, against the
 * ministry's 506,000) pin no count of the article; two equal numbers do. */
const pinned = (f: Figure): boolean => typeof f.low === 'number' && f.low === f.high;

/** How far apart, as a factor, the article's own statement of a count may lie from the other article's value and still
 * be that count: the same toll read a few hours apart or revised the next day (115 and 119 injured, 60 and 68) moves by
 * much less than a quarter. Measured on the development set (false differs removed, right verdicts lost): agreement
 * only 10 / 0; 1.1: 14 / 0; 1.25 and 1.5: 16 / 0; no limit (any statement nearer than the figure paired): 17 / 5, the 5
 * a crowd's counts in Paris told by the police and a union, the side unnamed on one of them. */
const STATEMENT_MAX_RATIO = 1.25;

/** Stems (figure context, "w:" words) of a count wished for, aimed at or refused rather than stated: a target or a
 *  rejected claim beside an article's own count is no statement of it. General verbs and nouns of any story. */
const UNSTATED: ReadonlySet<string> = new Set(
  ['hope', 'want', 'wish', 'aim', 'target', 'goal', 'reject', 'deni', 'deny', 'disput', 'esper', 'souhait', 'vis', 'cibl', 'object', 'rejet', 'refus', 'dement', 'contest']
    .map((w) => 'w:' + w),
);

/** Does `others` (the figures of `g`'s own text) hold a figure other than `g` that states `f`'s count, with `f`'s value
 * or one near it (nearer than `g`), told by the same side as `g`, with `g` wholly below it? */
function witnessBeside(f: Figure, g: Figure, others: Figure[] | undefined): boolean {
  // Only a figure wholly below the article's own statement of the count is a part of it (or an earlier, lower reading):
  // one above it is a claim beside the count, as a union's crowd beside the ministry's, the disagreement itself.
  if (!others || !pinned(f) || !fallsBelow(g, f)) return false;
  for (const g2 of others) {
    if (g2.start === g.start && g2.end === g.end) continue;
    if (g2.unit !== f.unit || !pinned(g2) || !fallsBelow(g, g2)) continue;
    // A count hoped for, aimed at or denied ("organisers had hoped for 80,000") states no count of the article.
    if (g2.context?.some((k) => UNSTATED.has(k))) continue;
    if (intervalVerdict(f, g2) !== 'agrees' && !(ratio(f, g2) <= STATEMENT_MAX_RATIO && ratio(f, g2) < ratio(f, g))) continue;
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
