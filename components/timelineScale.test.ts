import { describe, expect, it } from 'vitest';
import type { Timeline, TimelinePoint } from '../core/types';
import { CHART, niceStep, placeTimeline } from './timelineScale';

const point = (moment: string, source: string, low: number | null, high: number | null): TimelinePoint => ({
  published: moment, moment, source, start: 0, end: 3, low, high, qualifier: low === high ? 'exact' : high === null ? 'at-least' : 'up-to', text: 'x', sentence: 'x',
});

describe('placeTimeline', () => {
  const t: Timeline = { counts: 'people killed', unit: 'people', points: [point('2025-03-03', 'a', 120, 120), point('2025-03-04', 'b', 150, null), point('2025-03-04', 'page', 180, 180), point('2025-03-06', 'c', null, 200)] };
  const placed = placeTimeline(t);

  it('puts later dates to the right and larger values higher, inside the plot', () => {
    const [a, b, page, c] = placed.points;
    expect(a.x).toBeLessThan(b.x);
    expect(page.x).toBeLessThan(c.x);
    expect(page.yLow).toBeLessThan(a.yLow);
    for (const m of placed.points) {
      expect(m.x).toBeGreaterThanOrEqual(CHART.left);
      expect(m.x).toBeLessThanOrEqual(CHART.width - CHART.right);
      expect(m.yHigh).toBeGreaterThanOrEqual(placed.plot.y1);
      expect(m.yLow).toBeLessThanOrEqual(placed.plot.y0);
    }
  });

  it('gives two sources of one day their own marks', () => {
    expect(placed.points[1].x).not.toBe(placed.points[2].x);
  });

  it('draws an open side to the edge of the plot', () => {
    expect(placed.points[1]).toMatchObject({ openHigh: true, openLow: false, yHigh: placed.plot.y1 });
    expect(placed.points[3]).toMatchObject({ openLow: true, openHigh: false, yLow: placed.plot.y0 });
  });

  it('starts values at zero, with round ticks above the largest value', () => {
    expect(placed.yTicks[0][0]).toBe(0);
    expect(placed.yTicks.at(-1)![0]).toBeGreaterThanOrEqual(200);
    expect(placed.xTicks.map(([d]) => d)).toEqual(['2025-03-03', '2025-03-04', '2025-03-06']);
  });
});

describe('niceStep', () => {
  it.each([[230, 100], [2946, 1000], [14, 5], [0, 1]])('%d -> %d', (max, step) => expect(niceStep(max)).toBe(step));
});
