import { describe, expect, it } from 'vitest';
import { clauseDate, resolveMoment } from './moment';

describe('a figure\'s moment', () => {
  it('resolves weekdays, yesterday and the last week against publication', () => {
    // Monday 28 October 2024.
    expect(resolveMoment('fri', '2024-10-28')).toBe('2024-10-25');
    expect(resolveMoment('mon', '2024-10-28')).toBe('2024-10-28');
    expect(resolveMoment('yesterday', '2024-10-28')).toBe('2024-10-27');
    expect(resolveMoment('last-week', '2024-10-28')).toBe('2024-10-21');
    // Sunday 3 November: last week began on Monday 21 October.
    expect(resolveMoment('last-week', '2024-11-03')).toBe('2024-10-21');
    expect(resolveMoment(undefined, '2024-10-28')).toBe('2024-10-28');
    expect(resolveMoment('fri', undefined)).toBeUndefined();
  });
  it('takes a month without a year as the nearest such month, before or after publication', () => {
    expect(resolveMoment('month-08', '2024-10-28')).toBe('2024-08-01');
    expect(resolveMoment('month-01', '2024-12-04')).toBe('2025-01-01');
    expect(resolveMoment('month-12', '2025-01-15')).toBe('2024-12-01');
  });
  it('dates a value by a one-day date of its own sentence, not of the next', () => {
    const text = 'Le 19 janvier, 1,1 million de personnes. Le 31, 1,27 million.';
    const dates = [{ start: 0, end: 13, low: '--01-19', high: '--01-19' }];
    expect(clauseDate(text, { start: 15, end: 26 }, dates, '2023-01-31')).toBe('2023-01-19');
    expect(clauseDate(text, { start: 50, end: 62 }, dates, '2023-01-31')).toBeUndefined();
    // A year-less date after publication is last year's.
    expect(clauseDate(text, { start: 15, end: 26 }, [{ start: 0, end: 13, low: '--12-19', high: '--12-19' }], '2023-01-31')).toBe('2022-12-19');
  });
});
