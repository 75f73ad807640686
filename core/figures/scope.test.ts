import { describe, expect, it } from 'vitest';
import { fallsBelow, scopeOf } from './scope';
import type { Figure } from './types';

const fig = (low: number | null, high: number | null, countsKey: string[] = ['person', 'killed']): Figure =>
  ({ start: 0, end: 1, text: '', low, high, qualifier: 'exact', unit: 'people', counts: 'people killed', countsKey });

describe('scopeOf', () => {
  it('reads places and named sub-events as one set of names, none for a count without', () => {
    expect(scopeOf(fig(1, 1))).toBe('');
    expect(scopeOf(fig(1, 1, ['person', 'loc:vallee', 'ev:vallee', 'killed']))).toBe('vallee');
    expect(scopeOf(fig(1, 1, ['person', 'ev:ridgeline', 'loc:lyon']))).toBe('lyon ridgeline');
    expect(scopeOf(fig(1, 1, ['person', 'ev:*']))).toBe('*');
  });
});

describe('fallsBelow', () => {
  it('is true only when the later value lies wholly under the earlier one', () => {
    expect(fallsBelow(fig(8, 8), fig(16, 16))).toBe(true);
    expect(fallsBelow(fig(16, 16), fig(8, 8))).toBe(false);
    // "au moins 12" later than "16": a floor is the count as given, read at its value.
    expect(fallsBelow(fig(12, null), fig(16, 16))).toBe(true);
    expect(fallsBelow(fig(16, null), fig(16, 16))).toBe(false);
    // "moins de 10" later than "au moins 12".
    expect(fallsBelow(fig(null, 10), fig(12, null))).toBe(true);
  });
});
