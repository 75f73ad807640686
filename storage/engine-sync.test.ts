import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Engine } from '../core/engine';
import { storyDoc } from '../core/story/index';
import { loadBundledCorpus } from '../cli/corpus-files';
import { CorpusStore } from './corpus-store';
import { addArticle, buildEngine, loadInto, removeArticle, setArticlePublished, toCorpusDoc } from './engine-sync';
import { syntheticArticles } from '../test/support/synthetic-articles';

describe('engine sync', () => {
  const bundled = loadBundledCorpus();

  it('maps a stored article to the engine\'s CorpusDoc', () => {
    const doc = toCorpusDoc({ id: 'own_1', title: 'T', lang: 'en', text: 'Text', url: 'https://x.org', addedAt: 5, ignore: [[0, 1]] });
    expect(doc).toEqual({ id: 'own_1', title: 'T', lang: 'en', text: 'Text', ignore: [[0, 1]] });
  });

  it('loads stored articles into an engine, which then finds them as sources', async () => {
    const store = await CorpusStore.open('t-engine-sync');
    // A bundled article re-added by the reader under its own id: it is a source for its siblings.
    const [first, ...rest] = bundled;
    const stored = await store.add({ title: first.title, lang: first.lang, text: first.text, ignore: first.ignore });
    await store.add({ ...syntheticArticles([first.text], 1, { seed: 3 })[0] });
    const engine = new Engine(rest);
    expect(await loadInto(engine, store)).toBe(2);
    expect(engine.size).toBe(rest.length + 2);
    const page = bundled[3];
    const r = engine.compare({ title: page.title, lang: page.lang, text: page.text });
    expect(r.sources.map((s) => s.id)).toContain(stored.id);
    // Incremental removal: the engine forgets it without a rebuild.
    engine.remove(stored.id);
    await store.remove(stored.id);
    expect(engine.compare({ title: page.title, lang: page.lang, text: page.text }).sources.map((s) => s.id)).not.toContain(stored.id);
    store.close();
  });

  it('does not replace an article the engine already holds under the same id', async () => {
    const store = await CorpusStore.open('t-engine-sync-dup');
    const b = bundled[0];
    await store.add({ id: b.id, title: 'Reader copy', lang: b.lang, text: b.text + ' ' });
    const engine = new Engine(bundled);
    expect(await loadInto(engine, store)).toBe(0);
    expect(engine.get(b.id)?.title).toBe(b.title);
    store.close();
  });
});

describe('buildEngine (cached story entries)', () => {
  const bundled = loadBundledCorpus();
  const page = bundled[3];
  const pageInput = { title: page.title, lang: page.lang, text: page.text };

  it('gives the same results as loadInto, computing entries once then reading them from the cache', async () => {
    const store = await CorpusStore.open('t-build-engine');
    await store.importAll(
      syntheticArticles(bundled.map((d) => d.text), 40, { seed: 5 }).map((a, i) => ({ ...a, id: `s${i}`, addedAt: i, ignore: [] })),
    );
    const reference = new Engine(bundled);
    await loadInto(reference, store);
    const expected = reference.compare(pageInput);

    const cold = await buildEngine(bundled, store, { indexKey: 'v1' });
    expect([cold.cached, cold.computed, cold.cacheError]).toEqual([0, 40, undefined]);
    expect(cold.engine.size).toBe(45);
    expect(cold.engine.compare(pageInput)).toEqual(expected);

    const warm = await buildEngine(bundled, store, { indexKey: 'v1' });
    expect([warm.cached, warm.computed]).toEqual([40, 0]);
    expect(warm.engine.compare(pageInput)).toEqual(expected);

    // Another engine build: its entries may differ, so all are recomputed.
    const other = await buildEngine(bundled, store, { indexKey: 'v2' });
    expect([other.cached, other.computed]).toEqual([0, 40]);

    // Removing drops the cached entry with the article.
    await removeArticle(warm.engine, store, 's0');
    expect(warm.engine.has('s0')).toBe(false);
    expect((await store.storyDocs('v2')).has('s0')).toBe(false);
    const after = await buildEngine(bundled, store, { indexKey: 'v2' });
    expect([after.cached, after.computed, after.engine.size]).toEqual([39, 0, 44]);
    store.close();
  });

  it('addArticle stores then indexes; the same text twice changes nothing', async () => {
    const store = await CorpusStore.open('t-add-article');
    const engine = new Engine(bundled);
    const input = syntheticArticles([page.text], 1, { seed: 9 })[0];
    const a = await addArticle(engine, store, input);
    expect(engine.has(a.id)).toBe(true);
    expect(await addArticle(engine, store, input)).toEqual(a);
    expect([engine.size, await store.count()]).toEqual([bundled.length + 1, 1]);
    store.close();
  });

  it('setArticlePublished stores the day, drops its cached story entry and re-indexes that article only', async () => {
    const store = await CorpusStore.open('t-set-published');
    const [x, y] = syntheticArticles([page.text], 2, { seed: 11 });
    const { engine } = await buildEngine(bundled, store, { indexKey: 'k' });
    const a = await addArticle(engine, store, { ...x!, published: undefined });
    const b = await addArticle(engine, store, { ...y!, published: undefined });
    await store.saveStoryDocs('k', [storyDoc(toCorpusDoc(a))]);
    const other = engine.get(b.id);
    expect(engine.get(a.id)?.published).toBeUndefined();
    expect((await setArticlePublished(engine, store, a.id, '2024-03-05'))?.published).toBe('2024-03-05');
    expect(engine.get(a.id)?.published).toBe('2024-03-05');
    expect((await store.get(a.id))?.published).toBe('2024-03-05');
    expect((await store.storyDocs('k')).has(a.id)).toBe(false);
    // The other article is the very same object: not re-indexed.
    expect(engine.get(b.id)).toBe(other);
    // Cleared again; a day that is no day is refused and changes nothing; an unknown id is no article.
    await setArticlePublished(engine, store, a.id, null);
    expect(engine.get(a.id)?.published).toBeUndefined();
    await expect(setArticlePublished(engine, store, a.id, '2024-02-31')).rejects.toThrow(/plausible/);
    expect(await setArticlePublished(engine, store, 'nope', '2024-03-05')).toBeUndefined();
    expect(engine.size).toBe(bundled.length + 2);
    store.close();
  });
});
