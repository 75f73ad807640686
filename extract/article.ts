/**
 * Article extraction, the same for the extension and the CLI: the page's HTML is parsed by
 * Readability's own JSDOMParser (the worker-safe DOM Firefox's reader mode uses; no eval, no
 * browser DOM needed, so it runs in the background service worker and in node), Readability finds
 * the article, and its blocks become lines of plain text. The reader's live page is never touched:
 * the content script only serialises it.
 */
import { Readability } from '@mozilla/readability';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { resolveLang } from '../core/text/lang';
import { datelineDay } from '../core/dates/dateline';
import { publishedFromPage } from './published';
import type { Lang } from '../core/types';

export interface ExtractedArticle {
  title: string;
  lang: Lang;
  text: string;
  /** The article's publication day (YYYY-MM-DD) from the page's metadata, its address or a dateline; absent when unknown. */
  published?: string;
}

/** Readability's own default is 500; news briefs are often shorter, so accept 250. */
export const MIN_ARTICLE_CHARS = 250;
/** A page with more text than this is not analysed: the reader gets a "too long" state instead. */
export const MAX_ARTICLE_CHARS = 200_000;

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE',
  'FIGCAPTION', 'FIGURE', 'TABLE', 'TR', 'TD', 'TH', 'HEADER', 'FOOTER', 'ASIDE', 'DL', 'DT', 'DD', 'BR', 'HR',
]);

/** Block elements become line breaks, runs of white space one space, so sentences stay whole. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      // textContent, not nodeValue: Readability's JSDOMParser text nodes only have the former.
      parts.push((n.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n as Element).tagName?.toUpperCase?.() ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Extract the article of a document the caller owns (a clone). Returns null when there is no
 * article. `declaredLang` is the page's <html lang>, read before cloning; `url` the page's address
 * (the tab's), when known.
 */
export function extractArticle(clone: Document, declaredLang?: string | null, url?: string | null): ExtractedArticle | null {
  // Metadata first: Readability removes scripts and rewrites the document as it parses.
  // Only an English page may write numeric dates month first (dayOf), so only that language matters here.
  const fromPage = publishedFromPage(clone, /^en\b/i.test(declaredLang ?? '') ? 'en' : undefined, url);
  // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
  const parsed = new Readability<Element>(clone, { charThreshold: MIN_ARTICLE_CHARS, keepClasses: false, serializer: (el) => el as Element }).parse();
  if (!parsed || !parsed.content) return null;
  const text = blockText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  const title = (parsed.title ?? '').trim();
  const lang = resolveLang(parsed.lang ?? declaredLang, text);
  const published = fromPage ?? datelineDay(text, lang);
  return published ? { title, lang, text, published } : { title, lang, text };
}

/** The `lang` of the <html> tag, read from the source (JSDOMParser's document has no attributes API for it). */
function htmlLang(html: string): string | null {
  return /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html.slice(0, 4000))?.[1] ?? null;
}

/** From HTML to article, as both the extension's background and `recoupe compare page.html` do it. */
export function extractFromHtml(html: string, declaredLang?: string | null, url?: string | null): ExtractedArticle | null {
  const doc = new JSDOMParser().parse(html, 'http://localhost/') as Document;
  return extractArticle(doc, declaredLang ?? htmlLang(html), url);
}
