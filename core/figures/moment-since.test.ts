import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';

/** The moments of the counts (not the dates) a sentence gives, in an article of `published`. */
const moments = (text: string, lang: 'fr' | 'en', published = '2024-03-15') =>
  extractFigures(text, lang, { published }).filter((f) => f.unit !== 'date').map((f) => f.moment);

describe('a date that ends a "since" phrase', () => {
  it('is the start of the period a running count covers, not the count\'s day', () => {
    expect(moments('More than 300 people have been displaced since the fighting began on March 2, the agency said.', 'en')).toEqual(['2024-03-15']);
    expect(moments('Over 40,000 people have fled their homes since the start of the floods on March 2.', 'en')).toEqual(['2024-03-15']);
    expect(moments('Plus de 300 personnes ont été déplacées depuis le début des combats le 2 mars, selon l\'agence.', 'fr')).toEqual(['2024-03-15']);
  });
  it('leaves a date of the count\'s own clause as its day', () => {
    // No "since": the date is the count's.
    expect(moments('More than 300 people had been displaced on March 2, the agency said.', 'en')).toEqual(['2024-03-02']);
    expect(moments('Plus de 300 personnes ont été déplacées le 2 mars, selon l\'agence.', 'fr')).toEqual(['2024-03-02']);
    // "Since" as a cause with a verb of saying dates no period's start (moment.ts opensAPeriod).
    expect(moments('Since officials said on March 2 that 300 people had died, no new toll has been given.', 'en')).toEqual(['2024-03-02']);
    // The phrase goes on past its date into the clause the date belongs to (a verb next): the count's own day.
    expect(moments('Deaths have doubled since a report on March 2 counted 300 dead.', 'en')).toEqual(['2024-03-02']);
  });
});
