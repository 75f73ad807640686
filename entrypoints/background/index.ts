import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, type Message, type PageReport, type Requests } from '../../messaging/protocol';
import { getEngine } from './engine';
import { extractFromHtml, MAX_ARTICLE_CHARS } from '../../extract/article';
import { setBadge } from './badge';
import { forgetTab, getTabState, setTabState } from './tab-states';

async function onReport(tabId: number, report: PageReport): Promise<Requests['page:report']['res']> {
  if (report.kind === 'not-article') {
    await setTabState(tabId, { status: 'not-article' });
    await setBadge(tabId, 0);
    return { sources: 0 };
  }
  if (report.kind === 'too-long') {
    await setTabState(tabId, { status: 'too-long', chars: report.chars });
    await setBadge(tabId, 0);
    return { sources: 0 };
  }
  try {
    const article = extractFromHtml(report.html, report.lang);
    if (!article) {
      await setTabState(tabId, { status: 'not-article' });
      await setBadge(tabId, 0);
      return { sources: 0 };
    }
    if (article.text.length > MAX_ARTICLE_CHARS) {
      await setTabState(tabId, { status: 'too-long', chars: article.text.length });
      await setBadge(tabId, 0);
      return { sources: 0 };
    }
    const result = getEngine().compare(article);
    await setTabState(tabId, { status: 'done', title: article.title, lang: article.lang, result });
    await setBadge(tabId, result.sources.length);
    return { sources: result.sources.length };
  } catch (err) {
    await setTabState(tabId, { status: 'error', message: err instanceof Error ? err.message : String(err) });
    await setBadge(tabId, 0);
    return { sources: 0 };
  }
}

async function handle(msg: Message, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (msg.type) {
    case 'page:report': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { sources: 0 };
      return onReport(tabId, msg.payload as PageReport);
    }
    case 'page:analysing': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await setTabState(tabId, { status: 'analysing' });
      return { ok: true };
    }
    case 'tab:state':
      return getTabState((msg.payload as Requests['tab:state']['req']).tabId);
    case 'corpus:list':
      return getEngine()
        .list()
        .map((d) => ({ id: d.id, title: d.title, lang: d.lang, bundled: true }));
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isMessage(msg)) return undefined;
    return handle(msg, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A first install opens the welcome page: it says what Recoupe does and lists the corpus.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
});
