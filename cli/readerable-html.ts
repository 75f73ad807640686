/**
 * The extension reads the live page; the CLI has only the file, so it builds a DOM with linkedom
 * (node only: linkedom is never bundled in the extension) and then does exactly what the content
 * script does on the live DOM: the cheap article check, then the same serialisation.
 */
import { parseHTML } from 'linkedom';
import { looksLikeArticle } from '../extract/readerable';
import { serializeForExtraction } from '../extract/serialize';

/** The page as the content script would send it, or null when it would say "not an article". */
export function pageHtmlFromFile(html: string): string | null {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  return looksLikeArticle(doc) ? serializeForExtraction(doc) : null;
}
