/**
 * Translated passages of one source in another language than the page (crosslang.ts finds the
 * sentence pairs): a page span already paired with this source by shared words keeps that
 * counterpart, one counterpart per page span and source.
 */
import type { CorpusDoc, Passage } from '../types';
import type { Analysis } from './tokens';
import { crossMatches, CROSS_CLOSE_SCORE, type KeyCounts } from './crosslang';

export function translations(pa: Analysis, pageText: string, sa: Analysis, doc: CorpusDoc, found: Passage[], counts?: KeyCounts): Passage[] {
  const out: Passage[] = [];
  for (const x of crossMatches(pa, sa, counts)) {
    const ps = pa.wordStarts[x.pageWords[0]];
    const pe = pa.wordEnds[x.pageWords[1]];
    const ss = sa.wordStarts[x.srcWords[0]];
    const se = sa.wordEnds[x.srcWords[1]];
    if (found.some((p) => p.page.start < pe && ps < p.page.end)) continue;
    out.push({
      kind: x.score >= CROSS_CLOSE_SCORE ? 'close' : 'paraphrase',
      score: Math.round(Math.min(1, x.score) * 1000) / 1000,
      page: { start: ps, end: pe, text: pageText.slice(ps, pe) },
      source: { id: doc.id, start: ss, end: se, text: doc.text.slice(ss, se) },
      translated: true,
    });
  }
  return out;
}
