/**
 * A long import, as the options page runs it over a port: the articles' story entries are computed
 * in slices (progress after each, the background free between them for tabs and popups), then
 * everything is written in ONE transaction at the end. Cancelled before that write, nothing is
 * written; the write itself is all or nothing.
 */
import browser from 'webextension-polyfill';
import { storyDoc, type StoryDoc } from '../../core/story/index';
import { toCorpusDoc } from '../../storage/engine-sync';
import { parseImport } from '../../storage/exchange';
import type { StoredArticle } from '../../storage/article';
import { isCorpusError } from '../../storage/errors';
import type { CorpusOutcome, ImportPortEvent, ImportPortRequest, ImportProgress } from '../../messaging/protocol';
import { IMPORT_PORT } from '../../messaging/protocol';
import { getHeld } from './engine';
import { invalidateSearch } from './search';
import { reanalyseOpenTabs } from './corpus-ops';

/**
 * Work between two yields, in ms. A story entry costs 1 ms on a quiet laptop but 5-15 ms on a
 * loaded machine (measured: 5 ms in node, about 14 ms in Chromium's worker with six other jobs on
 * two cores), so slices are cut by time, not by count: a tab's report or a popup waits at most
 * about this long (plus one entry) for the background.
 */
export const IMPORT_SLICE_MS = 25;
/** Progress messages at most this often: a bar moving ten times a second reads as smooth. */
export const PROGRESS_EVERY_MS = 100;

export type ImportOutcome = CorpusOutcome<{ added: number; skipped: number }>;

export interface ImportHooks {
  onProgress?: (p: ImportProgress) => void;
  /** Checked between slices; once set, the job stops and writes nothing. */
  cancelled?: () => boolean;
  /** Lets the background breathe between slices; a macrotask by default. */
  pause?: () => Promise<void>;
  /** Clock for cutting slices (tests); performance.now by default. */
  now?: () => number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function failure(e: unknown): ImportOutcome {
  if (isCorpusError(e)) return { ok: false, code: e.code, message: e.message };
  return { ok: false, code: 'storage', message: e instanceof Error ? e.message : String(e) };
}

const CANCELLED: ImportOutcome = { ok: false, code: 'cancelled', message: 'import cancelled: nothing was saved' };

export async function importArticles(articles: StoredArticle[], hooks: ImportHooks = {}): Promise<ImportOutcome> {
  const { engine, store } = await getHeld();
  if (!store) return { ok: false, code: 'no-store', message: 'this browser gives Recoupe no storage here (private window?): your own corpus is unavailable' };
  const pause = hooks.pause ?? macrotask;
  const total = articles.length;
  const report = (phase: ImportProgress['phase'], done: number) => hooks.onProgress?.({ phase, done, total });
  try {
    // Only articles the engine does not hold yet need an entry: the rest will be skipped.
    const story = new Map<string, StoryDoc>();
    const now = hooks.now ?? (() => performance.now());
    report('indexing', 0);
    let lastReport = now();
    let i = 0;
    while (i < total) {
      if (hooks.cancelled?.()) return CANCELLED;
      const sliceStart = now();
      do {
        const a = articles[i++];
        if (!engine.has(a.id) && engine.findByText(a.text) === undefined) story.set(a.id, storyDoc(toCorpusDoc(a)));
      } while (i < total && now() - sliceStart < IMPORT_SLICE_MS);
      if (i === total || now() - lastReport >= PROGRESS_EVERY_MS) {
        report('indexing', i);
        lastReport = now();
      }
      await pause();
    }
    if (hooks.cancelled?.()) return CANCELLED;
    // From here the import is committed to: one transaction, written completely or not at all.
    report('saving', total);
    const r = await store.importAll(articles, { story: { key: browser.runtime.getManifest().version, docs: story } });
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const id of r.addedIds) {
      const a = byId.get(id);
      if (a && !engine.has(id)) engine.add(toCorpusDoc(a), story.get(id));
    }
    if (r.added > 0) {
      invalidateSearch();
      await reanalyseOpenTabs();
    }
    return { ok: true, added: r.added, skipped: r.skipped };
  } catch (e) {
    return failure(e);
  }
}

/** A corpus file's text, imported without progress (the `corpus:import` message). */
export async function importFile(fileText: string): Promise<ImportOutcome> {
  if (!(await getHeld()).store) return importArticles([]);
  try {
    return await importArticles(parseImport(fileText));
  } catch (e) {
    return failure(e);
  }
}

/** The options page's import port: `start` once, `cancel` any time; progress, then one `done`. */
export function listenForImports(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT) return;
    let cancelled = false;
    let started = false;
    const post = (event: ImportPortEvent) => {
      try {
        port.postMessage(event);
      } catch {
        // The page went away: nobody to tell. A job still running sees `cancelled` below.
      }
    };
    port.onDisconnect.addListener(() => void (cancelled = true));
    port.onMessage.addListener((msg: unknown) => {
      const m = msg as ImportPortRequest;
      if (m?.kind === 'cancel') cancelled = true;
      else if (m?.kind === 'start' && !started && Array.isArray(m.articles)) {
        started = true;
        void importArticles(m.articles, { onProgress: (p) => post({ kind: 'progress', ...p }), cancelled: () => cancelled }).then((outcome) => post({ kind: 'done', outcome }));
      }
    });
  });
}
