import type { FigureReport, Timeline } from '../core/types';

/**
 * Units that say when rather than how many: two sources giving the same day for an event is not a
 * figure the reader checks, and an "updated" day would read as a moved count.
 */
const WHEN_UNITS = new Set(['date', 'time']);

/** The popup's figure rows: the figures compared with a source, the minor ones apart. */
export interface FigureRows {
  /** Amounts worth a row of their own: one per value, its first mention in the page (see `repeats`). */
  main: FigureReport[];
  /**
   * Compared too, but folded under one button: dates and times, and what the engine marks not
   * salient (ordinals, a year, a small number word referring back: "les deux pays").
   */
  minor: FigureReport[];
  /**
   * The page's other mentions of a row's value, by the row's figure (its first mention): the same
   * count with the same value, compared with the same source values, said again further down (a lead
   * repeated in the body). One row says it once; the page still marks every mention.
   */
  repeats: Map<FigureReport, FigureReport[]>;
}

/** What makes two mentions one row: what is counted, the value, who says it, when, and every source value with its verdict. */
function repeatKey(f: FigureReport): string {
  const sources = [...new Set(f.comparisons.map((c) => [c.source.id, c.low, c.high, c.qualifier, c.verdict, c.newer ?? '', c.year ?? ''].join('|')))].sort();
  return JSON.stringify([f.counts, f.unit, f.low, f.high, f.qualifier, f.saidBy ?? '', f.year ?? '', f.moment ?? '', sources]);
}

/** One figure per repeated value (the first in the page), the others under it in `repeats`. */
function groupRepeats(figures: FigureReport[], repeats: Map<FigureReport, FigureReport[]>): FigureReport[] {
  const first = new Map<string, FigureReport>();
  const rows: FigureReport[] = [];
  for (const f of [...figures].sort((a, b) => a.page.start - b.page.start)) {
    const key = repeatKey(f);
    const row = first.get(key);
    if (row) {
      repeats.get(row)!.push(f);
    } else {
      first.set(key, f);
      repeats.set(f, []);
      rows.push(f);
    }
  }
  return rows;
}

export function isMinorFigure(f: FigureReport): boolean {
  return f.salient === false || WHEN_UNITS.has(f.unit);
}

export function figureRows(figures: FigureReport[]): FigureRows {
  const compared = figures.filter((f) => f.comparisons.length > 0);
  const repeats = new Map<FigureReport, FigureReport[]>();
  const main = groupRepeats(compared.filter((f) => !isMinorFigure(f)), repeats);
  const minor = groupRepeats(compared.filter(isMinorFigure), repeats);
  return { main, minor, repeats };
}

/**
 * The timelines the popup charts: not the count of a minor figure of the page, which the figures
 * section folds (at 10,000 articles "les deux" allies made a chart of 8 points, all of them 2).
 */
export function chartedTimelines(timelines: Timeline[], figures: FigureReport[]): Timeline[] {
  const minor = new Set(figures.filter(isMinorFigure).map((f) => `${f.page.start}-${f.page.end}`));
  return timelines.filter((t) => !t.points.some((p) => p.source === 'page' && minor.has(`${p.start}-${p.end}`)));
}
