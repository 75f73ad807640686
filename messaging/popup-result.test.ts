import { describe, expect, it } from 'vitest';
import type { CompareResult, FigureComparison, Passage } from '../core/types';
import { citedSources, popupResult } from './popup-result';
import { groupPassages } from '../core/passages/group';
import { MAX_COMPARISONS, MAX_COUNTERPARTS } from './shown-limits';

const PAGE = 'Les syndicats revendiquent 2,8 millions de manifestants dans toute la France.';
const span = { start: 0, end: PAGE.length, text: PAGE };
const passage = (i: number, score: number): Passage => ({ kind: 'close', score, page: span, source: { id: `s${i}`, start: 10 * i, end: 10 * i + 9, text: `phrase ${i}` } });
const comparison = (i: number, verdict: FigureComparison['verdict']): FigureComparison => ({
  source: { id: `s${i}`, start: i, end: i + 3, text: `${i} millions` }, low: i, high: i, qualifier: 'exact', verdict, saidBy: 'la CGT', counts: 'protesters', year: '2026',
});

describe('popupResult', () => {
  it('keeps every passage and its offsets, the page text once per span and the texts of the counterparts the popup lists', () => {
    // Seven sources share the page's sentence; the best four (by score) are listed.
    const passages = [0.5, 0.9, 0.2, 0.7, 0.8, 0.3, 0.6].map((s, i) => passage(i, s));
    const trimmed = popupResult({ sameStory: true, sources: [], figures: [], timeline: [], passages }).passages;
    expect(trimmed.map((p) => [p.source.id, p.source.start, p.source.end])).toEqual(passages.map((p) => [p.source.id, p.source.start, p.source.end]));
    expect(trimmed.map((p) => p.page.text === PAGE)).toEqual([true, false, false, false, false, false, false]);
    expect(trimmed.filter((p) => p.source.text).map((p) => p.score).sort()).toEqual([0.6, 0.7, 0.8, 0.9]);
    expect(trimmed.filter((p) => p.source.text)).toHaveLength(MAX_COUNTERPARTS);
    // The popup's groups still carry the page's sentence.
    expect(groupPassages(trimmed)[0]!.page.text).toBe(PAGE);
    expect(passages[1]!.page.text).toBe(PAGE); // the engine's result is not changed
  });

  it("keeps a figure's comparisons, verdicts and speakers, with text only for those it lists (disagreements first)", () => {
    const comparisons = [...Array(MAX_COMPARISONS + 2)].map((_, i) => comparison(i, i === 7 ? 'differs' : 'agrees'));
    const result: CompareResult = {
      sameStory: true, sources: [], passages: [], timeline: [],
      figures: [{ page: { start: 27, end: 40, text: '2,8 millions' }, low: 2.8e6, high: 2.8e6, qualifier: 'exact', unit: 'people', counts: 'protesters', comparisons }],
    };
    const [f] = popupResult(result).figures;
    expect(f!.comparisons.map((c) => c.verdict)).toEqual(comparisons.map((c) => c.verdict));
    expect(f!.comparisons.map((c) => c.source.text !== '')).toEqual([true, true, true, true, true, false, false, true]);
    // The speaker stays on every one: the popup tells a source's repeated value from another speaker's by it.
    expect([f!.comparisons[0]!.saidBy, f!.comparisons[6]!.saidBy]).toEqual(['la CGT', 'la CGT']);
    // The year a value is for stays on every one: the popup tells a source's value for another year apart by it.
    expect([f!.comparisons[0]!.year, f!.comparisons[6]!.year]).toEqual(['2026', '2026']);
  });
});

describe('citedSources', () => {
  it('names the sources the popup quotes beyond those it lists, and no other', () => {
    const src = (id: string) => ({ id, title: `Title ${id}`, score: 0.4, why: [], ...(id === 's4' ? { published: '2025-07-15' } : {}) });
    const all = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'].map(src);
    // Seven counterparts of one span: the best four are quoted (s1, s4, s3, s6), the rest only counted.
    const passages = [0.5, 0.9, 0.2, 0.7, 0.8, 0.3, 0.6].map((s, i) => passage(i, s));
    const popup = popupResult({ sameStory: true, sources: all.slice(0, 2), figures: [], timeline: [], passages });
    expect(citedSources(popup, all.slice(0, 2), all)).toEqual({ s3: { title: 'Title s3' }, s4: { title: 'Title s4', published: '2025-07-15' }, s6: { title: 'Title s6' } });
  });

  it('takes the language of a cited source from the match first, else from the lookup', () => {
    const src = (id: string) => ({ id, title: `Title ${id}`, score: 0.4, why: [], ...(id === 's3' ? { lang: 'fr' as const } : {}) });
    const all = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'].map(src);
    const passages = [0.5, 0.9, 0.2, 0.7, 0.8, 0.3, 0.6].map((s, i) => passage(i, s));
    const popup = popupResult({ sameStory: true, sources: all.slice(0, 2), figures: [], timeline: [], passages });
    const langOf = (id: string) => (id === 's6' ? undefined : ('en' as const));
    expect(citedSources(popup, all.slice(0, 2), all, langOf)).toEqual({ s3: { title: 'Title s3', lang: 'fr' }, s4: { title: 'Title s4', lang: 'en' }, s6: { title: 'Title s6' } });
  });
});
