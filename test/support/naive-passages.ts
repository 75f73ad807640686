/**
 * The naive baseline the engine is measured against: Fuse.js fuzzy search of every page sentence
 * over every corpus sentence. Kept only for the eval and the bench (it is what the engine replaces).
 */
import Fuse from 'fuse.js';
import type { CorpusDoc, PageInput, Passage } from '../../core/types';
import { segmentSentences } from '../../core/text/segment';

/** Fuse score (0 = exact) under which a sentence counts as matched; Fuse's own default threshold. */
const NAIVE_THRESHOLD = 0.6;
/** Best hits kept per page sentence: one per other article of the leave-one-out corpus. */
const NAIVE_HITS = 4;
/** Sentences shorter than this are titles' fragments and bylines: skipped. */
const NAIVE_MIN_CHARS = 30;

interface Item {
  id: string;
  start: number;
  end: number;
  text: string;
}

export function naivePassages(docs: CorpusDoc[], page: PageInput): Passage[] {
  const items: Item[] = [];
  for (const d of docs) {
    if (d.id === page.selfId) continue;
    for (const s of segmentSentences(d.text, d.lang)) {
      if (s.text.length >= NAIVE_MIN_CHARS) items.push({ id: d.id, start: s.start, end: s.end, text: s.text });
    }
  }
  const fuse = new Fuse(items, { keys: ['text'], includeScore: true, threshold: NAIVE_THRESHOLD, ignoreLocation: true });
  const out: Passage[] = [];
  for (const s of segmentSentences(page.text, page.lang)) {
    if (s.text.length < NAIVE_MIN_CHARS) continue;
    for (const hit of fuse.search(s.text, { limit: NAIVE_HITS })) {
      const score = 1 - (hit.score ?? 1);
      out.push({
        kind: score > 0.9 ? 'verbatim' : score > 0.6 ? 'close' : 'paraphrase',
        score,
        page: { start: s.start, end: s.end, text: s.text },
        source: { id: hit.item.id, start: hit.item.start, end: hit.item.end, text: hit.item.text },
      });
    }
  }
  return out;
}
