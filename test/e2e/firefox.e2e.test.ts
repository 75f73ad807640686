/**
 * The built extension in real Firefox ESR, driven by puppeteer-core over WebDriver BiDi, against
 * pages served on 127.0.0.1. BiDi refuses to navigate to moz-extension:// URLs, so the suite works
 * from the welcome page the extension opens itself on install: it is privileged, can read the badge
 * and open the popup page for a given tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, readabilityPages, type FixtureServer } from './server';
import { FIREFOX_BUILD, requireBuild, shotPath } from './paths';
import * as lib from './firefox-lib';
import type { WebExtBrowser } from './firefox-lib';
import * as marks from './marks-lib';
import type { DoneState } from './marks-lib';

let server: FixtureServer;
let fx: lib.FxExt;
const consoleErrors: string[] = [];

function watchErrors(page: Page, label: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${label}: ${String(e)}`));
}

async function stateOf(tabId: number): Promise<DoneState> {
  return fx.ext.evaluate(async (id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const k = `tab:${id}`;
    return (await (b.storage as unknown as { session: { get(k: string): Promise<Record<string, unknown>> } }).session.get(k))[k] as DoneState;
  }, tabId);
}

const highlighted = (page: Page) => marks.readMarks(page);
const tabIdOf = (page: Page) => lib.tabIdOf(fx, page);
const waitForAnalysis = (tabId: number) => lib.waitForAnalysis(fx, tabId);
const badgeOf = (tabId: number) => lib.badgeOf(fx, tabId);

async function openPopup(tabId: number): Promise<Page> {
  const popup = await lib.openPopup(fx, tabId);
  watchErrors(popup, 'popup');
  return popup;
}

async function setSetting(patch: Record<string, unknown>): Promise<void> {
  await fx.ext.evaluate(async (p) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const cur = ((await b.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
    await b.storage.local.set({ settings: { version: 1, highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
  }, patch);
}

beforeAll(async () => {
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
  fx = await lib.launchFirefox();
  watchErrors(fx.ext, 'welcome page');
}, 90000);

afterAll(async () => {
  await fx?.browser.close();
  await server?.close();
});

describe('Firefox: same-story detection end to end', () => {
  it('the welcome page lists the bundled corpus', async () => {
    await fx.ext.waitForSelector('.corpus .source-title');
    const n = await fx.ext.evaluate(() => document.querySelectorAll('.corpus .source').length);
    expect(n).toBe(5);
  });

  it('an article on the story, in news-site markup, gets the badge count and the popup lists the sources', async () => {
    const page = await fx.browser.newPage();
    watchErrors(page, 'article page');
    await page.goto(`${server.origin}/pages/fr-koursk-article.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const badge = await badgeOf(tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
    const popup = await openPopup(tabId);
    const titles = await popup.evaluate(() => [...document.querySelectorAll('.source-title')].map((e) => e.textContent ?? ''));
    expect(titles.length).toBe(Number(badge));
    expect(titles.join(' | ')).toContain('troupes nord-coréennes');
    const verdict = await popup.evaluate(() => document.querySelector('.verdict')?.textContent ?? '');
    expect(verdict).toMatch(new RegExp(`^${badge} (sources cover this story|sources couvrent cette histoire)$`));
    await popup.screenshot({ path: shotPath('firefox-popup-story.png') });
    await popup.close();
    await page.close();
  });

  it('a page dated after its sources shows its date and theirs, and its moved figures read as updates', async () => {
    const page = await fx.browser.newPage();
    watchErrors(page, 'dated page');
    await page.goto(`${server.origin}/pages/fr-koursk-dated.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const popup = await openPopup(tabId);
    const seen = await popup.evaluate(() => ({
      page: document.querySelector('.page-date time')?.getAttribute('datetime'),
      sources: [...document.querySelectorAll('.source time.published-day')].map((e) => e.getAttribute('datetime') ?? ''),
      updated: document.querySelectorAll('.verdict-badge.verdict-updated').length,
      differs: document.querySelectorAll('.verdict-badge.verdict-differs').length,
    }));
    // article:published_time 2024-12-20T21:30:00+01:00: the day as its writer wrote it.
    expect(seen.page).toBe('2024-12-20');
    expect(seen.sources.length).toBeGreaterThanOrEqual(3);
    for (const d of seen.sources) expect(d < '2024-12-20').toBe(true);
    expect(seen.updated).toBeGreaterThan(0);
    expect(seen.differs).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a single-page site is read again after in-page navigation', async () => {
    const page = await fx.browser.newPage();
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

  it('passages and figures are highlighted; hover shows a card; a popup click scrolls; the fallback and removal work', async () => {
    const page = await fx.browser.newPage();
    watchErrors(page, 'article 003 page');
    await page.setViewport({ width: 1100, height: 800 });
    const url = `${server.origin}/pages/fr-003-article.html`;
    await page.goto(url);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const expected = marks.expectedMarks(await stateOf(tabId));
    expect(expected.passages.length).toBeGreaterThan(0);
    await expect.poll(() => highlighted(page).then((h) => h.passages.length), { timeout: 10000 }).toBe(expected.passages.length);
    const got = await highlighted(page);
    expect(got.passages.sort()).toEqual(expected.passages.sort());
    expect(got.figures.sort()).toEqual(expected.figures.sort());
    await page.screenshot({ path: shotPath('firefox-highlights.png'), fullPage: true });

    // Hover: the card's host appears (its closed shadow root is out of reach of page scripts and of BiDi).
    const box = await marks.firstPassagePoint(page);
    await page.mouse.move(box!.x, box!.y);
    await expect
      .poll(() => page.evaluate(() => {
        const h = document.querySelector('recoupe-card-host') as HTMLElement | null;
        if (!h) return 0;
        const r = h.getBoundingClientRect();
        return r.width * r.height;
      }), { timeout: 5000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: shotPath('firefox-hover-card.png') });

    // A click in the popup scrolls the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(tabId);
    await popup.evaluate(() => {
      const items = document.querySelectorAll<HTMLButtonElement>('.passage-page');
      items[items.length - 1].click();
    });
    // Here the popup is a tab that hides the article; the real popup floats over the visible page.
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(100);
    await popup.close();

    // The forced fallback wraps the same text; turning highlights off removes every trace.
    await setSetting({ highlightMode: 'wrap' });
    await expect.poll(() => highlighted(page).then((h) => h.wrappers), { timeout: 10000 }).toBeGreaterThan(0);
    const wrapped = await highlighted(page);
    expect(wrapped.passages.sort()).toEqual(expected.passages.sort());
    await setSetting({ highlights: false });
    await expect.poll(() => highlighted(page).then((h) => h.passages.length + h.figures.length + h.wrappers), { timeout: 10000 }).toBe(0);
    const { registered: _registered, ...clean } = await marks.traces(page, url);
    expect(clean).toEqual({ same: true, style: false, host: false });
    await setSetting({ highlights: true, highlightMode: 'auto' });
    await page.close();
  });

  it('figures that agree, overlap and differ (English page, French sources) get their own marks and popup rows', async () => {
    const page = await fx.browser.newPage();
    watchErrors(page, 'figures page');
    await page.goto(`${server.origin}/pages/en-figures-article.html`);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    await expect.poll(() => marks.marksByKind(page).then((m) => Object.keys(m).length), { timeout: 10000 }).toBeGreaterThan(2);
    const byKind = await marks.marksByKind(page);
    expect(byKind['figure-differs']).toContain('20,000');
    expect(byKind['figure-agrees']).toContain('some 50,000');
    expect(byKind['figure-overlaps']).toContain('More than 650,000');
    const popup = await openPopup(tabId);
    const rows = await marks.popupRowsWith(popup);
    expect(rows.some((r) => /20,000/.test(r) && /differs/.test(r))).toBe(true);
    expect(rows.some((r) => /50,000/.test(r) && /agrees/.test(r))).toBe(true);
    await popup.screenshot({ path: shotPath('firefox-popup-figures.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  const real = readabilityPages();
  it.skipIf(real.length === 0)('a real page from shared/pages/readability gets no badge and the popup says there is nothing to compare', async () => {
    for (const name of ['aclu', 'wikipedia', 'nytimes-1']) {
      if (!real.includes(name)) continue;
      const page = await fx.browser.newPage();
      await page.goto(`${server.origin}/readability/${name}/`, { waitUntil: 'domcontentloaded' });
      const tabId = await tabIdOf(page);
      await waitForAnalysis(tabId);
      expect(await badgeOf(tabId), name).toBe('');
      expect(await highlighted(page), name).toEqual({ passages: [], figures: [], wrappers: 0 });
      const popup = await openPopup(tabId);
      const text = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
      expect(text, name).toMatch(/Nothing to compare|Rien à comparer/);
      if (name === 'aclu') await popup.screenshot({ path: shotPath('firefox-popup-nothing.png') });
      await popup.close();
      await page.close();
    }
  });

  it('the extension logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
