/**
 * What the background answers, one handler per message type of messaging/protocol.ts (`Requests`);
 * the compiler checks that every type is handled and each answer has its type's shape.
 */
import type { PageReport, Requests, TabState } from '../../messaging/protocol';
import type { HandlerMap } from '../../messaging/router';
import { extractFromHtml, MAX_ARTICLE_CHARS } from '../../extract/article';
import { setBadge } from './badge';
import { analyseTab } from './analyse';
import { timed } from './timing';
import { getTabState, setTabArticle, setTabState } from './tab-states';
import { addTab, exportMine, listCorpus, removeMine, setHidden, setPublished } from './corpus-ops';
import { importFile } from './import-job';
import { searchCorpus } from './search';

async function nothingToShow(tabId: number, state: TabState): Promise<{ sources: number }> {
  await setTabArticle(tabId, null);
  await setTabState(tabId, state);
  await setBadge(tabId, 0);
  return { sources: 0 };
}

async function onReport(tabId: number, report: PageReport): Promise<Requests['page:report']['res']> {
  if (report.kind === 'not-article') return nothingToShow(tabId, { status: 'not-article' });
  if (report.kind === 'silent') return nothingToShow(tabId, { status: 'silent' });
  if (report.kind === 'too-long') return nothingToShow(tabId, { status: 'too-long', chars: report.chars });
  try {
    const received = performance.now();
    const article = extractFromHtml(report.html, report.lang, report.url);
    timed('recoupe:extract', received);
    if (!article) return nothingToShow(tabId, { status: 'not-article' });
    if (article.text.length > MAX_ARTICLE_CHARS) return nothingToShow(tabId, { status: 'too-long', chars: article.text.length });
    const tabArticle = { ...article, url: report.url };
    await setTabArticle(tabId, tabArticle);
    const sources = await analyseTab(tabId, tabArticle);
    timed('recoupe:report-to-marks', received);
    return { sources };
  } catch (err) {
    return nothingToShow(tabId, { status: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

export const handlers: HandlerMap<Requests> = {
  'page:report': async (report, sender) => (sender.tab?.id === undefined ? { sources: 0 } : onReport(sender.tab.id, report)),
  'page:analysing': async (_, sender) => {
    if (sender.tab?.id !== undefined) await setTabState(sender.tab.id, { status: 'analysing' });
    return { ok: true };
  },
  'tab:state': ({ tabId }) => getTabState(tabId),
  'corpus:list': () => listCorpus(),
  'corpus:add-tab': ({ tabId }) => addTab(tabId),
  'corpus:remove': ({ id }) => removeMine(id),
  'corpus:set-hidden': ({ id, hidden }) => setHidden(id, hidden),
  'corpus:set-published': ({ id, published }) => setPublished(id, published),
  'corpus:import': ({ fileText }) => importFile(fileText),
  'corpus:export': () => exportMine(),
  'corpus:search': ({ query, limit }) => searchCorpus(String(query ?? ''), limit),
};
