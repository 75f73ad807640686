/**
 * A reader's own corpus on a story nobody tuned the extension for, in real Chromium and Firefox with the
 * UI in French: the six French articles of the development set's protest story (the 31 January 2023
 * pension marches) imported through the options page in the import format, with their publication
 * days; then an English page of that day, served on 127.0.0.1 with its day in its metadata
 * (devset-routes.ts). The badge counts the reader's sources and only those; the popup lists them,
 * sets the organisers' and the police's counts of one crowd against each other (`differs`, each side
 * named as the text writes it), and shows passages translated from the French sources; the page gets
 * their marks. Expectations are read from the analysis the background stored for the tab, so the suite
 * checks what the UI shows of a result; what it requires of the result itself is what a reader of the
 * page sees at once (two sides' counts of one march, sentences of the French reports in English).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, ROOT, type FixtureServer } from './server';
import { DEVSET, devsetManifest } from './devset-routes';
import { shotPath } from './paths';
import { openOptions, openPopup, openTab, textOf, waitForAnalysis, type E2EPage, type ExtSession } from './adapter';
import { forEachBrowser } from './browsers';
import * as marks from './marks-lib';
import { norm } from './marks-lib';
import type { CompareResult } from '../../core/types';
import { MAX_COMPARISONS } from '../../messaging/shown-limits';
import { isMinorFigure } from '../../ui-text/figureRows';

const STORY = 'protest';
const PAGE = `/devset/${STORY}/en-afp-record-mobilization.html`;
/** Six articles are read, validated and stored in one transaction: well under this. */
const IMPORT_NOTICE_TIMEOUT_MS = 15000;
/** What the marks of an analysed page may take to appear. */
const MARKS_TIMEOUT_MS = 10000;

/** A French UI message, placeholders filled, as the extension shows it. */
function msg(key: string, ...subs: string[]): string {
  const all = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'fr', 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const m = all[key];
  if (!m) throw new Error(`no message ${key}`);
  return m.message.replace(/\$([A-Za-z_]+)\$/g, (_, n: string) => subs[Number(m.placeholders![n.toLowerCase()].content.slice(1)) - 1] ?? '');
}

forEachBrowser('a reader’s corpus on another story: imported, recognised, its figures and passages shown', (a) => {
  let server: FixtureServer;
  let s: ExtSession;
  let page: E2EPage;
  let tabId: number;
  let result: CompareResult;
  const corpus = devsetManifest(STORY, 'corpus');
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    s = await a.launch({ lang: 'fr' });
  }, 90000);
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('imports the reader’s six French articles with their days; an English page of that day is compared against them alone', async () => {
    const file = join(mkdtempSync(join(tmpdir(), `recoupe-${a.name}-otherstory-`)), 'manifestations-31-janvier.json');
    writeFileSync(file, JSON.stringify({
      format: 'recoupe-corpus', version: 2,
      articles: corpus.map((e) => ({
        title: e.title, lang: e.lang, text: readFileSync(join(DEVSET, STORY, 'corpus', e.id), 'utf8'),
        ...(e.url ? { url: e.url } : {}), ...(e.published ? { published: e.published } : {}),
      })),
    }));
    const options = await openOptions(s);
    options.onConsoleError((t) => errors.push(`options: ${t}`));
    await options.uploadFile('[data-testid=import-input]', [file]);
    await expect.poll(() => textOf(options, '.notice'), { timeout: IMPORT_NOTICE_TIMEOUT_MS }).toContain(`${corpus.length} articles importés`);
    // All new: the notice says so and nothing else (no "(0 en double ou déjà présents)").
    expect(norm(await textOf(options, '.notice'))).toBe(norm(msg('importDone', String(corpus.length))));
    await options.close();

    ({ page, tabId } = await openTab(s, server.origin + PAGE));
    page.onConsoleError((t) => errors.push(`page: ${t}`));
    expect(await waitForAnalysis(s, tabId)).toBe('done');
    result = (await s.tabState<{ status: string; result: CompareResult }>(tabId))!.result;
    // The story is recognised from the reader's articles, and no bundled article (another story) is a source.
    const titles = new Set(corpus.map((e) => e.title));
    expect(result.sources.length).toBeGreaterThanOrEqual(2);
    for (const src of result.sources) expect(titles, src.title).toContain(src.title);
    expect(await s.badgeOf(tabId)).toBe(String(result.sources.length));
  });

  it('the popup sets the two sides’ counts of one crowd against each other, each side named, and lists translated passages', async () => {
    // One crowd, two counts: the page's figure said by one side differs from a source's said by the other.
    const differing = result.figures.filter((f) => f.saidBy && f.comparisons.some((c) => c.verdict === 'differs' && c.saidBy));
    expect(differing.length).toBeGreaterThan(0);
    const translated = result.passages.filter((p) => p.translated);
    expect(translated.length).toBeGreaterThan(0);

    const popup = await openPopup(s, tabId, { width: 400, height: 600 });
    popup.onConsoleError((t) => errors.push(`popup: ${t}`));
    await popup.waitFor('li.figure');
    expect(norm(await textOf(popup, '.verdict'))).toBe(result.sources.length === 1 ? msg('verdictOne') : msg('verdictMany', String(result.sources.length)));
    const rows = await popup.evaluate(() => [...document.querySelectorAll('li.figure')].map((li) => ({
      id: li.getAttribute('data-mark-id') ?? '',
      who: li.querySelector('.figure-page .who')?.textContent ?? '',
      comparisons: [...li.querySelectorAll('.comparison:not(.more)')].map((c) => ({ text: c.textContent ?? '', saidBy: c.querySelector('.said-by')?.textContent ?? null })),
    })));
    for (const f of differing) {
      const row = rows.find((r) => r.id === `f:${f.page.start}-${f.page.end}`);
      expect(row, f.page.text).toBeDefined();
      // The page is English and the UI French: the page's speaker is quoted as the page wrote it.
      expect(norm(row!.who)).toContain(norm(msg('saidByQuoted', f.saidBy!)));
      // Disagreements come first: the first differing source value is listed, its verdict and its speaker with it.
      const c = f.comparisons.find((x) => x.verdict === 'differs' && x.saidBy)!;
      const shown = row!.comparisons.find((x) => x.saidBy && norm(x.saidBy) === msg('saidBy', c.saidBy!));
      expect(shown, `${f.page.text} / ${c.source.text}`).toBeDefined();
      expect(norm(shown!.text)).toContain(msg('verdict_differs'));
    }
    // "… et N autres valeurs des sources" under a figure with more than the popup lists: singular for one.
    const more = await popup.evaluate(() => [...document.querySelectorAll('li.figure')].map((li) => ({ id: li.getAttribute('data-mark-id') ?? '', more: li.querySelector('.comparison.more')?.textContent ?? null })));
    for (const m of more.filter((x) => x.more !== null)) {
      const f = result.figures.find((x) => `f:${x.page.start}-${x.page.end}` === m.id)!;
      const n = f.comparisons.length - MAX_COMPARISONS;
      expect(norm(m.more!)).toBe(norm(n === 1 ? msg('moreComparisonsOne', '1') : msg('moreComparisons', String(n))));
    }
    // French typography in the popup's own lines: no line may start with a lone ":" or "»".
    const uiLines = await popup.evaluate(() => [...document.querySelectorAll('.legend, .page-date, .state')].map((e) => e.textContent ?? ''));
    expect(uiLines.length).toBeGreaterThan(0);
    for (const line of uiLines) expect(line).not.toMatch(/ [:;!?»]|« /);
    // A source's strength label and its day are each whole on one line ("correspondance / partielle" was split).
    const split = await popup.evaluate(() => [...document.querySelectorAll('.source-strength .strength-label, .source-strength .source-day')]
      .filter((e) => e.getBoundingClientRect().height > 1.8 * parseFloat(getComputedStyle(e).fontSize)).map((e) => e.textContent ?? ''));
    expect(split).toEqual([]);
    await popup.evaluate(() => document.getElementById('figures')?.scrollIntoView({ block: 'start' }));
    await popup.screenshot(shotPath(`${a.name}-otherstory-fr-popup-figures.png`));

    const cue = msg('kind_translated');
    const kinds = await popup.evaluate(() => [...document.querySelectorAll('.passage .counterpart .kind')].map((k) => k.textContent ?? ''));
    expect(kinds).toContain(cue);
    await popup.evaluate(() => document.getElementById('passages')?.scrollIntoView({ block: 'start' }));
    await popup.screenshot(shotPath(`${a.name}-otherstory-fr-popup-passages.png`));
    await popup.close();
  });

  it('the page gets the marks of those figures and passages', async () => {
    await page.bringToFront();
    const want = marks.expectedMarks({ status: 'done', result } as marks.DoneState);
    await expect.poll(async () => (await marks.readMarks(page)).figures.sort(), { timeout: MARKS_TIMEOUT_MS }).toEqual([...want.figures].sort());
    const drawn = await marks.readMarks(page);
    expect(drawn.passages).toEqual(expect.arrayContaining(result.passages.filter((p) => p.translated && p.page.text).map((p) => norm(p.page.text)).slice(0, 1)));
    await page.screenshot(shotPath(`${a.name}-otherstory-fr-page.png`));
  });

  it.skipIf(!a.caps.readClosedShadow)('a red mark’s card opens on the value that differs; a passage’s card counts sources', async () => {
    await page.bringToFront();
    await page.setViewport(1100, 800);
    const f = result.figures.find((x) => !isMinorFigure(x) && x.comparisons.some((c) => c.verdict === 'differs'))!;
    const point = await marks.pointOnMark(page, 'recoupe-figure', norm(f.page.text));
    expect(point, f.page.text).not.toBeNull();
    await page.mouseMove(point!.x, point!.y);
    await expect.poll(() => s.cardText!(page), { timeout: MARKS_TIMEOUT_MS }).not.toBe('');
    const card = norm(await s.cardText!(page));
    await page.screenshot(shotPath(`${a.name}-otherstory-fr-card-differs.png`));
    // Items are listed disagreements first, as in the popup: the first verdict the card names is "diffère".
    const verdicts = (['agrees', 'overlaps', 'differs', 'related'] as const).map((v) => ({ v, at: card.indexOf(msg(`verdict_${v}`)) })).filter((x) => x.at >= 0);
    expect(verdicts.sort((x, y) => x.at - y.at)[0]?.v, card).toBe('differs');
    await page.mouseMove(1, 1);

    const p = result.passages.find((x) => x.translated)!;
    const pp = await marks.pointOnMark(page, 'recoupe-passage', norm(p.page.text));
    expect(pp, p.page.text).not.toBeNull();
    await page.mouseMove(pp!.x, pp!.y);
    const sources = new Set(result.passages.filter((x) => x.page.start === p.page.start && x.page.end === p.page.end).map((x) => x.source.id)).size;
    await expect.poll(async () => norm(await s.cardText!(page)), { timeout: MARKS_TIMEOUT_MS }).toContain(norm(sources === 1 ? msg('cardAlsoInOne') : msg('cardAlsoInMany', String(sources))));
    await page.mouseMove(1, 1);
  });

  it('no console error in the page, the options or the popup', () => {
    expect(errors).toEqual([]);
  });
});
