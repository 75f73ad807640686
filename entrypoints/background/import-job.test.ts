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
  it('reports progress slice by slice, then the write; stores, indexes and caches the entries', async () => {
    const list = articles(job.IMPORT_SLICE * 2 + 7);
    const seen: ImportProgress[] = [];
    const r = await job.importArticles(list, { onProgress: (p) => seen.push(p) });
    expect(r).toEqual({ ok: true, added: list.length, skipped: 0 });
    const total = list.length;
    expect(seen).toEqual([
      { phase: 'indexing', done: 0, total },
      { phase: 'indexing', done: job.IMPORT_SLICE, total },
      { phase: 'indexing', done: job.IMPORT_SLICE * 2, total },
      { phase: 'indexing', done: total, total },
      { phase: 'saving', done: total, total },
    ]);
    const { engine, store } = held.current;
    expect(list.every((a) => engine.has(a.id) && engine.get(a.id)?.published === '2024-10-28')).toBe(true);
    expect(await store!.count()).toBe(total);
    expect((await store!.storyDocs(VERSION)).size).toBe(total);
  });

  it('cancelled between slices: nothing is written, nothing indexed', async () => {
    const list = articles(job.IMPORT_SLICE * 3);
    let slices = 0;
    const r = await job.importArticles(list, { onProgress: (p) => void (p.phase === 'indexing' && p.done > 0 && slices++), cancelled: () => slices >= 2 });
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

  it('keeps the background free: it pauses between slices', async () => {
    const pause = vi.fn(async () => undefined);
    await job.importArticles(articles(job.IMPORT_SLICE * 2), { pause });
    expect(pause).toHaveBeenCalledTimes(2);
  });
});
