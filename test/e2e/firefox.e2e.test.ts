/**
 * The built extension in real Firefox ESR, driven by puppeteer-core over WebDriver BiDi, against
 * pages served on 127.0.0.1. BiDi refuses to navigate to moz-extension:// URLs, so the suite works
 * from the welcome page the extension opens itself on install: it is privileged, can read the badge
 * and open the popup page for a given tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer, readabilityPages, type FixtureServer } from './server';
/** The extension API as seen from an extension page (types only: evaluated code is serialised). */
type WebExtBrowser = import('webextension-polyfill').Browser;
import { FIREFOX_BIN, FIREFOX_BUILD, requireBuild, shotPath } from './paths';

let server: FixtureServer;
let browser: Browser;
let ext: Page;
const consoleErrors: string[] = [];

function watchErrors(page: Page, label: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${label}: ${String(e)}`));
}

async function findPage(pred: (href: string) => boolean, timeoutMs = 15000): Promise<Page> {
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

/** The extension has no `tabs` permission: the tab is found as the active one after focusing it. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return ext.evaluate(async () => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const [t] = await b.tabs.query({ active: true, lastFocusedWindow: true });
    if (t?.id === undefined) throw new Error('no active tab');
    return t.id;
  });
}

async function waitForAnalysis(tabId: number): Promise<string> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const status = await ext.evaluate(async (id) => {
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

async function badgeOf(tabId: number): Promise<string> {
  return ext.evaluate((id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    return b.browserAction.getBadgeText({ tabId: id });
  }, tabId);
}

async function openPopup(tabId: number): Promise<Page> {
  await ext.evaluate((id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    return b.tabs.create({ url: b.runtime.getURL(`/popup.html?tab=${id}`) }).then(() => undefined);
  }, tabId);
  const popup = await findPage((h) => h.startsWith('moz-extension://') && h.includes(`popup.html?tab=${tabId}`));
  watchErrors(popup, 'popup');
  await popup.setViewport({ width: 400, height: 600 });
  await popup.waitForSelector('.verdict, .state:not(.state-busy)');
  return popup;
}

beforeAll(async () => {
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 0 },
  });
  await browser.installExtension(FIREFOX_BUILD);
  ext = await findPage((h) => h.startsWith('moz-extension://') && h.endsWith('/options.html'));
  watchErrors(ext, 'welcome page');
}, 90000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox: same-story detection end to end', () => {
  it('the welcome page lists the bundled corpus', async () => {
    await ext.waitForSelector('.corpus .source-title');
    const n = await ext.evaluate(() => document.querySelectorAll('.corpus .source').length);
    expect(n).toBe(5);
  });

  it('an article on the story, in news-site markup, gets the badge count and the popup lists the sources', async () => {
    const page = await browser.newPage();
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

  it('a single-page site is read again after in-page navigation', async () => {
    const page = await browser.newPage();
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
      const page = await browser.newPage();
      await page.goto(`${server.origin}/readability/${name}/`, { waitUntil: 'domcontentloaded' });
      const tabId = await tabIdOf(page);
      await waitForAnalysis(tabId);
      expect(await badgeOf(tabId), name).toBe('');
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
