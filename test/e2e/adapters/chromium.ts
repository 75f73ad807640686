/// <reference types="chrome" />
/**
 * The browser adapter for real Chromium, driven by playwright-core: a persistent profile with the
 * unpacked MV3 build loaded, the service worker as the privileged handle on the extension, and the
 * devtools protocol for what pages cannot reach (the toolbar popup, closed shadow roots, stopping
 * the worker).
 */
import { chromium as pw, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM_BIN, requireBuild } from '../paths';
import { sleep, type BrowserAdapter, type E2EPage, type ExtSession, type LaunchOptions, type PopupTiming, type Scheme, type TabState } from '../adapter';

/** How long a fresh profile's welcome page may take to open after the worker starts. */
const WELCOME_WAIT_MS = 3000;
/** How long to wait for the toolbar popup's target to exist after `action.openPopup()`. */
const POPUP_TARGET_WAIT_MS = 5000;
/** After stopping the worker: long enough for Chromium to tear it down before the next message wakes a new one. */
const WORKER_STOP_SETTLE_MS = 500;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium (with the extension unless `extension: false`); exported for scripts/bench. */
export async function launchContext(opts: LaunchOptions = {}): Promise<BrowserContext> {
  const build = opts.extension === undefined ? CHROME_BUILD : opts.extension;
  if (build) requireBuild(build);
  return pw.launchPersistentContext(opts.profileDir ?? mkdtempSync(join(tmpdir(), 'recoupe-chromium-')), {
    executablePath: CHROMIUM_BIN,
    headless: true,
    acceptDownloads: true,
    ...(opts.viewport ? { viewport: opts.viewport } : {}),
    ...(opts.scheme ? { colorScheme: opts.scheme } : {}),
    args: [
      ...(build ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []),
      ...ARGS,
      `--lang=${opts.lang ?? 'fr'}`,
      ...(opts.proxyPort ? [`--proxy-server=http://127.0.0.1:${opts.proxyPort}`] : []),
    ],
  });
}

/** A playwright page behind the common page interface; `raw` for the adapter's own devtools calls. */
class ChromiumPage implements E2EPage {
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
  fill(selector: string, text: string) {
    return this.raw.fill(selector, text);
  }
  async press(key: string, selector?: string) {
    if (selector) await this.raw.press(selector, key);
    else await this.raw.keyboard.press(key);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouse.move(x, y);
  }
  async waitFor(selector: string, opts?: { timeout?: number }) {
    await this.raw.waitForSelector(selector, opts);
  }
  uploadFile(selector: string, path: string | string[]) {
    return this.raw.locator(selector).setInputFiles(path);
  }
  async screenshot(path: string, opts?: { fullPage?: boolean }) {
    await this.raw.screenshot({ path, fullPage: opts?.fullPage });
  }
  setViewport(width: number, height: number) {
    return this.raw.setViewportSize({ width, height });
  }
  emulateColorScheme(scheme: Scheme) {
    return this.raw.emulateMedia({ colorScheme: scheme });
  }
  bringToFront() {
    return this.raw.bringToFront();
  }
  async addInitScript(fn: () => void) {
    await this.raw.addInitScript(fn);
  }
  onConsoleError(cb: (text: string) => void) {
    this.raw.on('console', (m) => { if (m.type() === 'error') cb(m.text()); });
    this.raw.on('pageerror', (e) => cb(`pageerror: ${e.message}`));
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

class ChromiumSession implements ExtSession {
  /** Pages opened through this session: any other request is the browser's or the extension's own. */
  private readonly ours = new Set<Page>();
  constructor(readonly context: BrowserContext, public sw: Worker | undefined, readonly id: string) {}

  private worker(): Worker {
    // A stopped worker comes back as a new one; playwright may keep the old handle or give a new one.
    const live = this.context.serviceWorkers().at(-1);
    if (live) this.sw = live;
    if (!this.sw) throw new Error('no extension loaded');
    return this.sw;
  }
  private wrap(p: Page): ChromiumPage {
    this.ours.add(p);
    return new ChromiumPage(p);
  }

  async newPage() {
    return this.wrap(await this.context.newPage());
  }
  async welcomePage() {
    const p = this.context.pages().find((x) => x.url().endsWith('/options.html'));
    if (!p) throw new Error('no welcome page');
    return this.wrap(p);
  }
  async openExtensionPage(path: string) {
    const page = await this.newPage();
    await page.raw.goto(`chrome-extension://${this.id}${path}`);
    return page;
  }
  async tabIdOf(page: E2EPage) {
    await page.bringToFront();
    return this.worker().evaluate(async () => {
      const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!t?.id) throw new Error('no active tab');
      return t.id;
    });
  }
  badgeOf(tabId: number) {
    return this.worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }
  tabState<T extends TabState>(tabId: number) {
    return this.worker().evaluate(async (id) => {
      const k = `tab:${id}`;
      return (await chrome.storage.session.get(k))[k];
    }, tabId) as Promise<T | undefined>;
  }
  async forgetTab(tabId: number) {
    await this.worker().evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
  }
  settings() {
    return this.worker().evaluate(async () => ((await chrome.storage.local.get('settings')).settings as Record<string, unknown>) ?? {});
  }
  async setSettings(patch: Record<string, unknown>) {
    await this.worker().evaluate(async (p) => {
      const cur = ((await chrome.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
      await chrome.storage.local.set({ settings: { version: 1, highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
    }, patch);
  }
  async sendMessage<R>(message: unknown): Promise<R> {
    // From an extension page, as the options page sends it (the worker does not receive its own messages).
    const page = await this.openExtensionPage('/options.html');
    try {
      return (await page.raw.evaluate((m) => chrome.runtime.sendMessage(m), message)) as R;
    } finally {
      await page.close();
    }
  }
  evalInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.worker().evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
  instrumentBackground() {
    return this.worker().evaluate(() => {
      const g = globalThis as unknown as { __errors: string[]; __reports: Record<string, number>; __instrumented?: boolean };
      if (g.__instrumented) return 'instrumented';
      g.__instrumented = true;
      g.__errors = [];
      g.__reports = {};
      self.addEventListener('error', (e) => g.__errors.push(String((e as ErrorEvent).message)));
      self.addEventListener('unhandledrejection', (e) => g.__errors.push(String((e as PromiseRejectionEvent).reason)));
      // A second listener sees every message the content scripts send, with the frame that sent it.
      chrome.runtime.onMessage.addListener((m: { type?: string }, sender) => {
        if (m?.type === 'page:report') {
          const k = `${sender.tab?.id}:${sender.frameId}`;
          g.__reports[k] = (g.__reports[k] ?? 0) + 1;
        }
        return undefined;
      });
      return 'instrumented';
    });
  }
  backgroundErrors() {
    return this.worker().evaluate(() => (globalThis as unknown as { __errors?: string[] }).__errors?.splice(0) ?? []);
  }
  reportsOf(tabId: number) {
    return this.worker().evaluate((id) => {
      const r = (globalThis as unknown as { __reports?: Record<string, number> }).__reports ?? {};
      return Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith(`${id}:`)));
    }, tabId);
  }
  close() {
    return this.context.close();
  }

  async stopWorker(page: E2EPage) {
    const cdp = await this.context.newCDPSession((page as ChromiumPage).raw);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await sleep(WORKER_STOP_SETTLE_MS);
  }

  async cardText(page: E2EPage): Promise<string> {
    // DevTools can pierce the card's closed shadow root; page scripts cannot.
    const cdp = await this.context.newCDPSession((page as ChromiumPage).raw);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeName: string; nodeType: number; nodeValue?: string; children?: N[]; shadowRoots?: N[] };
    const find = (n: N): N | undefined => (n.nodeName === 'RECOUPE-CARD-HOST' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
    const host = find(root as N);
    const texts: string[] = [];
    const collect = (n: N) => {
      if (n.nodeType === 3 && n.nodeValue && !/^\s*[.:#@]/.test(n.nodeValue)) texts.push(n.nodeValue);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) if (c.nodeName !== 'STYLE') collect(c);
    };
    if (host) collect(host);
    await cdp.detach();
    return texts.join(' ');
  }

  async reloadExtension() {
    await this.worker().evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  }

  async download(trigger: () => Promise<void>): Promise<string> {
    const { readFileSync } = await import('node:fs');
    const d = this.context.waitForEvent('download');
    await trigger();
    return readFileSync(await (await d).path(), 'utf8');
  }

  watchForeignRequests(cb: (what: string) => void) {
    this.context.on('request', (r) => {
      const fromOurPage = !r.serviceWorker() && this.ours.has(r.frame().page());
      if (!fromOurPage && !/^(chrome-extension|data|blob):/.test(r.url())) cb(`${r.serviceWorker() ? 'service worker' : 'other'}: ${r.method()} ${r.url()}`);
    });
    this.context.on('page', (p) => {
      if (!this.ours.has(p)) void p.waitForLoadState().then(() => p.url()).then((u) => { if (u.startsWith('http')) cb(`unexpected page ${u}`); });
    });
  }

  /**
   * Opens the real toolbar popup for the focused tab (`chrome.action.openPopup()`, what a click on
   * the button does) and reads when its verdict was painted, through the `elementtiming="verdict"`
   * attribute. Playwright does not attach to popup windows, so this goes through raw CDP target
   * messages. The popup is closed afterwards.
   */
  async timeToolbarPopup(page: E2EPage): Promise<PopupTiming> {
    const raw = (page as ChromiumPage).raw;
    await raw.bringToFront();
    const cdp = await this.context.newCDPSession(raw);
    try {
      const requestedAt = await this.worker().evaluate(async () => {
        const at = Date.now();
        await chrome.action.openPopup();
        return at;
      });
      type Target = { targetId: string; url: string };
      let target: Target | undefined;
      const deadline = Date.now() + POPUP_TARGET_WAIT_MS;
      while (!target && Date.now() < deadline) {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
        // Exactly popup.html: the popup opened as a tab for tests carries ?tab=.
        target = targetInfos.find((t) => t.url === `chrome-extension://${this.id}/popup.html`);
        if (!target) await sleep(20);
      }
      if (!target) throw new Error('the toolbar popup did not open');
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
      const expression = `new Promise((resolve, reject) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => x.identifier === 'verdict');
          const marks = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('recoupe:')).map((m) => [m.name, m.startTime]));
          if (e) resolve({ origin: performance.timeOrigin, painted: e.renderTime || e.loadTime, verdict: e.element?.textContent ?? '', marks });
        }).observe({ type: 'element', buffered: true });
        setTimeout(() => reject(new Error('no verdict painted')), ${POPUP_TARGET_WAIT_MS});
      })`;
      type Reply = { id: number; result?: { result: { value: { origin: number; painted: number; verdict: string; marks: Record<string, number> } } }; exceptionDetails?: unknown };
      const reply = new Promise<Reply>((resolve) => {
        const on = (ev: { sessionId: string; message: string }) => {
          const m = JSON.parse(ev.message) as Reply;
          if (ev.sessionId !== sessionId || m.id !== 1) return;
          cdp.off('Target.receivedMessageFromTarget', on);
          resolve(m);
        };
        cdp.on('Target.receivedMessageFromTarget', on);
      });
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
      });
      // The popup closes if it loses focus: then no reply comes, and this says so instead of hanging.
      const m = await Promise.race([
        reply,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the toolbar popup gave no timing (closed?)')), POPUP_TARGET_WAIT_MS * 2)),
      ]);
      const v = m.result?.result.value;
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      if (!v || m.exceptionDetails) throw new Error(`the toolbar popup painted no verdict: ${JSON.stringify(m.exceptionDetails ?? m)}`);
      return { requestedAt, navToVerdictMs: v.painted, requestToVerdictMs: v.origin + v.painted - requestedAt, verdict: v.verdict, marks: v.marks };
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
}

/** Launches Chromium and finds the extension's worker and id; exported for scripts/bench. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<ChromiumSession> {
  const context = await launchContext(opts);
  if (opts.extension === false) return new ChromiumSession(context, undefined, '');
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A fresh profile gets the welcome page on install; it would take focus from a tab a test opens
  // next (tabs are found by focus), so it is waited for, fully loaded, before anything else. It is
  // left open: closing an extension page while it loads can leave the extension's renderer without
  // its messages (seen as raw message keys in the popup). A known profile gets no welcome page.
  // Polled: the tab exists at once but shows about:blank until it has navigated.
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((p) => p.url().endsWith('/options.html'));
    if (welcome) {
      await welcome.waitForLoadState('load');
      break;
    }
    await sleep(100);
  }
  return new ChromiumSession(context, sw, new URL(sw.url()).host);
}

export type { ChromiumSession };

export const chromium: BrowserAdapter = {
  name: 'chromium',
  label: 'Chromium',
  caps: {
    stoppableWorker: true,
    toolbarPopup: true,
    readClosedShadow: true,
    reloadExtension: true,
    downloads: true,
    emulateColorScheme: true,
    longTasks: true,
    focusableScrollers: false,
  },
  build: CHROME_BUILD,
  extensionScheme: 'chrome-extension://',
  /** Chromium's own services (autofill, accounts, component updates): requests it makes with or without us. */
  ownTraffic: /^(CONNECT |POST |GET )(https?:\/\/)?([a-z0-9-]+\.)*(googleapis\.com|google\.com|gvt1\.com|gstatic\.com)(:443|\/|$)/,
  launch: launchChromium,
};
