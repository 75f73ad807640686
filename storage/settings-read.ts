/**
 * The settings as the content script reads them: straight from storage.local, sanitised, without
 * the storage library (its 9 KB would put the content script over its 40 KB budget). It never
 * writes them. A value an older build left (before the background migrated it) reads the same:
 * `sanitize` keeps only the fields it knows.
 */
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, sanitize, type Settings } from './settings';

export async function readSettings(): Promise<Settings> {
  return sanitize((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]) cb(sanitize(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
