/**
 * Where a timeline's points go in its chart: dates along x, values along y, from zero so a rise
 * looks as large as it is. Pure arithmetic, tested apart from the drawing.
 */
import type { Bound, Timeline, TimelinePoint } from '../core/types';

export const CHART = {
  width: 340,
  height: 150,
  /** Room for the value labels on the left and the date labels below. */
  left: 52,
  right: 14,
  top: 14,
  bottom: 26,
} as const;
/** Headroom above the largest value, so an open interval ("more than") has somewhere to point. */
const HEADROOM = 0.15;
/** Points of one day are set this far apart, so every source keeps its own mark. */
const SAME_DAY_SPREAD = 12;

const DAY_MS = 86_400_000;
const day = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const num = (b: Bound): number | null => (typeof b === 'number' && Number.isFinite(b) ? b : null);

export interface PlacedPoint {
  point: TimelinePoint;
  x: number;
  /** Top and bottom of the mark (equal for one value); an open side reaches the chart's edge. */
  yLow: number;
  yHigh: number;
  openLow: boolean;
  openHigh: boolean;
}

export interface Placed {
  points: PlacedPoint[];
  /** Value ticks (value, y) and date ticks (iso, x). */
  yTicks: Array<[number, number]>;
  xTicks: Array<[string, number]>;
  plot: { x0: number; x1: number; y0: number; y1: number };
}

/** A round step for about `n` ticks up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, n = 3): number {
  if (max <= 0) return 1;
  const raw = max / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function placeTimeline(t: Timeline): Placed {
  const x0 = CHART.left, x1 = CHART.width - CHART.right, y0 = CHART.height - CHART.bottom, y1 = CHART.top;
  const values = t.points.flatMap((p) => [num(p.low), num(p.high)]).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const top = Math.max(...values, 1);
  const step = niceStep(top * (1 + HEADROOM));
  const hi = Math.ceil((top * (1 + HEADROOM)) / step) * step;
  const y = (v: number): number => y0 - ((v - lo) / (hi - lo || 1)) * (y0 - y1);
  const days = [...new Set(t.points.map((p) => p.moment))].sort();
  const d0 = day(days[0]), d1 = day(days[days.length - 1]);
  // Keep room for same-day spreading at both ends.
  const pad = SAME_DAY_SPREAD * 1.5;
  const x = (iso: string): number => (d1 === d0 ? (x0 + x1) / 2 : x0 + pad + ((day(iso) - d0) / (d1 - d0)) * (x1 - x0 - 2 * pad));
  const byDay = new Map<string, TimelinePoint[]>();
  for (const p of t.points) byDay.set(p.moment, [...(byDay.get(p.moment) ?? []), p]);
  const points = t.points.map((p) => {
    const same = byDay.get(p.moment)!;
    const i = same.indexOf(p);
    const lowV = num(p.low), highV = num(p.high);
    return {
      point: p,
      x: x(p.moment) + (i - (same.length - 1) / 2) * SAME_DAY_SPREAD,
      yLow: lowV === null ? y0 : y(lowV),
      yHigh: highV === null ? y1 : y(highV),
      openLow: lowV === null,
      openHigh: highV === null,
    };
  });
  const yTicks: Array<[number, number]> = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) yTicks.push([v, y(v)]);
  // Every date when they fit, else the first and the last.
  const shown = days.length <= 4 ? days : [days[0], days[days.length - 1]];
  return { points, yTicks, xTicks: shown.map((d) => [d, x(d)]), plot: { x0, x1, y0, y1 } };
}
