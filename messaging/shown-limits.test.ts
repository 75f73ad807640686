import { describe, expect, it } from 'vitest';
import { byVerdict, distinctComparisons, worstVerdict } from './shown-limits';

describe('worstVerdict (the colour of a figure in the popup and in the page)', () => {
  const of = (...vs: Array<'differs' | 'overlaps' | 'updated' | 'agrees' | 'related'>) => vs.map((verdict) => ({ verdict }));
  it('a disagreement outranks everything, an update outranks agreement', () => {
    expect(worstVerdict(of('agrees', 'differs', 'related'))).toBe('differs');
    expect(worstVerdict(of('agrees', 'overlaps'))).toBe('overlaps');
    expect(worstVerdict(of('related', 'updated', 'agrees'))).toBe('updated');
  });
  it('a source that agrees outranks one that is only related, in either order', () => {
    expect(worstVerdict(of('agrees', 'related'))).toBe('agrees');
    expect(worstVerdict(of('related', 'agrees'))).toBe('agrees');
  });
  it('a figure with no comparison is neutral (related), never shown as agreeing', () => {
    expect(worstVerdict([])).toBe('related');
  });
  it('comparisons are listed in the same order', () => {
    expect(of('related', 'agrees', 'differs').sort(byVerdict).map((c) => c.verdict)).toEqual(['differs', 'agrees', 'related']);
  });
});

describe('distinctComparisons (one row per thing a source says)', () => {
  const c = (id: string, start: number, low: number, verdict: 'agrees' | 'differs' | 'updated', saidBy?: string) =>
    ({ source: { id, start }, low, high: low, qualifier: 'exact', verdict, ...(saidBy ? { saidBy } : {}) });
  it('a source giving the same value twice (its title and its lead) is one row, the first', () => {
    const rows = distinctComparisons([c('a', 0, 120, 'updated'), c('a', 300, 120, 'updated')]);
    expect(rows.map((r) => r.source.start)).toEqual([0]);
  });
  it('another value, verdict, speaker or source stays a row of its own, disagreements first', () => {
    const rows = distinctComparisons([c('a', 0, 120, 'agrees'), c('a', 50, 150, 'differs'), c('a', 90, 120, 'agrees', 'the police'), c('b', 0, 120, 'agrees')]);
    expect(rows.map((r) => `${r.source.id}${r.source.start}`)).toEqual(['a50', 'a0', 'a90', 'b0']);
  });
  it('the same value for another year, day or newer side stays a row of its own', () => {
    const rows = distinctComparisons([
      { ...c('a', 0, 120, 'agrees'), year: '2024' }, { ...c('a', 40, 120, 'agrees'), year: '2029' },
      { ...c('a', 80, 120, 'updated'), newer: 'page' }, { ...c('a', 120, 120, 'updated'), newer: 'source' },
      { ...c('a', 160, 120, 'agrees'), moment: '2024-03-03' },
    ]);
    expect(rows).toHaveLength(5);
  });
});
