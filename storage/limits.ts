/**
 * What the reader's corpus accepts. Each limit bounds memory or time in the background, where
 * one oversized import would otherwise stall every tab's analysis.
 */

/**
 * Largest import file, in UTF-16 code units of the file's text (what `File.text()` returns; the
 * UI may also pre-check `File.size` against it). JSON.parse materialises two to three times the
 * file in the background's heap, and MV3 service workers are killed when they hog memory; 20 MiB
 * holds about 5,000 typical articles. Bigger corpora export as several files (exportCorpusParts).
 */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

/** Articles per file: bounds the import transaction (one IndexedDB put each) and the index build. */
export const MAX_ARTICLES_PER_FILE = 20_000;

/** A headline, even a long one with its kicker, is well under this; more is not a title. */
export const MAX_TITLE_CHARS = 500;

/**
 * Same as MAX_ARTICLE_CHARS in extract/article.ts (a test keeps them equal): a text the extension
 * would refuse to analyse as a page should not enter the corpus either. Not imported from there
 * because that module pulls Readability into whatever imports it.
 */
export const MAX_TEXT_CHARS = 200_000;

/** Browsers and servers commonly cap URLs near 2,000 characters; longer ones are not article links. */
export const MAX_URL_CHARS = 2_048;

/** Furniture ranges per article: a page has a handful; thousands would be garbage. */
export const MAX_IGNORE_RANGES = 1_000;

/**
 * Ids: the bundled corpus uses file names (`000_598e05ccc0ed899b.txt`), reader articles
 * `own_<16 hex>`. Letters, digits, `._-` only, so an id is safe in a file name, a URL and a CSS
 * selector alike.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
