import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const dates = (text: string, lang: 'fr' | 'en') =>
  extractFigures(text, lang)
    .filter((f) => f.unit === 'date' || f.unit === 'time')
    .map((f) => [f.low, f.high, f.qualifier]);

describe('dates', () => {
  it('reads a full French date', () => {
    expect(dates('à Rabat, le 19 juin 2024.', 'fr')).toEqual([['2024-06-19', '2024-06-19', 'exact']]);
  });
  it('reads a month and year', () => {
    expect(dates('depuis février 2022', 'fr')).toEqual([['2022-02', '2022-02', 'exact']]);
    expect(dates('since February 2022', 'en')).toEqual([['2022-02', '2022-02', 'exact']]);
  });
  it('leaves the year out when the text gives none', () => {
    expect(dates('dès le 27 ou le 28 octobre', 'fr')).toEqual([['--10-27', '--10-28', 'range']]);
  });
  it("takes the document's year from another full date", () => {
    expect(dates('Le 19 juin 2024, puis mercredi 4 décembre.', 'fr')).toEqual([
      ['2024-06-19', '2024-06-19', 'exact'],
      ['2024-12-04', '2024-12-04', 'exact'],
    ]);
  });
  it('reads English dates', () => {
    expect(dates('on December 4, 2024', 'en')).toEqual([['2024-12-04', '2024-12-04', 'exact']]);
    expect(dates('on 27 October 2024', 'en')).toEqual([['2024-10-27', '2024-10-27', 'exact']]);
  });
});

describe('times', () => {
  it('reads "Vers 22H00 (19H00 GMT)" as one figure about 22:00', () => {
    const figs = extractFigures('« Vers 22H00 (19H00 GMT), les Russes ont bombardé', 'fr');
    expect(figs.map((f) => [f.text, f.low, f.qualifier, f.unit])).toEqual([['Vers 22H00 (19H00 GMT)', '22:00', 'about', 'time']]);
  });
  it('reads 10 p.m.', () => {
    expect(dates('at 10 p.m. local time', 'en')).toEqual([['22:00', '22:00', 'exact']]);
  });
  it('does not read "24 heures" as a time', () => {
    const f = extractFigures('en 24 heures', 'fr');
    expect(f.map((x) => [x.low, x.unit])).toEqual([[24, 'hours']]);
  });
});
