/**
 * What the story dev probes (story-probe.ts, story-classes.ts) share: how StoryIndex.match weighs a core's
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
