/**
 * Same-story detection speed: one page against the bundled corpus, 1,000 and 10,000 articles.
 * The large corpora are synthetic (sentences of the bundled articles shuffled, names and numbers
 * swapped): all on the same story, so most articles are candidates, which is the worst case.
 */
import { loadBundledCorpus } from '../../cli/corpus-files';
import { Engine } from '../../core/engine';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';
import { median } from './_stats';

export default async function benchStory(): Promise<void> {
  console.log('\n## Same-story detection (node, after the index is loaded)');
  const bundled = loadBundledCorpus();
  const page = { title: bundled[3].title, lang: bundled[3].lang, text: bundled[3].text };
  const rows: string[] = [];
  for (const size of [5, 1000, 10000]) {
    const engine = new Engine(bundled);
    const t0 = performance.now();
    if (size > 5) {
      for (const a of syntheticArticles(bundled.map((d) => d.text), size - 5, { seed: 7 })) {
        engine.add(toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }));
      }
    }
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
