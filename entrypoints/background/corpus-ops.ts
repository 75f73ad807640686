/**
 * The reader's corpus operations, as the background answers them. Every change updates the index
 * incrementally, drops the search index when the articles changed (hiding one does not: search
 * leaves hidden articles out at query time), then recomputes the results of open tabs, so badges
 * and popups stay true.
 */
import { exportCorpusParts } from '../../storage/exchange';
import { addArticle, removeArticle, setArticlePublished } from '../../storage/engine-sync';
import { isCorpusError } from '../../storage/errors';
import type { CorpusEntry, CorpusFailure, CorpusOutcome } from '../../messaging/protocol';
import { BUNDLED_IDS, getHeld } from './engine';
import { analyseTab } from './analyse';
import { getTabArticle, tabsWithArticles } from './tab-states';
import { invalidateSearch } from './search';

function failure(e: unknown): CorpusFailure {
  if (isCorpusError(e)) return { ok: false, code: e.code, message: e.message };
  return { ok: false, code: 'storage', message: e instanceof Error ? e.message : String(e) };
}

async function noStore(): Promise<CorpusFailure> {
  return { ok: false, code: 'no-store', message: 'this browser gives Recoupe no storage here (private window?): your own corpus is unavailable' };
}

export async function reanalyseOpenTabs(): Promise<void> {
  for (const tabId of await tabsWithArticles()) {
    const a = await getTabArticle(tabId);
    if (a) await analyseTab(tabId, a).catch(() => undefined);
  }
}

export async function listCorpus(): Promise<CorpusEntry[]> {
  const { engine, store, hidden } = await getHeld();
  const bundled: CorpusEntry[] = engine
    .list()
    .filter((d) => BUNDLED_IDS.has(d.id))
    .map((d) => ({ id: d.id, title: d.title, lang: d.lang, bundled: true, hidden: hidden.has(d.id), chars: d.text.length, published: d.published }));
  const mine: CorpusEntry[] = store
    ? (await store.list()).map((a) => ({ id: a.id, title: a.title, lang: a.lang, bundled: false, hidden: false, url: a.url, addedAt: a.addedAt, chars: a.chars, published: a.published }))
    : [];
  return [...bundled, ...mine];
}

export async function addTab(tabId: number): Promise<CorpusOutcome<{ id: string }>> {
  const { engine, store } = await getHeld();
  if (!store) return noStore();
  const article = await getTabArticle(tabId);
  if (!article) return { ok: false, code: 'no-article', message: 'no article was read in this tab' };
  try {
    const url = /^https?:/.test(article.url) ? article.url : undefined;
    const stored = await addArticle(engine, store, { title: article.title || article.text.slice(0, 80), lang: article.lang, text: article.text, url, published: article.published });
    invalidateSearch();
    await analyseTab(tabId, article);
    return { ok: true, id: stored.id };
  } catch (e) {
    return failure(e);
  }
}

export async function removeMine(id: string): Promise<CorpusOutcome<Record<never, never>>> {
  const { engine, store } = await getHeld();
  if (!store) return noStore();
  if (BUNDLED_IDS.has(id)) return { ok: false, code: 'bundled', message: 'bundled articles can be hidden, not removed' };
  try {
    await removeArticle(engine, store, id);
    invalidateSearch();
    await reanalyseOpenTabs();
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

/** The reader sets (YYYY-MM-DD) or clears (null) the publication day of one of their articles. */
export async function setPublished(id: string, day: string | null): Promise<CorpusOutcome<Record<never, never>>> {
  const { engine, store } = await getHeld();
  if (!store) return noStore();
  if (BUNDLED_IDS.has(id)) return { ok: false, code: 'bundled', message: 'a bundled article keeps its own day' };
  try {
    if (!(await setArticlePublished(engine, store, id, day))) return { ok: false, code: 'no-article', message: `no stored article ${id}` };
    await reanalyseOpenTabs();
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

export async function setHidden(id: string, hide: boolean): Promise<CorpusOutcome<Record<never, never>>> {
  const held = await getHeld();
  if (!held.store) return noStore();
  const next = new Set(held.hidden);
  if (hide) next.add(id);
  else next.delete(id);
  try {
    await held.store.setHiddenBundled([...next]);
    held.hidden = next;
    await reanalyseOpenTabs();
    return { ok: true };
  } catch (e) {
    return failure(e);
  }
}

export async function exportMine(): Promise<CorpusOutcome<{ files: string[] }>> {
  const { store } = await getHeld();
  if (!store) return noStore();
  try {
    return { ok: true, files: exportCorpusParts(await store.all()) };
  } catch (e) {
    return failure(e);
  }
}
