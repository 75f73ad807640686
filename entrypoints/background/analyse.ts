/** Compare a tab's article with the corpus, store the result, set the badge. */
import type { TabArticle } from './tab-states';
import { setTabState } from './tab-states';
import { setBadge } from './badge';
import { getHeld } from './engine';

export async function analyseTab(tabId: number, article: TabArticle): Promise<number> {
  const { engine, hidden } = await getHeld();
  const result = engine.compare(article, { exclude: hidden });
  const inCorpus = engine.findByText(article.text) !== undefined;
  await setTabState(tabId, { status: 'done', title: article.title, lang: article.lang, result, url: article.url, inCorpus });
  await setBadge(tabId, result.sources.length);
  return result.sources.length;
}
