/**
 * Article extraction, the same for the extension (a clone of the live document) and the CLI (a
 * document parsed by linkedom): Readability finds the article, then its blocks become lines of
 * plain text. The caller's document is never modified: Readability mutates what it is given, so
 * callers pass a clone.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { resolveLang } from '../core/text/lang';
import type { Lang } from '../core/types';

export interface ExtractedArticle {
  title: string;
  lang: Lang;
  text: string;
}

/** Readability's own default is 500; news briefs are often shorter, so accept 250. */
const MIN_ARTICLE_CHARS = 250;
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
      parts.push((n.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
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

/** Cheap check, run before any extraction: does this page look like an article at all? */
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

/**
 * Extract the article of a document the caller owns (a clone). Returns null when there is no
 * article. `declaredLang` is the page's <html lang>, read before cloning.
 */
export function extractArticle(clone: Document, declaredLang?: string | null): ExtractedArticle | null {
  // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
  const parsed = new Readability<Element>(clone, { charThreshold: MIN_ARTICLE_CHARS, keepClasses: false, serializer: (el) => el as Element }).parse();
  if (!parsed || !parsed.content) return null;
  const text = blockText(parsed.content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  const title = (parsed.title ?? '').trim();
  return { title, lang: resolveLang(parsed.lang ?? declaredLang, text), text };
}
