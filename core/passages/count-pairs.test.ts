import { describe, expect, it } from 'vitest';
import { analyse } from './tokens';
import { keyCounts } from './crosslang';
import { countPassages } from './count-pairs';
import type { CorpusDoc, FigureReport, Passage, Verdict } from '../types';

const PAGE = 'Officials said 350 people were evacuated from the flooded district on Monday. The mayor thanked the volunteers.';
const SOURCE = 'Au total, 1 200 personnes ont été déplacées dans la région, dont 350 évacuées du quartier inondé, selon la préfecture.';
const doc: CorpusDoc = { id: 'src', title: '', lang: 'fr', text: SOURCE, ignore: [] };

/** A page figure at the first `needle` of the page, compared with the source figure at the first `srcNeedle`. */
function report(needle: string, srcNeedle: string, value: number, verdict: Verdict, unit = 'people', page = PAGE): FigureReport {
  const ps = page.indexOf(needle);
  const ss = SOURCE.indexOf(srcNeedle);
  return {
    page: { start: ps, end: ps + needle.length, text: needle },
    low: value, high: value, qualifier: 'exact', unit, counts: 'people evacuated',
    comparisons: [{ source: { id: 'src', start: ss, end: ss + srcNeedle.length, text: srcNeedle }, low: value, high: value, qualifier: 'exact', verdict }],
  };
}

function run(reports: FigureReport[], page = PAGE, found: Passage[] = []): Passage[] {
  const pa = analyse(page, [], 'en');
  const sa = analyse(SOURCE, [], 'fr');
  return countPassages(pa, page, sa, doc, reports, found, keyCounts([pa, sa]));
}

describe('countPassages: a count both texts state', () => {
  it('pairs the clause holding the page count with the clause of the source holding the same count', () => {
    const out = run([report('350 people', '350', 350, 'agrees')]);
    expect(out).toHaveLength(1);
    expect(out[0].page.text).toContain('350 people were evacuated');
    // The source clause is the one stating 350, not the sentence's other count.
    expect(out[0].source.text).toContain('350 évacuées');
    expect(out[0].source.text).not.toContain('1 200');
    expect(out[0].translated).toBe(true);
    expect(SOURCE.slice(out[0].source.start, out[0].source.end)).toBe(out[0].source.text);
  });

  it('needs the figures engine to call the two one count with one value', () => {
    for (const v of ['overlaps', 'related', 'differs', 'updated'] as const) expect(run([report('350 people', '350', 350, v)])).toHaveLength(0);
  });

  it('leaves a count the page repeats (its headline figure) alone', () => {
    const page = `350 people evacuated. ${PAGE}`;
    const twice = [report('350 people', '350', 350, 'agrees', 'people', page), { ...report('350 people', '350', 350, 'agrees', 'people', page), page: { start: page.lastIndexOf('350 people'), end: page.lastIndexOf('350 people') + 10, text: '350 people' } }];
    expect(run(twice, page)).toHaveLength(0);
  });

  it('asks more than the number of a date, or of a small count', () => {
    expect(run([report('350 people', '350', 350, 'agrees', 'date')])).toHaveLength(0);
    const page = 'Officials said 3 people were hurt on Monday.';
    const small: FigureReport = { ...report('3 people', '350', 3, 'agrees', 'people', page) };
    expect(run([small], page)).toHaveLength(0);
  });

  it('keeps the counterpart a page span already has in this source', () => {
    const found: Passage[] = [{ kind: 'paraphrase', score: 0.3, page: { start: 0, end: 20, text: PAGE.slice(0, 20) }, source: { id: 'src', start: 0, end: 10, text: SOURCE.slice(0, 10) }, translated: true }];
    expect(run([report('350 people', '350', 350, 'agrees')], PAGE, found)).toHaveLength(0);
  });
});
