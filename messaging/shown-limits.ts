/**
 * How much of a result the popup shows, in one place: the popup's lists (PassageList.tsx,
 * FigureTable.tsx) and what the background sends it (popup-result.ts) must agree.
 */

/**
 * Counterparts shown per passage, best first: with a large corpus a passage can appear in many
 * sources, and each one costs a word diff; the popup must open at once.
 */
export const MAX_COUNTERPARTS = 4;

/** Source values shown per figure, disagreements first; the rest are counted, not listed. */
export const MAX_COMPARISONS = 6;

/**
 * Rows that disagree come first: they are what the reader needs to see. A source that agrees says more than one
 * that is only related (another count of the same thing), so it ranks before it: a figure that agrees with one
 * source and is related to another shows as agreeing, in the popup's row and in the page's mark alike.
 */
export const VERDICT_ORDER = { differs: 0, overlaps: 1, updated: 2, agrees: 3, related: 4 } as const;

/** The order counterparts are shown in: best first (a stable sort keeps ties in result order). */
export const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;

/** A figure's most concerning verdict among its comparisons (`related` when it has none): its row's and its mark's colour. */
export const worstVerdict = (comparisons: ReadonlyArray<{ verdict: keyof typeof VERDICT_ORDER }>): keyof typeof VERDICT_ORDER =>
  comparisons.reduce<keyof typeof VERDICT_ORDER>((w, c) => (VERDICT_ORDER[c.verdict] < VERDICT_ORDER[w] ? c.verdict : w), 'related');

/** The order a figure's comparisons are shown in: disagreements first. */
export const byVerdict = (a: { verdict: keyof typeof VERDICT_ORDER }, b: { verdict: keyof typeof VERDICT_ORDER }): number => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];

/** What makes two of a figure's comparisons one row: the same source saying the same value, with the same verdict, by the same
 * speaker, for the same day or year and (an update) on the same side: what the hover card's note tells apart. */
interface ComparisonLike {
  source: { id: string };
  low: unknown;
  high: unknown;
  qualifier: unknown;
  verdict: keyof typeof VERDICT_ORDER;
  saidBy?: string;
  newer?: string;
  moment?: string;
  year?: string;
}

/**
 * A figure's comparisons as the popup lists them: disagreements first, and a source that says the same value
 * twice (a title repeating its lead) once, as the page's hover card shows it (background/marks.ts withoutRepeats).
 */
export function distinctComparisons<C extends ComparisonLike>(comparisons: readonly C[]): C[] {
  const seen = new Set<string>();
  return [...comparisons].sort(byVerdict).filter((c) => {
    const key = JSON.stringify([c.source.id, c.low, c.high, c.qualifier, c.verdict, c.saidBy ?? '', c.newer ?? '', c.moment ?? '', c.year ?? '']);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
