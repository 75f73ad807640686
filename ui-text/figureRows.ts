import type { FigureReport, Timeline } from '../core/types';

/**
 * Units that say when rather than how many: two sources giving the same day for an event is not a
 * figure the reader checks, and an "updated" day would read as a moved count.
 */
const WHEN_UNITS = new Set(['date', 'time']);

/** The popup's figure rows: the figures compared with a source, the minor ones apart. */
export interface FigureRows {
  /** Amounts worth a row of their own. */
  main: FigureReport[];
  /**
   * Compared too, but folded under one button: dates and times, and what the engine marks not
   * salient (ordinals, a year, a small number word referring back: "les deux pays").
   */
  minor: FigureReport[];
}

export function isMinorFigure(f: FigureReport): boolean {
  return f.salient === false || WHEN_UNITS.has(f.unit);
}

export function figureRows(figures: FigureReport[]): FigureRows {
  const compared = figures.filter((f) => f.comparisons.length > 0);
  return { main: compared.filter((f) => !isMinorFigure(f)), minor: compared.filter(isMinorFigure) };
}

/**
 * The timelines the popup charts: not the count of a minor figure of the page, which the figures
 * section folds (at 10,000 articles "les deux" allies made a chart of 8 points, all of them 2).
 */
export function chartedTimelines(timelines: Timeline[], figures: FigureReport[]): Timeline[] {
  const minor = new Set(figures.filter(isMinorFigure).map((f) => `${f.page.start}-${f.page.end}`));
  return timelines.filter((t) => !t.points.some((p) => p.source === 'page' && minor.has(`${p.start}-${p.end}`)));
}
