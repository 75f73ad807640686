import { describe, expect, it } from 'vitest';
import { byVerdict, worstVerdict } from './shown-limits';

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
