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
/**
 * The same limit in bytes, for refusing a file before reading it (a 50 MB file must not be loaded
 * to be rejected). UTF-8 French or English takes 1.0-1.1 bytes a character, so 1.5 bytes a
 * character never refuses a file `exportCorpusParts` wrote (measured: 1.045 on a 10,000-article
 * export), while anything much larger is refused at once. Files in between are read and then
 * measured exactly by parseImport.
 */
export const MAX_FILE_BYTES = Math.round(MAX_FILE_CHARS * 1.5);

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
