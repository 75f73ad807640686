import { describe, expect, it } from 'vitest';
import type { FigureReport, Timeline, TimelinePoint } from '../core/types';
import { chartedTimelines, figureRows, isMinorFigure } from './figureRows';

// A flood: its toll (an amount), the day it was given (a date), "les deux rives" (not salient).
const compared = { source: { id: 'a', start: 0, end: 3, text: 'x' }, low: 1, high: 1, qualifier: 'exact', verdict: 'agrees' } as const;
const figure = (start: number, text: string, unit: string, salient: boolean, comparisons = [compared]): FigureReport => ({
  page: { start, end: start + text.length, text }, low: 1, high: 1, qualifier: 'exact', unit, counts: unit, salient, comparisons: [...comparisons],
});
const toll = figure(30, '120 morts', 'people', true);
const day = figure(0, 'le 3 mars', 'date', true);
const hour = figure(12, '14 h 30', 'time', true);
const banks = figure(50, 'deux', 'w:rive', false);
const alone = figure(70, '300 maisons', 'w:maison', true, []);

const point = (source: string, f: FigureReport, moment: string): TimelinePoint => ({
  published: moment, moment, source, start: f.page.start, end: f.page.end, low: 1, high: 1, qualifier: 'exact', text: f.page.text, sentence: f.page.text,
});
const timeline = (f: FigureReport): Timeline => ({ counts: f.counts, unit: f.unit, points: [point('a', f, '2025-03-02'), point('page', f, '2025-03-03')] });

describe('figureRows', () => {
  it('rows are the compared amounts; dates, times and figures not salient are minor', () => {
    expect([toll, day, hour, banks, alone].map(isMinorFigure)).toEqual([false, true, true, true, false]);
    const rows = figureRows([day, toll, hour, banks, alone]);
    expect(rows.main).toEqual([toll]);
    expect(rows.minor).toEqual([day, hour, banks]);
  });

  it('one row per value said again in the page, with the same source values; the others kept as its repeats', () => {
    const lead = figure(100, 'plus de 40 blessés', 'people', true);
    const body = figure(400, 'plus de 40 blessés', 'people', true);
    const again = figure(250, 'more than 40', 'people', true);
    // The same value compared with another source value is a row of its own: the reader sees a different comparison.
    const other = figure(600, 'plus de 40 blessés', 'people', true, [{ ...compared, low: 2, high: 2, verdict: 'differs' } as FigureReport['comparisons'][number]] as never);
    const rows = figureRows([body, other, lead, again]);
    expect(rows.main).toEqual([lead, other]);
    expect(rows.repeats.get(lead)).toEqual([again, body]);
    expect(rows.repeats.get(other)).toEqual([]);
    // Another value of the same count stays apart.
    const more = { ...figure(700, '41 blessés', 'people', true), low: 41, high: 41 };
    expect(figureRows([lead, more]).main).toEqual([lead, more]);
  });

  it('charts no timeline of a minor figure of the page', () => {
    expect(chartedTimelines([timeline(toll), timeline(banks)], [toll, banks]).map((t) => t.counts)).toEqual(['people']);
    // A source point at the same offsets as a minor page figure is another article's: it does not count.
    const sourceOnly: Timeline = { ...timeline(toll), points: [point('a', banks, '2025-03-02'), point('page', toll, '2025-03-03')] };
    expect(chartedTimelines([sourceOnly], [toll, banks])).toEqual([sourceOnly]);
  });
});
