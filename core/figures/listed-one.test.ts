import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** Each figure of the French text as "text value-low unit". */
function figures(text: string): string[] {
  return extractFigures(text, 'fr').map((f) => `${f.text} ${f.low} ${f.unit}`);
}

describe('French "un / une" listed among counts of people is the number one (session 26)', () => {
  it('reads each listed article after counts of nationalities', () => {
    const got = figures('Parmi les blessés figurent 40 Suisses, trois Allemands, une Belge, un Norvégien et un Grec, selon la police.');
    expect(got).toEqual(['40 40 people', 'trois 3 people', 'une 1 people', 'un 1 people', 'un 1 people']);
  });
  it('reads an article of a people noun joined to a count of people', () => {
    expect(figures('Six enfants et une femme ont été retrouvés.')).toEqual(['Six 6 people', 'une 1 people']);
  });
  it('does not read an article after a year, or before a noun of no people', () => {
    expect(figures('En 2019 et une partie de 2020, le chantier a duré.').map((s) => s.split(' ')[0])).toEqual(['2019', '2020']);
    expect(figures('Il y a eu trois réunions et une conférence.')).toEqual([expect.stringMatching(/^trois 3 /)]);
  });
  it('does not read an article that no count of people comes before', () => {
    expect(figures('Une Belge et un Norvégien ont gagné la course.')).toEqual([]);
  });
});
