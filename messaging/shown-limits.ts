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

/** Rows that disagree come first: they are what the reader needs to see. */
export const VERDICT_ORDER = { differs: 0, overlaps: 1, updated: 2, related: 3, agrees: 4 } as const;

/** The order counterparts are shown in: best first (a stable sort keeps ties in result order). */
export const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;

/** The order a figure's comparisons are shown in: disagreements first. */
export const byVerdict = (a: { verdict: keyof typeof VERDICT_ORDER }, b: { verdict: keyof typeof VERDICT_ORDER }): number => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
