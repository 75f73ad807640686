import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en-US' } } }));

const { formatBound, formatValue } = await import('./figureText');

describe('formatBound', () => {
  it('writes days, months, year-less days and numbers in the UI language', () => {
    expect(formatBound('2024-12-04', 'date')).toBe('December 4, 2024');
    expect(formatBound('2024-08', 'date')).toBe('August 2024');
    // "le 27 octobre" without a year: never the raw "--10-27".
    expect(formatBound('--10-27', 'date')).toBe('October 27');
    expect(formatBound('--02-29', 'date')).toBe('February 29');
    expect(formatBound(12000, 'people')).toBe('12,000');
    expect(formatBound(25.92, 'percent')).toBe('25.92 %');
    // "deux tiers", "a two-thirds majority": a share of one, read as a per cent with no false precision.
    expect(formatBound(2 / 3, 'share')).toBe('66.7 %');
    expect(formatBound(0.5, 'share')).toBe('50 %');
    expect(formatBound(null, 'people')).toBe('');
  });
});

describe('formatValue', () => {
  it('shows a vague amount in its own words, and other values as numbers', () => {
    expect(formatValue(2000, null, 'vague', 'people', { words: 'des milliers' })).toBe('des milliers');
    expect(formatValue(12000, 12000, 'exact', 'people', { words: '12 000 soldats' })).toBe('12,000');
    expect(formatValue(10000, 12000, 'range', 'people', { words: 'entre 10 000 et 12 000' })).toBe('10,000–12,000');
  });
});

describe('formatValue near its bound', () => {
  it('keeps "just under" / "just over" for a bound told close to its value, and the bare bound otherwise', () => {
    expect(formatValue(null, 40, 'less-than', 'people', { near: true })).toBe('just under 40');
    expect(formatValue(200, null, 'more-than', 'people', { near: true })).toBe('just over 200');
    expect(formatValue(null, 40, 'less-than', 'people')).toBe('less than 40');
    expect(formatValue(200, null, 'more-than', 'people', { near: false })).toBe('more than 200');
  });
  it('has the French words in the French messages', async () => {
    const fr = (await import('../public/_locales/fr/messages.json')).default as Record<string, { message: string }>;
    expect(fr.qJustUnder.message).toBe('un peu moins de $N$');
    expect(fr.qJustOver.message).toBe('un peu plus de $N$');
  });
});
