/**
 * The reader's stored article and the one validator every way in goes through (add, import), so a
 * record in the database always satisfies the same rules as a record in a file.
 */
import * as v from 'valibot';
import { CorpusError, type CorpusErrorCode } from './errors';
import { ID_PATTERN, MAX_IGNORE_RANGES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';
import { idForText } from './text-id';

export type ArticleLang = 'fr' | 'en';

export interface StoredArticle {
  id: string;
  title: string;
  lang: ArticleLang;
  /** The article's full text, exactly as added: offsets in results index into it. */
  text: string;
  url?: string;
  /** The article's publication day (YYYY-MM-DD), a real calendar day, when its page or file gave one (extract/published.ts); absent when unknown. */
  published?: string;
  /** Epoch milliseconds. */
  addedAt: number;
  /** [start, end) UTF-16 ranges of page furniture to ignore. */
  ignore: Array<[number, number]>;
}

/** What `add` takes: the store derives the id (from the text) and the date. */
export type NewArticle = Omit<StoredArticle, 'id' | 'addedAt' | 'ignore'> & {
  id?: string;
  addedAt?: number;
  ignore?: Array<[number, number]>;
};

/**
 * C0/C1 control characters, plus bidi overrides and isolates, which can make a title display as
 * something other than what it says. Tabs and newlines become spaces; the rest are removed.
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_CHARS = /[\t\n\r]+/g;

export function cleanTitle(title: string): string {
  return title.replace(LINE_CHARS, ' ').replace(CONTROL_CHARS, '').trim();
}

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD naming a day that exists (2024-02-29 does, 2023-02-29 and 2024-13-01 do not). */
export function isRealDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** One article as it may appear in an import file or be given to `add`. */
export const ArticleInputSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.regex(ID_PATTERN))),
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS)),
  lang: v.picklist(['fr', 'en']),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT_CHARS)),
  url: v.optional(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS))),
  published: v.optional(v.string()),
  addedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  ignore: v.optional(v.pipe(v.array(v.tuple([offset, offset])), v.maxLength(MAX_IGNORE_RANGES))),
});

function short(s: string | undefined, max = 40): string {
  if (s === undefined) return '?';
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function joinPath(base: string, keys: Array<string | number>): string {
  let out = base;
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

/** Turn valibot's first issue into a CorpusError that names the field path. */
export function issueToError(issue: v.BaseIssue<unknown>, base: string, index?: number): CorpusError {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const path = joinPath(base, keys);
  const where = path || 'the file';
  let code: CorpusErrorCode = 'schema';
  let message: string;
  if (issue.type === 'object' && issue.received === 'undefined' && keys.length > 0) {
    code = 'missing-field';
    message = `${where} is missing (required field)`;
  } else if (issue.type === 'max_length') {
    code = 'field-too-large';
    message = `${where} is too large: ${issue.received} ${Array.isArray(issue.input) ? 'items' : 'characters'}, the limit is ${issue.requirement}`;
  } else if (issue.type === 'min_length') {
    message = `${where} is empty`;
  } else if (issue.type === 'regex') {
    message = `${where} is not a valid id (${short(String(issue.input))}): letters, digits, ".", "_" and "-" only, at most 128`;
  } else {
    message = `${where}: expected ${issue.expected}, got ${short(issue.received)}`;
  }
  return new CorpusError(code, message, { path, index });
}

const HTTP_URL = /^https?:\/\//i;

/**
 * Validate and normalise one article. `base` is its path for messages (`articles[3]`), `index`
 * its position. Throws CorpusError.
 */
export function validateArticle(input: unknown, base: string, index: number | undefined, now: number): StoredArticle {
  const r = v.safeParse(ArticleInputSchema, input, { abortEarly: true });
  if (!r.success) throw issueToError(r.issues[0], base, index);
  const a = r.output;
  const title = cleanTitle(a.title);
  if (!title) throw new CorpusError('schema', `${joinPath(base, ['title'])} is empty`, { path: joinPath(base, ['title']), index });
  // Anything but http(s) could become a javascript: or data: link in the UI.
  if (a.url !== undefined && !(HTTP_URL.test(a.url) && URL.canParse(a.url))) {
    throw new CorpusError('schema', `${joinPath(base, ['url'])} is not an http(s) URL (${short(a.url)})`, { path: joinPath(base, ['url']), index });
  }
  if (a.published !== undefined && !isRealDay(a.published)) {
    const path = joinPath(base, ['published']);
    throw new CorpusError('schema', `${path} is not a day as YYYY-MM-DD (${short(a.published)})`, { path, index });
  }
  const ignore = (a.ignore ?? []) as Array<[number, number]>;
  ignore.forEach(([s, e], i) => {
    if (!(s < e && e <= a.text.length)) {
      const path = joinPath(base, ['ignore', i]);
      throw new CorpusError('schema', `${path}: range [${s}, ${e}] is not inside the text (${a.text.length} characters)`, { path, index });
    }
  });
  const out: StoredArticle = {
    id: a.id ?? idForText(a.text),
    title,
    lang: a.lang,
    text: a.text,
    addedAt: a.addedAt ?? now,
    ignore,
  };
  if (a.url !== undefined) out.url = a.url;
  if (a.published !== undefined) out.published = a.published;
  return out;
}
