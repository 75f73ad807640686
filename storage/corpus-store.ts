/**
 * The reader's own corpus: articles they added, kept in IndexedDB across browser restarts, and
 * the bundled articles they chose to hide. Every failure comes out as a CorpusError.
 */
import type { IDBPTransaction } from 'idb';
import type { StoryDoc } from '../core/story/index';
import { isRealDay, validateArticle, type NewArticle, type StoredArticle } from './article';
import { plausibleDay } from '../core/dates/day';
import { DEFAULT_DB_NAME, openRecoupeDB, type ArticleRecord, type RecoupeDB, type RecoupeDatabase } from './db';
import { CorpusError, toCorpusError } from './errors';
import { MAX_ARTICLES_PER_FILE } from './limits';
import { textHash } from './text-id';

export type { StoredArticle, NewArticle } from './article';

/** What the options page lists: everything but the text, which can be 200,000 characters. */
export type ArticleSummary = Omit<StoredArticle, 'text'> & { chars: number };

export interface ImportResult {
  added: number;
  /** Already stored (same id or same text), or the same text twice in the list. */
  skipped: number;
}

export interface ImportOptions {
  /**
   * Story-index entries the caller already computed for these articles (by id), and the engine
   * build that made them: written in the same transaction, so the next background start reads
   * them instead of recomputing them.
   */
  story?: { key: string; docs: Map<string, StoryDoc> };
}

function toArticle(r: ArticleRecord): StoredArticle {
  const { textHash: _hash, ...a } = r;
  return a;
}

function toSummary(r: ArticleRecord): ArticleSummary {
  const { textHash: _hash, text, ...rest } = r;
  return { ...rest, chars: text.length };
}

/** What requests report once their transaction was aborted, whatever aborted it. */
const ECHO_ERRORS = new Set(['AbortError', 'InvalidStateError', 'TransactionInactiveError']);

/**
 * The error that explains a failed transaction: the transaction's own (a quota failure at commit
 * aborts the whole transaction) rather than the echo every request issued after it reports.
 */
function rootCause(tx: IDBPTransaction<RecoupeDB, any, any>, e: unknown): unknown {
  const name = e && typeof e === 'object' && 'name' in e ? (e as { name: unknown }).name : undefined;
  if (typeof name === 'string' && ECHO_ERRORS.has(name) && tx.error) return tx.error;
  return e;
}

function abortQuietly(tx: IDBPTransaction<RecoupeDB, any, any>): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failing request, or already finished.
  }
}

export class CorpusStore {
  private constructor(private readonly db: RecoupeDatabase) {}

  /** A read-write transaction; opening one fails too (a closed connection), as a CorpusError. */
  private begin<S extends Array<'articles' | 'storyCache'>>(stores: S, doing: string) {
    try {
      const tx = this.db.transaction(stores, 'readwrite');
      tx.done.catch(() => {}); // awaited by the caller; this only keeps an early abort from being "unhandled"
      return tx;
    } catch (e) {
      throw toCorpusError(e, doing);
    }
  }

  static async open(name: string = DEFAULT_DB_NAME): Promise<CorpusStore> {
    return new CorpusStore(await openRecoupeDB(name));
  }

  /**
   * Add one article. Its id derives from its text unless given; adding a text already stored
   * returns the stored article unchanged. An explicit id already used by another text is refused.
   */
  async add(input: NewArticle): Promise<StoredArticle> {
    // The page's date, when it gave a plausible one (not in the future, not before 1990); a page's odd
    // date never stops it being added. Imports do not pass here: their fields are the file format's.
    const { published, ...rest } = input;
    const article = validateArticle(rest, 'article', undefined, Date.now());
    if (published && plausibleDay(published)) article.published = published;
    const record: ArticleRecord = { ...article, textHash: textHash(article.text) };
    const doing = `adding "${article.title.slice(0, 60)}"`;
    const tx = this.begin(['articles'], doing);
    const store = tx.objectStore('articles');
    try {
      const same = await store.index('byTextHash').get(record.textHash);
      if (same && same.text === record.text) {
        await tx.done;
        return toArticle(same);
      }
      // Also catches the (astronomically unlikely) hash collision of two different texts.
      if ((await store.getKey(record.id)) !== undefined) {
        throw new CorpusError('duplicate', `an article with id ${record.id} is already stored with a different text`, { path: 'article.id' });
      }
      await store.put(record);
      await tx.done;
      return article;
    } catch (e) {
      abortQuietly(tx);
      throw toCorpusError(rootCause(tx, e), doing);
    }
  }

  /** Removes the article and its cached story entry together. */
  async remove(id: string): Promise<void> {
    const tx = this.begin(['articles', 'storyCache'], `removing article ${id}`);
    try {
      await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('storyCache').delete(id)]);
      await tx.done;
    } catch (e) {
      abortQuietly(tx);
      throw toCorpusError(rootCause(tx, e), `removing article ${id}`);
    }
  }

  /**
   * Sets (a day, YYYY-MM-DD) or clears (null) an article's publication day, as the reader corrects it: a
   * .txt import has none. Its cached story entry goes with the old day (the story index reads it).
   * Returns the article as stored now, undefined when there is no such article.
   */
  async setPublished(id: string, day: string | null): Promise<StoredArticle | undefined> {
    // A calendar day (no 31 February) in the range any article's day may have (not in the future, not before 1990).
    if (day !== null && !(isRealDay(day) && plausibleDay(day))) throw new CorpusError('schema', `not a plausible publication day: ${day}`, { path: 'article.published' });
    const doing = `setting the day of article ${id}`;
    const tx = this.begin(['articles', 'storyCache'], doing);
    try {
      const articles = tx.objectStore('articles');
      const r = await articles.get(id);
      if (!r) {
        await tx.done;
        return undefined;
      }
      const next: ArticleRecord = { ...r };
      if (day === null) delete next.published;
      else next.published = day;
      await Promise.all([articles.put(next), tx.objectStore('storyCache').delete(id)]);
      await tx.done;
      return toArticle(next);
    } catch (e) {
      abortQuietly(tx);
      throw toCorpusError(rootCause(tx, e), doing);
    }
  }

  async get(id: string): Promise<StoredArticle | undefined> {
    try {
      const r = await this.db.get('articles', id);
      return r && toArticle(r);
    } catch (e) {
      throw toCorpusError(e, `reading article ${id}`);
    }
  }

  /** Every stored article with its text, in id order: what the background indexes at start. */
  async all(): Promise<StoredArticle[]> {
    try {
      return (await this.db.getAll('articles')).map(toArticle);
    } catch (e) {
      throw toCorpusError(e, 'reading the stored articles');
    }
  }

  /** Every stored article without its text, newest first, for the options page. */
  async list(): Promise<ArticleSummary[]> {
    try {
      const rows = (await this.db.getAll('articles')).map(toSummary);
      return rows.sort((a, b) => b.addedAt - a.addedAt || (a.id < b.id ? -1 : 1));
    } catch (e) {
      throw toCorpusError(e, 'listing the stored articles');
    }
  }

  async count(): Promise<number> {
    try {
      return await this.db.count('articles');
    } catch (e) {
      throw toCorpusError(e, 'counting the stored articles');
    }
  }

  async getHiddenBundled(): Promise<string[]> {
    try {
      const v = await this.db.get('meta', 'hiddenBundled');
      return Array.isArray(v) ? [...v] : [];
    } catch (e) {
      throw toCorpusError(e, 'reading the hidden bundled articles');
    }
  }

  async setHiddenBundled(ids: string[]): Promise<void> {
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new CorpusError('schema', 'hidden bundled articles: expected an array of ids (strings)');
    }
    try {
      await this.db.put('meta', [...new Set(ids)], 'hiddenBundled');
    } catch (e) {
      throw toCorpusError(e, 'saving the hidden bundled articles');
    }
  }

  /**
   * Add many articles in ONE transaction: either all new ones are written or, on any failure
   * (a bad article, a duplicate id in the list, storage full), none is. Articles already stored
   * (same id or same text) are skipped, not overwritten.
   */
  async importAll(articles: StoredArticle[], opts: ImportOptions = {}): Promise<ImportResult & { addedIds: string[] }> {
    if (!Array.isArray(articles)) throw new CorpusError('schema', 'import: expected a list of articles');
    if (articles.length > MAX_ARTICLES_PER_FILE) {
      throw new CorpusError('too-large', `import: ${articles.length} articles, the limit is ${MAX_ARTICLES_PER_FILE} per import`);
    }
    // Everything is validated before the transaction opens: an IndexedDB transaction commits as
    // soon as it has no pending request, so no slow work may happen inside it.
    const now = Date.now();
    const seenIds = new Map<string, number>();
    const records = articles.map((a, i): ArticleRecord => {
      const article = validateArticle(a, `articles[${i}]`, i, now);
      const first = seenIds.get(article.id);
      if (first !== undefined) {
        throw new CorpusError('duplicate', `articles[${i}].id "${article.id}" is the same as articles[${first}].id`, { path: `articles[${i}].id`, index: i });
      }
      seenIds.set(article.id, i);
      return { ...article, textHash: textHash(article.text) };
    });

    const doing = `importing ${records.length} articles`;
    const tx = this.begin(['articles', 'storyCache'], doing);
    const store = tx.objectStore('articles');
    const cache = tx.objectStore('storyCache');
    try {
      const byHash = store.index('byTextHash');
      // All lookups are queued at once: IndexedDB runs them in order, without a round trip each.
      const exists = await Promise.all(
        records.map(async (r) => (await store.getKey(r.id)) !== undefined || (await byHash.getKey(r.textHash)) !== undefined),
      );
      const hashes = new Set<string>();
      const puts: Array<Promise<unknown>> = [];
      const addedIds: string[] = [];
      const queue = (put: Promise<unknown>) => {
        // If a later put throws (storage full), this one rejects with AbortError once the
        // transaction is aborted; the cause is reported below, this only silences the echo.
        put.catch(() => {});
        puts.push(put);
      };
      records.forEach((r, i) => {
        if (exists[i] || hashes.has(r.textHash)) return;
        hashes.add(r.textHash);
        addedIds.push(r.id);
        queue(store.put(r));
        const doc = opts.story?.docs.get(r.id);
        if (doc) queue(cache.put({ id: r.id, key: opts.story!.key, doc }));
      });
      await Promise.all(puts);
      await tx.done;
      return { added: addedIds.length, skipped: records.length - addedIds.length, addedIds };
    } catch (e) {
      abortQuietly(tx);
      throw toCorpusError(rootCause(tx, e), doing);
    }
  }

  /**
   * Cached story-index entries made under `key` (the engine build), by article id. Entries made
   * under another key are not returned: a new engine may derive them differently.
   */
  async storyDocs(key: string): Promise<Map<string, StoryDoc>> {
    try {
      const out = new Map<string, StoryDoc>();
      for (const r of await this.db.getAll('storyCache')) if (r.key === key) out.set(r.id, r.doc);
      return out;
    } catch (e) {
      throw toCorpusError(e, 'reading the story cache');
    }
  }

  /** Cache story-index entries. Only for stored articles: entries of absent ids are not written. */
  async saveStoryDocs(key: string, docs: StoryDoc[]): Promise<void> {
    const tx = this.begin(['articles', 'storyCache'], 'saving the story cache');
    try {
      const articles = tx.objectStore('articles');
      const cache = tx.objectStore('storyCache');
      const present = await Promise.all(docs.map((d) => articles.getKey(d.id)));
      const puts = docs.filter((_, i) => present[i] !== undefined).map((doc) => cache.put({ id: doc.id, key, doc }));
      for (const p of puts) p.catch(() => {});
      await Promise.all(puts);
      await tx.done;
    } catch (e) {
      abortQuietly(tx);
      throw toCorpusError(rootCause(tx, e), 'saving the story cache');
    }
  }

  close(): void {
    this.db.close();
  }
}
