import { fakeBrowser } from '../test/support/fake-browser';
import { vi } from 'vitest';
// The polyfill refuses to load outside an extension: settings-read.ts gets the fake browser too.
vi.mock('webextension-polyfill', async () => ({ default: (await import('../test/support/fake-browser')).fakeBrowser }));
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSilent, normalizeHost } from './settings';
import { getSettings, onSettingsChanged, setSettings, settingsItem } from './settings-item';
import { readSettings, watchSettings } from './settings-read';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings (a WXT storage item in storage.local)', () => {
  it('defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch under `settings`, with its version in WXT metadata', async () => {
    const next = await setSettings({ caution: 'strict', silentSites: ['https://www.Example.org/x', 'bad host', ''] });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, caution: 'strict', silentSites: ['example.org', 'bad host'].map(normalizeHost).filter(Boolean) });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual(next);
    expect(raw['settings$']).toEqual({ v: 2 });
    expect(await getSettings()).toEqual(next);
  });

  it('migrates a version-1 value (version inside the value) to version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, highlights: false, highlightMode: 'wrap', caution: 'relaxed', silentSites: ['www.lemonde.fr'] } });
    await settingsItem.migrate();
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({ highlights: false, highlightMode: 'wrap', caution: 'relaxed', silentSites: ['lemonde.fr'] });
    expect(raw['settings$']).toEqual({ v: 2 });
    expect(await getSettings()).toEqual(raw.settings);
  });

  it('sanitises whatever storage holds', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'yes', highlightMode: 'sparkles', caution: 'paranoid', silentSites: [3, 'Foo.COM'] }, settings$: { v: 2 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, silentSites: ['foo.com'] });
  });

  it('tells every listener about a change, sanitised', async () => {
    const seen: unknown[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await setSettings({ highlights: false });
    await fakeBrowser.storage.local.set({ settings: { highlights: true, caution: 'weird' } });
    stop();
    await setSettings({ caution: 'strict' });
    expect(seen).toEqual([
      { ...DEFAULT_SETTINGS, highlights: false },
      { ...DEFAULT_SETTINGS, highlights: true },
    ]);
  });

  it('silent on a host and its subdomains only', () => {
    const s = { ...DEFAULT_SETTINGS, silentSites: ['example.org'] };
    expect(isSilent(s, 'www.example.org')).toBe(true);
    expect(isSilent(s, 'news.example.org')).toBe(true);
    expect(isSilent(s, 'notexample.org')).toBe(false);
  });
});

describe('settings as the content script reads them (no storage library)', () => {
  it('reads what the item wrote, and an old version-1 value alike', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await setSettings({ highlightMode: 'wrap' });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightMode: 'wrap' });
    await fakeBrowser.storage.local.set({ settings: { version: 1, highlights: false, highlightMode: 'auto', caution: 'normal', silentSites: [] } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
  });

  it('follows changes made through the item', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setSettings({ highlights: false });
    stop();
    await setSettings({ highlights: true });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, highlights: false }]);
  });
});
