/**
 * The development set's stories as the dev tools read them (scripts/dev/figure-misses.ts, figure-causes.ts,
 * verdict-misses.ts): each story's corpus, page manifest and gold figures, filtered by story name
 * ("all" or none for every story). One reader, so the tools cannot drift apart on what a story is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus } from '../../core/corpus/node';
import { DEVSET, HOLDOUT, goldVerdict, isGoldFigure, type GoldFigure, type PageEntry } from '../eval/devset';
import { compareFigures, extractFigures } from '../../core/figures/index';

export interface DevsetStory {
  story: string;
  dir: string;
  corpus: ReturnType<typeof loadTxtCorpus>;
  pages: PageEntry[];
  gold: { figures: GoldFigure[] };
}

/** `root`: the development set, or the held-out set for tools that print only counts (never its texts). */
export function* devsetStories(storyFilter?: string, root: string = DEVSET): Generator<DevsetStory> {
  for (const story of readdirSync(root).filter((d) => !d.includes('.'))) {
    if (storyFilter && storyFilter !== 'all' && story !== storyFilter) continue;
    const dir = join(root, story);
    const corpus = loadTxtCorpus(join(dir, 'corpus'));
    const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: PageEntry[] }).articles;
    const gold = JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as { figures: GoldFigure[] };
    yield { story, dir, corpus, pages, gold };
  }
}

/** The held-out set's folder (for the count-only modes of the dev tools), and whether an extracted figure is a gold
 * one as the eval decides it (scripts/eval/devset.ts isGoldFigure). */
export { HOLDOUT, isGoldFigure };


/** One article's side of a comparison, as decideVerdict reads it. */
export interface UpdateSide { text: string; published?: string; figures: ReturnType<typeof extractFigures> }
/** A gold update of a rising-count story (a page figure and a corpus figure of one key, gold verdict `updated`). */
export interface GoldUpdate {
  pg: GoldFigure; sg: GoldFigure;
  /** Gold moments: the figure's own, else its document's manifest date. */
  pageWhen?: string; sourceWhen?: string;
  /** The engine's figures matching the gold ones, if extracted. */
  f?: ReturnType<typeof extractFigures>[number]; g?: ReturnType<typeof extractFigures>[number];
  page: UpdateSide; source: UpdateSide;
}
/**
 * Every gold update of one story, with each article read by the engine (update-misses.ts, update-classes.ts).
 * `pageDay` dates a same-story page for the engine (default: its manifest date); the gold moments always take
 * the manifest's.
 */
export function* goldUpdates(s: DevsetStory, pageDay: (p: PageEntry & { url?: string }, text: string) => string | undefined = (p) => p.published): Generator<GoldUpdate> {
  const goldDay = new Map<string, string | undefined>();
  const side = new Map<string, UpdateSide>();
  for (const d of s.corpus) {
    const k = `corpus/${d.id}`;
    goldDay.set(k, d.published);
    side.set(k, { text: d.text, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) });
  }
  for (const p of s.pages.filter((x) => x.sameStory) as Array<PageEntry & { url?: string }>) {
    const k = `pages/${p.id}`;
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const day = pageDay(p, text);
    goldDay.set(k, p.published);
    side.set(k, { text, published: day, figures: extractFigures(text, p.lang ?? 'fr', { published: day }) });
  }
  const when = (g: { doc: string; moment?: string }) => g.moment ?? goldDay.get(g.doc);
  for (const pg of s.gold.figures.filter((g) => g.doc.startsWith('pages/') && side.has(g.doc))) {
    for (const sg of s.gold.figures.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
      const pageWhen = when(pg), sourceWhen = when(sg);
      if (goldVerdict({ ...pg, when: pageWhen }, { ...sg, when: sourceWhen }) !== 'updated') continue;
      const page = side.get(pg.doc)!, source = side.get(sg.doc)!;
      yield { pg, sg, pageWhen, sourceWhen, page, source, f: page.figures.find((x) => isGoldFigure(x, pg)), g: source.figures.find((x) => isGoldFigure(x, sg)) };
    }
  }
}

type Figures = ReturnType<typeof extractFigures>;
/** An expected page-corpus figure pair of one story (a page figure and a corpus figure of one key), as the eval scores it. */
export interface GoldPair {
  p: PageEntry; text: string; pg: GoldFigure & { when?: string }; sg: GoldFigure & { when?: string };
  /** The gold verdict (scripts/eval/devset.ts goldVerdict, moments or else manifest dates). */
  want: string;
  /** The engine's verdict for the two gold figures, 'none' when it does not pair them. */
  got: string;
  /** The page's figures and the index of the gold page figure among them (-1: not extracted); the corpus article and its gold figure, if extracted. */
  pf: Figures; i: number;
  src: { id: string; text: string; lang: 'fr' | 'en'; published?: string; figures: Figures };
  g?: Figures[number];
}
/**
 * Every expected figure pair of one story with the engine's verdict, given the story (figure-causes.ts,
 * verdict-misses.ts): the pairs and the verdict are the eval's.
 */
export function* goldPairs(s: DevsetStory): Generator<GoldPair> {
  const publishedOf = new Map<string, string | undefined>();
  for (const d of s.corpus) publishedOf.set(`corpus/${d.id}`, d.published);
  for (const p of s.pages) publishedOf.set(`pages/${p.id}`, p.published);
  const figs = s.gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  const cdocs = s.corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  for (const p of s.pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const pf = extractFigures(text, lang, { published: p.published });
    const reports = compareFigures({ text, lang, published: p.published, figures: pf }, cdocs);
    for (const pg of figs.filter((g) => g.doc === `pages/${p.id}`)) {
      const i = pf.findIndex((x) => isGoldFigure(x, pg));
      for (const sg of figs.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
        const src = cdocs.find((d) => `corpus/${d.id}` === sg.doc)!;
        const g = src.figures.find((x) => isGoldFigure(x, sg));
        const c = i >= 0 ? reports[i].comparisons.find((x) => x.source.id === src.id && isGoldFigure(x.source, sg)) : undefined;
        yield { p, text, pg, sg, want: goldVerdict(pg, sg), got: c?.verdict ?? 'none', pf, i, src, g };
      }
    }
  }
}
