/** Compare a tab's article with the corpus, store the result, set the badge, send the page its marks. */
import type { TabArticle } from './tab-states';
import { setTabState } from './tab-states';
import { setBadge } from './badge';
import { getHeld } from './engine';
import { timed } from './timing';
import { buildMarks } from './marks';
import { citedSources, popupResult } from '../../messaging/popup-result';
import { MAX_LISTED_SOURCES, sendToTab } from '../../messaging/protocol';
import { CAUTION_THRESHOLD, DEFAULT_SETTINGS } from '../../storage/settings';
import { getSettings } from '../../storage/settings-item';

export async function analyseTab(tabId: number, article: TabArticle): Promise<number> {
  const { engine, hidden } = await getHeld();
  const settings = await getSettings().catch(() => DEFAULT_SETTINGS);
  const started = performance.now();
  const compared = engine.compare(article, { exclude: hidden, threshold: CAUTION_THRESHOLD[settings.caution] });
  timed('recoupe:compare', started);
  // Each source's language, so the popup can tell a speaker written in another language than its own.
  const result = { ...compared, sources: compared.sources.map((s) => ({ ...s, lang: engine.get(s.id)?.lang })) };
  const inCorpus = engine.findByText(article.text) !== undefined;
  // The page's day as the engine settled it (CompareResult.published): its own, else the one its lead names near its
  // sources' days; the engine already prefers the page's own day, so it is not looked up twice here.
  const published = compared.published;
  // What the popup lists, and only the texts it shows (messaging/popup-result.ts); the marks below take the whole result.
  const listed = popupResult({ ...result, sources: result.sources.slice(0, MAX_LISTED_SOURCES) });
  await setTabState(tabId, {
    status: 'done', title: article.title, lang: article.lang, result: listed, url: article.url, inCorpus, sourceCount: result.sources.length,
    cited: citedSources(listed, listed.sources, result.sources),
    ...(published ? { published } : {}),
  });
  await setBadge(tabId, result.sources.length);
  const marks = buildMarks(article.text, result, (id) => engine.get(id), published, article.lang);
  // The tab may have navigated away meanwhile: then there is nobody to mark.
  await sendToTab(tabId, 'marks:apply', { marks, textLength: article.text.length }).catch(() => undefined);
  return result.sources.length;
}
