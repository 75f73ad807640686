/**
 * The long import: progress in slices, cancel writes nothing, duplicates skipped and counted, the
 * one write all or nothing, story entries cached with the articles.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '../../test/support/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../core/engine';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { CorpusStore } from '../../storage/corpus-store';
import { validateArticle, type StoredArticle } from '../../storage/article';
import type { ImportProgress } from '../../messaging/protocol';
import type { Held } from './engine';

const bundled = loadBundledCorpus();
const held = vi.hoisted(() => ({ current: undefined as unknown as Held }));

vi.mock('webextension-polyfill', async () => ({ default: (await import('../../test/support/fake-browser')).fakeBrowser }));
vi.mock('./engine', async () => ({
  getHeld: async () => held.current,
  BUNDLED_IDS: new Set((await import('../../cli/corpus-files')).loadBundledCorpus().map((d) => d.id)),
}));
vi.mock('./badge', () => ({ setBadge: async () => undefined }));
vi.mock('./search', () => ({ invalidateSearch: vi.fn() }));

const job = await import('./import-job');

const VERSION = '9.9.9';
let serial = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.runtime.getManifest = (() => ({ version: VERSION })) as unknown as typeof fakeBrowser.runtime.getManifest;
  held.current = { engine: new Engine(bundled), store: await CorpusStore.open(`t-import-job-${++serial}`), hidden: new Set() };
});

/** `n` distinct articles made from the bundled texts (each a different slice). */
function articles(n: number, from = 0): StoredArticle[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const d = bundled[i % bundled.length];
    return validateArticle({ title: `Mine ${i}`, lang: d.lang, text: `${i}. ${d.text.slice(0, 1500)}`, published: '2024-10-28' }, `a${i}`, i, 1);
  });
}

describe('importArticles', () => {
  it('reports progress, then the write; stores, indexes and caches the entries', async () => {
    const list = articles(23);
    const seen: ImportProgress[] = [];
    // A clock 20 ms further at each look: slices of two entries, progress every other slice or so.
    let t = 0;
    const r = await job.importArticles(list, { onProgress: (p) => seen.push(p), now: () => (t += 20) });
    expect(r).toEqual({ ok: true, added: list.length, skipped: 0 });
    const total = list.length;
    expect(seen[0]).toEqual({ phase: 'indexing', done: 0, total });
    expect(seen.slice(-2)).toEqual([{ phase: 'indexing', done: total, total }, { phase: 'saving', done: total, total }]);
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.length).toBeLessThan(total);
    const { engine, store } = held.current;
    expect(list.every((a) => engine.has(a.id) && engine.get(a.id)?.published === '2024-10-28')).toBe(true);
    expect(await store!.count()).toBe(total);
    expect((await store!.storyDocs(VERSION)).size).toBe(total);
  });

  it('cancelled between slices: nothing is written, nothing indexed', async () => {
    const list = articles(30);
    let pauses = 0;
    let t = 0;
    const r = await job.importArticles(list, { pause: async () => void pauses++, cancelled: () => pauses >= 2, now: () => (t += job.IMPORT_SLICE_MS) });
    expect(r).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await held.current.store!.count()).toBe(0);
    expect((await held.current.store!.storyDocs(VERSION)).size).toBe(0);
    expect(list.some((a) => held.current.engine.has(a.id))).toBe(false);
  });

  it('skips and counts articles already in the corpus (same id, or same text under another id)', async () => {
    const list = articles(4);
    expect(await job.importArticles(list.slice(0, 2))).toEqual({ ok: true, added: 2, skipped: 0 });
    const sameText = { ...list[1], id: 'another-id' };
    expect(await job.importArticles([...list, sameText])).toEqual({ ok: true, added: 2, skipped: 3 });
    expect(await held.current.store!.count()).toBe(4);
  });

  it('a bad article in the list: a typed failure and nothing written', async () => {
    const list: StoredArticle[] = [...articles(3), { ...articles(1, 3)[0], lang: 'de' as 'fr' }];
    const r = await job.importArticles(list);
    expect(r).toMatchObject({ ok: false, code: 'schema', message: expect.stringMatching(/^articles\[3\]\.lang/) });
    expect(await held.current.store!.count()).toBe(0);
  });

  it('keeps the background free: it pauses each time a slice has taken IMPORT_SLICE_MS', async () => {
    // Every entry "takes" a whole slice: one pause per article.
    let t = 0;
    const pause = vi.fn(async () => undefined);
    await job.importArticles(articles(7), { pause, now: () => (t += job.IMPORT_SLICE_MS) });
    expect(pause).toHaveBeenCalledTimes(7);
    // A fast clock: one slice for all.
    const fast = vi.fn(async () => undefined);
    await job.importArticles(articles(7, 7), { pause: fast, now: () => 0 });
    expect(fast).toHaveBeenCalledTimes(1);
  });
});
