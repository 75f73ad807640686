/**
 * The corpus and the page that scripts/bench/_first-compare-child.ts times and scripts/dev/first-compare-profile.ts
 * profiles, in one place so that the profile is always of what the bench measures.
 */
import { loadBundledCorpus } from '../../cli/corpus-files';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';

/** Repeats of the bundled corpus that make the huge page (~190,000 characters, as core/engine.test.ts). */
const HUGE_REPEATS = 12;
/** The bundled article of ~4,200 characters: a real French article of ordinary length. */
const ARTICLE_INDEX = 2;

/** The bundled corpus, synthetic articles up to `size` in all, and the page: one ordinary article or the huge one. */
export function firstCompareSetup(size: number, kind: string) {
  const bundled = loadBundledCorpus();
  const synthetic =
    size > bundled.length
      ? syntheticArticles(bundled.map((d) => d.text), size - bundled.length, { seed: 7 }).map((a) =>
          toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
        )
      : [];
  const page =
    kind === 'huge'
      ? { title: bundled[0].title, lang: 'fr' as const, text: bundled.map((d) => d.text).join('\n').repeat(HUGE_REPEATS) }
      : { title: bundled[ARTICLE_INDEX].title, lang: bundled[ARTICLE_INDEX].lang, text: bundled[ARTICLE_INDEX].text };
  return { bundled, synthetic, page };
}
