/**
 * `datePublished` from a page's JSON-LD blocks (schema.org), as sites write them: one object, an
 * array of objects, an `@graph`, nested (`mainEntity`, `mainEntityOfPage`), `@type` a string or an
 * array. An article type's date is preferred over any other object's (a WebPage's or a video's).
 */

/** schema.org types whose `datePublished` is the article's own. */
const ARTICLE_TYPE = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|AdvertiserContentArticle|SatiricalArticle|Posting)$/;
/** Objects nested deeper than this are not read (a guard against pathological blocks). */
const MAX_DEPTH = 6;

interface Found {
  article: string[];
  other: string[];
}

function isArticle(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '')));
}

function visit(node: unknown, depth: number, found: Found): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) visit(item, depth + 1, found);
    return;
  }
  const obj = node as Record<string, unknown>;
  const date = obj.datePublished;
  const value = typeof date === 'string' ? date : Array.isArray(date) && typeof date[0] === 'string' ? date[0] : undefined;
  if (value) (isArticle(obj['@type']) ? found.article : found.other).push(value);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
    if (key in obj) visit(obj[key], depth + 1, found);
  }
}

/** The `datePublished` value of the first article-typed object of the blocks, else of any object; null when none. */
export function jsonLdDatePublished(blocks: readonly string[]): string | null {
  const found: Found = { article: [], other: [] };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '')), 0, found);
    } catch {
      // A broken block (a trailing comma, a template left unfilled) says nothing; the next may.
    }
  }
  return found.article[0] ?? found.other[0] ?? null;
}
