/**
 * The options page's side of an import: the reader's files read into articles here (an .html
 * file parsed by DOMParser into an inert document: scripts never run, nothing loads, and the live
 * options page is never touched), then handed to the background over the import port, which
 * reports progress and takes a cancel until its one write begins.
 */
import browser from 'webextension-polyfill';
import { readArticleFile, type FileResult } from '../storage/file-article';
import { MAX_FILE_BYTES } from '../storage/limits';
import type { StoredArticle } from '../storage/article';
import { IMPORT_PORT, type ImportPortEvent, type ImportPortRequest, type ImportProgress, type CorpusOutcome } from '../messaging/protocol';

const inertDocument = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export interface ReadHooks {
  onFile?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

/** Each file to its articles or its error, in the order given; null when cancelled. */
export async function readFiles(files: File[], hooks: ReadHooks = {}): Promise<FileResult[] | null> {
  const out: FileResult[] = [];
  hooks.onFile?.(0, files.length);
  for (const file of files) {
    if (hooks.cancelled?.()) return null;
    if (file.size > MAX_FILE_BYTES) {
      // Refused before reading: a 50 MB file must not be loaded into memory to be rejected.
      out.push({ name: file.name, ok: false, code: 'too-large', message: `the file is too large: ${(file.size / 1024 / 1024).toFixed(1)} MB, the limit is ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB` });
    } else {
      let bytes: Uint8Array | null = null;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (e) {
        out.push({ name: file.name, ok: false, code: 'encoding', message: `the file could not be read (${e instanceof Error ? e.message : String(e)})` });
      }
      if (bytes) out.push(readArticleFile(file.name, bytes, { parseHtml: inertDocument, json: true }));
    }
    hooks.onFile?.(out.length, files.length);
  }
  return out;
}

export interface ImportRun {
  /** Resolves with the background's outcome (code `cancelled` when the reader cancelled in time). */
  done: Promise<CorpusOutcome<{ added: number; skipped: number }>>;
  cancel: () => void;
}

/** Sends the articles to the background's import job; `onProgress` gets each step. */
export function startImport(articles: StoredArticle[], onProgress: (p: ImportProgress) => void): ImportRun {
  const port = browser.runtime.connect({ name: IMPORT_PORT });
  const send = (m: ImportPortRequest) => port.postMessage(m);
  const done = new Promise<CorpusOutcome<{ added: number; skipped: number }>>((resolve) => {
    port.onMessage.addListener((msg: unknown) => {
      const e = msg as ImportPortEvent;
      if (e.kind === 'progress') onProgress({ phase: e.phase, done: e.done, total: e.total });
      else if (e.kind === 'done') {
        resolve(e.outcome);
        port.disconnect();
      }
    });
    port.onDisconnect.addListener(() => resolve({ ok: false, code: 'storage', message: 'the connection to the background was lost before the import finished: the list shows what was saved' }));
  });
  send({ kind: 'start', articles });
  return { done, cancel: () => send({ kind: 'cancel' }) };
}
