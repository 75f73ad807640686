/**
 * The settings as a WXT storage item: read, written and followed by the background, the popup and
 * the options page. (The content script reads them through settings-read.ts instead: this module
 * brings @wxt-dev/storage, 9 KB, over the content script's 40 KB budget.)
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitize, type Settings } from './settings';

/**
 * The storage item. Version 1 (before WXT storage items) kept its version inside the value
 * (`{ version: 1, ... }`); version 2 keeps it in WXT's metadata (`settings$`), so migration 2 drops
 * the field. Every value read is sanitised too: storage may hold anything an older build, or a
 * hand edit, left there.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: unknown): Settings => sanitize(v1),
  },
});

export async function getSettings(): Promise<Settings> {
  return sanitize(await settingsItem.getValue());
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitize({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((next) => cb(sanitize(next)));
}
