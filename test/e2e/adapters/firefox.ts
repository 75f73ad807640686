/**
 * The browser adapter for real Firefox ESR, driven by puppeteer-core over WebDriver BiDi. The
 * extension is installed as a temporary add-on (the MV2 build). BiDi refuses to navigate to
 * moz-extension:// URLs, so the adapter works from the welcome page the extension opens itself on
 * install: it is privileged, so it reads the badge and the tab states, opens the extension's pages
 * with tabs.create, and opens the real toolbar popup. Downloads land in a folder of the launch (prefs).
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_BIN, FIREFOX_BUILD, requireBuild } from '../paths';
import { sleep, type BrowserAdapter, type E2EPage, type ExtSession, type LaunchOptions, type PopupTiming, type TabState } from '../adapter';

/** The extension API as seen from an extension page (types only: evaluated code is serialised). */
type WebExtBrowser = import('webextension-polyfill').Browser;
type SessionArea = { session: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } };

/** A fixed UUID keeps moz-extension:// URLs, and so the extension's storage, across restarts. */
export const EXTENSION_UUID = '3b0f6a52-5a1e-4d43-9f3c-7d1c0e5e2a11';
/** How long an extension page opened with tabs.create may take to be found among the pages. */
const FIND_PAGE_TIMEOUT_MS = 15000;
/** Between two looks for that page: BiDi lists pages slowly, every look evaluates in each. */
const FIND_PAGE_POLL_MS = 150;
/** Focus changes reach tabs.query a moment after bringToFront: tries, and the pause between them. */
const TAB_ID_TRIES = 40;
const TAB_ID_POLL_MS = 50;
/** How long the toolbar popup may take to show its verdict after openPopup(). */
const POPUP_WAIT_MS = 5000;
/** Between two looks for the popup's verdict: short, since the time found is late by up to this much. */
const POPUP_POLL_MS = 5;
/** How long a download may take to be written, and the pause between two looks at the folder. */
const DOWNLOAD_TIMEOUT_MS = 10000;
const DOWNLOAD_POLL_MS = 100;

function prefs(opts: LaunchOptions, downloadDir: string): Record<string, unknown> {
  const p: Record<string, unknown> = {
    // Downloads go straight to a folder of this launch, without asking, where download() reads them.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json',
    'extensions.webextensions.uuids': JSON.stringify({ 'recoupe@recoupe.example': EXTENSION_UUID }),
    // A temporary add-on is uninstalled when Firefox quits; these keep its data for the restart.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // Firefox's own UI language, which the extension's i18n follows (French needs Debian's
    // firefox-esr-l10n-fr language pack, which .ci/run installs).
    'intl.locale.requested': (opts.lang ?? 'fr') === 'fr' ? 'fr' : 'en-US',
    // browserAction.openPopup() needs a user gesture; BiDi evaluations carry one in later Firefox ESR releases but not
    // in 140 (Debian bookworm's): this pref, made for tests, lets the toolbar popup open as a click would open it.
    'extensions.openPopupWithoutUserGesture.enabled': true,
  };
  if (opts.scheme) {
    // 0 dark, 1 light: what prefers-color-scheme says to pages, extension pages included.
    p['layout.css.prefers-color-scheme.content-override'] = opts.scheme === 'dark' ? 0 : 1;
    p['ui.systemUsesDarkTheme'] = opts.scheme === 'dark' ? 1 : 0;
  }
  if (opts.proxyPort) {
    Object.assign(p, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    });
  } else p['network.proxy.type'] = 0;
  return p;
}

/** A puppeteer page behind the common page interface. */
class FirefoxPage implements E2EPage {
  constructor(readonly raw: Page) {}
  async goto(url: string, opts?: { waitUntil?: 'load' | 'domcontentloaded' }) {
    await this.raw.goto(url, { waitUntil: opts?.waitUntil ?? 'load' });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  async evaluateScript(source: string) {
    await this.raw.evaluate(source);
  }
  click(selector: string) {
    return this.raw.click(selector);
  }
  async fill(selector: string, text: string) {
    // Cleared as a reader's select-all and delete would, with the input event the UI listens to.
    await this.raw.$eval(selector, (e) => {
      (e as HTMLInputElement).value = '';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    if (text) await this.raw.type(selector, text);
  }
  async press(key: string, selector?: string) {
    if (selector) await this.raw.focus(selector);
    await this.raw.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouse.move(x, y);
  }
  async waitFor(selector: string, opts?: { timeout?: number }) {
    await this.raw.waitForSelector(selector, opts);
  }
  async uploadFile(selector: string, path: string | string[]) {
    const input = (await this.raw.$(selector)) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error(`no ${selector}`);
    await input.uploadFile(...(Array.isArray(path) ? path : [path]));
  }
  async screenshot(path: string, opts?: { fullPage?: boolean }) {
    await this.raw.screenshot({ path: path as `${string}.png`, fullPage: opts?.fullPage });
  }
  async setViewport(width: number, height: number) {
    try {
      await this.raw.setViewport({ width, height });
    } catch (e) {
      // puppeteer-core sends browsingContext.setViewport and emulation.setScreenOrientationOverride together;
      // Firefox ESR 140 (Debian bookworm's) lacks the second: the size itself still applies, so wait for it.
      if (!/setScreenOrientationOverride/.test(String(e))) throw e;
      const deadline = Date.now() + 5_000;
      while ((await this.raw.evaluate(() => window.innerWidth)) !== width) {
        if (Date.now() > deadline) throw new Error(`viewport not ${width} wide after the orientation fallback`, { cause: e });
        await sleep(50);
      }
    }
  }
  async emulateColorScheme(): Promise<void> {
    throw new Error('Firefox over BiDi: the colour scheme is set at launch (LaunchOptions.scheme)');
  }
  async bringToFront() {
    await this.raw.bringToFront();
  }
  async addInitScript(fn: () => void) {
    await this.raw.evaluateOnNewDocument(fn);
  }
  onConsoleError(cb: (text: string) => void) {
    this.raw.on('console', (m) => { if (m.type() === 'error') cb(m.text()); });
    this.raw.on('pageerror', (e) => cb(`pageerror: ${String(e)}`));
  }
  onRequest(cb: (url: string) => void) {
    this.raw.on('request', (r) => cb(r.url()));
  }
  isClosed() {
    return this.raw.isClosed();
  }
  close() {
    return this.raw.close();
  }
}

async function findPage(browser: Browser, pred: (href: string) => boolean, timeoutMs = FIND_PAGE_TIMEOUT_MS): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (pred(href)) return p;
    }
    await sleep(FIND_PAGE_POLL_MS);
  }
  throw new Error('page not found');
}

let pageSerial = 0;

class FirefoxSession implements ExtSession {
  /** `ext`: the extension's welcome page, the privileged handle (undefined without the extension). */
  constructor(readonly browser: Browser, private readonly ext: Page | undefined, private readonly downloadDir: string) {}

  private handle(): Page {
    if (!this.ext) throw new Error('no extension loaded');
    return this.ext;
  }
  /** Evaluates in the welcome page, where `browser` is the extension API. */
  private inExt<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.handle().evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }

  async newPage() {
    return new FirefoxPage(await this.browser.newPage());
  }
  async welcomePage() {
    return new FirefoxPage(this.handle());
  }
  /** A fresh tab of one of the extension's own pages (BiDi may not navigate or reload those). */
  async openExtensionPage(path: string) {
    const marker = `e2e=${++pageSerial}`;
    const url = `${path}${path.includes('?') ? '&' : '?'}${marker}`;
    await this.inExt((u) => {
      const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
      return b.tabs.create({ url: b.runtime.getURL(u as '/options.html') }).then(() => undefined);
    }, url);
    return new FirefoxPage(await findPage(this.browser, (h) => h.startsWith('moz-extension://') && h.endsWith(url)));
  }
  async tabIdOf(page: E2EPage) {
    // Ask until two answers agree and the answer is not the welcome page's own tab.
    let last = -1;
    for (let i = 0; i < TAB_ID_TRIES; i++) {
      await page.bringToFront();
      const id = await this.inExt(async () => {
        const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
        const [t] = await b.tabs.query({ active: true, lastFocusedWindow: true });
        const self = await b.tabs.getCurrent();
        return t?.id === undefined || t.id === self?.id ? -1 : t.id;
      }, undefined);
      if (id >= 0 && id === last) return id;
      last = id;
      await sleep(TAB_ID_POLL_MS);
    }
    throw new Error('no active tab');
  }
  badgeOf(tabId: number) {
    // Firefox MV2: browserAction, not action.
    return this.inExt((id) => (globalThis as unknown as { browser: WebExtBrowser }).browser.browserAction.getBadgeText({ tabId: id }), tabId);
  }
  tabState<T extends TabState>(tabId: number) {
    return this.inExt(async (id) => {
      const b = (globalThis as unknown as { browser: { storage: SessionArea } }).browser;
      const k = `tab:${id}`;
      return (await b.storage.session.get(k))[k];
    }, tabId) as Promise<T | undefined>;
  }
  async forgetTab(tabId: number) {
    await this.inExt((id) => (globalThis as unknown as { browser: { storage: SessionArea } }).browser.storage.session.remove(`tab:${id}`), tabId);
  }
  settings() {
    return this.inExt(async () => ((await (globalThis as unknown as { browser: WebExtBrowser }).browser.storage.local.get('settings')).settings as Record<string, unknown>) ?? {}, undefined);
  }
  async setSettings(patch: Record<string, unknown>) {
    await this.inExt(async (p) => {
      const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
      const cur = ((await b.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
      await b.storage.local.set({ settings: { version: 1, highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
    }, patch);
  }
  sendMessage<R>(message: unknown): Promise<R> {
    return this.inExt((m) => (globalThis as unknown as { browser: WebExtBrowser }).browser.runtime.sendMessage(m), message) as Promise<R>;
  }
  evalInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.inExt(fn, arg);
  }
  /** From the welcome page: a message counter (it receives what content scripts send) and the background page's errors. */
  instrumentBackground() {
    return this.inExt(async () => {
      const g = globalThis as unknown as { browser: WebExtBrowser; __reports: Record<string, number>; __errors: string[]; __bg?: string };
      if (g.__bg) return g.__bg;
      g.__reports = {};
      g.__errors = [];
      g.browser.runtime.onMessage.addListener((m: unknown, sender: import('webextension-polyfill').Runtime.MessageSender) => {
        if ((m as { type?: string })?.type === 'page:report') {
          const k = `${sender.tab?.id}:${sender.frameId}`;
          g.__reports[k] = (g.__reports[k] ?? 0) + 1;
        }
        return undefined;
      });
      try {
        const bg = (await g.browser.runtime.getBackgroundPage()) as unknown as Window;
        bg.addEventListener('error', (e) => g.__errors.push(String(e.message)));
        bg.addEventListener('unhandledrejection', (e) => g.__errors.push(String(e.reason)));
        g.__bg = 'instrumented';
      } catch (e) {
        g.__bg = `not reachable: ${e}`;
      }
      return g.__bg;
    }, undefined);
  }
  backgroundErrors() {
    return this.inExt(() => (globalThis as unknown as { __errors?: string[] }).__errors?.splice(0) ?? [], undefined);
  }
  reportsOf(tabId: number) {
    return this.inExt((id) => {
      const r = (globalThis as unknown as { __reports?: Record<string, number> }).__reports ?? {};
      return Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith(`${id}:`)));
    }, tabId);
  }
  close() {
    return this.browser.close();
  }

  /** The file a trigger downloads, read from this launch's download folder once Firefox has finished writing it. */
  async download(trigger: () => Promise<void>): Promise<string> {
    const before = new Set(readdirSync(this.downloadDir));
    await trigger();
    const deadline = Date.now() + DOWNLOAD_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const names = readdirSync(this.downloadDir);
      // Firefox writes into "<name>.part" and renames it when done; the final name may exist, empty, before.
      const done = names.find((n) => !before.has(n) && !n.endsWith('.part') && !names.includes(`${n}.part`));
      if (done) {
        const text = readFileSync(join(this.downloadDir, done), 'utf8');
        if (text) return text;
      }
      await sleep(DOWNLOAD_POLL_MS);
    }
    throw new Error('no download arrived');
  }

  /**
   * The hover card's text, from its closed shadow root. Page scripts cannot reach a closed root, but
   * WebDriver BiDi serialises an element with its shadow root whatever its mode (a shared reference),
   * and puppeteer's realm turns that reference into a handle a page function can read.
   */
  async cardText(page: E2EPage): Promise<string> {
    const raw = (page as FirefoxPage).raw;
    const host = (await raw.evaluateHandle(() => document.querySelector('recoupe-card-host'))) as unknown as BidiNodeHandle;
    try {
      const shadow = host.remoteValue().value?.shadowRoot;
      if (!shadow) return '';
      const root = host.realm.createHandle(shadow);
      return await raw.evaluate((r: Node) => {
        const texts: string[] = [];
        const walk = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.parentElement?.nodeName !== 'STYLE' && n.nodeValue?.trim()) texts.push(n.nodeValue);
        return texts.join(' ');
      }, root as unknown as Node);
    } finally {
      await (host as unknown as { dispose(): Promise<void> }).dispose();
    }
  }

  /**
   * Opens the real toolbar popup for `page`'s tab, as a click on the button does: puppeteer evaluates
   * with a user activation, which browserAction.openPopup() needs. The popup is no browsing context
   * BiDi lists, so it is read from the welcome page through extension.getViews(). Firefox has no
   * Element Timing: the verdict is timed as the popup's first animation frame after it is in the DOM
   * (polled every POPUP_POLL_MS, so up to that much late).
   */
  async timeToolbarPopup(page: E2EPage): Promise<PopupTiming> {
    await page.bringToFront();
    const r = await this.inExt(async ([waitMs, pollMs]) => {
      const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
      const requestedAt = Date.now();
      await b.browserAction.openPopup();
      const deadline = Date.now() + waitMs;
      while (Date.now() < deadline) {
        const view = b.extension.getViews({ type: 'popup' })[0];
        const verdict = view?.document.querySelector('.verdict');
        if (view && verdict) {
          await new Promise((res) => view.requestAnimationFrame(() => view.requestAnimationFrame(res)));
          const painted = view.performance.now();
          // The popup's own steps, as the Chromium adapter reads them (User Timing works in Firefox too).
          const marks = Object.fromEntries(view.performance.getEntriesByType('mark').filter((m) => m.name.startsWith('recoupe:')).map((m) => [m.name, m.startTime]));
          const out = { requestedAt, origin: view.performance.timeOrigin, painted, verdict: verdict.textContent ?? '', marks };
          view.close();
          return out;
        }
        await new Promise((res) => setTimeout(res, pollMs));
      }
      return null;
    }, [POPUP_WAIT_MS, POPUP_POLL_MS] as const);
    if (!r) throw new Error('the toolbar popup did not show a verdict');
    return { requestedAt: r.requestedAt, navToVerdictMs: r.painted, requestToVerdictMs: r.origin + r.painted - r.requestedAt, verdict: r.verdict, marks: r.marks };
  }
}

/** What the adapter reads of puppeteer's BiDi element handle (internal, not in its public types). */
interface BidiNodeHandle {
  remoteValue(): { value?: { shadowRoot?: unknown } };
  realm: { createHandle(remote: unknown): unknown };
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<FirefoxSession> {
  const build = opts.extension === undefined ? FIREFOX_BUILD : opts.extension;
  if (build) requireBuild(build);
  const downloadDir = mkdtempSync(join(tmpdir(), 'recoupe-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    ...(opts.profileDir ? { userDataDir: opts.profileDir } : {}),
    ...(opts.viewport ? { defaultViewport: opts.viewport } : {}),
    extraPrefsFirefox: prefs(opts, downloadDir),
  });
  if (!build) return new FirefoxSession(browser, undefined, downloadDir);
  await browser.installExtension(build);
  const ext = await findPage(browser, (h) => h.startsWith('moz-extension://') && h.endsWith('/options.html'));
  return new FirefoxSession(browser, ext, downloadDir);
}

export const firefox: BrowserAdapter = {
  name: 'firefox',
  label: 'Firefox',
  caps: {
    // MV2: the background is a persistent page, never stopped when idle.
    stoppableWorker: false,
    // browserAction.openPopup() needs a user gesture: puppeteer's BiDi evaluations carry one.
    toolbarPopup: true,
    // BiDi serialises a closed shadow root as a reference a page function can read.
    readClosedShadow: true,
    // runtime.reload() works, but the reloaded temporary add-on closes the welcome page, the
    // adapter's only privileged handle, and Firefox injects the content script again into open
    // tabs: the new script redraws the marks, so "no mark left" does not apply there. Tried by
    // hand: within 2 s every Highlight object in the page had been replaced by the new script's.
    reloadExtension: false,
    // puppeteer over BiDi does not hand downloads over, but prefs send them to a folder the adapter reads.
    downloads: true,
    // puppeteer 24 emulates media features through CDP only, which Firefox over BiDi lacks: the
    // colour scheme is Firefox's content override pref, set at launch.
    emulateColorScheme: false,
    // Firefox ESR 153's PerformanceObserver.supportedEntryTypes has neither 'longtask' nor
    // 'layout-shift' (nor 'element'): stalls come from the probe timer's gaps.
    longTasks: false,
    // Firefox puts a scrollable element in the tab order even when it holds focusable content.
    focusableScrollers: true,
  },
  build: FIREFOX_BUILD,
  extensionScheme: 'moz-extension://',
  /** Firefox's own services (telemetry, remote settings, safe browsing...): never ours. */
  ownTraffic: /^(CONNECT |POST |GET )(https?:\/\/)?([a-z0-9-]+\.)*(mozilla\.com|mozilla\.org|mozilla\.net|firefox\.com|mozaws\.net|cdn\.mozilla\.net|googleapis\.com|digicert\.com)(:443|\/|$)/,
  launch: launchFirefox,
};
