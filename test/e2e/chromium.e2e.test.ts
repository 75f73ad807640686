/// <reference types="chrome" />
/**
 * The built extension in real Chromium (playwright-core), against pages served on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, readabilityPages, type FixtureServer } from './server';
import { CHROME_BUILD, CHROMIUM_BIN, requireBuild, shotPath } from './paths';

let server: FixtureServer;
let context: BrowserContext;
let sw: Worker;
let extId: string;
const consoleErrors: string[] = [];

function watchErrors(page: Page, label: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${label}: ${e.message}`));
}

/** The extension has no `tabs` permission, so tabs are found by focus, not by URL. */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!t?.id) throw new Error('no active tab');
    return t.id;
  });
}

async function badgeOf(tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Wait until the background has a final state for the tab (the badge is set just before). */
async function waitForAnalysis(tabId: number): Promise<string> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const state = await sw.evaluate(async (id) => {
      const k = `tab:${id}`;
      return ((await chrome.storage.session.get(k))[k] as { status: string } | undefined)?.status;
    }, tabId);
    if (state && state !== 'analysing') return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('analysis did not finish');
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await context.newPage();
  watchErrors(popup, 'popup');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.verdict, .state:not(.state-busy)');
  return popup;
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
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'recoupe-chromium-')), {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--lang=fr',
    ],
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
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
    expect(await sw.evaluate(() => (globalThis as unknown as { __marker?: number }).__marker)).toBeUndefined();
    await instrumentWorker();
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
      const popup = await openPopup(tabId);
      const text = await popup.locator('main').textContent();
      expect(text, name).toMatch(/Rien à comparer/);
      if (name === 'aclu') await popup.screenshot({ path: shotPath('chromium-popup-nothing.png') });
      await popup.close();
      await page.close();
    }
  });

  it('the extension logged no errors', async () => {
    const swErrors = await sw.evaluate(() => (globalThis as unknown as { __errors?: string[] }).__errors ?? []);
    const ours = consoleErrors;
    expect([...ours, ...swErrors]).toEqual([]);
  });
});
