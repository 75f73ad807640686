/// <reference types="chrome" />
/**
 * The popup and options pages in real Chromium and Firefox, in French and in English, light and
 * dark: accessibility (axe-core: no serious or critical violation), the UI language, keyboard use,
 * search, settings, and the README screenshots (docs/*.png, from Chromium), made here so they stay
 * current. Firefox's French UI comes from Debian's firefox-esr-l10n-fr (installed by .ci/run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startServer, ROOT, type FixtureServer } from './server';
import { shotPath } from './paths';
import { attrOf, clickWhere, countOf, isVisible, openPopup, openTab, textOf, textsOf, waitForAnalysis, type BrowserAdapter, type E2EPage, type ExtSession, type Lang, type Scheme } from './adapter';
import { forEachBrowser } from './browsers';
import type { FigureReport } from '../../core/types';
import { figureRows } from '../../ui-text/figureRows';
import { norm, readMarks } from './marks-lib';

/** Evaluated, not added as a script tag: extension pages' CSP refuses inline scripts. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOCS = join(ROOT, 'docs');
const ARTICLE = '/pages/fr-003-article.html';
/** The same article dated by its metadata (article:published_time) later than the October sources. */
const DATED_ARTICLE = '/pages/fr-003-dated.html';
/** The browser whose screenshots illustrate the README and the store listing (docs/*.png). */
const DOCS_BROWSER = 'chromium';
/** A search round trip over messaging, bundled corpus, as the popup sees it. */
const SEARCH_ROUND_TRIP_MS = 200;
/** Round trips measured; the median is checked. */
const SEARCH_RUNS = 3;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core in the page; returns the serious and critical violations and prints every one. */
async function axe(page: E2EPage, label: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluateScript(AXE);
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const summary = violations.length ? violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} [${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}]`).join('\n  ') : 'none';
  console.log(`axe ${label}: ${violations.length} violation(s)\n  ${summary}`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Tab stops walked from the keyboard, at most this many per page. */
const MAX_TAB_STOPS = 80;

/**
 * Presses Tab through `page` from its start and returns each stop (tag and a short label) and
 * whether it shows a focus ring: an outline of at least 2 px on the element, or where the page
 * draws it for a visually hidden control (a switch's track, a file input's label button), or a
 * timeline point's highlighted hit area. Stops when focus leaves the document or comes back to a stop already seen.
 */
async function tabStops(page: E2EPage): Promise<Array<{ what: string; ring: boolean }>> {
  // A page in a background tab has no focused element to ring (Firefox): the walked page comes first.
  await page.bringToFront();
  // From the document's start to its end, once: focus that wraps round through the browser's own
  // controls comes back without :focus-visible in Firefox (a page opened as a tab has them; the
  // toolbar popup has none).
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'e2e-tab-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const stops: Array<{ what: string; ring: boolean; key: string }> = [];
  for (let i = 0; i < MAX_TAB_STOPS; i++) {
    await page.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.id === 'e2e-tab-start') return { what: '', ring: false, key: 'out' };
      const ring = (e: Element | null | undefined): boolean => {
        if (!e) return false;
        const st = getComputedStyle(e);
        return st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2 && st.outlineColor !== 'rgba(0, 0, 0, 0)';
      };
      const hit = el.matches('.tl-point') ? el.querySelector('.tl-hit') : null;
      const shown = ring(el) || ring(el.closest('.button')) || ring(el.parentElement?.querySelector('.switch-track')) || (!!hit && parseFloat(getComputedStyle(hit).strokeWidth) >= 2);
      if (!el.dataset.e2eStop) el.dataset.e2eStop = String(document.querySelectorAll('[data-e2e-stop]').length);
      const label = (el.getAttribute('aria-label') ?? el.getAttribute('href') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return { what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${label}`, ring: shown, key: el.dataset.e2eStop };
    });
    if (stop.key === 'out' || stops.some((x) => x.key === stop.key)) break;
    stops.push(stop);
  }
  await page.evaluate(() => {
    document.querySelectorAll('[data-e2e-stop]').forEach((e) => e.removeAttribute('data-e2e-stop'));
    document.getElementById('e2e-tab-start')?.remove();
  });
  return stops.map(({ what, ring }) => ({ what, ring }));
}

/** The text the page flashes now (after a click in the popup), with either highlighter; '' when none. */
function flashedText(page: E2EPage): Promise<string> {
  return page.evaluate(() => {
    const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('recoupe-flash');
    const text = hl ? [...hl].map((r) => r.toString()).join('') : [...document.querySelectorAll('recoupe-mark[data-recoupe-flash]')].map((w) => w.textContent).join('');
    return text.replace(/\s+/g, ' ').trim();
  });
}

/**
 * One browser per language where pages can be switched between schemes (Chromium); else one
 * browser per language and scheme (Firefox: the scheme is a pref set at launch).
 */
function variants(a: BrowserAdapter): Array<{ lang: Lang; schemes: Scheme[] }> {
  const langs: Lang[] = ['fr', 'en'];
  const schemes: Scheme[] = ['light', 'dark'];
  return a.caps.emulateColorScheme ? langs.map((lang) => ({ lang, schemes })) : langs.flatMap((lang) => schemes.map((s) => ({ lang, schemes: [s] })));
}

forEachBrowser('popup and options pages', (a) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
  }, 60000);
  afterAll(async () => {
    await server?.close();
  });

  for (const { lang, schemes } of variants(a)) {
    const v = `${lang} ${schemes.join('+')}`;
    describe(`${lang === 'fr' ? 'French' : 'English'}, ${schemes.join(' and ')}`, () => {
      let s: ExtSession;
      const errors: string[] = [];
      const watch = (page: E2EPage, label: string) => page.onConsoleError((t) => errors.push(`${label}: ${t}`));

      /** Puts the page in `scheme`: emulated where the browser can, else the launch's own scheme. */
      async function useScheme(page: E2EPage, scheme: Scheme): Promise<void> {
        if (a.caps.emulateColorScheme) await page.emulateColorScheme(scheme);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      }

      /** Chromium writes the README's screenshots (viewport) and a full-page copy in test-results. */
      async function shoot(page: E2EPage, name: string): Promise<void> {
        if (a.name === DOCS_BROWSER) {
          mkdirSync(DOCS, { recursive: true });
          await page.screenshot(join(DOCS, name));
        }
        await page.screenshot(shotPath(`${a.name}-ui-${name}`), { fullPage: true });
      }

      /** The article page and, opened as a page for its tab, the popup (380 px wide, as Chromium shows it). */
      async function articleAndPopup(article = ARTICLE): Promise<{ page: E2EPage; popup: E2EPage; tabId: number }> {
        const { page, tabId } = await openTab(s, server.origin + article);
        expect(await waitForAnalysis(s, tabId)).toBe('done');
        const popup = await openPopup(s, tabId, { width: 380, height: 600 });
        watch(popup, 'popup');
        await popup.waitFor('.verdict');
        await popup.waitFor('.quick .switch');
        return { page, popup, tabId };
      }

      const setting = async (key: string) => (await s.settings())[key];

      beforeAll(async () => {
        s = await a.launch({ lang, scheme: a.caps.emulateColorScheme ? undefined : schemes[0] });
      }, 90000);
      afterAll(async () => {
        await s?.close();
      });

      it('the popup shows the verdict, sections with counts and figures, in the UI language; it passes axe', async () => {
        const { page, popup, tabId } = await articleAndPopup();
        expect(await textOf(popup, '.verdict')).toMatch(lang === 'fr' ? /sources? couvre/ : /sources? covers?/);
        expect(await attrOf(popup, 'html', 'lang')).toBe(lang);
        expect(await countOf(popup, '.section-toggle .count')).toBe(3);
        expect(await countOf(popup, '.figure')).toBeGreaterThan(0);
        // The article's date ("mercredi 4 décembre"), which a source also gives, is folded under one
        // button with any other minor figure: a row only once the button is pressed.
        const { main, minor } = figureRows((await s.tabState<{ status: string; result: { figures: FigureReport[] } }>(tabId))!.result.figures);
        expect(minor.some((f) => f.unit === 'date')).toBe(true);
        expect(await countOf(popup, 'li.figure')).toBe(main.length);
        expect(await attrOf(popup, '.minor-toggle', 'aria-expanded')).toBe('false');
        await clickWhere(popup, '.minor-toggle', 'last');
        expect(await attrOf(popup, '.minor-toggle', 'aria-expanded')).toBe('true');
        expect(await countOf(popup, 'li.figure')).toBe(main.length + minor.length);
        // The page draws no mark for a folded figure (quiet: "nothing to say" stays quiet), yet
        // clicking one in the popup flashes it there.
        await expect.poll(() => readMarks(page).then((m) => m.passages.length), { timeout: 10000 }).toBeGreaterThan(0);
        const mainTexts = new Set(main.map((f) => norm(f.page.text)));
        const quiet = minor.map((f) => norm(f.page.text)).filter((t) => !mainTexts.has(t));
        expect((await readMarks(page)).figures.filter((t) => quiet.includes(t))).toEqual([]);
        const folded = minor.find((f) => f.unit === 'date')!;
        await clickWhere(popup, `.figures-minor [data-mark-id="f:${folded.page.start}-${folded.page.end}"] .figure-page`, 'last');
        await expect.poll(() => flashedText(page), { timeout: 1000, interval: 50 }).toBe(norm(folded.page.text));
        await clickWhere(popup, '.minor-toggle', 'last');
        expect(await countOf(popup, '.verdict-badge')).toBeGreaterThan(0);
        // Fits a Chromium popup (at most 800 x 600): the result scrolls inside, the page itself never.
        expect(await popup.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([380, 600]);
        // No verdict badge runs out of its row: a long value beside a long label wraps instead.
        expect(await popup.evaluate(() => [...document.querySelectorAll('.comparison')].filter((c) => {
          const row = c.getBoundingClientRect();
          return [...c.querySelectorAll('.verdict-badge')].some((b) => b.getBoundingClientRect().right > row.right + 0.5);
        }).map((c) => c.textContent))).toEqual([]);
        // No English engine label left in the French UI when the glossary knows it.
        if (lang === 'fr') expect(await countOf(popup, '.figure .counts[lang=fr]')).toBeGreaterThan(0);
        // The clicks above scrolled the result; the screenshots show the popup as it opens, verdict first.
        await popup.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
        for (const scheme of schemes) {
          await useScheme(popup, scheme);
          expect(await axe(popup, `${a.name} popup ${lang} ${scheme}`)).toEqual([]);
          await shoot(popup, `popup-${lang}-${scheme}.png`);
        }
        if (schemes.includes('light')) {
          await useScheme(popup, 'light');
          // The figures section, for the record.
          await popup.evaluate(() => document.getElementById('figures')?.scrollIntoView({ block: 'start' }));
          await popup.screenshot(shotPath(`${a.name}-ui-popup-${lang}-figures.png`));
          if (lang === 'fr' && a.name === DOCS_BROWSER) await popup.screenshot(join(DOCS, 'popup-fr-figures.png'));
          await popup.evaluate(() => document.querySelector('main')?.scrollTo(0, 1e6));
          await popup.screenshot(shotPath(`${a.name}-ui-popup-${lang}-bottom.png`));
        }
        await popup.close();
        await page.close();
      });

      it('a page dated later than its sources shows an update step and the timeline; its points open their passages; light and dark pass axe', async () => {
        const { page, popup } = await articleAndPopup(DATED_ARTICLE);
        await popup.waitFor('.timeline .tl-chart');
        const step = await textOf(popup, '.update-step');
        expect(step).toMatch(lang === 'fr' ? /→.*, du \d+ \S+ au \d+ \S+/ : /→.*, \d+ \S+ to \d+ \S+/);
        // The update's own colour, never the red of "differs".
        const [stepColour, differsColour] = await popup.evaluate(() => {
          const st = getComputedStyle(document.documentElement);
          return [getComputedStyle(document.querySelector('.update-step')!).color, st.getPropertyValue('--differs')];
        });
        expect(stepColour).not.toBe(differsColour);
        expect(await countOf(popup, '.timeline .tl-point')).toBeGreaterThan(1);
        expect(await countOf(popup, '.timeline .tl-point.tl-page')).toBeGreaterThan(0);
        // A source's point, from the keyboard: its passage appears below the chart. (SVG elements are
        // focused in the page: puppeteer's focus() refuses them.)
        await popup.evaluate(() => (document.querySelector('.timeline .tl-point:not(.tl-page)') as HTMLElement | null)?.focus());
        await popup.press('Enter');
        await popup.waitFor('.tl-passage blockquote');
        expect((await textOf(popup, '.tl-passage blockquote')).length).toBeGreaterThan(20);
        // The page's point scrolls the page to its figure, as the figures list does.
        await page.evaluate(() => window.scrollTo(0, 0));
        await popup.evaluate(() => (document.querySelector('.timeline .tl-point.tl-page') as HTMLElement | null)?.focus());
        await popup.press('Enter');
        await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(0);
        await popup.evaluate(() => document.querySelector('.timelines')?.scrollIntoView({ block: 'start' }));
        for (const scheme of schemes) {
          await useScheme(popup, scheme);
          expect(await axe(popup, `popup timeline ${v} ${scheme}`)).toEqual([]);
          await shoot(popup, `timeline-${lang}-${scheme}.png`);
        }
        if (a.caps.emulateColorScheme) await useScheme(popup, 'light');
        await popup.close();
        await page.close();
      });

      it('the popup works from the keyboard: search first, then the sections, which fold with Enter', async () => {
        const { page, popup } = await articleAndPopup();
        if (a.caps.focusableScrollers) {
          // The popup's scrolling <main> is a tab stop of its own there, before its content.
          await popup.press('Tab');
          expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
        }
        await popup.press('Tab');
        await popup.press('Tab');
        expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
        // Then the jump links to each section, then the first section's toggle.
        const order: string[] = [];
        for (let i = 0; i < 4; i++) {
          await popup.press('Tab');
          order.push(await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('href') ?? document.activeElement?.className ?? ''));
        }
        expect(order).toEqual(['#sources', '#passages', '#figures', 'section-toggle']);
        await popup.press('Enter');
        expect(await attrOf(popup, '#sources-heading button', 'aria-expanded')).toBe('false');
        expect(await isVisible(popup, '#sources-body')).toBe(false);
        await popup.press('Enter');
        expect(await isVisible(popup, '#sources-body')).toBe(true);
        await popup.close();
        await page.close();
      });

      it('search finds sentences despite typos and spelling variants, marks the words, opens the article around it; it passes axe', async () => {
        const { page, popup } = await articleAndPopup();
        await popup.fill('#search-input', 'Zelenskyy Koursk');
        await popup.waitFor('.hit-item mark.hit');
        const marked = (await textsOf(popup, '.hit-item mark.hit')).map((x) => x.toLowerCase());
        expect(marked.some((m) => m.startsWith('zelensk'))).toBe(true);
        expect(marked.some((m) => m === 'koursk' || m === 'kursk')).toBe(true);
        await popup.fill('#search-input', 'sodlats nord-coréens');
        await expect.poll(() => textsOf(popup, '.hit-item mark.hit'), { timeout: 5000 }).toContain('soldats');
        await popup.click('.hit-item button[aria-expanded]');
        await expect.poll(() => isVisible(popup, '.hit-item .hit-context')).toBe(true);
        for (const scheme of schemes) {
          await useScheme(popup, scheme);
          expect(await axe(popup, `${a.name} popup search ${lang} ${scheme}`)).toEqual([]);
        }
        await popup.screenshot(shotPath(`${a.name}-ui-popup-${v.replace(/\W+/g, '-')}-search.png`));
        // Speed as the popup sees it, over messaging (bundled corpus); the median of a few, so that
        // one slice of a busy 2-core machine given to another process does not decide it.
        const times = await popup.evaluate(async (runs) => {
          const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
          const out: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            await api.runtime.sendMessage({ type: 'corpus:search', payload: { query: 'Pyongyang Moscou' } });
            out.push(performance.now() - t0);
          }
          return out.sort((x, y) => x - y);
        }, SEARCH_RUNS);
        const ms = times[SEARCH_RUNS >> 1];
        console.log(`search round trip (${a.name}, ${lang}): median ${ms.toFixed(1)} ms of ${times.map((t) => t.toFixed(1)).join(', ')}`);
        expect(ms).toBeLessThan(SEARCH_ROUND_TRIP_MS);
        // Escape clears the search and brings the result back.
        await popup.press('Escape', '#search-input');
        await popup.waitFor('.verdict');
        await popup.close();
        await page.close();
      });

      it('the popup quick switches change the settings', async () => {
        const { page, popup } = await articleAndPopup();
        await popup.click('.quick .switch');
        await expect.poll(() => setting('highlights')).toBe(false);
        await popup.click('.quick .switch');
        await expect.poll(() => setting('highlights')).toBe(true);
        await popup.click('.quick .link-button');
        await expect.poll(() => setting('silentSites')).toEqual(['127.0.0.1']);
        await popup.click('.quick .link-button');
        await expect.poll(() => setting('silentSites')).toEqual([]);
        await popup.close();
        await page.close();
      });

      it('the options page: settings apply as they change, silent sites, search, corpus; it passes axe', async () => {
        const opts = await s.openExtensionPage('/options.html');
        watch(opts, 'options');
        await opts.setViewport(900, 1100);
        await opts.waitFor('.corpus .source-title');
        await opts.waitFor('.settings');
        expect(await attrOf(opts, 'html', 'lang')).toBe(lang);
        expect(await textOf(opts, 'h1')).toMatch(lang === 'fr' ? /réglages/ : /settings/i);
        await opts.click('input[name=caution][value=strict]');
        await expect.poll(() => setting('caution')).toBe('strict');
        await opts.click('input[name=caution][value=normal]');
        await expect.poll(() => setting('caution')).toBe('normal');
        await opts.fill('[data-testid=silent-input]', 'https://www.Example.org/news');
        await opts.press('Enter', '[data-testid=silent-input]');
        await expect.poll(() => textsOf(opts, '.sites .site')).toEqual(['example.org']);
        await opts.fill('[data-testid=silent-input]', 'nope');
        await opts.press('Enter', '[data-testid=silent-input]');
        await opts.waitFor('#site-error');
        for (const scheme of schemes) {
          await useScheme(opts, scheme);
          expect(await axe(opts, `${a.name} options ${lang} ${scheme}`)).toEqual([]);
        }
        if (schemes.includes('light')) await useScheme(opts, 'light');
        await opts.fill('[data-testid=silent-input]', '');
        await opts.click('.sites button');
        await expect.poll(() => countOf(opts, '.sites')).toBe(0);
        await opts.evaluate(() => window.scrollTo(0, 0));
        if (lang === 'fr' && schemes.includes('light')) await shoot(opts, 'options-fr.png');
        else await opts.screenshot(shotPath(`${a.name}-ui-options-${v.replace(/\W+/g, '-')}.png`));
        await opts.fill('#search-input', 'Rutte OTAN');
        await opts.waitFor('.hit-item mark.hit');
        await opts.screenshot(shotPath(`${a.name}-ui-options-${v.replace(/\W+/g, '-')}-search.png`), { fullPage: true });
        await opts.close();
      });

      it('every tab stop of the popup (figures unfolded, dated page with a timeline) and of the options page shows a focus ring, light and dark', async () => {
        const { page, popup } = await articleAndPopup(DATED_ARTICLE);
        await popup.waitFor('.timeline .tl-chart');
        await clickWhere(popup, '.minor-toggle', 'last');
        const opts = await s.openExtensionPage('/options.html');
        await opts.setViewport(900, 1100);
        await opts.waitFor('.corpus .source-title');
        for (const [name, p] of [['popup', popup], ['options', opts]] as const) {
          for (const scheme of schemes) {
            await useScheme(p, scheme);
            const stops = await tabStops(p);
            console.log(`tab stops, ${a.name} ${name} ${lang} ${scheme}: ${stops.length}\n  ${stops.map((x) => `${x.ring ? '' : '[NO RING] '}${x.what}`).join('\n  ')}`);
            expect(stops.length).toBeGreaterThan(5);
            expect(stops.filter((x) => !x.ring).map((x) => x.what)).toEqual([]);
          }
        }
        if (a.caps.emulateColorScheme) await useScheme(popup, 'light');
        await opts.close();
        await popup.close();
        await page.close();
      });

      it('no console error in the popup or the options page', () => {
        expect(errors).toEqual([]);
      });
    });
  }
});
