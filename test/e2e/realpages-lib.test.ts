import { describe, expect, it } from 'vitest';
import { layoutDiff, layoutOutside, type Snapshot } from './realpages-lib';

const snap = (rects: number[], scroll: [number, number] = [1268, 5000]): Snapshot =>
  ({ rects, scroll }) as unknown as Snapshot;

describe('layoutOutside: the extension keeps the page within the layouts it takes on its own', () => {
  const b1 = snap([8, 100, 1252, 225, 8, 400, 10, 10], [1268, 5000]);
  const b2 = snap([8, 108, 1252, 225, 8, 400, 10, 10], [1268, 5008]);
  it('a box the baselines put anywhere from 100 to 108 may be at 104 with the extension', () => {
    const e = snap([8, 104, 1252, 225, 8, 400, 10, 10], [1268, 5004]);
    expect(layoutDiff(e, b1)).not.toBeNull();
    expect(layoutOutside(e, [b1, b2])).toBeNull();
  });
  it('a box moved beyond every baseline is a shift, named with the baselines\' range', () => {
    const e = snap([8, 104, 1252, 225, 8, 420, 10, 10], [1268, 5004]);
    expect(layoutOutside(e, [b1, b2])).toBe("box 1: 8,420,10,10 outside the baselines' 400..400");
  });
  it('a page grown beyond every baseline is a shift even with every sampled box in place', () => {
    const e = snap([8, 104, 1252, 225, 8, 400, 10, 10], [1268, 5030]);
    expect(layoutOutside(e, [b1, b2])).toMatch(/^scroll 1268,5030 outside the baselines' 5000..5008/);
  });
  it('where the baselines disagree by 8 px, 2 px beyond them is still the page\'s own variation (CI: 35,900 vs 35,902..35,910)', () => {
    const e = snap([8, 98, 1252, 225, 8, 400, 10, 10], [1268, 4998]);
    expect(layoutOutside(e, [b1, b2])).toBeNull();
  });
  it('beyond the baselines by more than their own spread is a shift', () => {
    const e = snap([8, 90, 1252, 225, 8, 400, 10, 10], [1268, 5000]);
    expect(layoutOutside(e, [b1, b2])).toBe("box 0: 8,90,1252,225 outside the baselines' 100..108");
  });
  it('another number of boxes is never within', () => {
    expect(layoutOutside(snap([8, 104, 1252, 225]), [b1, b2])).not.toBeNull();
  });
});
