/**
 * The corpus and the page that scripts/bench/story.ts times and scripts/dev/story-ab.ts compares, in one place so
 * that the A/B is always of what the bench measures.
 */
import { loadBundledCorpus } from '../../cli/corpus-files';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';
import type { CorpusDoc } from '../../core/types';

/** The bundled article used as the page: bundled article 3, as the bench has always queried. */
const PAGE_INDEX = 3;

/** The bundled corpus and the page the bench queries with. */
export function storyBundled() {
  const bundled = loadBundledCorpus();
  const page = { title: bundled[PAGE_INDEX].title, lang: bundled[PAGE_INDEX].lang, text: bundled[PAGE_INDEX].text };
  return { bundled, page };
}

/**
 * Synthetic articles (sentences of the bundled ones shuffled, names and numbers swapped: all on the same story, the
 * worst case) that bring the bundled corpus up to `size` articles in all; none when it already has as many.
 */
export function storySynthetic(bundled: readonly CorpusDoc[], size: number): CorpusDoc[] {
  if (size <= bundled.length) return [];
  return syntheticArticles(bundled.map((d) => d.text), size - bundled.length, { seed: 7 }).map((a) =>
    toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
  );
}
