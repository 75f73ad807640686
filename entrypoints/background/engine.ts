/**
 * The engine as the background holds it: the bundled corpus with its build-time index, plus the
 * reader's own articles from IndexedDB (their index entries cached there too, so a restarted
 * service worker does not recompute them). Built once per background start.
 */
import browser from 'webextension-polyfill';
import corpus from 'virtual:recoupe-corpus';
import { Engine } from '../../core/engine';
import { CorpusStore } from '../../storage/corpus-store';
import { buildEngine } from '../../storage/engine-sync';

export interface Held {
  engine: Engine;
  /** null when IndexedDB is unavailable (private windows in some browsers): bundled corpus only. */
  store: CorpusStore | null;
  hidden: Set<string>;
}

let held: Promise<Held> | undefined;

async function load(): Promise<Held> {
  let store: CorpusStore | null = null;
  try {
    store = await CorpusStore.open();
    const { engine } = await buildEngine(corpus.docs, store, { indexKey: browser.runtime.getManifest().version, bundledIndex: corpus.story });
    return { engine, store, hidden: new Set(await store.getHiddenBundled()) };
  } catch {
    return { engine: new Engine(corpus.docs, corpus.story), store, hidden: new Set() };
  }
}

export function getHeld(): Promise<Held> {
  held ??= load();
  return held;
}

export const BUNDLED_IDS = new Set(corpus.docs.map((d) => d.id));
