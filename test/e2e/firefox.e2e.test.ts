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

const norm = (x: string) => x.replace(/\s+/g, ' ').trim();

interface DoneState {
  status: 'done';
  result: { passages: Array<{ page: { text: string }; source: { text: string } }>; figures: Array<{ page: { text: string }; comparisons: unknown[] }> };
}

async function stateOf(tabId: number): Promise<DoneState> {
  return ext.evaluate(async (id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const k = `tab:${id}`;
    return (await (b.storage as unknown as { session: { get(k: string): Promise<Record<string, unknown>> } }).session.get(k))[k] as DoneState;
  }, tabId);
}

async function expectedMarks(tabId: number): Promise<{ passages: string[]; figures: string[] }> {
  const st = await stateOf(tabId);
  return {
    passages: [...new Set(st.result.passages.map((p) => norm(p.page.text)))],
    figures: [...new Set(st.result.figures.filter((f) => f.comparisons.length > 0).map((f) => norm(f.page.text)))],
  };
}

async function highlighted(page: Page): Promise<{ passages: string[]; figures: string[]; wrappers: number }> {
  const raw = await page.evaluate(() => {
    const passages: string[] = [];
    const figures: string[] = [];
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('recoupe-passage')) for (const r of hl) passages.push(r.toString());
      if (name.startsWith('recoupe-figure')) for (const r of hl) figures.push(r.toString());
    }
    const byId = new Map<string, string>();
    const wrappers = document.querySelectorAll('recoupe-mark');
    for (const w of wrappers) {
      const id = (w as HTMLElement).dataset.id ?? '';
      byId.set(id, (byId.get(id) ?? '') + (w.textContent ?? ''));
    }
    for (const [id, text] of byId) (id.startsWith('p:') ? passages : figures).push(text);
    return { passages, figures, wrappers: wrappers.length };
  });
  return { passages: [...new Set(raw.passages.map(norm))], figures: [...new Set(raw.figures.map(norm))], wrappers: raw.wrappers };
}

async function setSetting(patch: Record<string, unknown>): Promise<void> {
  await ext.evaluate(async (p) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    const cur = ((await b.storage.local.get('settings')).settings as Record<string, unknown>) ?? {};
    await b.storage.local.set({ settings: { version: 1, highlights: true, highlightMode: 'auto', caution: 'normal', silentSites: [], ...cur, ...p } });
  }, patch);
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

  it('passages and figures are highlighted; hover shows a card; a popup click scrolls; the fallback and removal work', async () => {
    const page = await browser.newPage();
    watchErrors(page, 'article 003 page');
    await page.setViewport({ width: 1100, height: 800 });
    const url = `${server.origin}/pages/fr-003-article.html`;
    await page.goto(url);
    const tabId = await tabIdOf(page);
    expect(await waitForAnalysis(tabId)).toBe('done');
    const expected = await expectedMarks(tabId);
    expect(expected.passages.length).toBeGreaterThan(0);
    await expect.poll(() => highlighted(page).then((h) => h.passages.length), { timeout: 10000 }).toBe(expected.passages.length);
    const got = await highlighted(page);
    expect(got.passages.sort()).toEqual(expected.passages.sort());
    expect(got.figures.sort()).toEqual(expected.figures.sort());
    await page.screenshot({ path: shotPath('firefox-highlights.png'), fullPage: true });

    // Hover: the card's host appears (its closed shadow root is out of reach of page scripts and of BiDi).
    const box = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
        if (!name.startsWith('recoupe-passage')) continue;
        const range = [...hl][0];
        (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left + 5, y: r.top + r.height / 2 };
      }
      return null;
    });
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
    const clean = await page.evaluate(async (u) => {
      const fresh = new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html');
      return { same: fresh.body.innerHTML === document.body.innerHTML, style: !!document.getElementById('recoupe-highlight-style'), host: !!document.querySelector('recoupe-card-host') };
    }, url);
    expect(clean).toEqual({ same: true, style: false, host: false });
    await setSetting({ highlights: true, highlightMode: 'auto' });
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
