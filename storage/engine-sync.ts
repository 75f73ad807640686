/**
 * The bridge between the stored corpus and the engine. At start the background builds its Engine
 * from the bundled docs plus the stored articles (buildEngine, from cached index entries; or
 * loadInto, recomputing them); afterwards each added or removed article updates the index
 * incrementally (addArticle, removeArticle).
 */
import { Engine } from '../core/engine';
import { isCurrentStoryDoc, storyDoc, STORY_FORMAT, type StoryDoc, type StoryIndexData } from '../core/story/index';
import type { CorpusDoc } from '../core/types';
import type { NewArticle, StoredArticle } from './article';
import type { CorpusStore } from './corpus-store';
import type { CorpusError } from './errors';

export function toCorpusDoc(a: StoredArticle): CorpusDoc {
  const doc: CorpusDoc = { id: a.id, title: a.title, lang: a.lang, text: a.text, ignore: a.ignore };
  if (a.published) doc.published = a.published;
  return doc;
}

/**
 * Add every stored article to the engine. An id the engine already holds (a bundled article
 * re-imported under its file name) is left as the bundled one. Returns how many were added.
 */
export async function loadInto(engine: Engine, store: CorpusStore): Promise<number> {
  let added = 0;
  for (const a of await store.all()) {
    if (engine.has(a.id)) continue;
    engine.add(toCorpusDoc(a));
    added += 1;
  }
  return added;
}

/**
 * The reader adds an article: stored first (so a storage failure leaves the engine as it was),
 * then indexed incrementally. Adding a text already stored returns it and changes nothing.
 */
export async function addArticle(engine: Engine, store: CorpusStore, input: NewArticle): Promise<StoredArticle> {
  const stored = await store.add(input);
  if (!engine.has(stored.id)) engine.add(toCorpusDoc(stored));
  return stored;
}

/** The reader removes one of their articles: from the store, then from the index. */
export async function removeArticle(engine: Engine, store: CorpusStore, id: string): Promise<void> {
  await store.remove(id);
  engine.remove(id);
}

/**
 * The reader sets or corrects an article's publication day: stored, then that one article re-indexed
 * (the story index and the figures' moments read its day); the others are left as they are.
 */
export async function setArticlePublished(engine: Engine, store: CorpusStore, id: string, day: string | null): Promise<StoredArticle | undefined> {
  const stored = await store.setPublished(id, day);
  if (stored && engine.has(id)) {
    engine.remove(id);
    engine.add(toCorpusDoc(stored));
  }
  return stored;
}

export interface BuildEngineOptions {
  /**
   * Names the engine build, e.g. the extension version: cached story entries made under another
   * key are recomputed, since a new engine may derive them differently.
   */
  indexKey: string;
  /** The bundled corpus's prebuilt story index, when the build made one. */
  bundledIndex?: StoryIndexData;
}

export interface BuildEngineResult {
  engine: Engine;
  /** Stored articles indexed from the cache, and those whose entry had to be computed. */
  cached: number;
  computed: number;
  /** Set when the computed entries could not be cached (e.g. storage full): next start recomputes them. */
  cacheError?: CorpusError;
}

/**
 * The background's engine at start: bundled articles plus every stored one, built without
 * recomputing what is cached. Computing a story entry costs about a millisecond per article, so
 * 10,000 articles would delay every service-worker start by ten seconds or more; the cache turns
 * that into one read. Missing entries are computed and saved for next time. If the cache cannot
 * be written (storage full), the engine is still returned.
 */
export async function buildEngine(bundled: CorpusDoc[], store: CorpusStore, opts: BuildEngineOptions): Promise<BuildEngineResult> {
  const [stored, cachedDocs] = await Promise.all([store.all(), store.storyDocs(opts.indexKey)]);
  const bundledIds = new Set(bundled.map((d) => d.id));
  const docs: CorpusDoc[] = [...bundled];
  const bundledStory = opts.bundledIndex?.docs ?? bundled.map((d) => storyDoc(d));
  const story: StoryDoc[] = [...bundledStory];
  const fresh: StoryDoc[] = [];
  for (const a of stored) {
    if (bundledIds.has(a.id)) continue;
    const doc = toCorpusDoc(a);
    docs.push(doc);
    let s = cachedDocs.get(a.id);
    // An entry cached by a build with another story format is recomputed.
    if (!s || !isCurrentStoryDoc(s)) {
      s = storyDoc(doc);
      fresh.push(s);
    }
    story.push(s);
  }
  let cacheError: CorpusError | undefined;
  if (fresh.length > 0) {
    // The engine works without the cache; a failed write only costs time at the next start.
    await store.saveStoryDocs(opts.indexKey, fresh).catch((e: CorpusError) => (cacheError = e));
  }
  const engine = new Engine(docs, { version: STORY_FORMAT, docs: story });
  const result: BuildEngineResult = { engine, cached: story.length - bundledStory.length - fresh.length, computed: fresh.length };
  if (cacheError) result.cacheError = cacheError;
  return result;
}
