/**
 * The content script's only extraction code: a cheap, read-only "is this an article?" check on the
 * live document. Imported alone so the every-page script does not carry Readability (34 KB).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** Readability's default (140 chars, score 20) accepts news briefs; we keep it. */
const MIN_CONTENT_LENGTH = 140;
const MIN_SCORE = 20;

export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc, { minContentLength: MIN_CONTENT_LENGTH, minScore: MIN_SCORE });
}
