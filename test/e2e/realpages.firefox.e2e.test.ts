/**
 * Trustworthy on the real web, in Firefox ESR (puppeteer-core over WebDriver BiDi): the same
 * visits as realpages.chromium.e2e.test.ts, baseline browser without the extension first, then one
 * with it (method in realpages-lib.ts). Firefox has no Long Tasks or Layout Instability API: main
 * thread stalls come from the probe's 10 ms timer, layout from element boxes. The extension's
 * background page is reached from its welcome page (runtime.getBackgroundPage) for its errors;
 * every request anywhere in the browser that is not to the loopback fixture server goes to a
 * logging proxy. Writes test-results/realpages-firefox.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer, readabilityPages, type FixtureServer } from './server';
import { FIREFOX_BIN, FIREFOX_BUILD, requireBuild } from './paths';
import {
  CONTENT_JS, MAX_EXT_STALL_MS_FIREFOX as MAX_EXT_STALL_MS, MAX_TIME_TO_RESULT_MS, STRESS_PAGES, badPages, comparePage, expectStressPage, fileKb, firstDiff, initObservers,
  copyBuild, notBaseline, serverExtra, sleep, stallsOver, startProxyLog, stats, summarise, takeSnapshot, waitFinal as waitFinalOf, writeResults,
  type PageResult, type ProxyLog, type Tab as TabOf, type Visit as VisitOf,
} from './realpages-lib';
import { stressChecks, type StressPage } from './realpages-stress';

type WebExtBrowser = import('webextension-polyfill').Browser;

/** REALPAGES_LIMIT=n visits only the first n pages (while developing). */
const real = readabilityPages().slice(0, Number(process.env.REALPAGES_LIMIT ?? Infinity));
let server: FixtureServer;
let proxy: ProxyLog;
let baseProxy: ProxyLog;
let base: Browser;
let extBrowser: Browser;
let ext: Page;
const results: PageResult[] = [];
const stress: Record<string, unknown> = {};

/** Firefox's own services (telemetry, remote settings, safe browsing...): never ours. */
const BROWSER_OWN = /^(CONNECT |POST |GET )(https?:\/\/)?([a-z0-9-]+\.)*(mozilla\.com|mozilla\.org|mozilla\.net|firefox\.com|mozaws\.net|cdn\.mozilla\.net|googleapis\.com|digicert\.com)(:443|\/|$)/;
const offBrowser = () => notBaseline(proxy.seen, baseProxy.seen, BROWSER_OWN);

async function launch(p: ProxyLog): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': p.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': p.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
}

async function findPage(b: Browser, pred: (href: string) => boolean, timeoutMs = 15000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const p of await b.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (pred(href)) return p;
    }
    await sleep(150);
  }
  throw new Error('page not found');
}

/** From the welcome page: a message counter (it receives what content scripts send) and the background page's errors. */
async function instrument(): Promise<void> {
  await ext.evaluate(async () => {
    const g = globalThis as unknown as { browser: WebExtBrowser; __reports: Record<string, number>; __errors: string[]; __bg: string };
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
  });
}

async function bgErrors(): Promise<string[]> {
  return ext.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors.splice(0));
}

async function reportsOf(tabId: number): Promise<Record<string, number>> {
  return ext.evaluate((id) => {
    const r = (globalThis as unknown as { __reports: Record<string, number> }).__reports;
    return Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith(`${id}:`)));
  }, tabId);
}

async function tabIdOf(page: Page): Promise<number> {
  // Focus changes reach tabs.query a moment after bringToFront: ask until two answers agree and
  // the answer is not the welcome page's own tab.
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await page.bringToFront();
    const id = await ext.evaluate(async () => {
      const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
      const [t] = await b.tabs.query({ active: true, lastFocusedWindow: true });
      const self = await b.tabs.getCurrent();
      return t?.id === undefined || t.id === self?.id ? -1 : t.id;
    });
    if (id >= 0 && id === last) return id;
    last = id;
    await sleep(50);
  }
  throw new Error('no active tab');
}

async function statusOf(tabId: number): Promise<string | undefined> {
  return ext.evaluate(async (id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const k = `tab:${id}`;
    const s = (await (b.storage as unknown as { session: { get(k: string): Promise<Record<string, { status: string }>> } }).session.get(k))[k];
    return s?.status;
  }, tabId);
}

async function badgeOf(tabId: number): Promise<string> {
  return ext.evaluate((id) => (globalThis as unknown as { browser: WebExtBrowser }).browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

async function setSetting(patch: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (p) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const cur = ((await b.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
    await b.storage.local.set({ settings: { version: 1, highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
  }, patch);
}

const waitFinal = (tabId: number) => waitFinalOf(statusOf, tabId);
type Visit = VisitOf<Page>;
type Tab = TabOf<Page>;

async function openTab(browser: Browser, withExt: boolean): Promise<Tab> {
  const page = await browser.newPage();
  const tab: Tab = { page, tabId: -1, errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') tab.errors.push(m.text()); });
  page.on('pageerror', (e) => tab.errors.push(`pageerror: ${String(e)}`));
  page.on('request', (r) => tab.requests.push(r.url()));
  await page.evaluateOnNewDocument(initObservers);
  if (withExt) tab.tabId = await tabIdOf(page);
  else await page.bringToFront();
  return tab;
}

async function visitIn(tab: Tab, url: string, withExt: boolean): Promise<Visit> {
  const { page, tabId } = tab;
  tab.errors.length = 0;
  tab.requests.length = 0;
  let status = 'n/a';
  let ms = 0;
  // A reused tab still holds the previous page's state: forget it, so only the new page's counts.
  if (withExt) {
    await ext.evaluate((id) => (globalThis as unknown as { browser: { storage: { session: { remove(k: string): Promise<void> } } } }).browser.storage.session.remove(`tab:${id}`), tabId);
  }
  const t0 = Date.now();
  if (withExt) {
    const nav = page.goto(url, { waitUntil: 'load' });
    status = await waitFinal(tabId);
    ms = Date.now() - t0;
    await nav;
    await sleep(60);
  } else {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(30);
  }
  const snap = await page.evaluate(takeSnapshot);
  return { page, snap, errors: [...tab.errors], requests: [...tab.requests], tabId, status, ms };
}

async function visit(browser: Browser, url: string, withExt: boolean, keepOpen = false): Promise<Visit> {
  const tab = await openTab(browser, withExt);
  const v = await visitIn(tab, url, withExt);
  if (!keepOpen) await tab.page.close();
  return v;
}

async function both(name: string, url: string, tabs?: [Tab, Tab]): Promise<{ r: PageResult; e: Visit; b: Visit }> {
  const s0 = server.requests.length;
  const b = tabs ? await visitIn(tabs[0], url, false) : await visit(base, url, false);
  const s1 = server.requests.length;
  const e = tabs ? await visitIn(tabs[1], url, true) : await visit(extBrowser, url, true);
  const r = comparePage(name, e, b, serverExtra(server.requests, s0, s1), 'moz-extension://', { kind: 'timer-gaps', startSlackMs: TIMER_GAP_SLACK_MS });
  if (r.domChanged && !b.page.isClosed() && !e.page.isClosed()) {
    const html = () => document.documentElement.outerHTML;
    r.domChanged = firstDiff(await b.page.evaluate(html), await e.page.evaluate(html));
  }
  if (!e.snap.probed) r.errors.push('probe missing: the init script did not run');
  r.errors.push(...(await bgErrors()).map((x) => `background: ${x}`));
  return { r, e, b };
}

/** A timer gap starts at the last 10 ms tick before the task, up to two ticks early. */
const TIMER_GAP_SLACK_MS = 20;

beforeAll(async () => {
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
  proxy = await startProxyLog();
  baseProxy = await startProxyLog();
  base = await launch(baseProxy);
  extBrowser = await launch(proxy);
  await extBrowser.installExtension(copyBuild(FIREFOX_BUILD));
  ext = await findPage(extBrowser, (h) => h.startsWith('moz-extension://') && h.endsWith('/options.html'));
  await instrument();
}, 120000);

afterAll(async () => {
  console.log(summarise('Firefox', results, stress).replace(/none > \d+ ms/, `none > ${MAX_EXT_STALL_MS} ms (timer gaps: noisy)`));
  const path = writeResults('firefox', {
    contentKb: fileKb(CONTENT_JS), timeToResult: stats(results.map((r) => r.timeToResultMs)), pages: results, stress,
    background: ext ? await ext.evaluate(() => (globalThis as unknown as { __bg: string }).__bg).catch(() => '?') : '?',
    proxyAll: proxy?.seen, proxyBaseline: baseProxy?.seen, proxyNotBrowser: proxy ? offBrowser() : [],
  });
  console.log(`results: ${path}`);
  await extBrowser?.close();
  await base?.close();
  await server?.close();
  await proxy?.close();
  await baseProxy?.close();
});

describe('Firefox: trustworthy on the real web', () => {
  it('the background page is instrumented and the proxy sees what leaves the browser (self-check)', async () => {
    expect(await ext.evaluate(() => (globalThis as unknown as { __bg: string }).__bg)).toBe('instrumented');
    await ext.evaluate(() => fetch('http://example.invalid/probe').catch(() => undefined));
    await expect.poll(() => proxy.seen.some((r) => r.includes('example.invalid')), { timeout: 5000 }).toBe(true);
    proxy.seen.length = 0;
  });

  it.skipIf(real.length === 0)(`every saved real page: no error, DOM and layout untouched, no request, fast (${real.length} pages)`, async () => {
    const tabs: [Tab, Tab] = [await openTab(base, false), await openTab(extBrowser, true)];
    for (const name of real) {
      const { r } = await both(name, `${server.origin}/readability/${name}/`, tabs);
      results.push(r);
    }
    for (const t of tabs) await t.page.close();
    expect(badPages(results)).toEqual([]);
    expect(offBrowser()).toEqual([]);
    expect(Math.max(...results.map((r) => r.timeToResultMs))).toBeLessThanOrEqual(MAX_TIME_TO_RESULT_MS);
    expect(stallsOver(results, MAX_EXT_STALL_MS)).toEqual([]);
  }, 300000);
  if (real.length === 0) it('real pages skipped: ../shared/pages/readability is absent', () => console.log('SKIPPED real pages: ../shared/pages/readability is absent'));

  describe('stress pages', () => {
    for (const [key, path, maxMs] of STRESS_PAGES) {
      it(`${key}: a final state quickly, no error, DOM untouched, no long freeze`, async () => {
        const { r, e } = await both(key, `${server.origin}${path}`);
        stress[key] = { rawExtStalls: e.snap.stalls.map((t) => [Math.round(t.start - e.snap.dcl), Math.round(t.duration)]), status: r.status, ms: r.timeToResultMs, extStalls: r.longTasksExt, baseStalls: r.longTasksBase, attributed: r.longTasksAttributed, errors: r.errors, domChanged: !!r.domChanged, layout: r.layoutShifted };
        expectStressPage(key, r, maxMs.firefox, MAX_EXT_STALL_MS);
      });
    }

    stressChecks(() => ({
      visit: (url, keepOpen) => visit(extBrowser, url, true, keepOpen) as unknown as Promise<VisitOf<StressPage>>,
      backgroundErrors: bgErrors,
      reportsOf,
      badgeOf,
      statusOf,
      setSetting,
      framesLoaded: async () => void (await sleep(800)),
      origin: server.origin,
      stress,
    }));

    it('no request left the browser for anywhere but the fixture server, from any part of it', () => {
      expect(offBrowser()).toEqual([]);
    });
  });
});
