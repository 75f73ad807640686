import { describe, expect, it } from 'vitest';
import type { FigureReport, Timeline, TimelinePoint } from '../core/types';
import { chartedTimelines, figureRows, isMinorFigure, rowSpeakers } from './figureRows';

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

  it('one row per value said again in the page, with every mention\'s source values once; the others kept as its repeats', () => {
    const lead = figure(100, 'plus de 40 blessés', 'people', true);
    // Said again by a named speaker: the same value to check, one row naming the speaker.
    const body = { ...figure(400, 'plus de 40 blessés', 'people', true), saidBy: 'la préfecture' };
    const again = figure(250, 'more than 40', 'people', true);
    // A mention the engine also paired with another source sentence: that comparison joins the row.
    const differing = { ...compared, source: { id: 'b', start: 9, end: 10, text: '2' }, low: 2, high: 2, verdict: 'differs' } as FigureReport['comparisons'][number];
    const other = { ...figure(600, 'plus de 40 blessés', 'people', true), comparisons: [compared, differing] };
    const rows = figureRows([body, other, lead, again]);
    expect(rows.main.length).toBe(1);
    const row = rows.main[0]!;
    expect(row.page).toEqual(lead.page);
    expect(row.comparisons).toEqual([compared, differing]);
    expect(rows.repeats.get(row)).toEqual([again, body, other]);
    expect(rowSpeakers(row, rows.repeats.get(row)!)).toEqual(['la préfecture']);
    // Another value of the same count, or the same value of another count, stays apart; a single mention is itself.
    const more = { ...figure(700, '41 blessés', 'people', true), low: 41, high: 41 };
    const homes = { ...figure(800, 'plus de 40 maisons', 'w:maison', true), counts: 'homes' };
    const apart = figureRows([lead, more, homes]);
    expect(apart.main).toEqual([lead, more, homes]);
    expect(apart.repeats.get(lead)).toEqual([]);
  });

  it('charts no timeline of a minor figure of the page', () => {
    expect(chartedTimelines([timeline(toll), timeline(banks)], [toll, banks]).map((t) => t.counts)).toEqual(['people']);
    // A source point at the same offsets as a minor page figure is another article's: it does not count.
    const sourceOnly: Timeline = { ...timeline(toll), points: [point('a', banks, '2025-03-02'), point('page', toll, '2025-03-03')] };
    expect(chartedTimelines([sourceOnly], [toll, banks])).toEqual([sourceOnly]);
  });
});
