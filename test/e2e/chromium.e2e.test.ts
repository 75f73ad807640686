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

interface DoneState {
  status: 'done';
  result: { passages: Array<{ page: { text: string }; source: { text: string } }>; figures: Array<{ page: { text: string }; comparisons: unknown[] }> };
}

async function stateOf(tabId: number): Promise<DoneState> {
  return sw.evaluate(async (id) => {
    const k = `tab:${id}`;
    return (await chrome.storage.session.get(k))[k] as DoneState;
  }, tabId);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the background says should be marked: one passage per page span, figures with comparisons. */
async function expectedMarks(tabId: number): Promise<{ passages: string[]; figures: string[] }> {
  const st = await stateOf(tabId);
  return {
    passages: [...new Set(st.result.passages.map((p) => norm(p.page.text)))],
    figures: [...new Set(st.result.figures.filter((f) => f.comparisons.length > 0).map((f) => norm(f.page.text)))],
  };
}

/** What is marked in the page, read from the page itself: Highlight API ranges or wrappers. */
async function highlighted(page: Page): Promise<{ passages: string[]; figures: string[]; wrappers: number }> {
  const raw = await page.evaluate(() => {
    const passages: string[] = [];
    const figures: string[] = [];
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('recoupe-passage')) for (const r of hl) passages.push(r.toString());
      if (name.startsWith('recoupe-figure')) for (const r of hl) figures.push(r.toString());
    }
    const byId = new Map<string, { kind: string; text: string }>();
    const wrappers = document.querySelectorAll('recoupe-mark');
    for (const w of wrappers) {
      const el = w as HTMLElement;
      const id = el.dataset.id ?? '';
      const e = byId.get(id) ?? { kind: el.dataset.kind ?? id, text: '' };
      e.text += el.textContent ?? '';
      byId.set(id, e);
    }
    for (const [id, e] of byId) (id.startsWith('p:') ? passages : figures).push(e.text);
    return { passages, figures, wrappers: wrappers.length };
  });
  return { passages: [...new Set(raw.passages.map(norm))], figures: [...new Set(raw.figures.map(norm))], wrappers: raw.wrappers };
}

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
    const box = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
        if (!name.startsWith('recoupe-passage')) continue;
        const range = [...hl][0];
        (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left + 5, y: r.top + r.height / 2, text: range.toString() };
      }
      return null;
    });
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
    const same = await page.evaluate(async (u) => {
      const html = await (await fetch(u)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return {
        same: fresh.body.innerHTML === document.body.innerHTML,
        style: !!document.getElementById('recoupe-highlight-style'),
        host: !!document.querySelector('recoupe-card-host'),
        registered: [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) => k.startsWith('recoupe')).length,
      };
    }, url);
    expect(same).toEqual({ same: true, style: false, host: false, registered: 0 });
    await setSetting({ highlights: true, highlightMode: 'auto' });
    await expect.poll(() => highlighted(page).then((h) => h.passages.length), { timeout: 10000 }).toBe(expected.passages.length);
    await page.close();
  });

  it('the extension logged no errors', async () => {
    const swErrors = await sw.evaluate(() => (globalThis as unknown as { __errors?: string[] }).__errors ?? []);
    const ours = consoleErrors;
    expect([...ours, ...swErrors]).toEqual([]);
  });
});
