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
  // Each listed or cited source's language, so the popup can tell a speaker written in another language than its own.
  // Looked up for those alone: at 10,000 articles a page has thousands of same-story sources, and copying every match
  // to add it cost the background 24-53 ms of CPU per page in node (session 29, load 13-16), more than the popup shows.
  const langOf = (id: string) => engine.get(id)?.lang;
  const inCorpus = engine.findByText(article.text) !== undefined;
  // The page's day as the engine settled it (CompareResult.published): its own, else the one its lead names near its
  // sources' days; the engine already prefers the page's own day, so it is not looked up twice here.
  const published = compared.published;
  // What the popup lists, and only the texts it shows (messaging/popup-result.ts); the marks below take the whole result.
  const listed = popupResult({ ...compared, sources: compared.sources.slice(0, MAX_LISTED_SOURCES).map((s) => ({ ...s, lang: langOf(s.id) })) });
  await setTabState(tabId, {
    status: 'done', title: article.title, lang: article.lang, result: listed, url: article.url, inCorpus, sourceCount: compared.sources.length,
    cited: citedSources(listed, listed.sources, compared.sources, langOf),
    ...(published ? { published } : {}),
  });
  await setBadge(tabId, compared.sources.length);
  // The marks read the sources' titles and the corpus articles themselves, not the sources' languages.
  const marks = buildMarks(article.text, compared, (id) => engine.get(id), published, article.lang);
  // The tab may have navigated away meanwhile: then there is nobody to mark.
  await sendToTab(tabId, 'marks:apply', { marks, textLength: article.text.length }).catch(() => undefined);
  return compared.sources.length;
}
