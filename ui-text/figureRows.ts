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
   * The page's other mentions of a row's value, by the row's figure (its first mention, carrying every
   * mention's comparisons): the same count with the same value said again further down (a lead repeated
   * in the body). One row says it once; the page still marks every mention.
   */
  repeats: Map<FigureReport, FigureReport[]>;
}

/**
 * What makes two mentions one row: what is counted, the value and when. Not who says it: a toll the
 * title gives bare, the lead gives "selon les autorités" and a quote gives again is one value for the
 * reader to check; the row names every speaker (`rowSpeakers`). Not which source sentences the engine
 * paired with each mention either: the row lists them all, each once (`mergeComparisons`).
 */
function repeatKey(f: FigureReport): string {
  return JSON.stringify([f.counts, f.unit, f.low, f.high, f.qualifier, f.year ?? '', f.moment ?? '']);
}

/** The comparisons of a row's mentions, a source span with one verdict once, in the first mention's order. */
function mergeComparisons(mentions: FigureReport[]): FigureReport['comparisons'] {
  const seen = new Set<string>();
  const out: FigureReport['comparisons'] = [];
  for (const g of mentions) {
    for (const c of g.comparisons) {
      const key = `${c.source.id}|${c.source.start}|${c.source.end}|${c.verdict}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/** Who says a row's value on the page: each distinct speaker of its mentions, in page order. */
export function rowSpeakers(f: FigureReport, repeats: FigureReport[]): string[] {
  return [...new Set([f, ...repeats].map((g) => g.saidBy).filter((w): w is string => !!w))];
}

/**
 * One figure per repeated value: the first mention in the page, with every mention's comparisons;
 * the other mentions under it in `repeats`.
 */
function groupRepeats(figures: FigureReport[], repeats: Map<FigureReport, FigureReport[]>): FigureReport[] {
  const groups = new Map<string, FigureReport[]>();
  for (const f of [...figures].sort((a, b) => a.page.start - b.page.start)) {
    const key = repeatKey(f);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map(([first, ...others]) => {
    const row = others.length === 0 ? first! : { ...first!, comparisons: mergeComparisons([first!, ...others]) };
    repeats.set(row, others);
    return row;
  });
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
