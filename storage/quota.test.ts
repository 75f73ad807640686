import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusStore, type StoredArticle } from './corpus-store';
import { CorpusError } from './errors';

/**
 * Storage full, simulated: IDBObjectStore.put (fake-indexeddb's, installed globally by
 * fake-indexeddb/auto) throws a DOMException named QuotaExceededError from its Nth call on, as a
 * browser does when the origin's quota is used up.
 */
const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore.prototype;
const realPut = proto.put;
function failPutsFrom(nth: number): void {
  let calls = 0;
  proto.put = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    if (calls >= nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
}
afterEach(() => {
  proto.put = realPut;
});

const batch = (prefix: string, k: number): StoredArticle[] =>
  Array.from({ length: k }, (_, i) => ({ id: `${prefix}${i}`, title: `T${i}`, lang: 'fr' as const, text: `${prefix} texte ${i}`, addedAt: 1, ignore: [] }));

describe('storage full', () => {
  it('importAll: a quota error on the 5th put writes nothing and reports code quota', async () => {
    const s = await CorpusStore.open('t-quota-import');
    await s.add({ title: 'Déjà là', lang: 'fr', text: 'Un article déjà stocké.' });
    const before = await s.count();
    failPutsFrom(5);
    const err = await s.importAll(batch('q', 10)).catch((e) => e);
    proto.put = realPut;
    expect(err).toBeInstanceOf(CorpusError);
    expect(err.code).toBe('quota');
    expect(err.message).toMatch(/^storage full/);
    expect(await s.count()).toBe(before);
    expect(await s.get('q0')).toBeUndefined();
    // The store still works once space is back.
    expect(await s.importAll(batch('q', 10))).toMatchObject({ added: 10, skipped: 0 });
    s.close();
  });

  it('importAll: a quota abort of the whole transaction (how browsers report it at commit) writes nothing', async () => {
    const s = await CorpusStore.open('t-quota-commit');
    let calls = 0;
    proto.put = function (this: { transaction: { _abort(name: string): void } }, ...args: unknown[]) {
      const req = realPut.apply(this, args);
      // fake-indexeddb's internal abort-with-error, the same path a failed commit takes.
      if (++calls === 7) this.transaction._abort('QuotaExceededError');
      return req;
    };
    const err = await s.importAll(batch('c', 10)).catch((e) => e);
    proto.put = realPut;
    expect([err.code, err.message]).toEqual(['quota', expect.stringMatching(/^storage full/)]);
    expect(await s.count()).toBe(0);
    s.close();
  });

  it('add: a quota error reports code quota and writes nothing', async () => {
    const s = await CorpusStore.open('t-quota-add');
    failPutsFrom(1);
    const err = await s.add({ title: 'Plein', lang: 'fr', text: 'Plus de place.' }).catch((e) => e);
    proto.put = realPut;
    expect([err.code, err.message]).toEqual(['quota', expect.stringContaining('storage full')]);
    expect(await s.count()).toBe(0);
    s.close();
  });

  it('setHiddenBundled: a quota error reports code quota', async () => {
    const s = await CorpusStore.open('t-quota-meta');
    failPutsFrom(1);
    const err = await s.setHiddenBundled(['a']).catch((e) => e);
    proto.put = realPut;
    expect(err.code).toBe('quota');
    expect(await s.getHiddenBundled()).toEqual([]);
    s.close();
  });
});
