/**
 * The stress pages' checks that both real-page suites run the same way (deep nesting, a
 * single-page app, a page rewriting its DOM, iframes), written once against a small adapter: each
 * suite gives its own way to visit a page with the extension and to read the extension's state.
 */
import { expect, it } from 'vitest';
import { sleep, type Visit } from './realpages-lib';

/** What the checks do with a page, in either driver (playwright-core or puppeteer-core). */
export interface StressPage {
  evaluate<R>(fn: () => R): Promise<R>;
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface StressAdapter {
  /** Visits a URL in a tab of the browser with the extension; `keepOpen` leaves the tab open. */
  visit(url: string, keepOpen?: boolean): Promise<Visit<StressPage>>;
  /** Errors the extension's background (service worker or page) raised since the last call. */
  backgroundErrors(): Promise<string[]>;
  /** Reports each frame of a tab sent (`tabId:frameId` -> count). */
  reportsOf(tabId: number): Promise<Record<string, number>>;
  badgeOf(tabId: number): Promise<string>;
  statusOf(tabId: number): Promise<string | undefined>;
  setSetting(patch: Record<string, unknown>): Promise<void>;
  /** Waits until the iframes of a page are loaded (Chromium can ask; Firefox waits a moment). */
  framesLoaded(page: StressPage): Promise<void>;
  /** Extra figures the suite records for the rewrite page. */
  rewriteExtras?(page: StressPage): Promise<Record<string, unknown>>;
  origin: string;
  /** Where the suite gathers what it prints and writes (test-results/realpages-<browser>.json). */
  stress: Record<string, unknown>;
}

/** Declares the four checks (inside the suite's `describe('stress pages')`). */
export function stressChecks(get: () => StressAdapter): void {
  it('deep: 400 nested elements built by script end in a final state without error', async () => {
    const a = get();
    const e = await a.visit(`${a.origin}/stress/deep`);
    const errs = [...e.errors, ...(await a.backgroundErrors())];
    a.stress.deep = { status: e.status, ms: e.ms, errors: errs };
    expect(e.status).toMatch(/^(not-article|done|too-long)$/);
    expect(errs).toEqual([]);
  });

  it('single-page app: article swaps are analysed once they settle, the right final badge, no error', async () => {
    const a = get();
    const e = await a.visit(`${a.origin}/pages/spa.html`, true);
    const page = e.page;
    for (const to of ['#to-kursk', '#to-kharkiv', '#to-kursk', '#to-kharkiv', '#to-kursk']) {
      await page.click(to);
      await sleep(250); // faster than the settle delay: only the last swap should be analysed
    }
    await page.click('#to-kharkiv');
    await sleep(1200);
    await page.click('#to-kursk');
    await expect.poll(() => a.badgeOf(e.tabId), { timeout: 10000 }).toMatch(/^[3-9]$/);
    const reports = Object.values(await a.reportsOf(e.tabId)).reduce((x, y) => x + y, 0);
    const errs = [...e.errors, ...(await a.backgroundErrors())];
    a.stress.spa = { reports, badge: await a.badgeOf(e.tabId), errors: errs };
    expect(errs).toEqual([]);
    // First load + the swaps that settled (2, or 3 when a click is slow), never one per click (7).
    expect(reports).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('rewrite: a page that rewrites its DOM every second keeps working, highlighted, analysed once', async () => {
    const a = get();
    const e = await a.visit(`${a.origin}/stress/rewrite`, true);
    const page = e.page;
    expect(e.status).toBe('done');
    const marks = () => page.evaluate(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>)].filter(([k]) => k.startsWith('recoupe')).reduce((n, [, h]) => n + h.size, 0));
    await expect.poll(marks, { timeout: 5000 }).toBeGreaterThan(0);
    const ticks0 = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    await sleep(2000);
    // The forced wrapping fallback puts elements into nodes the page then re-creates.
    await a.setSetting({ highlightMode: 'wrap' });
    await sleep(2000);
    const wrappers = await page.evaluate(() => document.querySelectorAll('recoupe-mark').length);
    await a.setSetting({ highlightMode: 'auto' });
    await sleep(1200);
    // Both read in one task: the page ticks every second, so two reads could straddle a tick.
    const [ticks1, ticker] = await page.evaluate(() => [(window as unknown as { __ticks: number }).__ticks, document.getElementById('ticker')?.textContent ?? ''] as const);
    const reports = Object.values(await a.reportsOf(e.tabId)).reduce((x, y) => x + y, 0);
    const errs = [...e.errors, ...(await a.backgroundErrors())];
    a.stress.rewrite = { ticks: ticks1 - ticks0, reports, wrappersAfterRewrites: wrappers, marksAfter: await marks(), status: await a.statusOf(e.tabId), errors: errs, ...(await a.rewriteExtras?.(page)) };
    expect(errs).toEqual([]);
    expect(ticks1 - ticks0).toBeGreaterThanOrEqual(4);
    expect(ticker).toContain(`${ticks1} mises à jour`);
    expect(reports).toBe(1);
    expect(await a.statusOf(e.tabId)).toBe('done');
    await page.close();
  });

  it('iframes: the content script runs in the top frame only; frames are not touched', async () => {
    const a = get();
    const e = await a.visit(`${a.origin}/stress/iframes`, true);
    await a.framesLoaded(e.page);
    const reports = await a.reportsOf(e.tabId);
    const frameMarks = await e.page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.contentDocument?.querySelectorAll('recoupe-mark, recoupe-card-host, #recoupe-highlight-style').length ?? -1));
    const only = await a.visit(`${a.origin}/stress/frame-only`, true);
    await sleep(800);
    const onlyReports = await a.reportsOf(only.tabId);
    const errs = [...e.errors, ...only.errors, ...(await a.backgroundErrors())];
    a.stress.iframes = { status: e.status, badge: await a.badgeOf(e.tabId), reports, frameMarks, frameOnly: { status: only.status, badge: await a.badgeOf(only.tabId), reports: onlyReports }, errors: errs };
    expect(e.status).toBe('done');
    expect(Number(await a.badgeOf(e.tabId))).toBeGreaterThanOrEqual(3);
    expect(reports).toEqual({ [`${e.tabId}:0`]: 1 });
    expect(frameMarks).toEqual([0, 0]);
    expect(only.status).toBe('not-article');
    expect(await a.badgeOf(only.tabId)).toBe('');
    expect(onlyReports).toEqual({ [`${only.tabId}:0`]: 1 });
    expect(errs).toEqual([]);
    await e.page.close();
    await only.page.close();
  });
}
