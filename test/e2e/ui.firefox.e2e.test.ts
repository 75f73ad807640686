/**
 * The popup and options pages in real Firefox ESR (puppeteer-core over WebDriver BiDi), in English
 * (light and dark) and in French (Debian's firefox-esr-l10n-fr, which .ci/run installs: its language
 * pack is picked by the `intl.locale.requested` pref): axe-core (no serious or critical violation),
 * the UI language, search, settings. Dark mode is Firefox's own content override pref, so each
 * variant gets its own browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer, type FixtureServer } from './server';
import { FIREFOX_BUILD, requireBuild, shotPath } from './paths';
import * as lib from './firefox-lib';
import type { WebExtBrowser } from './firefox-lib';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = '/pages/fr-003-article.html';
/** The same article dated by its metadata (article:published_time) later than the October sources. */
const DATED_ARTICLE = '/pages/fr-003-dated.html';

let server: FixtureServer;

interface Session extends lib.FxExt {
  errors: string[];
}

const findPage = lib.findPage;

type Lang = 'en' | 'fr';
type Scheme = 'light' | 'dark';

async function launch(lang: Lang, scheme: Scheme): Promise<Session> {
  const fx = await lib.launchFirefox(undefined, {
    // 0 dark, 1 light: what prefers-color-scheme says to pages, extension pages included.
    'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
    'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
    // Firefox's own UI language, which the extension's i18n follows (French needs the language pack).
    'intl.locale.requested': lang === 'fr' ? 'fr' : 'en-US',
  });
  return Object.assign(fx, { errors: [] as string[] });
}

function watch(s: Session, page: Page, label: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') s.errors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => s.errors.push(`${label}: ${String(e)}`));
}

const tabIdOf = (s: Session, page: Page) => lib.tabIdOf(s, page);
const waitForAnalysis = (s: Session, tabId: number) => lib.waitForAnalysis(s, tabId);

async function articleAndPopup(s: Session, article = ARTICLE): Promise<{ page: Page; popup: Page }> {
  const page = await s.browser.newPage();
  await page.goto(server.origin + article);
  const tabId = await tabIdOf(s, page);
  expect(await waitForAnalysis(s, tabId)).toBe('done');
  await s.ext.evaluate((id) => {
    const b = (globalThis as unknown as { browser: WebExtBrowser }).browser;
    return b.tabs.create({ url: b.runtime.getURL(`/popup.html?tab=${id}`) }).then(() => undefined);
  }, tabId);
  const popup = await findPage(s.browser, (h) => h.startsWith('moz-extension://') && h.includes(`popup.html?tab=${tabId}`));
  watch(s, popup, 'popup');
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForSelector('.verdict');
  await popup.waitForSelector('.quick .switch');
  return { page, popup };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function axe(page: Page, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })) as AxeViolation[];
  const summary = violations.length ? violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} [${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}]`).join('\n  ') : 'none';
  console.log(`axe firefox ${label}: ${violations.length} violation(s)\n  ${summary}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

beforeAll(async () => {
  requireBuild(FIREFOX_BUILD);
  server = await startServer();
}, 60000);

afterAll(async () => {
  await server?.close();
});

/** English in both schemes; French in light (the French dark popup is checked in Chromium). */
const VARIANTS: Array<{ lang: Lang; scheme: Scheme }> = [
  { lang: 'en', scheme: 'light' },
  { lang: 'en', scheme: 'dark' },
  { lang: 'fr', scheme: 'light' },
];

for (const { lang, scheme } of VARIANTS) {
  const v = `${lang} ${scheme}`;
  describe(`Firefox UI, ${lang === 'fr' ? 'French' : 'English'}, ${scheme}`, () => {
    let s: Session;
    beforeAll(async () => {
      s = await launch(lang, scheme);
    }, 90000);
    afterAll(async () => {
      await s?.browser.close();
    });

    it('the popup speaks the UI language, follows the colour scheme and passes axe', async () => {
      const { page, popup } = await articleAndPopup(s);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await popup.$eval('.verdict', (e) => e.textContent ?? '')).toMatch(lang === 'fr' ? /sources? couvre/ : /sources? covers?/);
      const dark = await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(dark).toBe(scheme === 'dark');
      expect(await popup.evaluate(() => document.querySelectorAll('.figure').length)).toBeGreaterThan(0);
      expect(await axe(popup, `popup ${v}`)).toEqual([]);
      await popup.screenshot({ path: shotPath(`ui-firefox-popup-${lang}-${scheme}.png`) });
      await popup.close();
      await page.close();
    });

    it('search in the popup marks the words and passes axe', async () => {
      const { page, popup } = await articleAndPopup(s);
      await popup.type('#search-input', 'Zelenskyy Kursk');
      await popup.waitForSelector('.hit-item mark.hit');
      const marks = await popup.evaluate(() => [...document.querySelectorAll('.hit-item mark.hit')].map((m) => (m.textContent ?? '').toLowerCase()));
      expect(marks.some((m) => m.startsWith('zelensk'))).toBe(true);
      expect(marks).toContain('koursk');
      await popup.click('.hit-item button[aria-expanded]');
      await popup.waitForSelector('.hit-context');
      expect(await axe(popup, `popup search ${v}`)).toEqual([]);
      await popup.screenshot({ path: shotPath(`ui-firefox-search-${lang}-${scheme}.png`) });
      await popup.close();
      await page.close();
    });

    it('a page dated later than its sources shows an update step and the timeline; a point opens its passage; axe passes', async () => {
      const { page, popup } = await articleAndPopup(s, DATED_ARTICLE);
      await popup.waitForSelector('.timeline .tl-chart');
      expect(await popup.evaluate(() => document.querySelectorAll('.update-step').length)).toBeGreaterThan(0);
      expect(await popup.$eval('.update-step', (e) => e.textContent ?? '')).toMatch(lang === 'fr' ? /→.*, du \d+ \S+ au \d+ \S+/ : /→.*, \d+ \S+ to \d+ \S+/);
      expect(await popup.evaluate(() => document.querySelectorAll('.timeline .tl-point.tl-page').length)).toBeGreaterThan(0);
      // A source's point, from the keyboard: its passage appears below the chart.
      // An SVG element: puppeteer's focus() only takes HTML elements.
      await popup.$eval('.timeline .tl-point:not(.tl-page)', (e) => (e as SVGGElement).focus());
      expect(await popup.evaluate(() => document.activeElement?.classList.contains('tl-point'))).toBe(true);
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('.tl-passage blockquote');
      expect((await popup.$eval('.tl-passage blockquote', (e) => e.textContent ?? '')).length).toBeGreaterThan(20);
      expect(await axe(popup, `popup timeline ${v}`)).toEqual([]);
      await popup.evaluate(() => document.querySelector('.timelines')?.scrollIntoView({ block: 'start' }));
      const box = await popup.$('.timelines');
      await box!.screenshot({ path: shotPath(`ui-firefox-timeline-${lang}-${scheme}.png`) });
      await popup.close();
      await page.close();
    });

    it('the options page: settings apply, and it passes axe', async () => {
      const opts = s.ext;
      watch(s, opts, 'options');
      await opts.setViewport({ width: 900, height: 1100 });
      await opts.waitForSelector('.settings');
      expect(await opts.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await opts.$eval('h1', (e) => e.textContent ?? '')).toMatch(lang === 'fr' ? /réglages/ : /settings/i);
      await opts.click('input[name=caution][value=strict]');
      await expect
        .poll(() => opts.evaluate(async () => ((await (globalThis as unknown as { browser: WebExtBrowser }).browser.storage.local.get('settings')).settings as { caution: string }).caution))
        .toBe('strict');
      await opts.click('input[name=caution][value=normal]');
      expect(await axe(opts, `options ${v}`)).toEqual([]);
      await opts.screenshot({ path: shotPath(`ui-firefox-options-${lang}-${scheme}.png`) });
    });

    it('no console error', () => {
      expect(s.errors).toEqual([]);
    });
  });
}
