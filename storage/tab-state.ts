/**
 * Each tab's result and the article read in it, as WXT storage items in storage.session (which
 * survives the MV3 service worker being stopped, is cleared when the browser closes or the
 * extension is reloaded or updated, and never touches disk). Keys: `tab:<id>` and `article:<id>`.
 * Version 1, no migrations: session storage never outlives the build that wrote it.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { TabState } from '../messaging/protocol';
import type { ExtractedArticle } from '../extract/article';

export type TabArticle = ExtractedArticle & { url: string };

const UNKNOWN: TabState = { status: 'unknown' };
const ARTICLE_PREFIX = 'article:';

const stateItems = new Map<number, WxtStorageItem<TabState, Record<string, never>>>();
const articleItems = new Map<number, WxtStorageItem<TabArticle | null, Record<string, never>>>();

/** The item of one tab's state (`{ status: 'unknown' }` when none is stored). */
export function tabStateItem(tabId: number): WxtStorageItem<TabState, Record<string, never>> {
  let item = stateItems.get(tabId);
  if (!item) stateItems.set(tabId, (item = storage.defineItem<TabState, Record<string, never>>(`session:tab:${tabId}`, { fallback: UNKNOWN })));
  return item;
}

/** The item of the article read in one tab (null when none). */
export function tabArticleItem(tabId: number): WxtStorageItem<TabArticle | null, Record<string, never>> {
  let item = articleItems.get(tabId);
  if (!item) articleItems.set(tabId, (item = storage.defineItem<TabArticle | null, Record<string, never>>(`session:${ARTICLE_PREFIX}${tabId}`, { fallback: null })));
  return item;
}

/** Tabs whose article is stored. */
export async function storedArticleTabs(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all)
    .filter((k) => k.startsWith(ARTICLE_PREFIX) && !k.endsWith('$'))
    .map((k) => Number(k.slice(ARTICLE_PREFIX.length)))
    .filter(Number.isInteger);
}

/** Both items of a tab, removed (the tab was closed). */
export async function removeTab(tabId: number): Promise<void> {
  await storage.removeItems([tabStateItem(tabId), tabArticleItem(tabId)]);
  stateItems.delete(tabId);
  articleItems.delete(tabId);
}
