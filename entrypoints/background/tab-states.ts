/**
 * Per-tab results, and the article read in each tab (so the reader can add it to their corpus and
 * results can be recomputed when the corpus changes). Kept in memory for speed and mirrored to
 * storage.session (storage/tab-state.ts), which survives the background being stopped (MV3 service
 * workers are stopped after ~30 s idle) but never touches disk or leaves the browser.
 */
import type { TabState } from '../../messaging/protocol';
import { removeTab, storedArticleTabs, tabArticleItem, tabStateItem, type TabArticle } from '../../storage/tab-state';

export type { TabArticle };

const states = new Map<number, TabState>();
const articles = new Map<number, TabArticle>();

/**
 * storage.session has a quota (10 MB in Chrome): a full session store must not lose the result.
 * Reads fall back to memory alone too, where a browser gives no storage.session.
 */
async function mirror(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch {
    // Memory still has it; only a worker restart would forget it.
  }
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  states.set(tabId, state);
  await mirror(() => tabStateItem(tabId).setValue(state));
}

export async function getTabState(tabId: number): Promise<TabState> {
  const m = states.get(tabId);
  if (m) return m;
  const stored = await tabStateItem(tabId).getValue().catch((): TabState => ({ status: 'unknown' }));
  if (stored.status !== 'unknown') states.set(tabId, stored);
  return stored;
}

export async function setTabArticle(tabId: number, article: TabArticle | null): Promise<void> {
  if (article) articles.set(tabId, article);
  else articles.delete(tabId);
  await mirror(() => (article ? tabArticleItem(tabId).setValue(article) : tabArticleItem(tabId).removeValue()));
}

export async function getTabArticle(tabId: number): Promise<TabArticle | undefined> {
  const m = articles.get(tabId);
  if (m) return m;
  const stored = await tabArticleItem(tabId).getValue().catch(() => null);
  if (stored) articles.set(tabId, stored);
  return stored ?? undefined;
}

/** Every tab whose article we hold, including those remembered across a worker restart. */
export async function tabsWithArticles(): Promise<number[]> {
  return [...new Set([...articles.keys(), ...(await storedArticleTabs().catch(() => []))])];
}

export async function forgetTab(tabId: number): Promise<void> {
  states.delete(tabId);
  articles.delete(tabId);
  await removeTab(tabId).catch(() => undefined);
}
