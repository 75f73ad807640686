import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore, type StoredArticle } from './corpus-store';
import { CorpusError } from './errors';
import { idForText } from './text-id';

let n = 0;
const opened: CorpusStore[] = [];
/** A fresh database per test: fake-indexeddb is one global factory for the whole file. */
async function fresh(name = `t-store-${++n}`): Promise<CorpusStore> {
  const s = await CorpusStore.open(name);
  opened.push(s);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const art = (i: number) => ({ title: `Titre ${i}`, lang: 'fr' as const, text: `Texte numéro ${i}. Des troupes à Koursk.` });

describe('CorpusStore', () => {
  it('adds, gets, lists without texts, counts and removes', async () => {
    const s = await fresh();
    const a = await s.add({ ...art(1), url: 'https://example.org/a' });
    expect(a.id).toBe(idForText(art(1).text));
    expect(a.ignore).toEqual([]);
    expect(typeof a.addedAt).toBe('number');
    await s.add(art(2));
    expect(await s.count()).toBe(2);
    expect(await s.get(a.id)).toEqual(a);
    const list = await s.list();
    expect(list).toHaveLength(2);
    const row = list.find((r) => r.id === a.id)!;
    expect(row).toEqual({ id: a.id, title: a.title, lang: 'fr', url: 'https://example.org/a', addedAt: a.addedAt, ignore: [], chars: a.text.length });
    expect('text' in row).toBe(false);
    expect((await s.all()).map((x) => x.text).sort()).toEqual([art(1).text, art(2).text].sort());
    await s.remove(a.id);
    expect(await s.count()).toBe(1);
    expect(await s.get(a.id)).toBeUndefined();
    await s.remove('not-there'); // removing what is absent is not an error
  });

  it('dedupes: the same text twice returns the stored article', async () => {
    const s = await fresh();
    const a = await s.add(art(1));
    const again = await s.add({ ...art(1), title: 'Another title' });
    expect(again).toEqual(a);
    // Even under an explicit id, the same text is recognised.
    expect(await s.add({ ...art(1), id: 'custom-id' })).toEqual(a);
    expect(await s.count()).toBe(1);
  });

  it('refuses an explicit id already used by another text', async () => {
    const s = await fresh();
    await s.add({ ...art(1), id: 'mine' });
    const err = await s.add({ ...art(2), id: 'mine' }).catch((e) => e);
    expect(err).toBeInstanceOf(CorpusError);
    expect(err.code).toBe('duplicate');
    expect(err.message).toContain('mine');
    expect(await s.count()).toBe(1);
  });

  it('validates what it adds', async () => {
    const s = await fresh();
    const e1 = await s.add({ ...art(1), lang: 'de' as 'fr' }).catch((e) => e);
    expect([e1.code, e1.message]).toEqual(['schema', expect.stringContaining('article.lang')]);
    const e2 = await s.add({ ...art(1), text: 'x'.repeat(200_001) }).catch((e) => e);
    expect([e2.code, e2.message]).toEqual(['field-too-large', expect.stringContaining('article.text')]);
    const e3 = await s.add({ ...art(1), url: 'javascript:alert(1)' }).catch((e) => e);
    expect([e3.code, e3.message]).toEqual(['schema', expect.stringContaining('article.url')]);
    expect(await s.count()).toBe(0);
  });

  it('persists across close and reopen', async () => {
    const name = `t-persist-${++n}`;
    const s1 = await CorpusStore.open(name);
    const a = await s1.add(art(1));
    await s1.setHiddenBundled(['000_598e05ccc0ed899b.txt']);
    s1.close();
    const s2 = await fresh(name);
    expect(await s2.get(a.id)).toEqual(a);
    expect(await s2.count()).toBe(1);
    expect(await s2.getHiddenBundled()).toEqual(['000_598e05ccc0ed899b.txt']);
  });

  it('stores hidden bundled ids (deduplicated)', async () => {
    const s = await fresh();
    expect(await s.getHiddenBundled()).toEqual([]);
    await s.setHiddenBundled(['b', 'a', 'b']);
    expect(await s.getHiddenBundled()).toEqual(['b', 'a']);
    await s.setHiddenBundled([]);
    expect(await s.getHiddenBundled()).toEqual([]);
    const err = await s.setHiddenBundled([1 as unknown as string]).catch((e) => e);
    expect(err.code).toBe('schema');
  });

  it('imports many, skipping what is already stored', async () => {
    const s = await fresh();
    await s.add(art(1));
    const now = Date.now();
    const batch: StoredArticle[] = [1, 2, 3].map((i) => ({ ...art(i), id: `a${i}`, addedAt: now, ignore: [] }));
    expect(await s.importAll(batch)).toMatchObject({ added: 2, skipped: 1 });
    expect(await s.count()).toBe(3);
    expect(await s.importAll(batch)).toMatchObject({ added: 0, skipped: 3 });
  });

  it('import is atomic: a bad 5th article leaves the store untouched', async () => {
    const s = await fresh();
    await s.add(art(100));
    const before = await s.count();
    const batch = Array.from({ length: 8 }, (_, i) => ({ ...art(i), id: `b${i}`, addedAt: 1, ignore: [] })) as StoredArticle[];
    delete (batch[4] as Partial<StoredArticle>).text;
    const err = await s.importAll(batch).catch((e) => e);
    expect(err).toBeInstanceOf(CorpusError);
    expect(err.code).toBe('missing-field');
    expect(err.index).toBe(4);
    expect(err.message).toContain('articles[4].text');
    expect(await s.count()).toBe(before);
  });

  it('import refuses duplicate ids within the list', async () => {
    const s = await fresh();
    const batch = [art(1), art(2)].map((a) => ({ ...a, id: 'same', addedAt: 1, ignore: [] })) as StoredArticle[];
    const err = await s.importAll(batch).catch((e) => e);
    expect([err.code, err.message]).toEqual(['duplicate', 'articles[1].id "same" is the same as articles[0].id']);
    expect(await s.count()).toBe(0);
  });

  it('reports use after close as a CorpusError (code storage), never a raw DOMException', async () => {
    const s = await CorpusStore.open(`t-closed-${++n}`);
    s.close();
    for (const op of [() => s.add(art(1)), () => s.count(), () => s.list(), () => s.remove('x'), () => s.importAll([]), () => s.getHiddenBundled()]) {
      const err = await op().catch((e) => e);
      expect(err).toBeInstanceOf(CorpusError);
      expect(err.code).toBe('storage');
      expect(err.message).toMatch(/^storage error while .*InvalidStateError/);
    }
  });
});
