import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import type { Lang } from '../types';

// Sentences written for these tests; the agency, the fund and the sums are invented.
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

// Review of the first version (published day Wed 2024-06-12): each sentence below was mis-dated by it.
const REVIEW_DAY = '2024-06-12';
describe('a span of months dates a value only in the value\'s own clause', () => {
  it('not a span in an apposition on the subject, before the value', () => {
    expect(momentOf('Un Syrien de 26 ans, employé entre mars 2020 et mai 2021 par la société, a été condamné à 3 ans de prison.', 'fr', '3 ans', REVIEW_DAY)).not.toBe('2021-05');
    expect(momentOf('Président entre janvier 2017 et janvier 2021, Donald Trump a été condamné à payer 355 millions de dollars.', 'fr', '355 millions', REVIEW_DAY)).not.toBe('2021-01');
  });
  it('a span may open a quoted sentence', () => {
    expect(momentOf('"From March 2023 to March 2024, the agency paid 4.2 billion dollars to the fund," she said.', 'en', '4.2 billion', REVIEW_DAY)).toBe('2024-03');
    expect(momentOf("« De mars 2023 à mars 2024, l'agence a versé 4,2 milliards d'euros au fonds », a-t-elle dit.", 'fr', '4,2 milliards', REVIEW_DAY)).toBe('2024-03');
  });
  it('a span in brackets right after the value is the value\'s', () => {
    expect(momentOf('The agency paid 4.2 billion dollars (March 2023 to March 2024).', 'en', '4.2 billion', REVIEW_DAY)).toBe('2024-03');
  });
  it('two months joined by a bare "and" or a spaced dash are no span', () => {
    expect(momentOf('The agency paid 4.2 billion dollars in March 2023 and March 2024.', 'en', '4.2 billion', REVIEW_DAY)).toBe('2023-03');
    expect(momentOf('The deficit of 4.2 billion dollars in May 2022 - May 2023 was worse.', 'en', '4.2 billion', REVIEW_DAY)).toBe('2022-05');
  });
});

describe('an incident\'s day is passed over only when the toll is of the incident', () => {
  it('keeps the day of an incident a toll\'s own verb tells', () => {
    expect(momentOf('12 people died in the fire on Monday.', 'en', '12', REVIEW_DAY)).toBe('2024-06-10');
    expect(momentOf('5 people were killed in a shooting on June 2.', 'en', '5', REVIEW_DAY)).toBe('2024-06-02');
  });
  it('does not read the incident\'s noun across a line break', () => {
    expect(momentOf('Train crash\nOn July 8 the regional government revised the toll to 41.', 'en', '41', '2024-07-10')).toBe('2024-07-08');
  });
  it('a bare "or" or a "that" after a verb opens no relative clause on the incident', () => {
    expect(momentOf('The toll from the crash on Friday showed that 41 people died.', 'en', '41', REVIEW_DAY)).toBe(REVIEW_DAY);
    expect(momentOf("Le bilan de l'accident du 3 juin, morts ou disparus, s'élève désormais à 41.", 'fr', '41', REVIEW_DAY)).toBe(REVIEW_DAY);
  });
});
