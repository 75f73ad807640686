import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { isMonthName } from './dates';

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
  it('reads the French cuts of a month written with their point, and no number in them', () => {
    expect(dates('Le ministère a annoncé le 13 sept. que la ville était évacuée.', 'fr')).toEqual([['--09-13', '--09-13', 'exact']]);
    expect(dates('Le 2 oct. 2023, puis le 5 déc.', 'fr')).toEqual([
      ['2023-10-02', '2023-10-02', 'exact'],
      ['2023-12-05', '2023-12-05', 'exact'],
    ]);
    expect(dates('depuis le 3 févr. et le 12 juil. 2024', 'fr').map((d) => d[0])).toEqual(['2024-02-03', '2024-07-12']);
    const numbers = extractFigures('Le 13 sept., 250 soldats ont été déployés.', 'fr').map((f) => f.text);
    expect(numbers).not.toContain('sept');
    expect(numbers).not.toContain('13');
    // Without its point "sept" is the number seven, not a month.
    expect(dates('Le 13 sept soldats sont arrivés.', 'fr')).toEqual([]);
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
  it('reads two days joined by "et" / "and" as two dates, a span or an uncertain day as one interval', () => {
    const texts = (t: string, lang: 'fr' | 'en') =>
      extractFigures(t, lang).filter((f) => f.unit === 'date').map((f) => [f.text, f.low, f.qualifier]);
    expect(texts('Les syndicats appellent à manifester mardi 14 et jeudi 16 mars.', 'fr')).toEqual([
      ['mardi 14', '--03-14', 'exact'],
      ['jeudi 16 mars', '--03-16', 'exact'],
    ]);
    expect(texts('Two more strike days, on March 14 and 16, were called.', 'en')).toEqual([
      ['on March 14', '--03-14', 'exact'],
      ['16', '--03-16', 'exact'],
    ]);
    expect(texts('on 14 and 16 March 2026', 'en')).toEqual([
      ['on 14', '2026-03-14', 'exact'],
      ['16 March 2026', '2026-03-16', 'exact'],
    ]);
    expect(dates('du mardi 14 au jeudi 16 mars', 'fr')).toEqual([['--03-14', '--03-16', 'range']]);
    expect(dates('between March 14 to 16', 'en')).toEqual([['--03-14', '--03-16', 'range']]);
    // After "entre / between", "et / and" bounds a span.
    expect(dates('Entre le 17 et le 23 mars, 5 832 cas ont été recensés.', 'fr')).toEqual([['--03-17', '--03-23', 'range']]);
    expect(dates('between March 3 and 9', 'en')).toEqual([['--03-03', '--03-09', 'range']]);
  });
  it('reads a span across two months as one interval', () => {
    expect(dates('neuf décès survenus (du 10 mars au 6 avril) chez des personnes âgées', 'fr')).toEqual([['--03-10', '--04-06', 'range']]);
    expect(dates('from March 28 to April 3', 'en')).toEqual([['--03-28', '--04-03', 'range']]);
    expect(dates('entre le 28 mars et le 3 avril', 'fr')).toEqual([['--03-28', '--04-03', 'range']]);
    // Two dates a comma or a verb keeps apart stay two days.
    expect(dates('le 10 mars, puis le 6 avril', 'fr')).toEqual([['--03-10', '--03-10', 'exact'], ['--04-06', '--04-06', 'exact']]);
    expect(dates('On March 10 and April 6 the unions marched.', 'en')).toEqual([['--03-10', '--03-10', 'exact'], ['--04-06', '--04-06', 'exact']]);
  });
  it('keeps the date, not the ordinal, when an ordinal\'s noun phrase runs into a date', () => {
    const texts = (t: string, lang: 'fr' | 'en') =>
      extractFigures(t, lang).filter((f) => f.unit === 'date' || f.unit === 'ordinal').map((f) => [f.text, f.unit]);
    expect(texts('Turnout rose since a first day of action on March 14.', 'en')).toEqual([['on March 14', 'date']]);
    expect(texts('Plus que lors de la première journée du 14 mars.', 'fr')).toEqual([['du 14 mars', 'date']]);
    // An ordinal set apart from the date by a comma, or by a clause, stays.
    expect(texts('The second round, on March 14, was calm.', 'en')).toEqual([['second', 'ordinal'], ['on March 14', 'date']]);
    expect(texts('Au premier tour, qui avait eu lieu le 14 mars, la liste était en tête.', 'fr')).toEqual([['premier', 'ordinal'], ['le 14 mars', 'date']]);
  });
  it("gives a date of a list the day it was said on, not the other date's weekday", () => {
    const at = (t: string, lang: 'fr' | 'en') =>
      extractFigures(t, lang, { published: '2026-03-10' }).filter((f) => f.unit === 'date').map((f) => [f.text, f.when, f.moment]);
    expect(at('Les syndicats appellent à manifester mardi 14 et jeudi 16 mars.', 'fr')).toEqual([
      ['mardi 14', undefined, '2026-03-10'],
      ['jeudi 16 mars', undefined, '2026-03-10'],
    ]);
    expect(at('Unions called strikes on Tuesday March 14 and Thursday March 16.', 'en')).toEqual([
      ['Tuesday March 14', undefined, '2026-03-10'],
      ['Thursday March 16', undefined, '2026-03-10'],
    ]);
    // The second day of "March 14 and 16" takes no time word from the first's month.
    expect(at('Unions called two more strike days, on March 14 and 16.', 'en')).toEqual([
      ['on March 14', undefined, '2026-03-10'],
      ['16', undefined, '2026-03-10'],
    ]);
  });
  it('does not take a short month before its day for a name', () => {
    const names = (t: string) => extractFigures(t, 'en').filter((f) => f.unit === 'date').map((f) => f.names ?? []);
    expect(names('Unions called new strikes for Feb. 7 and Sept 12.')).toEqual([[], []]);
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

describe('isMonthName (one table of every spelling)', () => {
  it('reads French names as written, English names and abbreviations with or without their point', () => {
    for (const w of ['mars', 'decembre', 'january', 'january.', 'sep', 'sept', 'sept.', 'feb.', 'dec']) expect(isMonthName(w, true)).toBe(true);
  });
  it('reads an English name only capitalised ("may", "march" are verbs), a French one always', () => {
    expect(isMonthName('may', false)).toBe(false);
    expect(isMonthName('march', false)).toBe(false);
    expect(isMonthName('mai', false)).toBe(true);
  });
  it('takes no other word, nor a French name with a point or two points after an English one', () => {
    for (const w of ['mars.', 'mardi', 'sept..', 'septe', 'ma', '']) expect(isMonthName(w, true)).toBe(false);
  });
});

describe('a month alone after a word that places an event in it', () => {
  const months = (t: string, lang: 'fr' | 'en') =>
    extractFigures(t, lang).filter((f) => f.unit === 'date').map((f) => [f.text, f.low, f.high]);
  it('reads "en mars", "début octobre", "in March", "early October", "last July" as a year-less month', () => {
    expect(months("L'usine a fermé en mars après un long conflit.", 'fr')).toEqual([['en mars', '--03', '--03']]);
    expect(months('Les résultats sont attendus début octobre.', 'fr')).toEqual([['début octobre', '--10', '--10']]);
    expect(months('The bridge was closed in March after the storm.', 'en')).toEqual([['in March', '--03', '--03']]);
    expect(months('Talks resumed early October, officials said.', 'en')).toEqual([['early October', '--10', '--10']]);
    expect(months('The law passed last July.', 'en')).toEqual([['last July', '--07', '--07']]);
  });
  it('leaves a month with its year to the month-year reading, and a month with its day to the day reading', () => {
    expect(months('en mars 2023', 'fr')).toEqual([['en mars 2023', '2023-03', '2023-03']]);
    expect(months('in March 2023', 'en')).toEqual([['in March 2023', '2023-03', '2023-03']]);
    expect(months('Elle a parlé en mars, le 12 mars précisément.', 'fr').map((m) => m[1])).toEqual(['--03', '--03-12']);
  });
  it('takes no English verb or noun spelled as a month, nor a month with no word placing an event in it', () => {
    expect(months('Thousands took part in march through the capital; more may join in may.', 'en')).toEqual([]);
    expect(months('Le mois de juin a été chaud.', 'fr')).toEqual([]);
    expect(months('June figures were revised.', 'en')).toEqual([]);
    expect(months("Trust in May's government fell sharply.", 'en')).toEqual([]);
    expect(months('Trust in May\u2019s government fell sharply.', 'en')).toEqual([]);
  });
  it('reads a month alone before a comma and a count, not before a comma and a year', () => {
    expect(months('In March, 400 people were evacuated.', 'en')).toEqual([['In March', '--03', '--03']]);
    expect(months('The vote took place in March, 2023.', 'en').map((m) => m[1])).not.toContain('--03');
  });
  it('gives an ordinal before a month alone its own value still', () => {
    const f = extractFigures('La première manifestation en juin avait réuni cinq millions de personnes.', 'fr');
    expect(f.some((x) => x.unit === 'ordinal' && x.low === 1)).toBe(true);
  });
});
