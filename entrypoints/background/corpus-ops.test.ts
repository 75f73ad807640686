/**
 * The background's corpus operations against a real engine (the bundled corpus) and a real store
 * (IndexedDB from fake-indexeddb), with WXT's fake browser for storage.session: what each answers,
 * what it changes, and that tabs' results follow.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '../../test/support/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../core/engine';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { CorpusStore } from '../../storage/corpus-store';
import { exportCorpusParts } from '../../storage/exchange';
import type { Held } from './engine';

const bundled = loadBundledCorpus();
const held = vi.hoisted(() => ({ current: undefined as unknown as Held }));
const badges = vi.hoisted(() => new Map<number, number>());
const toTabs: Array<{ tabId: number; msg: unknown }> = [];

vi.mock('webextension-polyfill', async () => ({ default: (await import('../../test/support/fake-browser')).fakeBrowser }));
vi.mock('./engine', async () => ({
  getHeld: async () => held.current,
  BUNDLED_IDS: new Set((await import('../../cli/corpus-files')).loadBundledCorpus().map((d) => d.id)),
}));
vi.mock('./badge', () => ({ setBadge: async (tabId: number, n: number) => void badges.set(tabId, n) }));
vi.mock('./search', () => ({ invalidateSearch: vi.fn() }));

const ops = await import('./corpus-ops');
const job = await import('./import-job');
const tabs = await import('./tab-states');
const { invalidateSearch } = await import('./search');

let serial = 0;
async function fresh(store = true): Promise<void> {
  held.current = { engine: new Engine(bundled), store: store ? await CorpusStore.open(`t-corpus-ops-${++serial}`) : null, hidden: new Set() };
}

/** A tab that read bundled article `i` (as if the reader found it on the web). */
async function tabReading(tabId: number, i: number): Promise<void> {
  const d = bundled[i];
  await tabs.setTabArticle(tabId, { title: d.title, lang: d.lang, text: d.text, url: `https://news.example.org/${i}` });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // The story cache's key (import-job.ts caches the entries it computes under the build's version).
  fakeBrowser.runtime.getManifest = (() => ({ version: '0.0.0-test' })) as unknown as typeof fakeBrowser.runtime.getManifest;
  // Cards' labels: the bundled English (ui-text/i18n.ts falls back to it).
  fakeBrowser.i18n.getMessage = () => '';
  // What the background sends the tabs' content scripts (their marks).
  toTabs.length = 0;
  fakeBrowser.tabs.sendMessage = (async (tabId: number, msg: unknown) => void toTabs.push({ tabId, msg })) as typeof fakeBrowser.tabs.sendMessage;
  badges.clear();
  vi.mocked(invalidateSearch).mockClear();
  await fresh();
});

describe('corpus operations', () => {
  it('lists the bundled articles, then the reader\'s', async () => {
    const list = await ops.listCorpus();
    expect(list.map((e) => e.id)).toEqual(bundled.map((d) => d.id));
    expect(list.every((e) => e.bundled && !e.hidden && e.chars > 0)).toBe(true);
  });

  it('adds the article read in a tab: stored, indexed, search dropped, the tab re-analysed', async () => {
    // The page is a copy of 002 under a new address; 002 itself is hidden so it is not its own twin.
    held.current.hidden.add(bundled[2].id);
    await tabReading(7, 2);
    const r = await ops.addTab(7);
    expect(r).toEqual({ ok: true, id: expect.any(String) });
    if (!r.ok) return;
    expect(held.current.engine.has(r.id)).toBe(true);
    expect((await held.current.store!.get(r.id))?.url).toBe('https://news.example.org/2');
    expect(invalidateSearch).toHaveBeenCalledTimes(1);
    const state = await tabs.getTabState(7);
    expect(state).toMatchObject({ status: 'done', inCorpus: true });
    expect(badges.get(7)).toBeGreaterThan(0);
    expect(toTabs).toEqual([{ tabId: 7, msg: { type: 'marks:apply', payload: expect.objectContaining({ textLength: bundled[2].text.length }) } }]);
    expect((await ops.listCorpus()).filter((e) => !e.bundled).map((e) => e.id)).toEqual([r.id]);
  });

  it('keeps the page\'s publication day: stored, given to the engine, listed, and shown on the tab', async () => {
    held.current.hidden.add(bundled[3].id);
    const d = bundled[3];
    await tabs.setTabArticle(8, { title: d.title, lang: d.lang, text: d.text, url: 'https://news.example.org/3', published: '2024-12-05' });
    const r = await ops.addTab(8);
    if (!r.ok) throw new Error(r.message);
    expect((await held.current.store!.get(r.id))?.published).toBe('2024-12-05');
    expect(held.current.engine.get(r.id)?.published).toBe('2024-12-05');
    const listed = await ops.listCorpus();
    expect(listed.find((e) => e.id === r.id)?.published).toBe('2024-12-05');
    expect(listed.find((e) => e.id === bundled[0].id)?.published).toBe(bundled[0].published);
    expect(await tabs.getTabState(8)).toMatchObject({ status: 'done', published: '2024-12-05' });
    // A page without a date, or with a date no page can have, is stored without one.
    await tabs.setTabArticle(9, { title: 'T', lang: 'fr', text: `${bundled[1].text} (copie)`, url: 'https://news.example.org/9', published: '2999-01-01' });
    const r2 = await ops.addTab(9);
    if (!r2.ok) throw new Error(r2.message);
    expect((await held.current.store!.get(r2.id))?.published).toBeUndefined();
  });

  it('refuses with typed codes: no article in the tab, a bundled article removed, no store', async () => {
    expect(await ops.addTab(99)).toMatchObject({ ok: false, code: 'no-article' });
    expect(await ops.removeMine(bundled[0].id)).toMatchObject({ ok: false, code: 'bundled' });
    await fresh(false);
    await tabReading(1, 0);
    expect(await ops.addTab(1)).toMatchObject({ ok: false, code: 'no-store' });
    expect(await job.importFile('{}')).toMatchObject({ ok: false, code: 'no-store' });
    expect(await ops.exportMine()).toMatchObject({ ok: false, code: 'no-store' });
    expect(invalidateSearch).not.toHaveBeenCalled();
  });

  it('removes one of the reader\'s articles: gone from store and engine, search dropped', async () => {
    await tabReading(3, 1);
    const added = await ops.addTab(3);
    if (!added.ok) throw new Error(added.message);
    vi.mocked(invalidateSearch).mockClear();
    expect(await ops.removeMine(added.id)).toEqual({ ok: true });
    expect(held.current.engine.has(added.id)).toBe(false);
    expect(await held.current.store!.get(added.id)).toBeUndefined();
    expect(invalidateSearch).toHaveBeenCalledTimes(1);
  });

  it('hides and shows a bundled article (kept in the store); search is not rebuilt for that', async () => {
    const id = bundled[4].id;
    expect(await ops.setHidden(id, true)).toEqual({ ok: true });
    expect(held.current.hidden.has(id)).toBe(true);
    expect(await held.current.store!.getHiddenBundled()).toEqual([id]);
    expect((await ops.listCorpus()).find((e) => e.id === id)?.hidden).toBe(true);
    expect(await ops.setHidden(id, false)).toEqual({ ok: true });
    expect(held.current.hidden.size).toBe(0);
    expect(invalidateSearch).not.toHaveBeenCalled();
  });

  it('imports a file all or nothing, and exports what it imported', async () => {
    const articles = [0, 1].map((i) => ({ id: `own_t${i}`, title: `Mine ${i}`, lang: 'fr' as const, text: bundled[i].text.slice(0, 2000), addedAt: 1 + i, ignore: [] as Array<[number, number]> }));
    const [file] = exportCorpusParts(articles);
    const r = await job.importFile(file);
    expect(r).toEqual({ ok: true, added: 2, skipped: 0 });
    expect(invalidateSearch).toHaveBeenCalledTimes(1);
    expect(articles.every((a) => held.current.engine.has(a.id))).toBe(true);
    expect(await job.importFile(file)).toEqual({ ok: true, added: 0, skipped: 2 });

    const bad = await job.importFile('{"format": "recoupe-corpus", "version": 1, "articles": [{"id": "x"}]}');
    expect(bad).toMatchObject({ ok: false, code: expect.stringMatching(/^(missing-field|schema)$/) });
    expect(await job.importFile('not json')).toMatchObject({ ok: false, code: 'not-json' });

    const out = await ops.exportMine();
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const exported = out.files.flatMap((f) => JSON.parse(f).articles as Array<{ id: string }>);
    expect(exported.map((a) => a.id).sort()).toEqual(['own_t0', 'own_t1']);
  });
});
