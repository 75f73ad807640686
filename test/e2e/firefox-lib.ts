/**
 * Driving the built extension in real Firefox ESR with puppeteer-core over WebDriver BiDi. BiDi
 * refuses to navigate to moz-extension:// URLs, so tests work from the welcome page the extension
 * opens itself on install: it is privileged, so it can read the badge and open the popup page.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BIN, FIREFOX_BUILD } from './paths';

/** The extension API as seen from an extension page (types only: evaluated code is serialised). */
export type WebExtBrowser = import('webextension-polyfill').Browser;

/** A fixed UUID keeps moz-extension:// URLs, and so the extension's storage, across restarts. */
export const EXTENSION_UUID = '3b0f6a52-5a1e-4d43-9f3c-7d1c0e5e2a11';

export interface FxExt {
  browser: Browser;
  /** The extension's welcome page, used as a privileged handle. */
  ext: Page;
}

export async function launchFirefox(userDataDir?: string, extraPrefs: Record<string, unknown> = {}): Promise<FxExt> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    ...(userDataDir ? { userDataDir } : {}),
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'extensions.webextensions.uuids': JSON.stringify({ 'recoupe@recoupe.example': EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; these keep its data for the restart.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...extraPrefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const ext = await findPage(browser, (h) => h.startsWith('moz-extension://') && h.endsWith('/options.html'));
  return { browser, ext };
}

export async function findPage(browser: Browser, pred: (href: string) => boolean, timeoutMs = 15000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (pred(href)) return p;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error('page not found');
}

export async function tabIdOf(fx: FxExt, page: Page): Promise<number> {
  await page.bringToFront();
  return fx.ext.evaluate(async () => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const [t] = await b.tabs.query({ active: true, lastFocusedWindow: true });
    if (t?.id === undefined) throw new Error('no active tab');
    return t.id;
  });
}

export async function waitForAnalysis(fx: FxExt, tabId: number, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fx.ext.evaluate(async (id) => {
      const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
      const k = `tab:${id}`;
      const s = (await (b.storage as unknown as { session: { get(k: string): Promise<Record<string, { status: string }>> } }).session.get(k))[k];
      return s?.status;
    }, tabId);
    if (status && status !== 'analysing') return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('analysis did not finish');
}

export async function badgeOf(fx: FxExt, tabId: number): Promise<string> {
  return fx.ext.evaluate((id) => (globalThis as unknown as { browser: WebExtBrowser }).browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

export async function openPopup(fx: FxExt, tabId: number): Promise<Page> {
  await fx.ext.evaluate((id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    return b.tabs.create({ url: b.runtime.getURL(`/popup.html?tab=${id}`) }).then(() => undefined);
  }, tabId);
  const popup = await findPage(fx.browser, (h) => h.startsWith('moz-extension://') && h.includes(`popup.html?tab=${tabId}`));
  await popup.setViewport({ width: 400, height: 600 });
  await popup.waitForSelector('.verdict, .state:not(.state-busy)');
  return popup;
}

let pageSerial = 0;

/** A fresh tab of one of the extension's own pages (BiDi may not navigate or reload those). */
export async function openExtensionPage(fx: FxExt, path: string): Promise<Page> {
  const marker = `n=${++pageSerial}`;
  const url = `${path}${path.includes('?') ? '&' : '?'}${marker}`;
  await fx.ext.evaluate((u) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    return b.tabs.create({ url: b.runtime.getURL(u) }).then(() => undefined);
  }, url);
  return findPage(fx.browser, (h) => h.startsWith('moz-extension://') && h.endsWith(url));
}
