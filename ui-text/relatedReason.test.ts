import { describe, expect, it } from 'vitest';
import type { FigureComparison, FigureReport } from '../core/types';
import { relatedReason } from './relatedReason';

const cmp = (over: Partial<FigureComparison> = {}): FigureComparison => ({
  source: { id: 's1', start: 0, end: 2, text: '12' },
  low: 12, high: 12, qualifier: 'exact', verdict: 'related', counts: 'people injured', ...over,
});
const fig = (c: FigureComparison, over: Partial<FigureReport> = {}): FigureReport => ({
  page: { start: 0, end: 2, text: '30' }, low: 30, high: 30, qualifier: 'exact', unit: 'people',
  counts: 'people injured', comparisons: [c], ...over,
});

describe('relatedReason', () => {
  it('says undated for the same count from a source with no day', () => {
    const c = cmp();
    expect(relatedReason(fig(c), c, '2025-03-02', undefined)).toBe('undated');
  });
  it('says undated when the page has no day either way round', () => {
    const c = cmp();
    expect(relatedReason(fig(c), c, null, '2025-03-02')).toBe('undated');
  });
  it('leaves another thing counted to the legend', () => {
    const c = cmp({ counts: 'people killed' });
    expect(relatedReason(fig(c), c, '2025-03-02', undefined)).toBeNull();
  });
  it('says nothing when both articles are dated', () => {
    const c = cmp();
    expect(relatedReason(fig(c), c, '2025-03-02', '2025-03-03')).toBeNull();
  });
  it('says nothing when the undated source value has a day of its own', () => {
    const c = cmp({ moment: '2025-03-01' });
    expect(relatedReason(fig(c), c, '2025-03-02', undefined)).toBeNull();
  });
  it('says nothing for another verdict', () => {
    const c = cmp({ verdict: 'differs' });
    expect(relatedReason(fig(c), c, '2025-03-02', undefined)).toBeNull();
  });
});
