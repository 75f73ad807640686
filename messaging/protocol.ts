/**
 * Every message between the extension's contexts, in one place. Each request type maps to the
 * response its handler returns; `send` and `sendToTab` are typed by these maps, and the receivers'
 * handler maps (messaging/router.ts) must answer every type with its response, so a context cannot
 * ask for something nobody answers.
 */
import browser from 'webextension-polyfill';
import type { CompareResult, Lang } from '../core/types';
import type { MarkRequest } from '../highlight/types';
import type { SearchHit } from '../core/search/index';
import type { CorpusErrorCode } from '../storage/errors';
import type { StoredArticle } from '../storage/article';
import type { MessageOf } from './router';
import type { CitedSource } from './popup-result';

/** What the content script found on the page. */
export type PageReport =
  /**
   * Looks like an article: its serialised HTML goes to the background, which extracts the article
   * (Readability over its own JSDOMParser, off the page's main thread) and never sends it anywhere else.
   */
  | { kind: 'page'; html: string; lang: string | null; url: string }
  /** Not an article (search page, home page, app): nothing to compare. */
  | { kind: 'not-article'; url: string }
  /** The reader asked Recoupe to stay silent on this site. */
  | { kind: 'silent'; url: string }
  /** A page too large to analyse within our time budget. */
  | { kind: 'too-long'; url: string; chars: number };

/** The state of one tab, as the popup shows it. */
export type TabState =
  | { status: 'unknown' }
  | { status: 'analysing' }
  | { status: 'not-article' }
  | { status: 'silent' }
  | { status: 'too-long'; chars: number }
  | { status: 'error'; message: string }
  /**
   * `result.sources` holds the best MAX_LISTED_SOURCES; `sourceCount` counts them all (a newsroom
   * corpus can have thousands of articles on one story: the popup lists the first, the badge counts all).
   * `published`: the page's own publication day (YYYY-MM-DD), when it gives one.
   * `result` is the popup's copy (messaging/popup-result.ts): the texts the popup never shows are empty
   * (a counterpart beyond the fourth, the page's sentence repeated per source), offsets kept.
   * `cited`: the sources the popup quotes that `result.sources` does not list (id -> title and publication day).
   */
  | { status: 'done'; title: string; lang: Lang; result: CompareResult; url: string; inCorpus: boolean; sourceCount: number; published?: string; cited?: Record<string, CitedSource> };

/** Sources sent to the popup: more than anyone reads there, few enough to open it at once. */
export const MAX_LISTED_SOURCES = 50;

/**
 * Why a corpus operation failed: a problem of the import file or of storage (`CorpusErrorCode`,
 * storage/errors.ts), or one of the request itself, which no file is to blame for.
 */
export type CorpusOutcomeCode =
  | CorpusErrorCode
  | 'no-store' // the browser gives Recoupe no IndexedDB here (a private window, say)
  | 'no-article' // "add this tab": no article was read in that tab
  | 'bundled' // "remove": bundled articles can be hidden, not removed
  | 'cancelled'; // an import the reader cancelled: nothing was written

/** Errors of corpus operations carry a code the UI translates and a message naming the problem. */
export type CorpusFailure = { ok: false; code: CorpusOutcomeCode; message: string };
export type CorpusOutcome<T> = ({ ok: true } & T) | CorpusFailure;

/** One article of the corpus, as lists show it. */
export interface CorpusEntry {
  id: string;
  title: string;
  lang: Lang;
  bundled: boolean;
  /** Bundled articles the reader chose to hide are not compared against. */
  hidden: boolean;
  url?: string;
  addedAt?: number;
  chars: number;
  /** Publication day (YYYY-MM-DD), when known. */
  published?: string;
}

export interface Requests {
  /** content -> background: the page was (re)read; answers with the badge count. */
  'page:report': { req: PageReport; res: { sources: number } };
  /** content -> background: the page is being read (navigation in a single-page site). */
  'page:analysing': { req: Record<string, never>; res: { ok: true } };
  /** popup -> background: the state of a tab. */
  'tab:state': { req: { tabId: number }; res: TabState };
  /** options -> background: the articles in the corpus. */
  'corpus:list': { req: Record<string, never>; res: CorpusEntry[] };
  /** popup -> background: add the article read in this tab to the reader's corpus. */
  'corpus:add-tab': { req: { tabId: number }; res: CorpusOutcome<{ id: string }> };
  /** options -> background: remove one of the reader's articles. */
  'corpus:remove': { req: { id: string }; res: CorpusOutcome<Record<never, never>> };
  /** options -> background: set (YYYY-MM-DD) or clear (null) the publication day of one of the reader's articles. */
  'corpus:set-published': { req: { id: string; published: string | null }; res: CorpusOutcome<Record<never, never>> };
  /** options -> background: hide or show a bundled article. */
  'corpus:set-hidden': { req: { id: string; hidden: boolean }; res: CorpusOutcome<Record<never, never>> };
  /** options -> background: import a corpus file (its text); all or nothing. */
  'corpus:import': { req: { fileText: string }; res: CorpusOutcome<{ added: number; skipped: number }> };
  /** options -> background: the reader's articles as one or more corpus files. */
  'corpus:export': { req: Record<string, never>; res: CorpusOutcome<{ files: string[] }> };
  /** popup/options -> background: sentences of the corpus matching a query (empty: warm the index). */
  'corpus:search': { req: { query: string; limit?: number }; res: { hits: SearchHit[]; ms: number } };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = MessageOf<Requests, T>;

/** Name of the port the options page opens to import many articles with progress and cancel. */
export const IMPORT_PORT = 'corpus-import';

/** Where a long import is: story entries computed (`indexing`), then the one write (`saving`). */
export interface ImportProgress {
  phase: 'indexing' | 'saving';
  /** Articles done, of `total`. */
  done: number;
  total: number;
}

/**
 * options -> background on the import port: `start` with the articles (read and checked by the
 * page: storage/file-article.ts), at most once; `cancel` any time before the write begins.
 */
export type ImportPortRequest = { kind: 'start'; articles: StoredArticle[] } | { kind: 'cancel' };
/** background -> options on the import port: progress, then one `done` with the outcome. */
export type ImportPortEvent = ({ kind: 'progress' } & ImportProgress) | { kind: 'done'; outcome: CorpusOutcome<{ added: number; skipped: number }> };

/** Sends to the background; the response type is the one its handler must return. */
export function send<T extends RequestType>(type: T, payload: Requests[T]['req']): Promise<Requests[T]['res']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Message<T>) as Promise<Requests[T]['res']>;
}

/** What marks the content script drew, and what it could not find in the page. */
export interface MarksDrawn {
  anchored: number;
  missed: number;
}

/** background/popup -> content script (browser.tabs.sendMessage), each with its response. */
export interface ContentRequests {
  /** Draw these marks, replacing any; `textLength` is the extracted text's length (position hints). */
  'marks:apply': { req: { marks: MarkRequest[]; textLength: number }; res: MarksDrawn };
  /** Scroll to a mark and flash it; `ok` is false when the page has no such mark. */
  'marks:scroll': { req: { id: string }; res: { ok: boolean } };
}
export type ContentType = keyof ContentRequests;
export type ContentMessage<T extends ContentType = ContentType> = MessageOf<ContentRequests, T>;

/** Sends to a tab's content script; rejects when the tab has none (not an http(s) page, or gone). */
export function sendToTab<T extends ContentType>(tabId: number, type: T, payload: ContentRequests[T]['req']): Promise<ContentRequests[T]['res']> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies ContentMessage<T>) as Promise<ContentRequests[T]['res']>;
}
