import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests (moment38); the agency, the fund and the sums are invented.
const momentOf = (text: string, lang: Lang, q: string, published = '2024-07-10'): string | undefined => {
  const f = extractFigures(text, lang, { published }).find((x) => x.text === q || x.text.replace(/\s/g, ' ').startsWith(q));
  if (!f) throw new Error(`no figure "${q}" in: ${text}`);
  return f.moment;
};

describe('a value counted over a span of months is of the span\'s last month', () => {
  it('reads the span before the value, in both languages', () => {
    expect(momentOf('From March 2023 to March 2024, the agency paid 4.2 billion dollars to the fund.', 'en', '4.2 billion')).toBe('2024-03');
    expect(momentOf("Entre mars 2023 et mars 2024, l'agence a versé 4,2 milliards d'euros au fonds.", 'fr', '4,2 milliards')).toBe('2024-03');
    expect(momentOf("De mars 2023 à mars 2024, l'agence a versé 4,2 milliards d'euros (environ 4,5 milliards de dollars) au fonds.", 'fr', 'environ 4,5 milliards')).toBe('2024-03');
  });
  it('reads the span after the value', () => {
    expect(momentOf('The agency paid 4.2 billion dollars to the fund between March 2023 and March 2024.', 'en', '4.2 billion')).toBe('2024-03');
  });
  it('a span in brackets after a noun is that noun\'s time, not the value\'s', () => {
    expect(momentOf("L'ancien directeur (mars 2019 à mai 2020), qui avait tenu 420 jours, est parti.", 'fr', '420 jours')).toBe('2024-07-10');
  });
  it('a single month of a year a clause away stays background', () => {
    expect(momentOf('The fund, created in March 2023 by the agency, received 4.2 billion dollars.', 'en', '4.2 billion')).toBe('2024-07-10');
  });
});

describe('a day right after an incident\'s noun dates the incident, not the toll told later', () => {
  it('passes over the incident\'s weekday for the day the toll was revised on', () => {
    expect(momentOf('The regional government on Sunday revised the death toll in the bus crash on Friday to 41.', 'en', '41', '2024-07-09')).toBe('2024-07-07');
  });
  it('passes over the incident\'s date: the toll is of the article\'s day', () => {
    expect(momentOf('The death toll in the ferry accident on July 2 has been revised to 41 by the authorities.', 'en', '41', '2024-07-09')).toBe('2024-07-09');
  });
});
