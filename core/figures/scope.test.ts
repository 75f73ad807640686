import { describe, expect, it } from 'vitest';
import { fallsBelow, LATER_PART_MAX_SHARE, scopeApart, scopeOf } from './scope';
import type { Figure } from './types';

const fig = (low: number | null, high: number | null, countsKey: string[] = ['person', 'killed'], more: Partial<Figure> = {}): Figure =>
  ({ start: 0, end: 1, text: '', low, high, qualifier: 'exact', unit: 'people', counts: 'people killed', countsKey, ...more });
const seats = (n: number, names: string[] = [], context: string[] = ['seat']): Figure => fig(n, n, ['seat'], { unit: 'seats', names, context });

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

describe('fallsBelow with a share', () => {
  it('is true only when the later value lies under that share of the earlier one', () => {
    expect(fallsBelow(fig(8, 8), fig(16, 16), LATER_PART_MAX_SHARE)).toBe(true);
    // A revision by a few units: under the earlier value, not far under it.
    expect(fallsBelow(fig(15, 15), fig(16, 16), LATER_PART_MAX_SHARE)).toBe(false);
    expect(fallsBelow(fig(200, null), fig(205, 205), LATER_PART_MAX_SHARE)).toBe(false);
    expect(fallsBelow(fig(16, 16), fig(8, 8), LATER_PART_MAX_SHARE)).toBe(false);
    // Three quarters of the earlier value is far below it; 0.85 of it is a revision.
    expect(fallsBelow(fig(75, 75), fig(100, null), LATER_PART_MAX_SHARE)).toBe(true);
    expect(fallsBelow(fig(85, 85), fig(100, null), LATER_PART_MAX_SHARE)).toBe(false);
  });
});

describe('scopeApart', () => {
  it('sets apart a place said on one side only, or two places', () => {
    expect(scopeApart(fig(92, 92, ['person', 'killed', 'loc:porto']), fig(95, null))).toBe(true);
    expect(scopeApart(fig(92, 92, ['person', 'killed', 'loc:porto']), fig(95, null, ['person', 'killed', 'loc:braga']))).toBe(true);
    expect(scopeApart(fig(92, 92, ['person', 'killed', 'loc:porto']), fig(95, null, ['person', 'killed', 'loc:porto']))).toBe(false);
    // The other clause names the place without placing its count there ("in the streets of Porto"): one place.
    expect(scopeApart(fig(92, 92, ['person', 'loc:porto']), fig(95, 95, ['person'], { names: ['porto'] }))).toBe(false);
    // Unless that count is told over a nation ("across Portugal, with Porto worst hit"): the place is a part of it.
    expect(scopeApart(fig(92, 92, ['person', 'loc:porto']), fig(95, 95, ['person', 'iso-pt'], { names: ['porto'] }))).toBe(true);
  });
  it('sets apart two different sets of named sub-events, not a count that names none', () => {
    expect(scopeApart(fig(12, 12, ['person', 'ev:ridgeline', 'missing']), fig(4, 4, ['person', 'ev:ridgeline', 'ev:valcourt', 'missing']))).toBe(true);
    expect(scopeApart(fig(12, 12, ['person', 'ev:ridgeline', 'missing']), fig(4, 4, ['person', 'missing']))).toBe(false);
  });
  it('sets apart a holder or a total said on one side only of a count whose holders are read', () => {
    expect(scopeApart(seats(120, ['green']), seats(450))).toBe(true);
    expect(scopeApart(seats(450, [], ['total', 'seat']), seats(131))).toBe(true);
    expect(scopeApart(seats(120, ['green']), seats(131, ['green']))).toBe(false);
    // People: names around them are more often the actors; an age: its owner says whose it is.
    expect(scopeApart(fig(80000, 80000, ['person'], { names: ['cgt'] }), fig(300000, 300000, ['person']))).toBe(false);
    expect(scopeApart(fig(21, 21, ['age', 'of:n:lea'], { unit: 'years', names: ['lea'] }), fig(22, 22, ['age', 'of:n:lea'], { unit: 'years' }))).toBe(false);
  });
});
