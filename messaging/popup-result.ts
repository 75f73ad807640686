import type { CompareResult, FigureReport, Lang, Passage, SourceMatch } from '../core/types';
import { byScore, distinctComparisons, MAX_COMPARISONS, MAX_COUNTERPARTS } from './shown-limits';
import { countsInFrench } from '../core/figures/counts-fr';

/**
 * The result as the background sends it to the popup (the `tab:state` message, and storage.session):
 * every passage and comparison is kept, with its offsets, but the texts the popup never shows are
 * empty. A passage's page text is kept on the first passage of its page span only (the one
 * groupPassages takes the span from); a counterpart's text only for the MAX_COUNTERPARTS the popup
 * lists; a comparison's source text, who says it, what it counts, its day and year only for the MAX_COMPARISONS it lists. The rest are counted
 * ("+ 11 other sources") and found by their offsets (a search hit in a source links to the page's
 * passage), never read. At 10,000 articles the page's passages were 68 of the message's 109 KB,
 * most of it the same page sentence repeated per source and counterparts beyond the fourth.
 * The in-page marks are built from the whole result, not from this.
 */
export function popupResult(result: CompareResult): CompareResult {
  return {
    ...result,
    passages: popupPassages(result.passages),
    figures: result.figures.map((f) => inFrenchToo(popupFigure(f))),
    ...(result.timeline ? { timeline: result.timeline.map(inFrenchToo) } : {}),
  };
}

/** What a count counts in French too: the popup draws in either language and has no concept table of its own. */
function inFrenchToo<T extends { counts: string; countsFr?: string }>(x: T): T {
  const fr = countsInFrench(x.counts);
  return fr ? { ...x, countsFr: fr } : x;
}

/** A source the popup quotes without listing it: its title names it, its day dates its values ("pour 2026"). */
export interface CitedSource { title: string; published?: string; lang?: Lang }

/**
 * The sources the popup quotes (a counterpart, a figure's value, a timeline point) that are not among
 * the sources it lists (`listed`, the best MAX_LISTED_SOURCES), with their titles and publication days:
 * at 10,000 articles most counterparts come from sources ranked below the fiftieth, which the popup
 * named by their id, and whose values' years it could not tell a target from a past year without the day.
 * Only texts `popup` (popupResult's copy) still carries count as quoted. `langOf`: a source's language when `all`
 * does not carry it (the background looks it up for the few cited sources rather than copying thousands of matches).
 */
export function citedSources(popup: CompareResult, listed: SourceMatch[], all: SourceMatch[], langOf?: (id: string) => Lang | undefined): Record<string, CitedSource> {
  const have = new Set(listed.map((s) => s.id));
  const cited = new Set<string>([
    ...popup.passages.filter((p) => p.source.text).map((p) => p.source.id),
    ...popup.figures.flatMap((f) => f.comparisons.filter((c) => c.source.text).map((c) => c.source.id)),
    ...(popup.timeline ?? []).flatMap((t) => t.points.map((p) => p.source)),
  ]);
  const out: Record<string, CitedSource> = {};
  for (const s of all) {
    if (!cited.has(s.id) || have.has(s.id)) continue;
    const lang = s.lang ?? langOf?.(s.id);
    out[s.id] = { title: s.title, ...(s.published ? { published: s.published } : {}), ...(lang ? { lang } : {}) };
  }
  return out;
}

function popupPassages(passages: Passage[]): Passage[] {
  const bySpan = new Map<string, Passage[]>();
  for (const p of passages) {
    const key = `${p.page.start}-${p.page.end}`;
    const group = bySpan.get(key);
    if (group) group.push(p);
    else bySpan.set(key, [p]);
  }
  const firstOfSpan = new Set([...bySpan.values()].map((g) => g[0]));
  const shown = new Set([...bySpan.values()].flatMap((g) => [...g].sort(byScore).slice(0, MAX_COUNTERPARTS)));
  return passages.map((p) => (firstOfSpan.has(p) && shown.has(p) ? p : {
    ...p,
    page: firstOfSpan.has(p) ? p.page : { ...p.page, text: '' },
    source: shown.has(p) ? p.source : { ...p.source, text: '' },
  }));
}

function popupFigure(f: FigureReport): FigureReport {
  if (f.comparisons.length <= MAX_COMPARISONS) return f;
  const shown = new Set(distinctComparisons(f.comparisons).slice(0, MAX_COMPARISONS));
  // The verdict stays: it orders the rows and colours the summary; who says it, which side is newer, its day and year
  // stay too, as the popup tells repeated values apart by them (distinctComparisons); its text and what it counts go.
  return { ...f, comparisons: f.comparisons.map((c) => (shown.has(c) ? c : { source: { ...c.source, text: '' }, low: c.low, high: c.high, qualifier: c.qualifier, verdict: c.verdict, ...(c.saidBy ? { saidBy: c.saidBy } : {}), ...(c.newer ? { newer: c.newer } : {}), ...(c.moment ? { moment: c.moment } : {}), ...(c.year ? { year: c.year } : {}) })) };
}
