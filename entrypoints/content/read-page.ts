/**
 * Read the page without touching it: a cheap, read-only "is this an article?" check on the live
 * document, then its serialised HTML for the background to extract from.
 */
import { looksLikeArticle } from '../../extract/readerable';
import { serializeForExtraction } from '../../extract/serialize';
import type { PageReport } from '../../messaging/protocol';

/**
 * Pages with more HTML than this are not sent: serialising and parsing them would cost the reader
 * more than the analysis is worth, and the popup says "too long" instead. 5 MB of text is far
 * beyond any article; 12 MB of HTML covers heavy news pages with inline scripts and styles.
 */
export const MAX_PAGE_HTML_CHARS = 12_000_000;

export function readPage(doc: Document, url: string): PageReport {
  if (!looksLikeArticle(doc)) return { kind: 'not-article', url };
  const html = serializeForExtraction(doc);
  if (html.length > MAX_PAGE_HTML_CHARS) return { kind: 'too-long', url, chars: html.length };
  return { kind: 'page', html, lang: doc.documentElement.getAttribute('lang'), url };
}
