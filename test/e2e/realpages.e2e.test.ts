/**
 * Trustworthy on the real web, in Chromium and Firefox: the built extension visits every saved real
 * page of ../shared/pages/readability and our own stress pages. Each page is first visited in a
 * browser WITHOUT the extension (baseline), then in one WITH it; see realpages-lib.ts for the
 * method. Every request anywhere in the browser that is not to the loopback fixture server goes to
 * a logging proxy. Firefox has no Long Tasks or Layout Instability API: its main-thread stalls come
 * from the probe's 10 ms timer, layout from element boxes. Prints the budgets and writes
 * test-results/realpages-<browser>.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startServer, readabilityPages, type FixtureServer } from './server';
import {
  CONTENT_BUDGET_KB, CONTENT_JS, MAX_EXT_STALL_MS, MAX_EXT_STALL_MS_FIREFOX, MAX_TIME_TO_RESULT_MS, STRESS_PAGES, badPages, comparePage, expectStressPage, fileKb, firstDiff,
  initObservers, copyBuild, layoutDiff, layoutOutside, withTimingsOf, notBaseline, serverExtra, sleep, stallsOver, startProxyLog, stats, summarise, takeSnapshot, waitFinal, waitQuiet,
  writeResults, type PageResult, type ProxyLog, type StallSource, type Tab, type Visit,
} from './realpages-lib';
import { stressChecks } from './realpages-stress';
import type { E2EPage, ExtSession } from './adapter';
import { forEachBrowser } from './browsers';

/** REALPAGES_LIMIT=n visits only the first n pages, REALPAGES_ONLY=a,b only those pages (while developing). */
const only = process.env.REALPAGES_ONLY?.split(',').map((x) => x.trim());
const real = readabilityPages().filter((p) => !only || only.includes(p)).slice(0, Number(process.env.REALPAGES_LIMIT ?? Infinity));
/** A timer gap starts at the last 10 ms tick before the task, up to two ticks early. */
const TIMER_GAP_SLACK_MS = 20;
/** Same viewport in both browsers of a run, so their layouts compare. */
const VIEWPORT = { width: 1280, height: 800 };
/** Marks, if any, are drawn right after the result. */
const MARKS_SETTLE_MS = 60;
/**
 * A visit is over once its page has been quiet this long (no request, console error or fixture
 * server hit): its last timers and observers have reported, and its late failures (fonts, images
 * through the refusing proxy) are counted in its own visit, not in the next one.
 */
const QUIET_MS = 200;
/** A page that never goes quiet is compared as it is after this long. */
const QUIET_MAX_MS = 3000;
/**
 * When the two layouts differ, both are measured again after this pause, and only a difference that
 * is still there counts: the extension never moves a box for good by design, and a box it moved
 * would stay moved (a passing change is the mutation observer's to catch), whereas a busy machine
 * can catch either page before its layout has settled.
 */
const LAYOUT_RECHECK_MS = 1000;
/**
 * Fresh baseline loads, at most, when a difference stays: enough for a page whose layout varies by
 * itself to show the extension's layout among its own (wikipedia-2 in Firefox 140 took four
 * different positions in four loads), few enough that a real shift costs under 20 s to confirm.
 */
const LAYOUT_BASELINE_VISITS = 5;
/** Iframes and their content scripts (if any ran there) need a moment after the frames say they loaded. */
const FRAMES_SETTLE_MS = 800;

forEachBrowser('trustworthy on the real web', (a) => {
  let server: FixtureServer;
  let proxy: ProxyLog;
  let baseProxy: ProxyLog;
  /** The browser without the extension, and the one with it (a private copy of the build: see copyBuild). */
  let base: ExtSession;
  let ext: ExtSession;
  const results: PageResult[] = [];
  const stress: Record<string, unknown> = {};
  /** Requests of the extension's browser that no page of ours made (where the browser can tell). */
  const foreignRequests: string[] = [];
  const maxStallMs = a.caps.longTasks ? MAX_EXT_STALL_MS : MAX_EXT_STALL_MS_FIREFOX;
  const stallSource: StallSource = a.caps.longTasks ? { kind: 'long-tasks' } : { kind: 'timer-gaps', startSlackMs: TIMER_GAP_SLACK_MS };
  /** Proxy entries of the extension's browser that are neither the browser's own services nor made by the same pages without the extension. */
  const offBrowser = () => notBaseline(proxy.seen, baseProxy.seen, a.ownTraffic);

  async function openTabIn(s: ExtSession, withExt: boolean): Promise<Tab<E2EPage>> {
    const page = await s.newPage();
    const tab: Tab<E2EPage> = { page, tabId: -1, errors: [], requests: [] };
    page.onConsoleError((t) => tab.errors.push(t));
    page.onRequest((u) => tab.requests.push(u));
    await page.addInitScript(initObservers);
    if (withExt) tab.tabId = await ext.tabIdOf(page);
    else await page.bringToFront();
    return tab;
  }

  /** One page in one tab; with the extension, also the time from navigation to a final state. */
  async function visitIn(tab: Tab<E2EPage>, url: string, withExt: boolean): Promise<Visit<E2EPage>> {
    const { page, tabId } = tab;
    tab.errors.length = 0;
    tab.requests.length = 0;
    let status = 'n/a';
    let ms = 0;
    // A reused tab still holds the previous page's state: forget it, so only the new page's counts.
    if (withExt) await ext.forgetTab(tabId);
    const t0 = Date.now();
    const nav = page.goto(url, { waitUntil: 'load' });
    if (withExt) {
      status = await waitFinal(async (id) => (await ext.tabState(id))?.status, tabId);
      ms = Date.now() - t0;
      await nav;
      await sleep(MARKS_SETTLE_MS);
    } else {
      await nav;
    }
    await waitQuiet(() => [tab.requests.length, tab.errors.length, server.requests.length], QUIET_MS, QUIET_MAX_MS);
    const snap = await page.evaluate(takeSnapshot);
    return { page, snap, errors: [...tab.errors], requests: [...tab.requests], tabId, status, ms };
  }

  async function visit(s: ExtSession, url: string, withExt: boolean, keepOpen = false): Promise<Visit<E2EPage>> {
    const tab = await openTabIn(s, withExt);
    const v = await visitIn(tab, url, withExt);
    if (!keepOpen) await tab.page.close();
    return v;
  }

  /** Baseline and extension visits of one URL, with the fixture server's log of each. */
  async function both(name: string, url: string, tabs?: [Tab<E2EPage>, Tab<E2EPage>]): Promise<{ r: PageResult; e: Visit<E2EPage>; b: Visit<E2EPage> }> {
    const s0 = server.requests.length;
    const b = tabs ? await visitIn(tabs[0], url, false) : await visit(base, url, false);
    const s1 = server.requests.length;
    const e = tabs ? await visitIn(tabs[1], url, true) : await visit(ext, url, true);
    const r = comparePage(name, e, b, serverExtra(server.requests, s0, s1), a.extensionScheme, stallSource);
    if (r.layoutShifted && !b.page.isClosed() && !e.page.isClosed()) {
      const first = r.layoutShifted;
      await sleep(LAYOUT_RECHECK_MS);
      r.layoutShifted = layoutDiff(await e.page.evaluate(takeSnapshot), await b.page.evaluate(takeSnapshot));
      if (!r.layoutShifted) console.log(`${a.label} ${name}: the layouts matched when measured again (first: ${first})`);
    }
    if (r.layoutShifted && !e.page.isClosed()) {
      // A page that lays out differently from one load to the next without us: the extension's layout
      // must be one of those the page takes on its own (see layoutOutside).
      const still = r.layoutShifted;
      const eSnap = await e.page.evaluate(takeSnapshot);
      const baselines = [b.page.isClosed() ? b.snap : await b.page.evaluate(takeSnapshot)];
      for (let k = 0; k < LAYOUT_BASELINE_VISITS && r.layoutShifted; k++) {
        baselines.push((await visit(base, url, false)).snap);
        r.layoutShifted = layoutOutside(eSnap, baselines);
      }
      console.log(`${a.label} ${name}: ${r.layoutShifted ? `layout shifted: ${r.layoutShifted}` : `the page's own layout varies between loads without the extension (${still}); the extension's is within it after ${baselines.length} baseline loads`}`);
    }
    if (r.domChanged && !b.page.isClosed() && !e.page.isClosed()) {
      const html = () => document.documentElement.outerHTML;
      r.domChanged = firstDiff(await b.page.evaluate(html), await e.page.evaluate(html));
    }
    if (!e.snap.probed) r.errors.push('probe missing: the init script did not run');
    r.errors.push(...(await ext.backgroundErrors()).map((x) => `background: ${x}`));
    return { r, e, b };
  }

  /**
   * Both visits of one URL; when a time budget (`maxMs` to a final state, `maxStallMs` of stall) is
   * broken, the page is visited once more and the second visit's times are kept: on a 2-core machine
   * shared with other processes, one slice given to another process can break any budget once (the
   * suite's runs saw 10.5 s on a page whose median is 0.8 s at a load average of 15). Both times are
   * printed; the correctness rules are never measured twice (see withTimingsOf).
   */
  async function bothTimed(name: string, url: string, maxMs: number, tabs?: [Tab<E2EPage>, Tab<E2EPage>]): Promise<{ r: PageResult; e: Visit<E2EPage>; b: Visit<E2EPage> }> {
    const first = await both(name, url, tabs);
    const over = (r: PageResult) => r.timeToResultMs > maxMs || Math.max(0, ...r.longTasksAttributed) > maxStallMs;
    if (!over(first.r)) return first;
    const again = await both(name, url, tabs);
    console.log(`${a.label} ${name}: over a time budget (${first.r.timeToResultMs} ms to a result, stalls [${first.r.longTasksAttributed}]); measured again: ${again.r.timeToResultMs} ms, [${again.r.longTasksAttributed}]`);
    return { ...again, r: withTimingsOf(first.r, again.r) };
  }

  beforeAll(async () => {
    server = await startServer();
    proxy = await startProxyLog();
    baseProxy = await startProxyLog();
    base = await a.launch({ extension: false, proxyPort: baseProxy.port, viewport: VIEWPORT });
    ext = await a.launch({ extension: copyBuild(a.build), proxyPort: proxy.port, viewport: VIEWPORT });
    ext.watchForeignRequests?.((what) => foreignRequests.push(what));
    await ext.instrumentBackground();
  }, 120000);

  afterAll(async () => {
    console.log(summarise(a.label, results, stress).replace(/none > \d+ ms/, `none > ${maxStallMs} ms${a.caps.longTasks ? '' : ' (timer gaps: noisy)'}`));
    const path = writeResults(a.name, {
      contentKb: fileKb(CONTENT_JS), timeToResult: stats(results.map((r) => r.timeToResultMs)), pages: results, stress,
      proxyAll: proxy?.seen, proxyBaseline: baseProxy?.seen, proxyNotBrowser: proxy ? offBrowser() : [], foreignRequests,
    });
    console.log(`results: ${path}`);
    await ext?.close();
    await base?.close();
    await server?.close();
    await proxy?.close();
    await baseProxy?.close();
  });

  it(`the content script fits its budget (${CONTENT_BUDGET_KB} KB minified)`, () => {
    expect(fileKb(join(a.build, 'content-scripts', 'content.js'))).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
  });

  it('the background is instrumented and the network watch sees what the extension requests (self-check), then clears', async () => {
    expect(await ext.instrumentBackground()).toBe('instrumented');
    const n = server.requests.length;
    // The fixture server sends no CORS headers: Firefox's extension page refuses the answer, but
    // the request is made, and that is what the watch must see.
    await ext.evalInExtension((u) => fetch(u).then(() => undefined, () => undefined), `${server.origin}/probe-from-extension`);
    expect(server.requests.slice(n)).toContain('/probe-from-extension');
    if (ext.watchForeignRequests) await expect.poll(() => foreignRequests.some((r) => r.includes('/probe-from-extension')), { timeout: 5000 }).toBe(true);
    await ext.evalInExtension(() => fetch('http://example.invalid/probe').catch(() => undefined), undefined);
    await expect.poll(() => proxy.seen.some((r) => r.includes('example.invalid')), { timeout: 5000 }).toBe(true);
    foreignRequests.length = 0;
    proxy.seen.length = 0;
  });

  it.skipIf(real.length === 0)(`every saved real page: no error, DOM and layout untouched, no request, fast (${real.length} pages)`, async ({ signal }) => {
    const tabs: [Tab<E2EPage>, Tab<E2EPage>] = [await openTabIn(base, false), await openTabIn(ext, true)];
    for (const name of real) {
      // A test that timed out goes on running unless it stops itself: it would then visit pages in
      // the browsers while the next tests use them, and break them in a chain.
      if (signal.aborted) return;
      const { r } = await bothTimed(name, `${server.origin}/readability/${name}/`, MAX_TIME_TO_RESULT_MS, tabs);
      results.push(r);
    }
    for (const t of tabs) await t.page.close();
    expect(badPages(results)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(offBrowser()).toEqual([]);
    expect(Math.max(...results.map((r) => r.timeToResultMs))).toBeLessThanOrEqual(MAX_TIME_TO_RESULT_MS);
    expect(stallsOver(results, maxStallMs)).toEqual([]);
    // 90 pages, each visited twice and each visit waiting for its page to go quiet, on a busy machine.
  }, 480000);
  if (real.length === 0) it('real pages skipped: ../shared/pages/readability is absent', () => console.log('SKIPPED real pages: ../shared/pages/readability is absent'));

  describe('stress pages', () => {
    for (const [key, path, maxMs] of STRESS_PAGES) {
      it(`${key}: a final state quickly, no error, DOM untouched, no long freeze`, async () => {
        const { r, e } = await bothTimed(key, `${server.origin}${path}`, maxMs[a.name]);
        stress[key] = {
          status: r.status, ms: r.timeToResultMs, extLongTasks: r.longTasksExt, baseLongTasks: r.longTasksBase, attributed: r.longTasksAttributed, errors: r.errors, domChanged: !!r.domChanged, layout: r.layoutShifted,
          ...(a.caps.longTasks ? {} : { rawExtStalls: e.snap.stalls.map((t) => [Math.round(t.start - e.snap.dcl), Math.round(t.duration)]) }),
        };
        expectStressPage(key, r, maxMs[a.name], maxStallMs);
      });
    }

    stressChecks(() => ({
      visit: (url, keepOpen) => visit(ext, url, true, keepOpen),
      backgroundErrors: () => ext.backgroundErrors(),
      reportsOf: (tabId) => ext.reportsOf(tabId),
      badgeOf: (tabId) => ext.badgeOf(tabId),
      statusOf: async (tabId) => (await ext.tabState(tabId))?.status,
      setSetting: (patch) => ext.setSettings(patch),
      framesLoaded: async (page) => {
        await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete')), { timeout: 10000 }).toBe(true);
        await sleep(FRAMES_SETTLE_MS);
      },
      rewriteExtras: async (page) => ({ longTasks: (await page.evaluate(takeSnapshot)).longTasks.length }),
      origin: server.origin,
      stress,
    }));

    it('no request left the fixture server during the stress pages, from any part of the browser', () => {
      expect(foreignRequests.filter((r) => !r.includes('probe'))).toEqual([]);
      expect(offBrowser()).toEqual([]);
    });
  });
});
