/**
 * Every expected figure pair of the development set, one line each: story, page, key, gold verdict and the engine's,
 * with both quotes: run before and after a change and `diff` the two outputs to see which pairs moved (the counts of
 * figure-lang-totals.ts say how many; this says which). A tool for core/figures, not a measure.
 * Usage: tsx scripts/dev/pair-status.ts [story,story...]
 */
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, pg, sg, want, got } of goldPairs(s)) {
    // A source's gold doc is "corpus/<file>" (goldPairs only pairs a page with corpus figures): print the file alone.
    console.log(`${s.story} ${p.id} [${pg.key}] "${pg.quote}" / ${sg.doc.slice(7)} "${sg.quote}" want ${want} got ${got}${got === want ? ' RIGHT' : ''}`);
  }
}
