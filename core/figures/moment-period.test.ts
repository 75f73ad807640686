import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from './index';
import { figurePeriod, isoWeekSpan, periodsApart } from './moment-period';
import { tokenize } from './tokens';
import { findDates } from './dates';
import { fold } from '../text/fold';

const periods = (text: string, lang: 'fr' | 'en', published?: string) =>
  extractFigures(text, lang, { published })
    // The week's own label ("S19", "semaine 19": week-labels.ts) and a calendar year are read as figures too: not what
    // is looked at here.
    .filter((f) => !['date', 'number', 'year', 'week'].includes(f.unit) && !/^\d{1,2}$/.test(f.text)).map((f) => [f.text, f.period ?? null]);

describe('a count\'s period', () => {
  it('reads ISO weeks', () => {
    expect(isoWeekSpan(2025, 13)).toBe('2025-03-24/2025-03-30');
    expect(isoWeekSpan(2026, 1)).toBe('2025-12-29/2026-01-04');
  });
  it('reads a week by its number, its days, or as "a week"', () => {
    expect(periods('En semaine 19, 1 266 cas de grippe ont été signalés.', 'fr', '2025-05-21')).toEqual([['1 266', '2025-05-05/2025-05-11']]);
    // Each value of a contrast keeps its own week.
    expect(periods('Le réseau a compté 1 266 cas de grippe en S19 contre 1 784 en S18.', 'fr', '2025-05-21')).toEqual([
      ['1 266', '2025-05-05/2025-05-11'], ['1 784', '2025-04-28/2025-05-04'],
    ]);
    expect(periods('Nearly 3,000 flu cases were recorded for the week of March 3 to 9.', 'en', '2025-03-21')).toEqual([['Nearly 3,000', '2025-03-03/2025-03-09']]);
    expect(periods('Près de 6 000 nouveaux cas de grippe en une semaine.', 'fr', '2025-04-02')).toEqual([['Près de 6 000', 'week']]);
  });
  it('reads the start of a running count', () => {
    expect(periods('Since August 2024, more than 8,500 flu cases have been recorded.', 'en', '2025-03-21')).toEqual([['more than 8,500', 'since 2024-08']]);
    expect(periods('Depuis le début de l\'année 2025, plus de 51 000 cas de grippe ont été confirmés.', 'fr', '2025-05-21')).toEqual([['plus de 51 000', 'since 2025-01']]);
  });
  it('leaves a span of weeks, when the counted events happened, to the running count', () => {
    expect(periods('Depuis le début de l\'année, neuf décès survenus entre les semaines 11 et 14 ont été liés à la grippe.', 'fr', '2025-04-23')[0]).toEqual(['neuf', 'since 2025-01']);
  });
  it('reads no month from a word that names an Object.prototype member', () => {
    expect(periods('Since constructor, 1,200 flu cases have been recorded.', 'en', '2025-03-21')).toEqual([['1,200', null]]);
  });
  it('reads one token list again under another publication day (its readings are kept per list, day and dates)', () => {
    const text = 'Since the start of the year, 900 flu cases have been recorded.';
    const folded = fold(text);
    const toks = tokenize(folded, 'en', text);
    const dates = findDates(folded, 'en');
    const i0 = toks.findIndex((t) => t.t === '900');
    expect(figurePeriod(text, toks, i0, i0 + 1, dates, '2025-03-21', folded)).toBe('since 2025-01');
    expect(figurePeriod(text, toks, i0, i0 + 1, dates, '2024-11-02', folded)).toBe('since 2024-01');
    expect(figurePeriod(text, toks, i0, i0 + 1, dates, undefined, folded)).toBeUndefined();
  });
  it('has none when the clause names none', () => {
    expect(periods('Au total, 147 cas graves de grippe ont été signalés.', 'fr', '2025-04-23')).toEqual([['147', null]]);
  });
  it('tells two weeks apart, and a week from a running count, never a count that names none', () => {
    expect(periodsApart('2025-05-05/2025-05-11', '2025-04-28/2025-05-04')).toBe(true);
    expect(periodsApart('2025-05-05/2025-05-11', 'since 2025-01')).toBe(true);
    expect(periodsApart('week', 'since 2025-01')).toBe(true);
    expect(periodsApart('since 2024-08', 'since 2025-01')).toBe(true);
    expect(periodsApart('week', '2025-05-05/2025-05-11')).toBe(false);
    expect(periodsApart('W13', '2025-03-24/2025-03-30')).toBe(false);
    expect(periodsApart('2025-05-05/2025-05-11', undefined)).toBe(false);
    expect(periodsApart('since 2025-01', 'since 2025-01')).toBe(false);
  });
  it('never makes two weeks\' counts an update of one another', () => {
    const page = { text: 'En semaine 19, 1 266 cas de grippe ont été confirmés.', lang: 'fr' as const, published: '2025-05-21' };
    const src = { id: 's', text: 'En semaine 18, 1 556 cas de grippe ont été confirmés.', lang: 'fr' as const, published: '2025-05-14' };
    const verdicts = (p: typeof page, s: typeof src) => compareFigures({ ...p, figures: extractFigures(p.text, p.lang, { published: p.published }) },
      [{ ...s, figures: extractFigures(s.text, s.lang, { published: s.published }) }]).filter((r) => r.unit !== 'week').flatMap((r) => r.comparisons.map((c) => c.verdict));
    // Two weeks' counts are never paired as one count (week-labels.ts), or at most related.
    expect(verdicts(page, src).filter((v) => v !== 'related')).toEqual([]);
    // The same week given a week later: the count was consolidated, an update.
    expect(verdicts(page, { ...src, text: 'En semaine 19, 1 100 cas de grippe ont été confirmés.' })).toEqual(['updated']);
  });
});
