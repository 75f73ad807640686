/// <reference types="chrome" />
/**
 * The popup and options pages in real Chromium, in French and in English, light and dark:
 * accessibility (axe-core: no serious or critical violation), keyboard use, search, settings, and
 * the README screenshots (docs/*.png), made here so they stay current.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startServer, ROOT, type FixtureServer } from './server';
import { CHROME_BUILD, requireBuild, shotPath } from './paths';
import * as lib from './chromium-lib';

/** Evaluated, not added as a script tag: extension pages' CSP refuses inline scripts. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOCS = join(ROOT, 'docs');
const ARTICLE = '/pages/fr-003-article.html';
/** The same article dated by its metadata (article:published_time) later than the October sources. */
const DATED_ARTICLE = '/pages/fr-003-dated.html';

let server: FixtureServer;

/** A launched extension, plus the console errors its pages logged. */
interface Browser extends lib.Ext {
  errors: string[];
}

async function launch(lang: 'fr' | 'en'): Promise<Browser> {
  const ext = await lib.launchChromium(mkdtempSync(join(tmpdir(), `recoupe-ui-${lang}-`)), lang);
  return Object.assign(ext, { errors: [] as string[] });
}

function watch(b: Browser, page: Page, label: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') b.errors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => b.errors.push(`${label}: ${e.message}`));
}

const tabIdOf = (b: Browser, page: Page) => lib.tabIdOf(b, page);
const waitForAnalysis = (b: Browser, tabId: number) => lib.waitForAnalysis(b, tabId);

/** The article page and, opened as a page for its tab, the popup (380 px wide, as Chromium shows it). */
async function articleAndPopup(b: Browser, article = ARTICLE): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(server.origin + article);
  const tabId = await tabIdOf(b, page);
  expect(await waitForAnalysis(b, tabId)).toBe('done');
  const popup = await b.context.newPage();
  watch(b, popup, 'popup');
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${b.id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.verdict');
  await popup.waitForSelector('.quick .switch');
  return { page, popup, tabId };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core in the page; returns the serious and critical violations and prints every one. */
async function axe(page: Page, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const summary = violations.length ? violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} [${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}]`).join('\n  ') : 'none';
  console.log(`axe ${label}: ${violations.length} violation(s)\n  ${summary}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: join(DOCS, name) });
  await page.screenshot({ path: shotPath(`ui-${name}`), fullPage: true });
}

beforeAll(async () => {
  requireBuild(CHROME_BUILD);
  server = await startServer();
}, 60000);

afterAll(async () => {
  await server?.close();
});

for (const lang of ['fr', 'en'] as const) {
  describe(`Chromium UI in ${lang === 'fr' ? 'French' : 'English'}`, () => {
    let b: Browser;
    beforeAll(async () => {
      b = await launch(lang);
    }, 60000);
    afterAll(async () => {
      await b?.context.close();
    });

    it('the popup shows the verdict, sections with counts and figures, in the UI language; light and dark pass axe', async () => {
      const { page, popup } = await articleAndPopup(b);
      const verdict = (await popup.locator('.verdict').textContent()) ?? '';
      expect(verdict).toMatch(lang === 'fr' ? /sources? couvre/ : /sources? covers?/);
      expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
      expect(await popup.locator('.section-toggle .count').count()).toBe(3);
      expect(await popup.locator('.figure').count()).toBeGreaterThan(0);
      expect(await popup.locator('.verdict-badge').count()).toBeGreaterThan(0);
      // Fits a Chromium popup (at most 800 x 600): the result scrolls inside, the page itself never.
      expect(await popup.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([380, 600]);
      // No English engine label left in the French UI when the glossary knows it.
      if (lang === 'fr') expect(await popup.locator('.figure .counts[lang=fr]').count()).toBeGreaterThan(0);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await axe(popup, `popup ${lang} ${scheme}`)).toEqual([]);
        await shoot(popup, `popup-${lang}-${scheme}.png`);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
      // The figures section, for the record.
      await popup.evaluate(() => document.getElementById('figures')?.scrollIntoView({ block: 'start' }));
      await popup.screenshot({ path: shotPath(`ui-popup-${lang}-figures.png`) });
      if (lang === 'fr') await popup.screenshot({ path: join(DOCS, 'popup-fr-figures.png') });
      await popup.evaluate(() => document.querySelector('main')?.scrollTo(0, 1e6));
      await popup.screenshot({ path: shotPath(`ui-popup-${lang}-bottom.png`) });
      await popup.close();
      await page.close();
    });

    it('a page dated later than its sources shows an update step and the timeline; its points open their passages; light and dark pass axe', async () => {
      const { page, popup } = await articleAndPopup(b, DATED_ARTICLE);
      await popup.waitForSelector('.timeline .tl-chart');
      const step = (await popup.locator('.update-step').first().textContent()) ?? '';
      expect(step).toMatch(lang === 'fr' ? /→.*, du \d+ \S+ au \d+ \S+/ : /→.*, \d+ \S+ to \d+ \S+/);
      // The update's own colour, never the red of "differs".
      const [stepColour, differsColour] = await popup.evaluate(() => {
        const s = getComputedStyle(document.documentElement);
        return [getComputedStyle(document.querySelector('.update-step')!).color, s.getPropertyValue('--differs')];
      });
      expect(stepColour).not.toBe(differsColour);
      const points = popup.locator('.timeline .tl-point');
      expect(await points.count()).toBeGreaterThan(1);
      expect(await popup.locator('.timeline .tl-point.tl-page').count()).toBeGreaterThan(0);
      // A source's point, from the keyboard: its passage appears below the chart.
      await popup.locator('.timeline .tl-point:not(.tl-page)').first().focus();
      await popup.keyboard.press('Enter');
      expect(((await popup.locator('.tl-passage blockquote').textContent()) ?? '').length).toBeGreaterThan(20);
      // The page's point scrolls the page to its figure, as the figures list does.
      await page.evaluate(() => window.scrollTo(0, 0));
      await popup.locator('.timeline .tl-point.tl-page').first().focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
      await popup.evaluate(() => document.querySelector('.timelines')?.scrollIntoView({ block: 'start' }));
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await axe(popup, `popup timeline ${lang} ${scheme}`)).toEqual([]);
        await popup.locator('.timelines').screenshot({ path: join(DOCS, `timeline-${lang}-${scheme}.png`) });
      }
      await popup.emulateMedia({ colorScheme: 'light' });
      await popup.close();
      await page.close();
    });

    it('the popup works from the keyboard: search first, then the sections, which fold with Enter', async () => {
      const { page, popup } = await articleAndPopup(b);
      await popup.keyboard.press('Tab');
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
      // Then the jump links to each section, then the first section's toggle.
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await popup.keyboard.press('Tab');
        order.push(await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.className ?? ''));
      }
      expect(order).toEqual(['#sources', '#passages', '#figures', 'section-toggle']);
      await popup.keyboard.press('Enter');
      expect(await popup.locator('#sources-heading button').getAttribute('aria-expanded')).toBe('false');
      expect(await popup.locator('#sources-body').isHidden()).toBe(true);
      await popup.keyboard.press('Enter');
      expect(await popup.locator('#sources-body').isVisible()).toBe(true);
      await popup.close();
      await page.close();
    });

    it('search finds sentences despite typos and spelling variants, marks the words, opens the article around it', async () => {
      const { page, popup } = await articleAndPopup(b);
      await popup.locator('#search-input').fill('Zelenskyy Koursk');
      await popup.waitForSelector('.hit-item');
      const marked = (await popup.locator('.hit-item mark.hit').allTextContents()).map((s) => s.toLowerCase());
      expect(marked.some((m) => m.startsWith('zelensk'))).toBe(true);
      expect(marked.some((m) => m === 'koursk' || m === 'kursk')).toBe(true);
      await popup.locator('#search-input').fill('sodlats nord-coréens');
      await expect.poll(() => popup.locator('.hit-item mark.hit').allTextContents(), { timeout: 5000 }).toContain('soldats');
      const first = popup.locator('.hit-item').first();
      await first.locator('button[aria-expanded]').click();
      await expect.poll(() => first.locator('.hit-context').isVisible()).toBe(true);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await axe(popup, `popup search ${lang} ${scheme}`)).toEqual([]);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
      await popup.screenshot({ path: shotPath(`ui-popup-${lang}-search.png`) });
      // Speed as the popup sees it, over messaging (bundled corpus).
      const ms = await popup.evaluate(async () => {
        const t0 = performance.now();
        await chrome.runtime.sendMessage({ type: 'corpus:search', payload: { query: 'Pyongyang Moscou' } });
        return performance.now() - t0;
      });
      console.log(`search round trip (${lang}): ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(200);
      // Escape clears the search and brings the result back.
      await popup.locator('#search-input').press('Escape');
      await popup.waitForSelector('.verdict');
      await popup.close();
      await page.close();
    });

    it('the popup quick switches change the settings', async () => {
      const { page, popup } = await articleAndPopup(b);
      await popup.locator('.quick .switch').click();
      await expect.poll(() => b.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { highlights: boolean }).highlights)).toBe(false);
      await popup.locator('.quick .switch').click();
      await expect.poll(() => b.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { highlights: boolean }).highlights)).toBe(true);
      await popup.locator('.quick .link-button').click();
      await expect.poll(() => b.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { silentSites: string[] }).silentSites)).toEqual(['127.0.0.1']);
      await popup.locator('.quick .link-button').click();
      await expect.poll(() => b.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { silentSites: string[] }).silentSites)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('the options page: settings, search, corpus; light and dark pass axe', async () => {
      const opts = await b.context.newPage();
      watch(b, opts, 'options');
      await opts.setViewportSize({ width: 900, height: 1100 });
      await opts.goto(`chrome-extension://${b.id}/options.html`);
      await opts.waitForSelector('.corpus .source-title');
      await opts.waitForSelector('.settings');
      // Settings apply as they change.
      await opts.locator('input[name=caution][value=strict]').check();
      await expect.poll(() => b.sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { caution: string }).caution)).toBe('strict');
      await opts.locator('input[name=caution][value=normal]').check();
      await opts.locator('[data-testid=silent-input]').fill('https://www.Example.org/news');
      await opts.locator('[data-testid=silent-input]').press('Enter');
      await expect.poll(() => opts.locator('.sites .site').allTextContents()).toEqual(['example.org']);
      await opts.locator('[data-testid=silent-input]').fill('nope');
      await opts.locator('[data-testid=silent-input]').press('Enter');
      await opts.waitForSelector('#site-error');
      for (const scheme of ['light', 'dark'] as const) {
        await opts.emulateMedia({ colorScheme: scheme });
        expect(await axe(opts, `options ${lang} ${scheme}`)).toEqual([]);
      }
      await opts.emulateMedia({ colorScheme: 'light' });
      await opts.locator('[data-testid=silent-input]').fill('');
      await opts.locator('.sites button').click();
      await expect.poll(() => opts.locator('.sites').count()).toBe(0);
      await opts.evaluate(() => window.scrollTo(0, 0));
      if (lang === 'fr') await shoot(opts, 'options-fr.png');
      await opts.locator('#search-input').fill('Rutte OTAN');
      await opts.waitForSelector('.hit-item mark.hit');
      await opts.screenshot({ path: shotPath(`ui-options-${lang}-search.png`), fullPage: true });
      await opts.close();
    });

    it('no console error in the popup or the options page', () => {
      expect(b.errors).toEqual([]);
    });
  });
}
