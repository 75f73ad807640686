/**
 * A reader's own .txt articles carry no publication day, in real Chromium and Firefox, UI in French
 * (light) and in English (dark): the development set's six English magdeburg corpus articles imported as
 * plain files, then a French page of that story (with its day in its metadata) served on 127.0.0.1.
 * - A same count the engine leaves 'related' because one side has no day (which value is newer is
 *   unknown) reads "date inconnue : impossible de dire lequel est le plus récent", in the popup and in
 *   the page's hover card, with its own legend, not "apparenté, autre décompte".
 * - A value the page says again (its lead repeated in the body) against the same source values is one
 *   row; its button goes to the first mention; the page still marks every mention.
 * Expectations are read from the analysis the background stored for the tab, through the UI's own
 * grouping (ui-text/figureRows.ts) and wording rule (ui-text/relatedReason.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT, type FixtureServer } from './server';
import { DEVSET, devsetManifest } from './devset-routes';
import { shotPath } from './paths';
import { openOptions, openPopup, openTab, textOf, waitForAnalysis, type E2EPage, type ExtSession, type Lang, type Scheme } from './adapter';
import { forEachBrowser } from './browsers';
import * as marks from './marks-lib';
import { norm } from './marks-lib';
import type { CompareResult, FigureComparison, FigureReport } from '../../core/types';
import { MAX_COMPARISONS, byVerdict } from '../../messaging/shown-limits';
import { figureRows } from '../../ui-text/figureRows';
import { relatedReason } from '../../ui-text/relatedReason';

const STORY = 'magdeburg';
const PAGE = `/devset/${STORY}/fr-watson-5-morts-200-blesses.html`;
const IMPORT_NOTICE_TIMEOUT_MS = 15000;
const MARKS_TIMEOUT_MS = 10000;

function msg(lang: Lang, key: string, ...subs: string[]): string {
  const all = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const m = all[key];
  if (!m) throw new Error(`no message ${key}`);
  return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, n: string) => subs[Number(m.placeholders![n.toLowerCase()].content.slice(1)) - 1] ?? '');
}

interface Stored { status: string; result: CompareResult; published?: string | null; cited?: Record<string, { published?: string }> }

for (const [lang, scheme] of [['fr', 'light'], ['en', 'dark']] as Array<[Lang, Scheme]>) {
  forEachBrowser(`undated imported .txt sources, UI ${lang} ${scheme}: the related wording says the date is unknown; a repeated value is one row`, (a) => {
    let server: FixtureServer;
    let s: ExtSession;
    let page: E2EPage;
    let tabId: number;
    let st: Stored;
    const errors: string[] = [];
    const m = (key: string, ...subs: string[]) => msg(lang, key, ...subs);
    /** The comparisons the UI words as of unknown order. */
    const undated = (f: FigureReport, c: FigureComparison) => {
      const srcDay = st.result.sources.find((x) => x.id === c.source.id)?.published ?? st.cited?.[c.source.id]?.published;
      return relatedReason(f, c, st.published, srcDay) === 'undated';
    };

    beforeAll(async () => {
      server = await startServer();
      s = await a.launch({ lang, scheme });
    }, 90000);
    afterAll(async () => {
      await s?.close();
      await server?.close();
    });

    it('imports the six English .txt articles (no day); the French page is analysed against them', async () => {
      const corpus = devsetManifest(STORY, 'corpus');
      const options = await openOptions(s);
      options.onConsoleError((t) => errors.push(`options: ${t}`));
      await options.uploadFile('[data-testid=import-input]', corpus.map((e) => join(DEVSET, STORY, 'corpus', e.id)));
      await expect.poll(async () => norm(await textOf(options, '.notice')), { timeout: IMPORT_NOTICE_TIMEOUT_MS }).toBe(norm(m('importDone', String(corpus.length))));
      await options.close();
      ({ page, tabId } = await openTab(s, server.origin + PAGE));
      page.onConsoleError((t) => errors.push(`page: ${t}`));
      expect(await waitForAnalysis(s, tabId)).toBe('done');
      st = (await s.tabState<Stored>(tabId))!;
      expect(st.result.sources.length).toBeGreaterThan(0);
      // Plain .txt imports: no source has a publication day.
      for (const src of st.result.sources) expect(src.published, src.title).toBeFalsy();
    });

    it('the popup lists a repeated value once and words a same count of unknown order as such', async () => {
      const { main, repeats } = figureRows(st.result.figures);
      const grouped = main.filter((f) => (repeats.get(f) ?? []).length > 0);
      // The page says "plus de 200 blessés" in its title, lead and body: at least one row stands for several mentions.
      expect(grouped.length).toBeGreaterThan(0);
      const shownUndated = main.filter((f) => [...f.comparisons].sort(byVerdict).slice(0, MAX_COMPARISONS).some((c) => undated(f, c)));
      expect(shownUndated.length).toBeGreaterThan(0);

      const popup = await openPopup(s, tabId, { width: 400, height: 600 });
      popup.onConsoleError((t) => errors.push(`popup: ${t}`));
      await popup.waitFor('li.figure');
      const rows = await popup.evaluate(() => [...document.querySelectorAll('ul.figures:not(.figures-minor) > li.figure')].map((li) => ({
        id: li.getAttribute('data-mark-id') ?? '',
        also: li.getAttribute('data-also-mark-ids'),
        alsoText: li.querySelector('.figure-also')?.textContent ?? null,
        undated: [...li.querySelectorAll('.verdict-undated')].map((b) => b.textContent ?? ''),
        related: [...li.querySelectorAll('.verdict-related:not(.verdict-undated)')].length,
        sig: (li.textContent ?? '').replace(/\s+/g, ' '),
      })));
      // One row per value: as many rows as groups, none repeating another's text.
      expect(rows.length).toBe(main.length);
      expect(new Set(rows.map((r) => r.sig)).size).toBe(rows.length);
      for (const f of grouped) {
        const row = rows.find((r) => r.id === `f:${f.page.start}-${f.page.end}`);
        expect(row, f.page.text).toBeDefined();
        const others = repeats.get(f)!;
        expect(row!.also).toBe(others.map((g) => `f:${g.page.start}-${g.page.end}`).join(' '));
        expect(norm(row!.alsoText ?? '')).toBe(norm(others.length === 1 ? m('figureAlsoOnPageOne') : m('figureAlsoOnPage', String(others.length))));
      }
      for (const f of shownUndated) {
        const row = rows.find((r) => r.id === `f:${f.page.start}-${f.page.end}`)!;
        expect(row.undated.length, f.page.text).toBeGreaterThan(0);
        for (const b of row.undated) expect(norm(b).replace(/^~\s*/, '')).toBe(norm(m('verdict_related_undated')));
      }
      expect(norm(await textOf(popup, '.legend-undated'))).toBe(norm(m('figureLegendUndated')));
      // The long wording stays inside its row (it wraps in its badge): no badge reaches past its comparison's edge.
      const overflow = await popup.evaluate(() => [...document.querySelectorAll('.verdict-undated')]
        .filter((b) => b.getBoundingClientRect().right > (b.closest('.comparison') as Element).getBoundingClientRect().right + 0.5).length);
      expect(overflow).toBe(0);
      await popup.evaluate(() => document.getElementById('figures')?.scrollIntoView({ block: 'start' }));
      await popup.screenshot(shotPath(`${a.name}-undated-${lang}-${scheme}-popup-figures.png`));

      // The grouped row's button goes to its first mention; the page marks every mention.
      await page.bringToFront();
      const want = marks.expectedMarks({ status: 'done', result: st.result } as marks.DoneState);
      await expect.poll(async () => (await marks.readMarks(page)).figures.sort(), { timeout: MARKS_TIMEOUT_MS }).toEqual([...want.figures].sort());
      const drawn = await marks.readMarks(page);
      for (const f of grouped) for (const g of repeats.get(f)!) expect(drawn.figures).toContain(norm(g.page.text));
      await popup.close();
    });

    it.skipIf(!a.caps.readClosedShadow)('the hover card of such a figure says the date is unknown', async () => {
      await page.bringToFront();
      await page.setViewport(1100, 800);
      const { main } = figureRows(st.result.figures);
      const f = main.find((x) => x.comparisons.some((c) => undated(x, c)))!;
      const point = await marks.pointOnMark(page, 'recoupe-figure', norm(f.page.text));
      expect(point, f.page.text).not.toBeNull();
      await page.mouseMove(point!.x, point!.y);
      await expect.poll(async () => norm(await s.cardText!(page)), { timeout: MARKS_TIMEOUT_MS }).toContain(norm(m('verdict_related_undated')));
      await page.screenshot(shotPath(`${a.name}-undated-${lang}-${scheme}-card.png`));
      await page.mouseMove(1, 1);
    });

    it('the reader sets a source\'s day in the options page, through the input its accessible name finds: stored, listed, and the page re-analysed with it', async () => {
      const corpus = devsetManifest(STORY, 'corpus');
      // A source the page was compared with, whose day the development set knows.
      const known = corpus.find((e) => e.published && st.result.sources.some((x) => x.title === e.title))!;
      expect(known, 'a compared source with a known day').toBeDefined();
      const options = await openOptions(s);
      options.onConsoleError((t) => errors.push(`options: ${t}`));
      const label = m('corpusDateNamed', known.title);
      await options.waitFor('.corpus input[type=date]');
      expect(await options.evaluate(() => document.querySelectorAll('.corpus input[type=date]').length)).toBe(corpus.length);
      // Focus the article's own input (its accessible name), type the day, leave the field: the change is committed.
      const focused = await options.evaluate((name) => {
        const input = [...document.querySelectorAll<HTMLInputElement>('.corpus input[type=date]')].find((i) => i.getAttribute('aria-label') === name);
        input?.focus();
        return document.activeElement === input && !!input;
      }, label);
      expect(focused).toBe(true);
      await options.evaluate((day) => {
        const input = document.activeElement as HTMLInputElement;
        input.value = day;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, known.published!);
      // Listed with its day, in the UI language, instead of "date inconnue".
      await expect.poll(() => options.evaluate((name) => {
        const input = [...document.querySelectorAll<HTMLInputElement>('.corpus input[type=date]')].find((i) => i.getAttribute('aria-label') === name);
        return input?.closest('li')?.querySelector('time.published-day')?.getAttribute('datetime') ?? null;
      }, label), { timeout: MARKS_TIMEOUT_MS }).toBe(known.published);
      await options.screenshot(shotPath(`${a.name}-undated-${lang}-${scheme}-options-date.png`), { fullPage: true });
      await options.close();
      // The open tab was re-analysed against the source's new day.
      await expect.poll(async () => (await s.tabState<Stored>(tabId))?.result?.sources.find((x) => x.title === known.title)?.published, { timeout: MARKS_TIMEOUT_MS }).toBe(known.published);
    });

    it('no console error in the page, the options or the popup', () => {
      expect(errors).toEqual([]);
    });
  });
}
