import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CorpusStore, type StoredArticle } from './corpus-store';
import { CorpusError } from './errors';
import { exportCorpus, exportCorpusParts, parseImport, FORMAT_TAG } from './exchange';
import { MAX_ARTICLES_PER_FILE, MAX_FILE_CHARS, MAX_TEXT_CHARS } from './limits';
import { MAX_ARTICLE_CHARS } from '../extract/article';

const good = (i: number) => ({
  id: `art-${i}`,
  title: `Titre ${i}`,
  lang: 'fr',
  text: `Texte ${i}: la Corée du Nord a envoyé des troupes à Koursk.`,
  url: `https://example.org/${i}`,
  addedAt: 1_700_000_000_000 + i,
});
const file = (articles: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FORMAT_TAG, version: 2, exportedAt: '2026-11-21T12:00:00.000Z', articles, ...extra });

function refusal(fn: () => unknown): CorpusError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    return e as CorpusError;
  }
  throw new Error('expected a CorpusError, nothing was thrown');
}

describe('export / import', () => {
  it('round trips through a file and a fresh store', async () => {
    const a = await CorpusStore.open('t-roundtrip-a');
    await a.add({ title: 'Un', lang: 'fr', text: 'Premier article.', url: 'https://example.org/1' });
    await a.add({ title: 'Two', lang: 'en', text: 'Second article, with furniture.', ignore: [[0, 6]] });
    const before = await a.all();
    const text = exportCorpus(before, new Date('2026-11-21T12:00:00.000Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'recoupe-corpus', version: 2, exportedAt: '2026-11-21T12:00:00.000Z' });
    const b = await CorpusStore.open('t-roundtrip-b');
    expect(await b.importAll(parseImport(text))).toMatchObject({ added: 2, skipped: 0 });
    expect(await b.all()).toEqual(before);
    // Importing the same file again adds nothing.
    expect(await b.importAll(parseImport(text))).toMatchObject({ added: 0, skipped: 2 });
    a.close();
    b.close();
  });

  it('fills in a missing id (from the text) and addedAt', () => {
    const { id: _id, addedAt: _at, ...bare } = good(1);
    const [a] = parseImport(file([bare]), { now: 42 });
    expect(a.id).toMatch(/^own_[0-9a-f]{16}$/);
    expect(a.addedAt).toBe(42);
    expect(a.ignore).toEqual([]);
  });

  it('splits a corpus too large for one file into parts that each import', () => {
    const big = 'x'.repeat(MAX_TEXT_CHARS - 10);
    const articles: StoredArticle[] = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, title: 'T', lang: 'fr', text: big + i, addedAt: 1, ignore: [] }));
    const e = refusal(() => exportCorpus(articles));
    expect([e.code, e.message]).toEqual(['too-large', expect.stringContaining('parts')]);
    const parts = exportCorpusParts(articles);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= MAX_FILE_CHARS)).toBe(true);
    expect(parts.flatMap((p) => parseImport(p)).map((a) => a.id)).toEqual(articles.map((a) => a.id));
  });

  it('keeps titles with HTML or script as literal text, strips control characters', () => {
    const [a] = parseImport(file([{ ...good(1), title: '<script>alert("x")</script> <b>Koursk</b>\u0000\u0007\u202E\tfin' }]));
    expect(a.title).toBe('<script>alert("x")</script> <b>Koursk</b> fin');
  });

  it('text max equals the extension\'s MAX_ARTICLE_CHARS', () => {
    expect(MAX_TEXT_CHARS).toBe(MAX_ARTICLE_CHARS);
  });
});

describe('format version 2: publication days', () => {
  it('round trips `published`, and leaves it out when unknown', async () => {
    const a = await CorpusStore.open('t-v2-a');
    await a.add({ title: 'Daté', lang: 'fr', text: 'Un article daté.', published: '2024-02-29' });
    await a.add({ title: 'Undated', lang: 'en', text: 'An undated article.' });
    const before = await a.all();
    const text = exportCorpus(before);
    const json = JSON.parse(text) as { version: number; articles: Array<Record<string, unknown>> };
    expect(json.version).toBe(2);
    expect(json.articles.map((x) => x.published)).toEqual(before.map((x) => x.published));
    expect(json.articles.filter((x) => 'published' in x)).toHaveLength(1);
    const b = await CorpusStore.open('t-v2-b');
    await b.importAll(parseImport(text));
    expect(await b.all()).toEqual(before);
    a.close();
    b.close();
  });

  it('reads version-1 files as before: they import, and a `published` there is an unknown field, dropped', () => {
    const v1 = file([good(0), { ...good(1), published: 'not a date' }, { ...good(2), published: '2024-10-28' }], { version: 1 });
    const articles = parseImport(v1);
    expect(articles.map((x) => x.id)).toEqual(['art-0', 'art-1', 'art-2']);
    expect(articles.every((x) => x.published === undefined)).toBe(true);
  });

  it('validates the day as a calendar day', async () => {
    const { isRealDay } = await import('./article');
    expect(['2024-02-29', '2024-12-31', '1999-01-01'].map(isRealDay)).toEqual([true, true, true]);
    expect(['2023-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '2024-01-01T00:00', ''].map(isRealDay)).toEqual([false, false, false, false, false, false]);
  });
});

describe('bad import files: each gets its code and a message naming the problem', () => {
  const cases: Array<[string, () => string, string, RegExp]> = [
    ['not JSON', () => '{"format": "recoupe-corpus", ', 'not-json', /not JSON/],
    ['JSON but not an object', () => '[1, 2]', 'schema', /expected a JSON object, got an array/],
    ['wrong format tag', () => JSON.stringify({ format: 'zotero', version: 1, articles: [] }), 'schema', /format "zotero", expected "recoupe-corpus"/],
    ['no format tag', () => JSON.stringify({ version: 1, articles: [] }), 'schema', /no "format" field/],
    ['newer version', () => file([], { version: 3 }), 'version', /version 3; this Recoupe reads versions 1 and 2/],
    ['version 0', () => file([], { version: 0 }), 'version', /version 0;/],
    ['version as a string', () => file([], { version: '1' }), 'version', /version "1"/],
    ['articles not an array', () => JSON.stringify({ format: FORMAT_TAG, version: 1, articles: {} }), 'schema', /^articles: expected Array/],
    ['articles missing', () => JSON.stringify({ format: FORMAT_TAG, version: 1 }), 'missing-field', /^articles is missing/],
    ['wrong type of a field', () => file([good(0), good(1), good(2), { ...good(3), title: 12 }]), 'schema', /^articles\[3\]\.title: expected string, got 12$/],
    ['unknown language', () => file([{ ...good(0), lang: 'de' }]), 'schema', /^articles\[0\]\.lang: expected \("fr" \| "en"\), got "de"/],
    ['missing field', () => file([good(0), { ...good(1), text: undefined }]), 'missing-field', /^articles\[1\]\.text is missing/],
    ['article not an object', () => file([good(0), 'hello']), 'schema', /^articles\[1\]: expected Object/],
    ['empty title', () => file([{ ...good(0), title: ' \u0000 ' }]), 'schema', /^articles\[0\]\.title is empty/],
    ['bad id', () => file([{ ...good(0), id: '../../etc' }]), 'schema', /^articles\[0\]\.id is not a valid id/],
    ['javascript: url', () => file([{ ...good(0), url: 'javascript:alert(1)' }]), 'schema', /^articles\[0\]\.url is not an http\(s\) URL/],
    ['ignore range outside the text', () => file([{ ...good(0), ignore: [[5, 9999]] }]), 'schema', /^articles\[0\]\.ignore\[0\]: range \[5, 9999\] is not inside the text/],
    ['published not a day', () => file([{ ...good(0), published: '28/10/2024' }]), 'schema', /^articles\[0\]\.published is not a day as YYYY-MM-DD \(28\/10\/2024\)$/],
    ['published a day that does not exist', () => file([good(0), { ...good(1), published: '2023-02-29' }]), 'schema', /^articles\[1\]\.published is not a day/],
    ['published not a string', () => file([{ ...good(0), published: 20241028 }]), 'schema', /^articles\[0\]\.published: expected string/],
    ['negative addedAt', () => file([{ ...good(0), addedAt: -1 }]), 'schema', /^articles\[0\]\.addedAt: expected >=0/],
    ['duplicate ids', () => file([good(0), good(1), { ...good(2), id: 'art-0' }]), 'duplicate', /^articles\[2\]\.id "art-0" is the same as articles\[0\]\.id$/],
    ['oversized title', () => file([{ ...good(0), title: 't'.repeat(501) }]), 'field-too-large', /^articles\[0\]\.title is too large: 501 characters, the limit is 500$/],
    ['oversized text', () => file([{ ...good(0), text: 't'.repeat(200_001) }]), 'field-too-large', /^articles\[0\]\.text is too large: 200001 characters, the limit is 200000$/],
    ['too many articles', () => file(Array.from({ length: MAX_ARTICLES_PER_FILE + 1 }, () => 0)), 'too-large', /holds 20001 articles, the limit is 20000/],
  ];
  for (const [name, make, code, message] of cases) {
    it(name, () => {
      const e = refusal(() => parseImport(make()));
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
    });
  }

  it('a 50 MB file is refused before JSON.parse', () => {
    const huge = '{"format":"recoupe-corpus","version":1,"articles":["' + 'x'.repeat(50 * 1024 * 1024) + '"]}';
    const realParse = JSON.parse;
    let parsed = false;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed = true;
      return realParse(...args);
    };
    try {
      const e = refusal(() => parseImport(huge));
      expect([e.code, e.message]).toEqual(['too-large', 'the file is too large: 50.0 MB, the limit is 20.0 MB']);
    } finally {
      JSON.parse = realParse;
    }
    expect(parsed).toBe(false);
  });

  it('an article with a path and an index points at the culprit', () => {
    const e = refusal(() => parseImport(file([good(0), good(1), good(2), good(3), { ...good(4), lang: 1 }])));
    expect([e.path, e.index]).toEqual(['articles[4].lang', 4]);
  });

  it('parseImport never throws anything but CorpusError (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((j) => JSON.stringify({ format: FORMAT_TAG, version: 1, articles: [j] }))), (s) => {
        try {
          parseImport(s);
        } catch (e) {
          return e instanceof CorpusError;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('an import file whose 5th article is bad leaves the store untouched', async () => {
    const s = await CorpusStore.open('t-atomic-file');
    await s.add({ title: 'Déjà', lang: 'fr', text: 'Déjà là.' });
    const before = await s.count();
    const text = file([good(0), good(1), good(2), good(3), { ...good(4), title: null }, good(5)]);
    const e = await (async () => s.importAll(parseImport(text)))().catch((x) => x);
    expect([e.code, e.message]).toEqual(['schema', 'articles[4].title: expected string, got null']);
    expect(await s.count()).toBe(before);
    s.close();
  });
});

describe('export parts fit the import limits', () => {
  it('every part of a large export passes the before-reading byte check and parseImport', async () => {
    const { syntheticArticles } = await import('../test/support/synthetic-articles');
    const { loadBundledCorpus } = await import('../cli/corpus-files');
    const { MAX_FILE_BYTES } = await import('./limits');
    const { idForText } = await import('./text-id');
    const articles = syntheticArticles(loadBundledCorpus().map((d) => d.text), 6000, { seed: 3 }).map((a, i) => ({ ...a, id: idForText(a.text), addedAt: i, ignore: [] as Array<[number, number]> }));
    const parts = exportCorpusParts(articles);
    expect(parts.length).toBeGreaterThan(1);
    let total = 0;
    for (const p of parts) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(MAX_FILE_BYTES);
      total += parseImport(p).length;
    }
    expect(total).toBe(articles.length);
  }, 60000);
});
