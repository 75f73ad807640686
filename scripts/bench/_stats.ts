/**
 * The statistics the bench and dev scripts print, in one place (each script had its own copy of `median`).
 */

/**
 * The value at fraction q (0..1) of the sorted values, taken as is (no interpolation): at q = 0.5 the middle value,
 * the upper of the two middle ones for an even count, as every bench has always printed its medians.
 */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}
