/**
 * What the story dev probes (story-probe.ts, story-classes.ts, story-evidence.ts) share: how StoryIndex.match weighs a core's
 * features against each other, as shares of its mass.
 */

/** Features that can meet across languages: all but plain terms ("t:"). */
export const crosses = (k: string): boolean => !k.startsWith('t:');

/** Each feature's share of a core's mass (of its crossing part only when `crossOnly`). */
export function shares(core: Array<[string, number]>, crossOnly: boolean): Map<string, number> {
  const kept = crossOnly ? core.filter((e) => crosses(e[0])) : core;
  const total = kept.reduce((a, e) => a + e[1], 0) || 1;
  return new Map(kept.map((e) => [e[0], e[1] / total]));
}

/** The article part whose shares overlap the page's most (the sum of each shared feature's smaller share), as
 * StoryIndex.match picks it: its index and that overlap. */
export function bestPart(parts: Array<Array<[string, number]>>, pageShares: Map<string, number>, crossOnly: boolean): { index: number; overlap: number } {
  let index = 0;
  let overlap = -1;
  parts.forEach((part, i) => {
    const ds = shares(part, crossOnly);
    let s = 0;
    for (const [k, v] of pageShares) if (ds.has(k)) s += Math.min(v, ds.get(k)!);
    if (s > overlap) [overlap, index] = [s, i];
  });
  return { index, overlap };
}
