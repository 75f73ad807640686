/**
 * The development set's stories as the dev tools read them (scripts/dev/figure-misses.ts,
 * verdict-misses.ts): each story's corpus, page manifest and gold figures, filtered by story name
 * ("all" or none for every story). One reader, so the tools cannot drift apart on what a story is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus } from '../../core/corpus/node';
import { DEVSET, HOLDOUT, isGoldFigure, type GoldFigure, type PageEntry } from '../eval/devset';

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

