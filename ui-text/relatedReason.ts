/**
 * Why a pair is only 'related', where the UI can tell from the result: the engine (core/figures/compare.ts)
 * keeps the rule to itself, but a comparison of the same count (same `counts` on both sides) where one
 * article has no publication day and its value no day of its own is one whose order nobody can know; the
 * engine says 'related' because it will not call a disagreement what may be an earlier and a later toll.
 * "Autre décompte" would tell the reader it is another thing counted, which it is not: say the date is unknown.
 */
import type { FigureComparison, FigureReport } from '../core/types';

export type RelatedReason = 'undated';

/**
 * `pagePublished` / `sourcePublished`: the publication days (YYYY-MM-DD) of the page and of the comparison's
 * source, when known. Null when the pair is not 'related' or is related for another reason (another thing
 * counted, or both values dated).
 */
export function relatedReason(f: FigureReport, c: FigureComparison, pagePublished: string | null | undefined, sourcePublished: string | null | undefined): RelatedReason | null {
  if (c.verdict !== 'related') return null;
  // Another thing counted (killed vs injured) is the legend's "autre décompte", dated or not.
  if (c.counts !== undefined && c.counts !== f.counts) return null;
  const pageUndated = !pagePublished && !f.moment;
  const sourceUndated = !sourcePublished && !c.moment;
  return pageUndated || sourceUndated ? 'undated' : null;
}
