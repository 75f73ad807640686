/**
 * Read the page without touching it: a cheap, read-only "is this an article?" check on the live
 * document, then its serialised HTML for the background to extract from.
 */
import { looksLikeArticle } from '../../extract/readerable';
import { serializeInSlices } from '../../extract/serialize';
import type { PageReport } from '../../messaging/protocol';

/**
 * Pages with more HTML than this are not sent: serialising and parsing them would cost the reader
 * more than the analysis is worth, and the popup says "too long" instead. 5 MB of text is far
 * beyond any article; 12 MB of HTML covers heavy news pages with inline scripts and styles.
 */
export const MAX_PAGE_HTML_CHARS = 12_000_000;

/**
 * Pages with more text than this are "too long" before anything is serialised or sent: the
 * background gives up on articles over 200,000 chars anyway, and serialising, cloning into a
 * message and parsing megabytes of text froze the reader's tab for ~300 ms (Firefox, 5 MB page)
 * and took the background seconds, only to say "too long". Ten times the article limit leaves
 * room for pages whose comments or listings dwarf the article.
 */
export const MAX_PAGE_TEXT_CHARS = 2_000_000;

/** The page's text length without building any string but the body's: scripts and styles do not count. */
function textLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let n = body.textContent?.length ?? 0;
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template'))) n -= el.textContent?.length ?? 0;
  return n;
}

/** Serialisation runs in slices (extract/serialize.ts): the page stays responsive meanwhile. */
export async function readPage(doc: Document, url: string): Promise<PageReport> {
  const chars = textLength(doc);
  if (chars > MAX_PAGE_TEXT_CHARS) return { kind: 'too-long', url, chars };
  if (!looksLikeArticle(doc)) return { kind: 'not-article', url };
  const html = await serializeInSlices(doc, { maxChars: MAX_PAGE_HTML_CHARS });
  if (html === null) return { kind: 'too-long', url, chars: MAX_PAGE_HTML_CHARS };
  return { kind: 'page', html, lang: doc.documentElement.getAttribute('lang'), url };
}
