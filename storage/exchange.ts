/**
 * The import/export file: one JSON object, versioned, documented in storage/FORMAT.md.
 * Parsing never trusts the file: size is checked before JSON.parse, every article goes through
 * the same validator as `CorpusStore.add`, and every refusal is a CorpusError naming the problem.
 */
import * as v from 'valibot';
import { validateArticle, type StoredArticle } from './article';
import { CorpusError } from './errors';
import { MAX_ARTICLES_PER_FILE, MAX_FILE_CHARS } from './limits';

export const FORMAT_TAG = 'recoupe-corpus';
/** The version this build writes. Version 2 added the articles' optional `published` day. */
export const FORMAT_VERSION = 2;
/** Every version this build reads; any other is refused, never guessed at. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

export interface ExportedArticle {
  id: string;
  title: string;
  lang: 'fr' | 'en';
  text: string;
  url?: string;
  /** YYYY-MM-DD (version 2). */
  published?: string;
  addedAt: number;
  ignore?: Array<[number, number]>;
}

export interface CorpusFile {
  format: typeof FORMAT_TAG;
  version: typeof FORMAT_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
}

export interface ParseOptions {
  /** Limit override (tests, or a UI that pre-checked the file size differently). */
  maxChars?: number;
  /** Date used for articles without `addedAt`; defaults to now. */
  now?: number;
}

const EnvelopeSchema = v.object({
  format: v.string(),
  version: v.number(),
  exportedAt: v.optional(v.string()),
  articles: v.array(v.unknown()),
});

function toExported(a: StoredArticle): ExportedArticle {
  const out: ExportedArticle = {
    id: a.id,
    title: a.title,
    lang: a.lang,
    text: a.text,
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.published !== undefined ? { published: a.published } : {}),
    addedAt: a.addedAt,
  };
  // Empty ranges are the norm for the reader's articles; leaving them out keeps files readable.
  if (a.ignore.length > 0) out.ignore = a.ignore;
  return out;
}

function envelopeHead(exportedAt: string): string {
  return `{"format":${JSON.stringify(FORMAT_TAG)},"version":${FORMAT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"articles":[`;
}

/**
 * The corpus as files that each import back: split so no part exceeds MAX_FILE_CHARS or
 * MAX_ARTICLES_PER_FILE. One part for any ordinary corpus.
 */
export function exportCorpusParts(articles: StoredArticle[], exportedAt = new Date()): string[] {
  const head = envelopeHead(exportedAt.toISOString());
  const tail = ']}';
  const parts: string[] = [];
  let current: string[] = [];
  let size = head.length + tail.length;
  const flush = () => {
    parts.push(head + current.join(',') + tail);
    current = [];
    size = head.length + tail.length;
  };
  for (const a of articles) {
    const json = JSON.stringify(toExported(a));
    if (current.length > 0 && (size + json.length + 1 > MAX_FILE_CHARS || current.length >= MAX_ARTICLES_PER_FILE)) flush();
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0 || parts.length === 0) flush();
  return parts;
}

/**
 * The corpus as one file. Refuses ('too-large') a corpus that would not import back in one file;
 * use exportCorpusParts for those.
 */
export function exportCorpus(articles: StoredArticle[], exportedAt = new Date()): string {
  const parts = exportCorpusParts(articles, exportedAt);
  if (parts.length > 1) {
    throw new CorpusError('too-large', `the corpus is too large for one file (${articles.length} articles); export it in ${parts.length} parts`);
  }
  return parts[0];
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'string' ? `"${x.slice(0, 40)}${x.length > 40 ? '…' : ''}"` : typeof x;
}

/**
 * Version 1 had no `published`; its rule was that unknown fields are ignored, so a version-1 file
 * carrying one (from a later writer that kept version 1) imports as it always did, without it.
 */
function withoutPublished(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || !('published' in item)) return item;
  const { published: _ignored, ...rest } = item as Record<string, unknown>;
  return rest;
}

/** Read an import file (version 1 or 2). Throws CorpusError; returns articles ready for `CorpusStore.importAll`. */
export function parseImport(fileText: string, opts: ParseOptions = {}): StoredArticle[] {
  const maxChars = opts.maxChars ?? MAX_FILE_CHARS;
  if (typeof fileText !== 'string') throw new CorpusError('not-json', 'the file is not text');
  // Before JSON.parse: parsing a huge file is what would exhaust the background's memory.
  if (fileText.length > maxChars) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    throw new CorpusError('too-large', `the file is too large: ${mb(fileText.length)} MB, the limit is ${mb(maxChars)} MB`);
  }
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CorpusError('not-json', `the file is not JSON (${why.slice(0, 120)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CorpusError('schema', `not a Recoupe corpus file: expected a JSON object, got ${describe(data)}`);
  }
  const obj = data as Record<string, unknown>;
  if (obj.format !== FORMAT_TAG) {
    const got = obj.format === undefined ? 'no "format" field' : `format ${describe(obj.format)}`;
    throw new CorpusError('schema', `not a Recoupe corpus file: ${got}, expected "${FORMAT_TAG}"`, { path: 'format' });
  }
  // Version before the rest of the shape: a newer file may be shaped differently, and "made by a
  // newer Recoupe" is the message that helps.
  if (typeof obj.version !== 'number' || !READABLE_VERSIONS.includes(obj.version)) {
    const got = obj.version === undefined ? 'no "version" field' : `version ${describe(obj.version) === 'number' ? obj.version : describe(obj.version)}`;
    throw new CorpusError('version', `unsupported corpus file: ${got}; this Recoupe reads versions ${READABLE_VERSIONS.join(' and ')}`, { path: 'version' });
  }
  const version = obj.version;
  const env = v.safeParse(EnvelopeSchema, obj, { abortEarly: true });
  if (!env.success) {
    const key = env.issues[0].path?.[0]?.key;
    const path = typeof key === 'string' ? key : '';
    if (env.issues[0].received === 'undefined') throw new CorpusError('missing-field', `${path} is missing (required field)`, { path });
    throw new CorpusError('schema', `${path}: expected ${env.issues[0].expected}, got ${describe(env.issues[0].input)}`, { path });
  }
  const items = env.output.articles;
  if (items.length > MAX_ARTICLES_PER_FILE) {
    throw new CorpusError('too-large', `the file holds ${items.length} articles, the limit is ${MAX_ARTICLES_PER_FILE} per file`, { path: 'articles' });
  }
  const now = opts.now ?? Date.now();
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const a = validateArticle(version === 1 ? withoutPublished(item) : item, `articles[${i}]`, i, now);
    const first = seen.get(a.id);
    if (first !== undefined) {
      throw new CorpusError('duplicate', `articles[${i}].id "${a.id}" is the same as articles[${first}].id`, { path: `articles[${i}].id`, index: i });
    }
    seen.set(a.id, i);
    return a;
  });
}
