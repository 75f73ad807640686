import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { fig } from '../../test/support/figure-probes';

/** The figures of a text whose text is `q`, in order. */
const all = (text: string, lang: 'en' | 'fr', q: string) => extractFigures(text, lang).filter((f) => f.text === q);

describe('seats that decide a vote: review of unit43b (fix43)', () => {
  it.each([
    ['A letter of no confidence was backed by 53 MPs on Monday.', '53'],
    ['The petition was endorsed by 120 lawmakers last week.', '120'],
    ['The bill passed by 7 seats in the lower house.', '7'],
  ])('casts no vote where none was cast: %s', (text, q) => {
    expect(fig(text, 'en', q).countsKey).not.toContain('vote-cast');
  });
  it('still reads the members by whom a decision was taken as a vote', () => {
    expect(fig('The bill was passed by 287 lawmakers on Wednesday.', 'en', '287').countsKey).toContain('vote-cast');
  });
});

describe('a list item takes the frame of the list above only while the list restates one count (fix43)', () => {
  it('passes no seats on to a label of another count', () => {
    const text = 'The Blue Party won 410 seats in the assembly.\n\nResults:\n\nBlue Party: 410\nTurnout: 60\nWomen members: 263';
    expect(all(text, 'en', '60')[0].unit).not.toBe('seats');
    expect(all(text, 'en', '263')[0].unit).not.toBe('seats');
  });
  it('passes no frame on to a day', () => {
    const text = 'The storm destroyed 12 homes in the valley.\n\nBy day:\n\nMonday: 12\nTuesday: 40';
    expect(all(text, 'en', '40')[0].unit).not.toBe('houses');
    const seats = 'The Blue Party won 214 seats and the Green Party 87 seats.\n\nThe count:\n\nBlue Party: 214\nGreen Party: 87\nOthers: 9\nMonday: 40';
    expect(all(seats, 'en', '9')[0].unit).toBe('seats');
    expect(all(seats, 'en', '40')[0].unit).not.toBe('seats');
    const fr = 'Les syndicats ont compté 300 manifestants à Lyon.\n\nLe point :\n\nLyon : 300\nParticipation : 45';
    expect(all(fr, 'fr', '45')[0].unit).not.toBe('people');
  });
});
