/**
 * Same-story detection speed: one page against the bundled corpus, 1,000 and 10,000 articles.
 * The large corpora are synthetic (sentences of the bundled articles shuffled, names and numbers
 * swapped): all on the same story, so most articles are candidates, which is the worst case.
 */
import { Engine } from '../../core/engine';
import { storyBundled, storySynthetic } from './_story-setup';
import { median } from './_stats';

export default async function benchStory(): Promise<void> {
  console.log('\n## Same-story detection (node, after the index is loaded)');
  const { bundled, page } = storyBundled();
  const rows: string[] = [];
  for (const size of [5, 1000, 10000]) {
    const engine = new Engine(bundled);
    const t0 = performance.now();
    // The synthetic articles' making stays inside the build time, as the bench has always counted it.
    for (const d of storySynthetic(bundled, size)) engine.add(d);
    const buildMs = performance.now() - t0;
    const times: number[] = [];
    let sources = 0;
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      sources = engine.story.match(page).length;
      times.push(performance.now() - t);
    }
    rows.push(`| ${String(size).padStart(6)} | ${median(times).toFixed(2).padStart(8)} ms | ${String(sources).padStart(6)} | ${(buildMs / 1000).toFixed(1)} s |`);
  }
  console.log('| corpus | story.match median | sources | index build |\n|---|---|---|---|\n' + rows.join('\n'));
}
