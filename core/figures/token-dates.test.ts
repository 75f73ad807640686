import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import { tokenize } from './tokens';
import { findDates } from './dates';
import { datesOfTokens, datesWithin } from './token-dates';

const TEXT = 'Le 29 octobre, les pluies ont fait 95 morts. Le 30 octobre et le 1er novembre, le bilan passe à 158, puis à 211 le 4 novembre. '
  + 'Since November 3, more than 2,000 people have been counted; on November 12 the toll stood at 223.';

describe('token-dates', () => {
  const folded = fold(TEXT);
  const toks = tokenize(folded, 'fr', TEXT);
  const dates = findDates(folded, 'fr').concat(findDates(folded, 'en')).sort((a, b) => a.start - b.start);

  it('gives each token the first date holding its start, as dates.find does', () => {
    expect(dates.length).toBeGreaterThan(3);
    const of = datesOfTokens(toks, dates);
    toks.forEach((t, k) => expect(of[k]).toBe(dates.find((d) => d.start <= t.start && t.start < d.end)));
    expect(of.some((d) => d !== undefined)).toBe(true);
  });

  it('keeps every date within reach of a span and leaves out only farther ones', () => {
    for (const chars of [0, 10, 40, 200]) {
      for (let start = 0; start < TEXT.length; start += 7) {
        const end = Math.min(TEXT.length, start + 5);
        const [from, to] = datesWithin(dates, start, end, chars);
        dates.forEach((d, i) => {
          const gap = d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
          if (gap <= chars) expect(i >= from && i < to).toBe(true);
        });
      }
    }
  });

  it('reads a list out of text order whole', () => {
    const reversed = [...dates].reverse();
    expect(datesWithin(reversed, 0, 1, 0)).toEqual([0, reversed.length]);
  });
});
