import { describe, expect, it, vi } from 'vitest';
import type { CompareResult } from '../../core/types';

// Outside an extension there is no browser.i18n: t() then falls back to the bundled English.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' } } }));
const { buildMarks } = await import('./marks');

describe('buildMarks', () => {
  it("an updated figure's card says it is an update, with its step and both days", () => {
    const page = 'Le bilan atteint 180 morts.';
    const start = page.indexOf('180');
    const result: CompareResult = {
      sameStory: true, sources: [{ id: 'a', title: 'Source A', score: 0.5, why: [] }], passages: [], timeline: [],
      figures: [{
        page: { start, end: start + 3, text: '180' }, low: 180, high: 180, qualifier: 'exact', unit: 'people', counts: 'people killed', moment: '2025-03-04',
        comparisons: [
          { source: { id: 'a', start: 0, end: 3, text: '120' }, low: 120, high: 120, qualifier: 'exact', verdict: 'updated', newer: 'page', moment: '2025-03-03' },
          { source: { id: 'a', start: 0, end: 3, text: '120' }, low: 120, high: 120, qualifier: 'exact', verdict: 'overlaps' },
        ],
      }],
    };
    const [mark] = buildMarks(page, result, () => ({ id: 'a', title: 'Source A', lang: 'fr', text: '120 morts lundi.', ignore: [] }));
    expect(mark.kind).toBe('figure-overlaps');
    expect(mark.card.items.map((i) => i.note)).toEqual(['update: 120 → 180, 3 to 4 March', 'overlaps']);
  });
});
