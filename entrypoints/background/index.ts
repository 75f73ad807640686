import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, type Message, type PageReport, type Requests } from '../../messaging/protocol';
import { extractFromHtml, MAX_ARTICLE_CHARS } from '../../extract/article';
import { setBadge } from './badge';
import { analyseTab } from './analyse';
import { timed } from './timing';
import { forgetTab, getTabState, setTabArticle, setTabState } from './tab-states';
import { addTab, exportMine, importFile, listCorpus, reanalyseOpenTabs, removeMine, setHidden } from './corpus-ops';
import { onSettingsChanged } from '../../messaging/settings';
import { invalidateSearch, searchCorpus } from './search';

async function nothingToShow(tabId: number, state: Parameters<typeof setTabState>[1]): Promise<{ sources: number }> {
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
    const article = extractFromHtml(report.html, report.lang);
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

async function handle(msg: Message, sender: browser.Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (msg.type.startsWith('corpus:') && msg.type !== 'corpus:search' && msg.type !== 'corpus:list') invalidateSearch();
  switch (msg.type) {
    case 'page:report':
      return tabId === undefined ? { sources: 0 } : onReport(tabId, msg.payload as PageReport);
    case 'page:analysing':
      if (tabId !== undefined) await setTabState(tabId, { status: 'analysing' });
      return { ok: true };
    case 'tab:state':
      return getTabState((msg.payload as Requests['tab:state']['req']).tabId);
    case 'corpus:list':
      return listCorpus();
    case 'corpus:add-tab':
      return addTab((msg.payload as Requests['corpus:add-tab']['req']).tabId);
    case 'corpus:remove':
      return removeMine((msg.payload as Requests['corpus:remove']['req']).id);
    case 'corpus:set-hidden': {
      const p = msg.payload as Requests['corpus:set-hidden']['req'];
      return setHidden(p.id, p.hidden);
    }
    case 'corpus:import':
      return importFile((msg.payload as Requests['corpus:import']['req']).fileText);
    case 'corpus:export':
      return exportMine();
    case 'corpus:search': {
      const p = msg.payload as Requests['corpus:search']['req'];
      return searchCorpus(String(p.query ?? ''), p.limit);
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isMessage(msg)) return undefined;
    return handle(msg, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // "How cautious matching is" changes results: recompute open tabs at once.
  onSettingsChanged(() => void reanalyseOpenTabs());
  // A first install opens the welcome page: it says what Recoupe does and lists the corpus.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
});
