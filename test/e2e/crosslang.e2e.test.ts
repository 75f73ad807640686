/**
 * An English page against the bundled French sources, in real Chromium and Firefox, with the UI in
 * English and in French: a passage translated from a source is listed in the popup with its
 * translation cue and marked in the page (issue 13); each compared figure shows what it counts, who
 * says it, and a vague amount in the writer's own words, in the popup and in the page mark's card
 * (issue 11).
 *
 * The fixture (test/fixtures/pages/en-vague-figures.html) opens with an English rendering of a
 * sentence of bundled article 004 ("La Corée du Sud a convoqué lundi l'ambassadeur russe à Séoul
 * pour dénoncer la décision de Pyongyang d'envoyer des milliers de soldats..."): "thousands of North
 * Korean soldiers" there, "des milliers de soldats" in the source, both said by the foreign ministry.
 * Expectations are read from the analysis the background stored for the tab, so the suite checks
 * what the UI shows of a result, not one version of the engine's output; the few facts it requires
 * of the result itself are those a reader of the fixture sees at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT, type FixtureServer } from './server';
import { shotPath } from './paths';
import { clickWhere, openPopup, waitForAnalysis, type E2EPage, type ExtSession, type Lang } from './adapter';
import { forEachBrowser } from './browsers';
import * as marks from './marks-lib';
import { norm } from './marks-lib';
import type { CompareResult } from '../../core/types';
import { countsLabel } from '../../ui-text/countsLabel';
import { ownWords } from '../../ui-text/ownWords';
import { isMinorFigure } from '../../ui-text/figureRows';

const PAGE = '/pages/en-vague-figures.html';
/** What the marks of an analysed page may take to appear. */
const MARKS_TIMEOUT_MS = 10000;
/** How long the hover card may take to show after the pointer stops on a mark. */
const CARD_TIMEOUT_MS = 5000;

/** A UI message in one language, placeholders filled, as the extension shows it. */
function msg(lang: Lang, key: string, ...subs: string[]): string {
  const all = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const m = all[key];
  if (!m) throw new Error(`no message ${key}`);
  return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, n: string) => subs[Number(m.placeholders![n.toLowerCase()].content.slice(1)) - 1] ?? '');
}

interface PopupPassage {
  page: string;
  counterparts: Array<{ kinds: string[]; quote: string }>;
}
interface PopupFigure {
  id: string;
  counts: string;
  countsLang: string | null;
  pageWords: string | null;
  /** The update steps of its comparisons ("thousands → 10,000–12,000 ..."). */
  steps: string[];
  who: string;
  comparisons: Array<{ words: string | null; saidBy: string | null }>;
}

forEachBrowser('an English page against French sources: translated passages, counts, speakers, vague words', (a) => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const lang of ['en', 'fr'] as Lang[]) {
    describe(`UI in ${lang === 'fr' ? 'French' : 'English'}`, () => {
      let s: ExtSession;
      let page: E2EPage;
      let tabId: number;
      let result: CompareResult;
      const errors: string[] = [];

      /** Hovers a point and returns the card's text where the browser can read it ('' otherwise), once the card shows. */
      async function hoverCard(point: { x: number; y: number }): Promise<string> {
        await page.mouseMove(point.x, point.y);
        const hostArea = () => page.evaluate(() => {
          const r = document.querySelector('recoupe-card-host')?.getBoundingClientRect();
          return r ? r.width * r.height : 0;
        });
        await expect.poll(hostArea, { timeout: CARD_TIMEOUT_MS }).toBeGreaterThan(0);
        if (!s.cardText) return '';
        await expect.poll(() => s.cardText!(page), { timeout: CARD_TIMEOUT_MS }).not.toBe('');
        return norm(await s.cardText(page));
      }

      beforeAll(async () => {
        s = await a.launch({ lang });
        page = await s.newPage();
        page.onConsoleError((t) => errors.push(`page: ${t}`));
        await page.setViewport(1000, 800);
        await page.goto(server.origin + PAGE);
        tabId = await s.tabIdOf(page);
        expect(await waitForAnalysis(s, tabId)).toBe('done');
        result = (await s.tabState<{ status: string; result: CompareResult }>(tabId))!.result;
      }, 90000);
      afterAll(async () => {
        await s?.close();
      });

      it('a passage translated from a French source: in the popup with its translation cue, marked in the page, its card says so', async () => {
        // The fixture's first paragraph renders a sentence of a French source: at least that one is found.
        const translated = result.passages.filter((p) => p.translated);
        expect(translated.length).toBeGreaterThan(0);
        const cue = msg(lang, 'kind_translated');

        const popup = await openPopup(s, tabId, { width: 400, height: 600 });
        popup.onConsoleError((t) => errors.push(`popup: ${t}`));
        await popup.waitFor('.passage');
        const listed = await popup.evaluate(() => [...document.querySelectorAll('.passage')].map((li) => ({
          page: li.querySelector('.passage-page q')?.textContent ?? '',
          counterparts: [...li.querySelectorAll('.counterpart:not(.more)')].map((c) => ({
            kinds: [...c.querySelectorAll('.kind')].map((k) => k.textContent ?? ''),
            quote: c.querySelector('q')?.textContent ?? '',
          })),
        })) as PopupPassage[]);
        // Every translated passage shown is listed beside its French counterpart, under the cue.
        const shown = translated.filter((p) => listed.some((l) => norm(l.page) === norm(p.page.text)));
        expect(shown.length).toBeGreaterThan(0);
        for (const p of shown) {
          const row = listed.find((l) => norm(l.page) === norm(p.page.text))!;
          const counterpart = row.counterparts.find((c) => norm(c.quote) === norm(p.source.text));
          expect(counterpart, p.page.text).toBeDefined();
          expect(counterpart!.kinds).toContain(cue);
        }
        // And a passage within one language never carries the cue.
        const sameLang = result.passages.filter((p) => !p.translated).map((p) => norm(p.source.text));
        for (const row of listed) for (const c of row.counterparts) if (sameLang.includes(norm(c.quote)) && !shown.some((p) => norm(p.source.text) === norm(c.quote))) expect(c.kinds).not.toContain(cue);
        await popup.evaluate(() => document.getElementById('passages')?.scrollIntoView({ block: 'start' }));
        await popup.screenshot(shotPath(`${a.name}-crosslang-${lang}-popup-passages.png`));
        await popup.close();

        // Marked in the page, with the same text.
        await page.bringToFront();
        await expect.poll(async () => (await marks.readMarks(page)).passages, { timeout: MARKS_TIMEOUT_MS }).toEqual(expect.arrayContaining(shown.map((p) => norm(p.page.text))));
        const first = shown[0];
        const point = await marks.pointOnMark(page, 'recoupe-passage', norm(first.page.text));
        expect(point).not.toBeNull();
        const card = await hoverCard(point!);
        if (s.cardText) {
          expect(card).toContain(norm(first.source.text).slice(0, 40));
          expect(card).toContain(cue);
        }
        await page.screenshot(shotPath(`${a.name}-crosslang-${lang}-passage-card.png`));
        await page.mouseMove(1, 1);
      });

      it('figures: what is counted, who says it and vague amounts in their own words, in the popup and in the page marks', async () => {
        const compared = result.figures.filter((f) => f.comparisons.length > 0);
        // "thousands of North Korean soldiers", said by the foreign ministry, against the source's "des milliers".
        const vague = compared.filter((f) => ownWords(f.page.text, f.qualifier));
        expect(vague.length).toBeGreaterThan(0);
        expect(compared.some((f) => f.saidBy)).toBe(true);
        expect(compared.some((f) => f.comparisons.some((c) => ownWords(c.source.text, c.qualifier) && c.saidBy))).toBe(true);

        const popup = await openPopup(s, tabId, { width: 400, height: 600 });
        popup.onConsoleError((t) => errors.push(`popup: ${t}`));
        await popup.waitFor('.figure');
        const rowIds = () => popup.evaluate(() => [...document.querySelectorAll('li.figure')].map((li) => li.getAttribute('data-mark-id') ?? ''));
        // Dates and figures the engine marks not salient are folded under one button: none is a row
        // until it is pressed, then each is.
        const minorIds = compared.filter(isMinorFigure).map((f) => `f:${f.page.start}-${f.page.end}`);
        if (minorIds.length) {
          expect((await rowIds()).filter((id) => minorIds.includes(id))).toEqual([]);
          await clickWhere(popup, '.minor-toggle', 'last');
          expect(await rowIds()).toEqual(expect.arrayContaining(minorIds));
        } else {
          expect(await popup.evaluate(() => !!document.querySelector('.minor-toggle'))).toBe(false);
        }
        const rows = await popup.evaluate(() => [...document.querySelectorAll('li.figure')].map((li) => ({
          id: li.getAttribute('data-mark-id') ?? '',
          counts: li.querySelector('.counts')?.textContent ?? '',
          countsLang: li.querySelector('.counts')?.getAttribute('lang') ?? null,
          pageWords: li.querySelector('.figure-page .own-words')?.textContent ?? null,
          steps: [...li.querySelectorAll('.update-step')].map((x) => x.textContent ?? ''),
          who: li.querySelector('.figure-page .who')?.textContent ?? '',
          comparisons: [...li.querySelectorAll('.comparison:not(.more)')].map((c) => ({
            words: c.querySelector('.own-words')?.textContent ?? null,
            saidBy: c.querySelector('.said-by')?.textContent ?? null,
          })),
        })) as PopupFigure[]);
        for (const f of compared) {
          const row = rows.find((r) => r.id === `f:${f.page.start}-${f.page.end}`);
          expect(row, f.page.text).toBeDefined();
          // What is counted, in the UI language where the glossary knows it (marked with its language).
          const label = countsLabel(f.counts, lang, f.countsFr);
          expect(norm(row!.counts)).toBe(label.text);
          expect(row!.countsLang).toBe(label.lang);
          // Who says it on the page (an English page: quoted in the French UI, as written in the English one).
          if (f.saidBy) expect(norm(row!.who)).toContain(norm(msg(lang, lang === 'en' ? 'saidBy' : 'saidByQuoted', f.saidBy)));
          // A vague amount in the writer's own words.
          expect(row!.pageWords && norm(row!.pageWords)).toBe(ownWords(f.page.text, f.qualifier));
          // An update step says it in the same words.
          if (row!.pageWords) for (const step of row!.steps) expect(norm(step)).toContain(norm(row!.pageWords));
        }
        // The sources' vague amounts and their speakers, as the sources write them.
        const sourceWords = rows.flatMap((r) => r.comparisons).filter((c) => c.words);
        expect(sourceWords.length).toBeGreaterThan(0);
        for (const c of sourceWords) {
          const said = compared.flatMap((f) => f.comparisons).filter((x) => ownWords(x.source.text, x.qualifier) === norm(c.words!)).map((x) => x.saidBy);
          expect(said.length).toBeGreaterThan(0);
          // The sources are French: their speakers are quoted in the English UI.
          if (c.saidBy) expect(said.map((x) => x && norm(msg(lang, lang === 'fr' ? 'saidBy' : 'saidByQuoted', x)))).toContain(norm(c.saidBy));
          else expect(said).toContain(undefined);
        }
        await popup.evaluate(() => document.getElementById('figures')?.scrollIntoView({ block: 'start' }));
        await popup.screenshot(shotPath(`${a.name}-crosslang-${lang}-popup-figures.png`));
        await popup.close();

        // In the page: every compared figure is marked, the vague one in its own words.
        await page.bringToFront();
        const want = marks.expectedMarks({ status: 'done', result } as marks.DoneState).figures;
        await expect.poll(async () => (await marks.readMarks(page)).figures.sort(), { timeout: MARKS_TIMEOUT_MS }).toEqual([...want].sort());
        const f = vague.find((x) => x.saidBy) ?? vague[0];
        const point = await marks.pointOnMark(page, 'recoupe-figure', norm(f.page.text));
        expect(point).not.toBeNull();
        const card = await hoverCard(point!);
        if (s.cardText) {
          // The card names the count in the UI language and the page's speaker, then quotes each source's sentence.
          expect(card).toContain(countsLabel(f.counts, lang, f.countsFr).text);
          if (f.saidBy) expect(norm(card)).toContain(norm(msg(lang, lang === 'en' ? 'saidBy' : 'saidByQuoted', f.saidBy)));
          const words = f.comparisons.map((c) => ownWords(c.source.text, c.qualifier)).find(Boolean);
          if (words) expect(card).toContain(words);
        }
        await page.screenshot(shotPath(`${a.name}-crosslang-${lang}-figure-card.png`));
        await page.mouseMove(1, 1);
      });

      it('no console error in the page or the popup', () => {
        expect(errors).toEqual([]);
      });
    });
  }
});
