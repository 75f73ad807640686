/**
 * Per-tab results, and the article read in each tab (so the reader can add it to their corpus and
 * results can be recomputed when the corpus changes). Kept in memory for speed and mirrored to
 * storage.session, which survives the background being stopped (MV3 service workers are stopped
 * after ~30 s idle) but never touches disk or leaves the browser.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../../messaging/protocol';
import type { ExtractedArticle } from '../../extract/article';

export type TabArticle = ExtractedArticle & { url: string };

const STATE = (tabId: number) => `tab:${tabId}`;
const ARTICLE = (tabId: number) => `article:${tabId}`;
const states = new Map<number, TabState>();
const articles = new Map<number, TabArticle>();

type SessionArea = { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string | string[]): Promise<void> };

function session(): SessionArea | undefined {
  return (browser.storage as unknown as { session?: SessionArea }).session;
}

/** storage.session has a quota (10 MB in Chrome): a full session store must not lose the result. */
async function mirror(values: Record<string, unknown>): Promise<void> {
  try {
    await session()?.set(values);
  } catch {
    // Memory still has it; only a worker restart would forget it.
  }
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  states.set(tabId, state);
  await mirror({ [STATE(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabState> {
  const m = states.get(tabId);
  if (m) return m;
  const stored = (await session()?.get(STATE(tabId)))?.[STATE(tabId)] as TabState | undefined;
  if (stored) states.set(tabId, stored);
  return stored ?? { status: 'unknown' };
}

export async function setTabArticle(tabId: number, article: TabArticle | null): Promise<void> {
  if (article) {
    articles.set(tabId, article);
    await mirror({ [ARTICLE(tabId)]: article });
  } else {
    articles.delete(tabId);
    await session()?.remove(ARTICLE(tabId));
  }
}

export async function getTabArticle(tabId: number): Promise<TabArticle | undefined> {
  const m = articles.get(tabId);
  if (m) return m;
  const stored = (await session()?.get(ARTICLE(tabId)))?.[ARTICLE(tabId)] as TabArticle | undefined;
  if (stored) articles.set(tabId, stored);
  return stored;
}

/** Every tab whose article we hold, including those remembered across a worker restart. */
export async function tabsWithArticles(): Promise<number[]> {
  const ids = new Set(articles.keys());
  const all = (await session()?.get(null)) ?? {};
  for (const k of Object.keys(all)) if (k.startsWith('article:')) ids.add(Number(k.slice('article:'.length)));
  return [...ids];
}

export async function forgetTab(tabId: number): Promise<void> {
  states.delete(tabId);
  articles.delete(tabId);
  await session()?.remove([STATE(tabId), ARTICLE(tabId)]);
}
