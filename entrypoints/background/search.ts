/**
 * `corpus:search`: sentences of the corpus that match the reader's query (core/search). The index
 * is built lazily on the first search (the popup asks for it, empty, when it opens) and rebuilt
 * when the corpus changes: the corpus operations that add or remove articles call `invalidateSearch`
 * (corpus-ops.ts), and a changed article count catches any other path.
 */
import { SentenceIndex, type SearchHit } from '../../core/search/index';
import { getHeld } from './engine';

let index: { built: SentenceIndex; size: number } | undefined;

export function invalidateSearch(): void {
  index = undefined;
}

export async function searchCorpus(query: string, limit = 20): Promise<{ hits: SearchHit[]; ms: number }> {
  const t0 = performance.now();
  const { engine, hidden } = await getHeld();
  const docs = engine.list();
  if (!index || index.size !== docs.length) index = { built: new SentenceIndex(docs), size: docs.length };
  const hits = query.trim() ? index.built.search(query, { limit: Math.min(50, limit), exclude: hidden }) : [];
  return { hits, ms: performance.now() - t0 };
}
