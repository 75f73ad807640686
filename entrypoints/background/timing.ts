/**
 * How long the background's steps took on the last page, as User Timing measures in the
 * background's own timeline (pages cannot read it), so the benchmark can time the analysis inside
 * a real browser. Only the last measure of each name is kept: the buffer never grows.
 */
export function timed(name: string, since: number): void {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start: since, end: performance.now() });
  } catch {
    // A browser without User Timing Level 3: nothing to report, nothing lost.
  }
}
