import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { EVENT_YEAR, isYearDigits } from './years';

const first = (s: string) => tokenize(s, 'en')[0];

describe('years', () => {
  it('takes four bare digits from 1800 to 2199 as a possible year, one range for every rule', () => {
    expect(isYearDigits(first('1815'))).toBe(true);
    expect(isYearDigits(first('2150'))).toBe(true);
    expect(isYearDigits(first('1799'))).toBe(false);
    expect(isYearDigits(first('2200'))).toBe(false);
    expect(isYearDigits(first('450'))).toBe(false);
  });
  it('names an event by a year of the twentieth or twenty-first century only', () => {
    expect(EVENT_YEAR.test('2017')).toBe(true);
    expect(EVENT_YEAR.test('1850')).toBe(false);
  });
});
