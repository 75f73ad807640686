/// <reference types="chrome" />
/**
 * Trustworthy on the real web, in Chromium: the built extension visits every saved real page of
 * ../shared/pages/readability and our own stress pages. Each page is first visited in a browser
 * WITHOUT the extension (baseline), then in one WITH it; see realpages-lib.ts for the method.
 * Prints the budgets and writes test-results/realpages-chromium.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, readabilityPages, type FixtureServer } from './server';
import { CHROME_BUILD, CHROMIUM_BIN, requireBuild } from './paths';
import {
  CONTENT_BUDGET_KB, CONTENT_JS, MAX_EXT_STALL_MS, MAX_TIME_TO_RESULT_MS, STRESS_PAGES, badPages, comparePage, expectStressPage, fileKb, firstDiff, initObservers,
  copyBuild, notBaseline, serverExtra, sleep, stallsOver, startProxyLog, stats, summarise, takeSnapshot, waitFinal as waitFinalOf, writeResults,
  type PageResult, type ProxyLog, type Tab as TabOf, type Visit as VisitOf,
} from './realpages-lib';
import { stressChecks, type StressPage } from './realpages-stress';

/** REALPAGES_LIMIT=n visits only the first n pages (while developing). */
const real = readabilityPages().slice(0, Number(process.env.REALPAGES_LIMIT ?? Infinity));
let server: FixtureServer;
let proxy: ProxyLog;
let baseProxy: ProxyLog;
/** The build under test, copied at the start (see copyBuild). */
let build: string;
let ext: BrowserContext;
let base: BrowserContext;
let sw: Worker;
const results: PageResult[] = [];
const stress: Record<string, unknown> = {};
/** Every request of the extension's browser that is not a page's own (service worker, unknown frames). */
const foreignRequests: string[] = [];
const ourPages = new Set<Page>();

/** The browser's own services (autofill, accounts, component updates): requests Chromium makes with or without us. */
const BROWSER_OWN = /^(CONNECT |POST |GET )(https?:\/\/)?([a-z0-9-]+\.)*(googleapis\.com|google\.com|gvt1\.com|gstatic\.com)(:443|\/|$)/;
/** Proxy entries of the extension's browser that are neither Chromium's own services nor made by the same pages without the extension. */
const offBrowser = () => notBaseline(proxy.seen, baseProxy.seen, BROWSER_OWN);

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr'];

async function launch(withExtension: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'recoupe-real-')), {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []),
      ...ARGS,
      `--proxy-server=http://127.0.0.1:${(withExtension ? proxy : baseProxy).port}`,
    ],
  });
}

async function instrumentWorker(): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __errors: string[]; __reports: Record<string, number>; __instrumented?: boolean };
    if (g.__instrumented) return;
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
  });
}

async function swErrors(): Promise<string[]> {
  return sw.evaluate(() => (globalThis as unknown as { __errors: string[] }).__errors.splice(0));
}

async function reportsOf(tabId: number): Promise<Record<string, number>> {
  return sw.evaluate((id) => {
    const r = (globalThis as unknown as { __reports: Record<string, number> }).__reports;
    return Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith(`${id}:`)));
  }, tabId);
}

async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!t?.id) throw new Error('no active tab');
    return t.id;
  });
}

async function statusOf(tabId: number): Promise<string | undefined> {
  return sw.evaluate(async (id) => {
    const k = `tab:${id}`;
    return ((await chrome.storage.session.get(k))[k] as { status: string } | undefined)?.status;
  }, tabId);
}

async function badgeOf(tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

const waitFinal = (tabId: number) => waitFinalOf(statusOf, tabId);
type Visit = VisitOf<Page>;
type Tab = TabOf<Page>;

async function openTab(ctx: BrowserContext, withExt: boolean): Promise<Tab> {
  const page = await ctx.newPage();
  ourPages.add(page);
  const tab: Tab = { page, tabId: -1, errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') tab.errors.push(m.text()); });
  page.on('pageerror', (e) => tab.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => tab.requests.push(r.url()));
  if (withExt) tab.tabId = await tabIdOf(page);
  else await page.bringToFront();
  return tab;
}

/** One page in one tab; with the extension, also the time from navigation to a final state. */
async function visitIn(tab: Tab, url: string, withExt: boolean): Promise<Visit> {
  const { page, tabId } = tab;
  tab.errors.length = 0;
  tab.requests.length = 0;
  let status = 'n/a';
  let ms = 0;
  // A reused tab still holds the previous page's state: forget it, so only the new page's counts.
  if (withExt) await sw.evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: withExt ? 'commit' : 'load' });
  if (withExt) {
    status = await waitFinal(tabId);
    ms = Date.now() - t0;
    await page.waitForLoadState('load');
    await sleep(60); // marks, if any, are drawn right after the result
  } else await sleep(30);
  const snap = await page.evaluate(takeSnapshot);
  return { page, snap, errors: [...tab.errors], requests: [...tab.requests], tabId, status, ms };
}

async function visit(ctx: BrowserContext, url: string, withExt: boolean, keepOpen = false): Promise<Visit> {
  const tab = await openTab(ctx, withExt);
  const v = await visitIn(tab, url, withExt);
  if (!keepOpen) {
    await tab.page.close();
    ourPages.delete(tab.page);
  }
  return v;
}

/** Baseline and extension visits of one URL, with the fixture server's log of each. */
async function both(name: string, url: string, tabs?: [Tab, Tab]): Promise<{ r: PageResult; e: Visit; b: Visit }> {
  const s0 = server.requests.length;
  const b = tabs ? await visitIn(tabs[0], url, false) : await visit(base, url, false);
  const s1 = server.requests.length;
  const e = tabs ? await visitIn(tabs[1], url, true) : await visit(ext, url, true);
  const r = comparePage(name, e, b, serverExtra(server.requests, s0, s1), 'chrome-extension://', { kind: 'long-tasks' });
  if (r.domChanged && !b.page.isClosed() && !e.page.isClosed()) {
    const html = () => document.documentElement.outerHTML;
    r.domChanged = firstDiff(await b.page.evaluate(html), await e.page.evaluate(html));
  }
  r.errors.push(...(await swErrors()).map((x) => `service worker: ${x}`));
  return { r, e, b };
}

beforeAll(async () => {
  requireBuild(CHROME_BUILD);
  build = copyBuild(CHROME_BUILD);
  server = await startServer();
  proxy = await startProxyLog();
  baseProxy = await startProxyLog();
  base = await launch(false);
  ext = await launch(true);
  sw = ext.serviceWorkers()[0] ?? (await ext.waitForEvent('serviceworker'));
  await instrumentWorker();
  for (const c of [base, ext]) await c.addInitScript(initObservers);
  ext.on('request', (r) => {
    const fromOurPage = !r.serviceWorker() && ourPages.has(r.frame().page());
    if (!fromOurPage && !/^(chrome-extension|data|blob):/.test(r.url())) foreignRequests.push(`${r.serviceWorker() ? 'service worker' : 'other'}: ${r.method()} ${r.url()}`);
  });
  ext.on('page', (p) => { if (!ourPages.has(p)) void p.waitForLoadState().then(() => p.url()).then((u) => { if (u.startsWith('http')) foreignRequests.push(`unexpected page ${u}`); }); });
}, 90000);

afterAll(async () => {
  const s = stats(results.map((r) => r.timeToResultMs));
  const summary = summarise('Chromium', results, stress);
  console.log(summary);
  const path = writeResults('chromium', { contentKb: fileKb(CONTENT_JS), timeToResult: s, pages: results, stress, proxyAll: proxy?.seen, proxyBaseline: baseProxy?.seen, proxyNotBrowser: proxy ? offBrowser() : [], foreignRequests });
  console.log(`results: ${path}`);
  await ext?.close();
  await base?.close();
  await server?.close();
  await proxy?.close();
  await baseProxy?.close();
});

describe('Chromium: trustworthy on the real web', () => {
  it(`the content script fits its budget (${CONTENT_BUDGET_KB} KB minified)`, () => {
    expect(fileKb(join(build, 'content-scripts', 'content.js'))).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
  });

  it('the network watch sees a request the service worker makes (self-check), then clears', async () => {
    const n = server.requests.length;
    await sw.evaluate((u) => fetch(u).then(() => undefined), `${server.origin}/probe-from-worker`);
    await expect.poll(() => foreignRequests.some((r) => r.includes('/probe-from-worker')), { timeout: 5000 }).toBe(true);
    expect(server.requests.slice(n)).toContain('/probe-from-worker');
    await sw.evaluate(() => fetch('http://example.invalid/probe').catch(() => undefined));
    await expect.poll(() => proxy.seen.some((r) => r.includes('example.invalid')), { timeout: 5000 }).toBe(true);
    foreignRequests.length = 0;
    proxy.seen.length = 0;
  });

  it.skipIf(real.length === 0)(`every saved real page: no error, DOM and layout untouched, no request, fast (${real.length} pages)`, async () => {
    const tabs: [Tab, Tab] = [await openTab(base, false), await openTab(ext, true)];
    for (const name of real) {
      const { r } = await both(name, `${server.origin}/readability/${name}/`, tabs);
      results.push(r);
    }
    for (const t of tabs) await t.page.close();
    expect(badPages(results)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(offBrowser()).toEqual([]);
    expect(Math.max(...results.map((r) => r.timeToResultMs))).toBeLessThanOrEqual(MAX_TIME_TO_RESULT_MS);
    expect(stallsOver(results, MAX_EXT_STALL_MS)).toEqual([]);
  }, 300000);
  if (real.length === 0) it('real pages skipped: ../shared/pages/readability is absent', () => console.log('SKIPPED real pages: ../shared/pages/readability is absent'));

  describe('stress pages', () => {
    for (const [key, path, maxMs] of STRESS_PAGES) {
      it(`${key}: a final state quickly, no error, DOM untouched, no long freeze`, async () => {
        const { r } = await both(key, `${server.origin}${path}`);
        stress[key] = { status: r.status, ms: r.timeToResultMs, extLongTasks: r.longTasksExt, baseLongTasks: r.longTasksBase, attributed: r.longTasksAttributed, errors: r.errors, domChanged: !!r.domChanged, layout: r.layoutShifted };
        expectStressPage(key, r, maxMs.chromium, MAX_EXT_STALL_MS);
      });
    }

    stressChecks(() => ({
      visit: (url, keepOpen) => visit(ext, url, true, keepOpen) as Promise<VisitOf<StressPage>>,
      backgroundErrors: swErrors,
      reportsOf,
      badgeOf,
      statusOf,
      setSetting: (patch) =>
        sw.evaluate(async (p) => {
          const cur = ((await chrome.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
          await chrome.storage.local.set({ settings: { highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
        }, patch),
      framesLoaded: async (page) => {
        await (page as unknown as Page).waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete'));
        await sleep(500);
      },
      rewriteExtras: async (page) => ({ longTasks: (await (page as unknown as Page).evaluate(takeSnapshot)).longTasks.length }),
      origin: server.origin,
      stress,
    }));

    it('no request left the fixture server during the stress pages, from any part of the browser', () => {
      expect(foreignRequests.filter((r) => !r.includes('probe'))).toEqual([]);
      expect(offBrowser()).toEqual([]);
    });
  });
});
