/**
 * The IndexedDB database behind the reader's corpus. Works wherever IndexedDB does: the MV3
 * service worker, Firefox's background page, and node tests with fake-indexeddb.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoryDoc } from '../core/story/index';
import type { StoredArticle } from './article';
import { toCorpusError } from './errors';

export const DEFAULT_DB_NAME = 'recoupe';
/** Bump with a new `upgrade` step when the stores or indexes change; never edit a past step. */
export const DB_VERSION = 1;

/** A stored record: the article plus its text hash, indexed so the same text is found without reading texts. */
export interface ArticleRecord extends StoredArticle {
  textHash: string;
}

/**
 * An article's story-index entry, derived from its text by the engine. Cached so the background
 * does not recompute 10,000 of them at every start; `key` names the engine build that made it.
 */
export interface StoryCacheRecord {
  id: string;
  key: string;
  doc: StoryDoc;
}

export interface MetaRecords {
  hiddenBundled: string[];
}
export type MetaKey = keyof MetaRecords;

export interface RecoupeDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { byTextHash: string };
  };
  meta: {
    key: MetaKey;
    value: MetaRecords[MetaKey];
  };
  storyCache: {
    key: string;
    value: StoryCacheRecord;
  };
}

export type RecoupeDatabase = IDBPDatabase<RecoupeDB>;

export async function openRecoupeDB(name = DEFAULT_DB_NAME): Promise<RecoupeDatabase> {
  try {
    return await openDB<RecoupeDB>(name, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          const articles = db.createObjectStore('articles', { keyPath: 'id' });
          articles.createIndex('byTextHash', 'textHash');
          db.createObjectStore('meta');
          db.createObjectStore('storyCache', { keyPath: 'id' });
        }
      },
      // Another context (an old background page, an options tab) still holds a previous version
      // open; it is told to close below, so this only waits for it.
      blocked() {},
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase | null)?.close();
      },
    });
  } catch (e) {
    throw toCorpusError(e, 'opening the corpus database');
  }
}
