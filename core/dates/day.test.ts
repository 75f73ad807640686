import { describe, expect, it } from 'vitest';
import { addDays, calendarDay, dayOf, monthNumber, plausibleDay } from './day';

describe('dayOf: metadata values to the publication day', () => {
  it('keeps the day as written in the writer\'s time zone', () => {
    expect(dayOf('2024-07-07T23:30:00-04:00')).toBe('2024-07-07');
    expect(dayOf('2024-07-08T01:15:00+02:00')).toBe('2024-07-08');
    expect(dayOf('2024-07-07T23:30:00.000Z')).toBe('2024-07-07');
    expect(dayOf('2024-07-07 23:30')).toBe('2024-07-07');
    expect(dayOf(' 2024-07-07 ')).toBe('2024-07-07');
  });
  it('reads RFC 2822 and written dates in French and English', () => {
    expect(dayOf('Sun, 07 Jul 2024 23:30:00 -0400')).toBe('2024-07-07');
    expect(dayOf('July 8, 2024 10:05 AM')).toBe('2024-07-08');
    expect(dayOf('Monday, July 8, 2024')).toBe('2024-07-08');
    expect(dayOf('3 mars 2024')).toBe('2024-03-03');
    expect(dayOf('1er février 2023 à 10h05')).toBe('2023-02-01');
    expect(dayOf('8th of July, 2024')).toBe('2024-07-08');
  });
  it('reads compact and numeric forms, day first unless English can be month first', () => {
    expect(dayOf('20240708')).toBe('2024-07-08');
    expect(dayOf('2024/07/08')).toBe('2024-07-08');
    expect(dayOf('12/07/2024')).toBe('2024-07-12');
    expect(dayOf('12/07/2024', 'en')).toBe('2024-12-07');
    expect(dayOf('25/07/2024', 'en')).toBe('2024-07-25');
    expect(dayOf('07/25/2024')).toBe('2024-07-25');
  });
  it('returns null for junk and impossible days', () => {
    for (const junk of ['', 'hier', 'il y a 3 heures', '2024-02-30', '2024-13-01', '31/02/2024', 'Jui 3, 2024', 'NaN', '12 foo 2024']) {
      expect(dayOf(junk), junk).toBeNull();
    }
  });
});

describe('plausibleDay', () => {
  const today = new Date('2024-07-08T10:00:00Z');
  it('accepts today and one day ahead (a writer east of UTC), not later', () => {
    expect(plausibleDay('2024-07-08', today)).toBe(true);
    expect(plausibleDay('2024-07-09', today)).toBe(true);
    expect(plausibleDay('2024-07-10', today)).toBe(false);
  });
  it('rejects dates before 1990 and malformed days', () => {
    expect(plausibleDay('1989-12-31', today)).toBe(false);
    expect(plausibleDay('1990-01-01', today)).toBe(true);
    expect(plausibleDay('2024-7-8', today)).toBe(false);
  });
});

describe('monthNumber and calendarDay', () => {
  it('knows names and unambiguous abbreviations in both languages', () => {
    expect(monthNumber('Août')).toBe(8);
    expect(monthNumber('sept.')).toBe(9);
    expect(monthNumber('févr')).toBe(2);
    expect(monthNumber('Jun')).toBe(6);
    expect(monthNumber('juil')).toBe(7);
    expect(monthNumber('jui')).toBe(0);
    expect(monthNumber('the')).toBe(0);
  });
  it('checks the calendar', () => {
    expect(calendarDay(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDay(2023, 2, 29)).toBeNull();
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2024-07-08', -1)).toBe('2024-07-07');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
