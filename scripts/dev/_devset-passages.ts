/**
 * What the passage dev tools (passage-buckets.ts, passage-adjudicate-dump.ts) read alike: every devset
 * story's gold groups, and the passages the engine reports for each same-story page against the story's
 * whole corpus ("given the story"), as `npm run eval` measures them (scripts/eval/devset.ts).
 * The leading underscore keeps it out of scripts/run-all.ts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus } from '../../core/corpus/node';
import { addDocument, createPassageIndex, findPassages } from '../../core/passages/index';
import type { CorpusDoc, FigureReport, Lang, Passage } from '../../core/types';
import { analyse, type Analysis } from '../../core/passages/tokens';
import { crossCandidates, keyCounts } from '../../core/passages/crosslang';
import { compareFigures, extractFigures } from '../../core/figures/index';
import { DEVSET, type GoldGroup } from '../eval/devset';

/** The two spans overlap. */
export const ov = (m: { start: number; end: number }, s: number, e: number): boolean => m.start < e && s < m.end;

/** One devset story: its corpus and its gold passage groups. */
export interface DevsetStory { story: string; corpus: CorpusDoc[]; gold: GoldGroup[] }

/** One same-story page of a story, with the passages reported against the story's whole corpus. */
export interface PageRun { id: string; lang: Lang; text: string; doc: string; published?: string; passages: Passage[]; figures?: FigureReport[] }

/** Every story with a corpus under `root` (the development set unless a caller passes another folder: only
 *  passage-adjudicate-dump.ts does, on its --holdout flag, so that no tuning probe reads the held-out set by an
 *  environment variable it inherits), in name order; `pages` reads its same-story pages' passages. */
export function* devsetStories(root: string = DEVSET): Generator<DevsetStory & { pages: () => Generator<PageRun> }> {
  // DEV_STORIES=a,b limits a probe to those stories (a quick check between two full runs).
  const only = process.env.DEV_STORIES ? new Set(process.env.DEV_STORIES.split(',')) : null;
  for (const story of readdirSync(root).sort()) {
    if (!existsSync(join(root, story, 'corpus')) || (only && !only.has(story))) continue;
    const corpus = loadTxtCorpus(join(root, story, 'corpus'));
    const raw = JSON.parse(readFileSync(join(root, story, 'gold-passages.json'), 'utf8'));
    const gold: GoldGroup[] = Array.isArray(raw) ? raw : raw.groups;
    yield { story, corpus, gold, pages: () => pageRuns(root, story, corpus) };
  }
}

function* pageRuns(root: string, story: string, corpus: CorpusDoc[]): Generator<PageRun> {
  const pages = JSON.parse(readFileSync(join(root, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean; published?: string }>;
  const index = createPassageIndex();
  for (const d of corpus) addDocument(index, d);
  // The figures compared given the story, as scripts/eval/devset.ts hands them to findPassages (count-pairs.ts);
  // NO_FIGURES=1 leaves them out, to measure what they add.
  const withFigures = process.env.NO_FIGURES !== '1';
  const corpusFigures = withFigures ? corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) })) : [];
  for (const pg of pages) {
    if (!pg.sameStory) continue;
    const text = readFileSync(join(root, story, 'pages', pg.id), 'utf8');
    const lang = pg.lang ?? 'fr';
    const figures = withFigures ? compareFigures({ text, lang, published: pg.published, figures: extractFigures(text, lang, { published: pg.published }) }, corpusFigures) : undefined;
    const passages = findPassages(index, { title: text.split('\n', 1)[0], lang, text, published: pg.published }, { sourceIds: corpus.map((d) => d.id), figures });
    yield { id: pg.id, lang, text, doc: `pages/${pg.id}`, published: pg.published, passages, figures };
  }
}

/** The passage index calls of one copy of core/ (speed-ab.ts compares two copies). */
export interface PassageApi<I> { createPassageIndex: () => I; addDocument: (index: I, doc: CorpusDoc) => void }

/** One query of a profiling run: a same-story devset page against its story's whole corpus. */
export interface DevsetQuery<I> { index: I; page: { title: string; lang: Lang; text: string }; sourceIds: string[] }

/** Every same-story devset page with its story's corpus indexed, as `npm run eval` queries them. */
export function devsetQueries<I>(api: PassageApi<I>): Array<DevsetQuery<I>> {
  const qs: Array<DevsetQuery<I>> = [];
  for (const story of readdirSync(DEVSET).sort()) {
    if (!existsSync(join(DEVSET, story, 'corpus'))) continue;
    const corpus = loadTxtCorpus(join(DEVSET, story, 'corpus'));
    const index = api.createPassageIndex();
    for (const d of corpus) api.addDocument(index, d);
    const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean }>;
    for (const pg of pages) {
      if (!pg.sameStory) continue;
      const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
      qs.push({ index, page: { title: text.split('\n', 1)[0], lang: pg.lang ?? 'fr', text }, sourceIds: corpus.map((d) => d.id) });
    }
  }
  return qs;
}

/** One same-story devset page as the cross-language probes read it (crosslang-loose.ts, crosslang-missed.ts): the
 * page analysed, its story's corpus articles in the other language analysed, and the key counts over both, as
 * findPassages counts them. */
export interface CrossLanguagePage {
  story: string; corpus: CorpusDoc[]; gold: GoldGroup[]; id: string; lang: Lang; text: string;
  pa: Analysis; others: CorpusDoc[]; an: Map<string, Analysis>; counts: ReturnType<typeof keyCounts>;
}

/** Every same-story devset page with its story's articles in the other language. */
export function* crossLanguagePages(): Generator<CrossLanguagePage> {
  for (const { story, corpus, gold } of devsetStories()) {
    const pages = JSON.parse(readFileSync(join(DEVSET, story, 'pages', 'manifest.json'), 'utf8')).articles as Array<{ id: string; lang?: Lang; sameStory: boolean }>;
    const an = new Map(corpus.map((d) => [d.id, analyse(d.text, d.ignore ?? [], d.lang)]));
    for (const pg of pages) {
      if (!pg.sameStory) continue;
      const lang = pg.lang ?? 'fr';
      const text = readFileSync(join(DEVSET, story, 'pages', pg.id), 'utf8');
      const pa = analyse(text, [], lang);
      const others = corpus.filter((d) => d.lang !== lang);
      const counts = keyCounts([pa, ...others.map((d) => an.get(d.id)!)]);
      yield { story, corpus, gold, id: pg.id, lang, text, pa, others, an, counts };
    }
  }
}

/** One cross-language gold pair of a page and a source: the sentences of each that overlap the gold's members (`ps`,
 * `ss`, indexes into `pa.sentences` / `sa.sentences`) and the engine's cross-language candidates between the two texts. */
export interface CrossLanguageGoldPair extends CrossLanguagePage {
  g: GoldGroup; d: CorpusDoc; sa: Analysis; ps: number[]; ss: number[]; cands: ReturnType<typeof crossCandidates>;
}

/** Every cross-language gold pair of the devset (a gold group with a member on the page and one on a source in the
 * other language), as crosslang-missed.ts and crosslang-dict-gaps.ts read them. */
export function* crossLanguageGoldPairs(): Generator<CrossLanguageGoldPair> {
  for (const page of crossLanguagePages()) {
    for (const g of page.gold) {
      const pm = g.members.find((m) => m.doc === `pages/${page.id}`);
      if (!pm) continue;
      for (const d of page.others) {
        const sm = g.members.find((m) => m.doc === `corpus/${d.id}`);
        if (!sm) continue;
        const sa = page.an.get(d.id)!;
        const cands = crossCandidates(page.pa, sa, 0, 1, page.counts);
        const ps = page.pa.sentences.map((s, i) => (ov(pm, s.start, s.end) ? i : -1)).filter((i) => i >= 0);
        const ss = sa.sentences.map((s, i) => (ov(sm, s.start, s.end) ? i : -1)).filter((i) => i >= 0);
        yield { ...page, g, d, sa, ps, ss, cands };
      }
    }
  }
}

/** One adjudicated pair of a story's passages-adjudicated.json (devset README). */
export interface Adjudication { page: string; doc: string; pageStart: number; pageEnd: number; docStart: number; docEnd: number; verdict: boolean; reason?: string }

/** How a reported passage of page `pageDoc` is labelled in the dev scripts: `gold` (a gold group holds both spans),
 *  `adjT` / `adjF` (an adjudication overlapping both spans says true / only false), `unadj`; with the adjudications
 *  it overlaps (for their reasons). One helper, so that scripts that compare their tallies label alike. */
export function passageLabel(st: DevsetStory, adjud: readonly Adjudication[], pageDoc: string, x: Passage): { label: 'gold' | 'adjT' | 'adjF' | 'unadj'; gold: boolean; hits: Adjudication[] } {
  const src = `corpus/${x.source.id}`;
  const gold = st.gold.some((g) => g.members.some((m) => m.doc === pageDoc && ov(m, x.page.start, x.page.end)) && g.members.some((m) => m.doc === src && ov(m, x.source.start, x.source.end)));
  const hits = adjud.filter((a) => a.page === pageDoc && a.doc === src && ov({ start: a.pageStart, end: a.pageEnd }, x.page.start, x.page.end) && ov({ start: a.docStart, end: a.docEnd }, x.source.start, x.source.end));
  const label = gold ? 'gold' : hits.some((a) => a.verdict) ? 'adjT' : hits.length ? 'adjF' : 'unadj';
  return { label, gold, hits };
}
