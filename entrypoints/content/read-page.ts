/**
 * Read the page: a cheap "is this an article?" check on the live document (read only), then
 * extraction from a clone, so the reader's page is never touched.
 */
import { extractArticle, looksLikeArticle, MAX_ARTICLE_CHARS } from '../../extract/article';
import type { PageReport } from '../../messaging/protocol';

export function readPage(doc: Document, url: string): PageReport {
  if (!looksLikeArticle(doc)) return { kind: 'not-article', url };
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > MAX_ARTICLE_CHARS * 5) return { kind: 'too-long', url, chars };
  const clone = doc.cloneNode(true) as Document;
  const article = extractArticle(clone, doc.documentElement.getAttribute('lang'));
  if (!article) return { kind: 'not-article', url };
  if (article.text.length > MAX_ARTICLE_CHARS) return { kind: 'too-long', url, chars: article.text.length };
  return { kind: 'article', url, ...article };
}
