/**
 * Article files (.txt, .html, .md) and corpus files (.json) as articles ready to import: the one
 * place the options page and `recoupe pack` read them, so a folder packed on the command line and
 * the same files dropped on the options page give the same articles.
 *
 * DOM-free except for .html, which needs a document: the caller passes `parseHtml` (DOMParser's
 * inert document in the browser, linkedom in node). That document is then read exactly as the
 * content script reads a live page (the cheap article check, the same serialisation) and extracted
 * as the background extracts a page (Readability over JSDOMParser): title, language, date.
 */
import { extractFromHtml, MIN_ARTICLE_CHARS } from '../extract/article';
import { looksLikeArticle } from '../extract/readerable';
import { serializeForExtraction } from '../extract/serialize';
import { guessLang, resolveLang } from '../core/text/lang';
import { datelineDay } from '../core/dates/dateline';
import { cleanTitle, isRealDay, validateArticle, type StoredArticle } from './article';
import { isCorpusError, type CorpusErrorCode } from './errors';
import { parseImport } from './exchange';
import { markdownArticle } from './markdown-text';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './limits';

/** Why one article file could not be read (a corpus file's own refusals keep their CorpusErrorCode). */
export type FileErrorCode =
  | 'empty' // nothing but white space
  | 'not-article' // an .html page that is not an article, or a text too short to be one
  | 'too-long' // more text than the extension analyses (MAX_TEXT_CHARS)
  | 'encoding' // not text in a known encoding (or binary)
  | 'extension'; // not .txt, .html, .htm, .md or .json

export type FileFailureCode = FileErrorCode | CorpusErrorCode;

export type FileKind = 'txt' | 'html' | 'md' | 'json';

export type FileResult =
  | { name: string; ok: true; kind: FileKind; articles: StoredArticle[] }
  | { name: string; ok: false; code: FileFailureCode; message: string };

/** Builds an inert document from a page's markup: never the live page, never a document that runs scripts. */
export type HtmlParser = (html: string) => Document;

export interface FileReadOptions {
  parseHtml: HtmlParser;
  /** Date for `addedAt`; defaults to now. */
  now?: number;
  /** Accept .json corpus files (the options page does; `recoupe pack` packs article files only). */
  json?: boolean;
}

const KINDS: Record<string, FileKind> = { txt: 'txt', text: 'txt', html: 'html', htm: 'html', md: 'md', markdown: 'md', json: 'json' };

export function fileKind(name: string): FileKind | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext ? (KINDS[ext] ?? null) : null;
}

/** The extensions the file picker offers. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.markdown', '.json'];

/**
 * Text, from UTF-8 (with or without BOM), UTF-16 with a BOM, or, for an .html page that declares
 * it, the charset its <meta> names. Anything else, or text holding NUL characters (a binary file
 * renamed), is refused: guessing an encoding would store garbled text for good.
 */
export function decodeFile(bytes: Uint8Array, kind: FileKind | null): string | null {
  const decode = (label: string, at = 0): string | null => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(at));
    } catch {
      return null;
    }
  };
  let text: string | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', 2);
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decode('utf-8', 3);
  else text = decode('utf-8');
  if (text === null && kind === 'html') {
    const head = String.fromCharCode(...bytes.subarray(0, 2048));
    const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    if (label && !/^utf-?8$/i.test(label)) text = decode(label);
  }
  if (text === null || text.includes('\u0000')) return null;
  return text;
}

/** A title from a line that may be a whole paragraph: cut at a word boundary under the limit. */
function titleFrom(line: string): string {
  const clean = cleanTitle(line);
  if (clean.length <= MAX_TITLE_CHARS) return clean;
  const cut = clean.slice(0, MAX_TITLE_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE_CHARS / 2))}…`;
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim()) ?? '';
}

interface Draft {
  title: string;
  lang: 'fr' | 'en';
  text: string;
  published?: string;
}

class FileProblem extends Error {
  constructor(
    readonly code: FileFailureCode,
    message: string,
  ) {
    super(message);
  }
}

function tooShort(chars: number): FileProblem {
  return new FileProblem('not-article', `not an article: ${chars} characters of text, an article has at least ${MIN_ARTICLE_CHARS}`);
}

/** .txt, as the CLI's `--corpus` folders: the whole file is the article, its first line the title. */
function fromTxt(raw: string): Draft {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim().length < MIN_ARTICLE_CHARS) throw tooShort(text.trim().length);
  const lang = guessLang(text);
  const draft: Draft = { title: titleFrom(firstLine(text)), lang, text };
  // A plain file has no metadata: a dateline or date stamp in its first or last lines is its day, read as
  // the extension reads a page without one (core/dates/dateline.ts). Without it the reader sets the day.
  const day = datelineDay(text, lang);
  if (day && isRealDay(day)) draft.published = day;
  return draft;
}

/** .md: Markdown syntax stripped; the front matter's title or the first heading is the title. */
function fromMd(raw: string): Draft {
  const md = markdownArticle(raw);
  if (md.text.length < MIN_ARTICLE_CHARS) throw tooShort(md.text.length);
  const draft: Draft = { title: titleFrom(md.title || firstLine(md.text)), lang: resolveLang(md.meta.lang, md.text), text: md.text };
  const day = (md.meta.date ?? md.meta.published ?? '').slice(0, 10);
  if (isRealDay(day)) draft.published = day;
  else {
    // No day in the front matter: a dateline or date stamp in the text's first or last lines, as for .txt.
    const stamped = datelineDay(md.text, draft.lang);
    if (stamped && isRealDay(stamped)) draft.published = stamped;
  }
  return draft;
}

/** .html: as the extension reads a page (article check, serialisation) and extracts it. */
function fromHtml(raw: string, parseHtml: HtmlParser): Draft {
  const doc = parseHtml(raw);
  if (!looksLikeArticle(doc)) throw new FileProblem('not-article', 'not an article: the page does not read as one (a home page, a list, an app?)');
  const declared = doc.documentElement?.getAttribute('lang') ?? null;
  const art = extractFromHtml(serializeForExtraction(doc), declared);
  if (!art) throw new FileProblem('not-article', 'not an article: no article text could be extracted from the page');
  const draft: Draft = { title: titleFrom(art.title || firstLine(art.text)), lang: art.lang, text: art.text };
  if (art.published !== undefined && isRealDay(art.published)) draft.published = art.published;
  return draft;
}

/** One file, from its name and bytes, to its articles or to one error saying what is wrong with it. */
export function readArticleFile(name: string, bytes: Uint8Array, opts: FileReadOptions): FileResult {
  const fail = (code: FileFailureCode, message: string): FileResult => ({ name, ok: false, code, message });
  const kind = fileKind(name);
  if (kind === null || (kind === 'json' && !opts.json)) {
    const accepted = (opts.json ? ACCEPTED_EXTENSIONS : ACCEPTED_EXTENSIONS.filter((e) => e !== '.json')).join(', ');
    return fail('extension', `not a file Recoupe reads: it takes ${accepted}`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return fail('too-large', `the file is too large: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, the limit is ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB`);
  }
  const raw = decodeFile(bytes, kind);
  if (raw === null) return fail('encoding', 'not readable text: save it as UTF-8');
  if (!raw.trim()) return fail('empty', 'the file is empty');
  const now = opts.now ?? Date.now();
  try {
    if (kind === 'json') return { name, ok: true, kind, articles: parseImport(raw, { now }) };
    const draft = kind === 'txt' ? fromTxt(raw) : kind === 'md' ? fromMd(raw) : fromHtml(raw, opts.parseHtml);
    if (draft.text.length > MAX_TEXT_CHARS) {
      return fail('too-long', `the article is too long: ${draft.text.length} characters, the limit is ${MAX_TEXT_CHARS}`);
    }
    return { name, ok: true, kind, articles: [validateArticle(draft, name, undefined, now)] };
  } catch (e) {
    if (e instanceof FileProblem) return fail(e.code, e.message);
    if (isCorpusError(e)) return fail(e.code, e.message);
    return fail('not-article', `could not be read as an article (${e instanceof Error ? e.message : String(e)})`);
  }
}

export interface Deduplicated {
  articles: StoredArticle[];
  /** Articles dropped because an earlier one had the same text or the same id. */
  skipped: number;
}

/**
 * Many files' articles as one import: the first of each text (or id) is kept, later copies are
 * skipped and counted. Articles already in the corpus are skipped by the store itself.
 */
export function dedupeArticles(results: FileResult[]): Deduplicated {
  const texts = new Set<string>();
  const ids = new Set<string>();
  const articles: StoredArticle[] = [];
  let skipped = 0;
  for (const r of results) {
    if (!r.ok) continue;
    for (const a of r.articles) {
      if (texts.has(a.text) || ids.has(a.id)) {
        skipped += 1;
        continue;
      }
      texts.add(a.text);
      ids.add(a.id);
      articles.push(a);
    }
  }
  return { articles, skipped };
}
