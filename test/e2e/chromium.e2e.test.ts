/// <reference types="chrome" />
/**
 * The built extension in real Chromium (playwright-core), against pages served on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, readabilityPages, type FixtureServer } from './server';
import { CHROME_BUILD, requireBuild, shotPath } from './paths';
import * as lib from './chromium-lib';
import * as marks from './marks-lib';
import { norm, type DoneState } from './marks-lib';

let server: FixtureServer;
let ext: lib.Ext;
let context: BrowserContext;
let sw: Worker;
const consoleErrors: string[] = [];

function watchErrors(page: Page, label: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${label}: ${e.message}`));
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await lib.openPopup(ext, tabId);
  watchErrors(popup, 'popup');
  return popup;
}
const tabIdOf = (page: Page) => lib.tabIdOf(ext, page);
const badgeOf = (tabId: number) => lib.badgeOf(ext, tabId);
const waitForAnalysis = (tabId: number) => lib.waitForAnalysis(ext, tabId);

async function stateOf(tabId: number): Promise<DoneState> {
  return sw.evaluate(async (id) => {
    const k = `tab:${id}`;
    return (await chrome.storage.session.get(k))[k] as DoneState;
  }, tabId);
}

async function expectedMarks(tabId: number) {
  return marks.expectedMarks(await stateOf(tabId));
}
const highlighted = (page: Page) => marks.readMarks(page);

/** The hover card's text, from its closed shadow root (DevTools can pierce it; page scripts cannot). */
async function cardText(page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
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

async function setSetting(patch: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (p) => {
    const cur = ((await chrome.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
    await chrome.storage.local.set({ settings: { version: 1, highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
  }, patch);
}

/** Collect the worker's uncaught errors (its console is not a page's). */
async function instrumentWorker(): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __errors: string[] };
    g.__errors = [];
    self.addEventListener('error', (e) => g.__errors.push(String((e as ErrorEvent).message)));
    self.addEventListener('unhandledrejection', (e) => g.__errors.push(String((e as PromiseRejectionEvent).reason)));
  });
}

beforeAll(async () => {
  requireBuild(CHROME_BUILD);
  server = await startServer();
  ext = await lib.launchChromium(mkdtempSync(join(tmpdir(), 'recoupe-chromium-')));
  ({ context, sw } = ext);
  await instrumentWorker();
}, 60000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('Chromium: same-story detection end to end', () => {
  it('an article on the story, in news-site markup, gets the badge count and the popup lists the sources', async () => {
    const page = await context.newPage();
    watchErrors(page, 'article page');
    const url = `${server.origin}/pages/fr-koursk-article.html`;
    await page.goto(url);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const badge = await badgeOf(tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(3);

    const popup = await openPopup(tabId);
    const titles = await popup.locator('.source-title').allTextContents();
    expect(titles.length).toBe(Number(badge));
    expect(titles.join(' | ')).toContain('troupes nord-coréennes');
    await expect.poll(() => popup.locator('.verdict').textContent()).toContain(`${badge} sources couvrent cette histoire`);
    const chips = await popup.locator('.chip').allTextContents();
    expect(chips).toContain('Koursk');
    await popup.screenshot({ path: shotPath('chromium-popup-story.png') });
    await page.screenshot({ path: shotPath('chromium-article-page.png') });
    await popup.close();
    await page.close();
  });

  it('a page dated after its sources shows its date and theirs, and its moved figures read as updates', async () => {
    const page = await context.newPage();
    watchErrors(page, 'dated page');
    await page.goto(`${server.origin}/pages/fr-koursk-dated.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const popup = await openPopup(tabId);
    // article:published_time 2024-12-20T21:30:00+01:00: the day as its writer wrote it.
    expect(await popup.locator('.page-date time').getAttribute('datetime')).toBe('2024-12-20');
    expect(await popup.locator('.page-date time').textContent()).toBe('20 déc. 2024');
    const days = await popup.locator('.source time.published-day').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(days.length).toBeGreaterThanOrEqual(3);
    for (const d of days) expect(d < '2024-12-20').toBe(true);
    expect(await popup.locator('.verdict-badge.verdict-updated').count()).toBeGreaterThan(0);
    expect(await popup.locator('.verdict-badge.verdict-differs').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('the real toolbar popup, opened as a click opens it, shows the verdict for the active tab', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/pages/fr-koursk-article.html?toolbar`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const badge = await badgeOf(tabId);
    const popup = await lib.timeToolbarPopup(ext, page);
    expect(popup.verdict).toContain(`${badge} sources couvrent cette histoire`);
    expect(popup.navToVerdictMs).toBeGreaterThan(0);
    await page.close();
  });

  it('the popup survives the service worker being stopped and restarted', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/pages/fr-koursk-article.html?restart`);
    const tabId = await tabIdOf(page);
    await waitForAnalysis(tabId);
    // Stop the worker as Chrome does when it is idle: its memory (the in-memory cache) is gone.
    // A marker in the worker's global scope tells a restarted worker from the old one.
    await sw.evaluate(() => ((globalThis as unknown as { __marker: number }).__marker = 1));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 500));
    const popup = await openPopup(tabId);
    expect(await popup.locator('.source-title').count()).toBeGreaterThanOrEqual(3);
    await popup.close();
    await page.close();
    sw = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
    ext.sw = sw;
    expect(await sw.evaluate(() => (globalThis as unknown as { __marker?: number }).__marker)).toBeUndefined();
    await instrumentWorker();
  });

  it('a worker stopped in the middle of an analysis still gives the reader a result', async () => {
    // Hold the analysis at its last step, storing the finished result, and stop the worker there:
    // the page's report was received and computed on, but never answered.
    await sw.evaluate(() => {
      const g = globalThis as unknown as { __held: number; __marker: number };
      g.__held = 0;
      g.__marker = 1;
      const area = chrome.storage.session as unknown as { set: (...a: unknown[]) => Promise<void> };
      const set = area.set.bind(area);
      area.set = (items: unknown, ...rest: unknown[]) => {
        if (Object.values(items as Record<string, { status?: string }>).some((v) => v?.status === 'done')) {
          g.__held++;
          return new Promise<void>(() => undefined);
        }
        return set(items, ...rest);
      };
    });
    const page = await context.newPage();
    watchErrors(page, 'mid-analysis page');
    await page.goto(`${server.origin}/pages/fr-koursk-article.html?mid-analysis`);
    const tabId = await tabIdOf(page);
    await expect.poll(() => sw.evaluate(() => (globalThis as unknown as { __held: number }).__held), { timeout: 10000 }).toBe(1);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The page's retry starts a new worker (playwright keeps the same handle for it), which
    // analyses the page again: its global scope has neither the marker nor the held `set`.
    expect(await waitForAnalysis(tabId)).toBe('done');
    sw = context.serviceWorkers().at(-1) ?? sw;
    ext.sw = sw;
    expect(await sw.evaluate(() => (globalThis as unknown as { __marker?: number }).__marker)).toBeUndefined();
    await instrumentWorker();
    expect(Number(await badgeOf(tabId))).toBeGreaterThanOrEqual(3);
    await expect.poll(async () => (await highlighted(page)).passages.length, { timeout: 5000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('a single-page site is read again after in-page navigation', async () => {
    const page = await context.newPage();
    watchErrors(page, 'spa page');
    await page.goto(`${server.origin}/pages/spa.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    expect(await badgeOf(tabId)).toBe('');
    await page.click('#to-kursk');
    await expect.poll(() => badgeOf(tabId), { timeout: 10000 }).toMatch(/^[3-9]$/);
    await page.click('#to-kharkiv');
    await expect.poll(() => badgeOf(tabId), { timeout: 10000 }).toBe('');
    await page.close();
  });

  const real = readabilityPages();
  it.skipIf(real.length === 0)('a real page from shared/pages/readability gets no badge and the popup says there is nothing to compare', async () => {
    for (const name of ['aclu', 'wikipedia', 'nytimes-1']) {
      if (!real.includes(name)) continue;
      const page = await context.newPage();
      const url = `${server.origin}/readability/${name}/`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const tabId = await tabIdOf(page);
      await waitForAnalysis(tabId);
      expect(await badgeOf(tabId), name).toBe('');
      expect(await highlighted(page), name).toEqual({ passages: [], figures: [], wrappers: 0 });
      const popup = await openPopup(tabId);
      const text = await popup.locator('main').textContent();
      expect(text, name).toMatch(/Rien à comparer/);
      if (name === 'aclu') await popup.screenshot({ path: shotPath('chromium-popup-nothing.png') });
      await popup.close();
      await page.close();
    }
  });

  it('passages and figures are highlighted in the page (CSS Custom Highlight API)', async () => {
    const page = await context.newPage();
    watchErrors(page, 'article 003 page');
    await page.goto(`${server.origin}/pages/fr-003-article.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const expected = await expectedMarks(tabId);
    expect(expected.passages.length).toBeGreaterThan(0);
    await expect.poll(() => highlighted(page).then((h) => h.passages.length), { timeout: 10000 }).toBe(expected.passages.length);
    const got = await highlighted(page);
    expect(got.passages.sort()).toEqual(expected.passages.sort());
    expect(got.figures.sort()).toEqual(expected.figures.sort());
    expect(got.wrappers).toBe(0); // the Highlight API leaves the page's DOM alone
    await page.screenshot({ path: shotPath('chromium-highlights-api.png'), fullPage: true });

    // Hovering a highlight shows the sources' passages in a card (closed shadow root: read via CDP).
    const box = await marks.firstPassagePoint(page);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBe('');
    const card = await cardText(page);
    const state = await stateOf(tabId);
    const counterpart = state.result.passages.find((p) => norm(p.page.text) === norm(box!.text))!;
    expect(norm(card)).toContain(norm(counterpart.source.text).slice(0, 40));
    await page.screenshot({ path: shotPath('chromium-hover-card.png') });

    // A click in the popup scrolls the page to the item.
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(tabId);
    const before = await page.evaluate(() => window.scrollY);
    const items = popup.locator('.passage-page');
    await items.nth((await items.count()) - 1).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(before + 100);
    await popup.screenshot({ path: shotPath('chromium-popup-passages.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('the wrapping fallback marks the same text, and turning highlights off removes every trace', async () => {
    const page = await context.newPage();
    const url = `${server.origin}/pages/fr-003-article.html?wrap`;
    await page.goto(url);
    const tabId = await tabIdOf(page);
    await waitForAnalysis(tabId);
    const expected = await expectedMarks(tabId);
    await setSetting({ highlightMode: 'wrap' });
    await expect.poll(() => highlighted(page).then((h) => h.wrappers), { timeout: 10000 }).toBeGreaterThan(0);
    const got = await highlighted(page);
    expect(got.passages.sort()).toEqual(expected.passages.sort());
    expect(got.figures.sort()).toEqual(expected.figures.sort());
    await page.screenshot({ path: shotPath('chromium-highlights-wrap.png'), fullPage: true });

    await setSetting({ highlights: false });
    await expect.poll(() => highlighted(page).then((h) => h.passages.length + h.figures.length + h.wrappers), { timeout: 10000 }).toBe(0);
    // Nothing of ours is left: the body serialises exactly as the fixture's own body.
    const same = await marks.traces(page, url);
    expect(same).toEqual({ same: true, style: false, host: false, registered: 0 });
    await setSetting({ highlights: true, highlightMode: 'auto' });
    await expect.poll(() => highlighted(page).then((h) => h.passages.length), { timeout: 10000 }).toBe(expected.passages.length);
    await page.close();
  });

  it('figures that agree, overlap and differ (English page, French sources) get their own marks and popup rows', async () => {
    const page = await context.newPage();
    watchErrors(page, 'figures page');
    await page.goto(`${server.origin}/pages/en-figures-article.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    await expect.poll(() => marks.marksByKind(page).then((m) => Object.keys(m).length), { timeout: 10000 }).toBeGreaterThan(2);
    const byKind = await marks.marksByKind(page);
    expect(byKind['figure-differs']).toContain('20,000');
    expect(byKind['figure-agrees']).toContain('some 50,000');
    expect(byKind['figure-overlaps']).toContain('More than 650,000');
    expect(byKind['figure-differs']).not.toContain('Some 8,000'); // a different count (in Kursk), not a contradiction
    await page.screenshot({ path: shotPath('chromium-figures-page.png'), fullPage: true });
    const popup = await openPopup(tabId);
    const rows = await marks.popupRowsWith(popup);
    expect(rows.some((r) => /20\s?000/.test(r) && /diffère/.test(r))).toBe(true);
    expect(rows.some((r) => /50\s?000/.test(r) && /concorde/.test(r))).toBe(true);
    expect(rows.some((r) => /8\s?000/.test(r) && /diffère/.test(r) && !/10\s?000/.test(r))).toBe(false);
    await popup.screenshot({ path: shotPath('chromium-popup-figures.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('the extension logged no errors', async () => {
    const swErrors = await sw.evaluate(() => (globalThis as unknown as { __errors?: string[] }).__errors ?? []);
    const ours = consoleErrors;
    expect([...ours, ...swErrors]).toEqual([]);
  });
  // Last: a reloaded unpacked extension is not re-enabled in this test launch.
  it('reloading the extension (as an update does) leaves no stale highlight and no error in open tabs', async () => {
    const page = await context.newPage();
    watchErrors(page, 'page open during reload');
    await page.goto(`${server.origin}/pages/fr-003-article.html?reload`);
    const tabId = await tabIdOf(page);
    await waitForAnalysis(tabId);
    await expect.poll(() => highlighted(page).then((h) => h.passages.length), { timeout: 10000 }).toBeGreaterThan(0);
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => highlighted(page).then((h) => h.passages.length + h.figures.length + h.wrappers), { timeout: 10000 }).toBe(0);
    expect(await marks.traces(page, `${server.origin}/pages/fr-003-article.html`)).toEqual({ same: true, style: false, host: false, registered: 0 });
    expect(consoleErrors.filter((e) => e.startsWith('page open during reload'))).toEqual([]);
    await page.close();
  });

});
