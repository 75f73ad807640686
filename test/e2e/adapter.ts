/**
 * One browser adapter, two implementations (adapters/chromium.ts with playwright-core,
 * adapters/firefox.ts with puppeteer-core over WebDriver BiDi): every end-to-end suite is written
 * once against it and runs in both browsers.
 *
 * How to add a suite:
 *   1. Create `test/e2e/<name>.e2e.test.ts` (vitest.e2e.config.ts picks up `*.e2e.test.ts`).
 *   2. Write its body inside `forEachBrowser('what it checks', (a) => { ... })` (from ./browsers):
 *      it becomes one `describe` per browser, run one after the other (never two browsers at once
 *      on a 2-core machine).
 *   3. In `beforeAll`, `session = await a.launch({ ... })` (the built extension loaded, French UI by
 *      default); in `afterAll`, `await session?.close()`. Open pages with `session.newPage()` and
 *      `session.openPopup(tabId)`; read the extension's state through the session (`tabIdOf`,
 *      `badgeOf`, `tabState`, `setSettings`, `sendMessage`...), never through a driver directly.
 *   4. Where one browser cannot do a step, test the capability (`a.caps.x`, or an optional session
 *      method such as `session.stopWorker`) with `it.skipIf(!a.caps.x)` or an `if`; never copy a
 *      test for one browser. A new capability goes here, with a comment saying why a browser lacks it.
 *   5. Screenshots: `shotPath(\`${a.name}-<what>.png\`)` (test-results/screenshots).
 * `E2E_BROWSERS=firefox` (or chromium) runs one browser only.
 */
export type BrowserName = 'chromium' | 'firefox';
export type Lang = 'fr' | 'en';
export type Scheme = 'light' | 'dark';

export interface LaunchOptions {
  /** A profile folder kept across launches (the extension's storage survives); default: a fresh one. */
  profileDir?: string;
  /** The browser's UI language, which the extension follows. Default 'fr'. */
  lang?: Lang;
  /** The colour scheme pages see, for the whole browser (see `caps.emulateColorScheme`). */
  scheme?: Scheme;
  /** The extension build to load (default: this browser's build in .output); `false`: no extension. */
  extension?: string | false;
  /** Every request the browser makes to anything but the loopback fixture server goes to this proxy. */
  proxyPort?: number;
  /** Default viewport of new pages. */
  viewport?: { width: number; height: number };
}

/** What a browser can or cannot do in these suites; each `false` says why in the adapter. */
export interface Capabilities {
  /** The background is an MV3 service worker the browser stops when idle (Firefox MV2: a persistent page). */
  stoppableWorker: boolean;
  /** The real toolbar popup can be opened and timed. */
  toolbarPopup: boolean;
  /** Closed shadow roots (the hover card) can be read, through the devtools protocol. */
  readClosedShadow: boolean;
  /** The extension can be reloaded (as an update does) while the suite keeps its handle on it. */
  reloadExtension: boolean;
  /** Downloads started by a page can be caught and read. */
  downloads: boolean;
  /** `prefers-color-scheme` can be emulated per page; otherwise it is set at launch (`LaunchOptions.scheme`). */
  emulateColorScheme: boolean;
  /** The Long Tasks and Layout Instability APIs exist; otherwise main-thread stalls come from a timer's gaps. */
  longTasks: boolean;
  /** Scrollable elements are tab stops of their own (Firefox), not only their focusable content. */
  focusableScrollers: boolean;
}

/** A page (tab) of the driven browser, the same whichever driver is behind it. */
export interface E2EPage {
  goto(url: string, opts?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<void>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates a script's source text (e.g. a library injected into an extension page). */
  evaluateScript(source: string): Promise<void>;
  /** A trusted click in the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Replaces an input's value as typing would (input events included). */
  fill(selector: string, text: string): Promise<void>;
  /** Presses a key (`Tab`, `Enter`, `Escape`...), in `selector` when given (focused first). */
  press(key: string, selector?: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  waitFor(selector: string, opts?: { timeout?: number }): Promise<void>;
  /** Sets a file input's files (several at once for an `<input multiple>`). */
  uploadFile(selector: string, path: string | string[]): Promise<void>;
  screenshot(path: string, opts?: { fullPage?: boolean }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Only where `caps.emulateColorScheme`. */
  emulateColorScheme(scheme: Scheme): Promise<void>;
  bringToFront(): Promise<void>;
  /** Runs `fn` in every document this page loads from now on, before its own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  onConsoleError(cb: (text: string) => void): void;
  onRequest(cb: (url: string) => void): void;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** The extension's state for one tab, as the background stores it (the parts suites read). */
export interface TabState {
  status: string;
  result?: unknown;
}

/** When the toolbar popup painted its verdict, on the popup's own clock and on the epoch. */
export interface PopupTiming {
  /** Epoch ms at which the popup was asked for (as a toolbar click would). */
  requestedAt: number;
  /** From the popup document's navigation start to the verdict painted (Element Timing). */
  navToVerdictMs: number;
  /** From the request to the verdict painted: includes the browser creating the popup window. */
  requestToVerdictMs: number;
  /** The verdict's text, as the reader sees it. */
  verdict: string;
  /**
   * The popup's own steps (User Timing marks named `recoupe:*`, entrypoints/popup/main.tsx), in ms
   * from its navigation start, when the browser reports them: where the time to the verdict goes.
   */
  marks?: Record<string, number>;
}

/** A launched browser. Without the extension (`extension: false`) only the page methods work. */
export interface ExtSession {
  newPage(): Promise<E2EPage>;
  /** The options page the extension opens by itself on first install. */
  welcomePage(): Promise<E2EPage>;
  /** A new tab on one of the extension's own pages ('/options.html', '/popup.html?tab=3'). */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** The tab id of a page (the extension has no `tabs` permission: found by focus). */
  tabIdOf(page: E2EPage): Promise<number>;
  badgeOf(tabId: number): Promise<string>;
  tabState<T extends TabState = TabState>(tabId: number): Promise<T | undefined>;
  /** Forgets a tab's stored state (before reusing the tab for another page). */
  forgetTab(tabId: number): Promise<void>;
  settings(): Promise<Record<string, unknown>>;
  setSettings(patch: Record<string, unknown>): Promise<void>;
  /** A runtime message from an extension page, as the popup or options page sends it. */
  sendMessage<R>(message: unknown): Promise<R>;
  /** Runs in a privileged extension context: `globalThis.browser ?? chrome` is the extension API there. */
  evalInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Starts collecting the background's uncaught errors and the reports content scripts send (per
   * tab and frame); returns 'instrumented' or why not. Idempotent.
   */
  instrumentBackground(): Promise<string>;
  /** The background's errors since the last call (after `instrumentBackground`). */
  backgroundErrors(): Promise<string[]>;
  /** Reports each frame of a tab sent (`tabId:frameId` -> count), after `instrumentBackground`. */
  reportsOf(tabId: number): Promise<Record<string, number>>;
  close(): Promise<void>;

  // Capabilities as methods: absent where the browser cannot (see Capabilities).
  /** Stops the background service worker as the browser does when it is idle, and waits for it to be gone. */
  stopWorker?(page: E2EPage): Promise<void>;
  /** Opens the real toolbar popup for `page`'s tab and reads when its verdict was painted; closes it. */
  timeToolbarPopup?(page: E2EPage): Promise<PopupTiming>;
  /** The text of the hover card, from its closed shadow root. */
  cardText?(page: E2EPage): Promise<string>;
  /** Reloads the extension, as an update does. */
  reloadExtension?(): Promise<void>;
  /** Runs `trigger` and returns the text of the file it made the browser download. */
  download?(trigger: () => Promise<void>): Promise<string>;
  /** Calls `cb` for each request of the browser that no page opened by `newPage` made (service worker, other tabs). */
  watchForeignRequests?(cb: (what: string) => void): void;
}

export interface BrowserAdapter {
  name: BrowserName;
  /** For test names: 'Chromium', 'Firefox'. */
  label: string;
  caps: Capabilities;
  /** The built extension this browser loads (.output/chrome-mv3 or firefox-mv2). */
  build: string;
  /** The scheme of the extension's own URLs, to tell its errors from a page's. */
  extensionScheme: string;
  /** Requests the browser makes for its own services, with or without the extension. */
  ownTraffic: RegExp;
  launch(opts?: LaunchOptions): Promise<ExtSession>;
}

/** How long an analysis may take before a suite gives up on it. */
export const ANALYSIS_TIMEOUT_MS = 15000;

/** Polls a tab's stored status until the analysis is over; returns the final status. */
export async function waitForAnalysis(s: ExtSession, tabId: number, timeoutMs = ANALYSIS_TIMEOUT_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const st = (await s.tabState(tabId))?.status;
    if (st && st !== 'analysing') return st;
    await sleep(100);
  }
  throw new Error('analysis did not finish');
}

/**
 * The popup, opened as a page for one tab (what the toolbar popup shows for that tab), once it has an
 * answer and has drawn the parts it draws after the verdict (components/AfterPaint.tsx).
 */
export async function openPopup(s: ExtSession, tabId: number, size = { width: 400, height: 600 }): Promise<E2EPage> {
  const popup = await s.openExtensionPage(`/popup.html?tab=${tabId}`);
  await popup.setViewport(size.width, size.height);
  await popup.waitFor('.verdict, .state:not(.state-busy)');
  await popup.waitFor('body:not(:has(.after-paint))');
  return popup;
}

/** The extension's options page, once its corpus list is drawn. */
export async function openOptions(s: ExtSession): Promise<E2EPage> {
  const page = await s.openExtensionPage('/options.html');
  await page.waitFor('.corpus .source');
  return page;
}

/** Opens a page in a new tab and returns it with its tab id. */
export async function openTab(s: ExtSession, url: string, opts?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<{ page: E2EPage; tabId: number }> {
  const page = await s.newPage();
  await page.goto(url, opts);
  return { page, tabId: await s.tabIdOf(page) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Text content of every element matching `selector`. */
export function textsOf(page: E2EPage, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''), selector);
}

/** Text content of the first element matching `selector` ('' when there is none). */
export function textOf(page: E2EPage, selector: string): Promise<string> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);
}

export function countOf(page: E2EPage, selector: string): Promise<number> {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
}

export function attrOf(page: E2EPage, selector: string, name: string): Promise<string | null> {
  return page.evaluate(([sel, n]) => document.querySelector(sel)?.getAttribute(n) ?? null, [selector, name] as const);
}

/** Whether the first element matching `selector` is rendered (false when there is none). */
export function isVisible(page: E2EPage, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const e = document.querySelector(sel);
    return !!e && e.checkVisibility();
  }, selector);
}

/**
 * A trusted click on one of the elements matching `selector`: the first whose text contains `text`
 * (as a reader finds a button by its name), or the last one.
 */
export async function clickWhere(page: E2EPage, selector: string, which: { text: string } | 'last'): Promise<void> {
  const found = await page.evaluate(([sel, t]) => {
    const all = [...document.querySelectorAll(sel)];
    const e = t === null ? all.at(-1) : all.find((x) => (x.textContent ?? '').includes(t));
    // A marker attribute on the element (of an extension page), so the driver can click it by selector.
    e?.setAttribute('data-e2e-click', '');
    return !!e;
  }, [selector, which === 'last' ? null : which.text] as const);
  if (!found) throw new Error(`no ${selector} ${JSON.stringify(which)}`);
  await page.click('[data-e2e-click]');
  await page.evaluate(() => document.querySelector('[data-e2e-click]')?.removeAttribute('data-e2e-click'));
}
