/**
 * The popup of a page that gets a timeline, at newsroom scale, in real Chromium: 10,000 synthetic
 * articles, each dated (a day of October 2024), imported through the options page; then the page
 * dated 4 December 2024 (test/fixtures/pages/fr-003-dated.html) is read and its toolbar popup opened,
 * timed from the popup's navigation start to its verdict painted (`elementtiming="verdict"`, as
 * browser-corpus.ts does), and the timelines it then draws are counted. browser-corpus.ts imports
 * undated articles, so its dated page gets no timeline at 10,000: this is the target (verdict
 * painted within 200 ms with a timeline). Needs the Chrome build (`npx wxt build`) and Chromium.
 * BENCH_BROWSER=firefox runs it in Firefox instead (`npx wxt build -b firefox`, Firefox ESR), where
 * the verdict is timed as the popup's frame after it appears (no Element Timing: adapters/firefox.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { syntheticStoredArticles, writeImportFiles } from './_import-files';
import { CHROME_BUILD, CHROMIUM_BIN, FIREFOX_BIN, FIREFOX_BUILD } from '../../test/e2e/paths';
import { launchChromium } from '../../test/e2e/adapters/chromium';
import { launchFirefox } from '../../test/e2e/adapters/firefox';
import { countOf, openPopup, textOf, waitForAnalysis, type E2EPage, type ExtSession } from '../../test/e2e/adapter';
import { startServer } from '../../test/e2e/server';
import { stepRows } from './_popup-steps';
import { median } from './_stats';

/** The browser: chromium (default) or firefox. */
const BROWSER = process.env.BENCH_BROWSER === 'firefox' ? 'firefox' : 'chromium';
/** Articles imported; BENCH_ARTICLES=0 measures the bundled corpus alone, as a baseline. */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
/** Popup openings measured; the median is reported. */
const RUNS = 7;
/** The synthetic articles are spread over these days, all before the page's 4 December. */
const FIRST_DAY = Date.UTC(2024, 9, 1);
const DAYS = 31;
/** The popup draws its timelines after the verdict is painted (components/AfterPaint.tsx): wait this long for them. */
const TIMELINE_WAIT_MS = 10_000;

/** A machine shared by many jobs draws a 5,000-article corpus list slowly: wait for it this long. */
const OPTIONS_WAIT_MS = 300_000;

/** The options page, once its corpus list is drawn (adapter.ts's openOptions, with a longer wait). */
async function openOptions(ext: ExtSession): Promise<E2EPage> {
  const page = await ext.openExtensionPage('/options.html');
  await page.waitFor('.corpus .source', { timeout: OPTIONS_WAIT_MS });
  return page;
}

export default async function benchPopupTimeline(): Promise<void> {
  const [label, build, bin, buildCommand] = BROWSER === 'firefox' ? ['Firefox', FIREFOX_BUILD, FIREFOX_BIN, 'npx wxt build -b firefox'] : ['Chromium', CHROME_BUILD, CHROMIUM_BIN, 'npx wxt build'];
  console.log(`\n## The popup with a timeline in real ${label} (${ARTICLES.toLocaleString('en')} dated articles)`);
  if (!existsSync(join(build, 'manifest.json')) || !existsSync(bin)) {
    console.log(`skipped: needs the ${label} build (${buildCommand}) and ${label}`);
    return;
  }
  const articles = syntheticStoredArticles(ARTICLES, (i) => new Date(FIRST_DAY + (i % DAYS) * 86_400_000).toISOString().slice(0, 10));
  const files = writeImportFiles(articles, 'recoupe-timeline-');

  const server = await startServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'recoupe-timeline-profile-'));
  const ext: ExtSession = BROWSER === 'firefox' ? await launchFirefox({ profileDir }) : await launchChromium({ profileDir });
  const rows: string[] = [];
  try {
    const t0 = performance.now();
    for (const f of files) {
      const options = await openOptions(ext);
      await options.uploadFile('[data-testid=import-input]', f);
      await options.waitFor('.notice', { timeout: 600_000 });
      const error = await textOf(options, '.notice-error');
      if (error) throw new Error(`import refused: ${error}`);
      await options.close();
    }
    rows.push(`| import ${files.length} file(s), ${ARTICLES} dated articles | ${((performance.now() - t0) / 1000).toFixed(1)} s |`);

    const painted: number[] = [];
    const steps: Array<Record<string, number>> = [];
    let timelines = 0;
    let verdict = '';
    for (let i = 0; i < RUNS; i++) {
      const page = await ext.newPage();
      await page.goto(`${server.origin}/pages/fr-003-dated.html?run=${i}`);
      const tabId = await ext.tabIdOf(page);
      await waitForAnalysis(ext, tabId, 300_000);
      const timing = await ext.timeToolbarPopup!(page);
      painted.push(timing.navToVerdictMs);
      steps.push({ ...timing.marks, 'recoupe:painted': timing.navToVerdictMs });
      if (i === 0) {
        const popup = await openPopup(ext, tabId);
        verdict = await textOf(popup, '.verdict');
        await popup.waitFor('.timeline', { timeout: TIMELINE_WAIT_MS }).catch(() => undefined);
        timelines = await countOf(popup, '.timeline');
        await popup.close();
      }
      await page.close();
    }
    rows.push(`| verdict / timelines drawn | ${verdict.trim()} / ${timelines} |`);
    rows.push(`| toolbar popup (${label}): its navigation start to verdict painted, median of ${RUNS} | ${median(painted).toFixed(0)} ms (min ${Math.min(...painted).toFixed(0)}, max ${Math.max(...painted).toFixed(0)} ms; target ≤ 200 ms) |`);
    rows.push(...stepRows(steps));
  } finally {
    await ext.close();
    await server.close();
    // The browser profile and the import files (about 140 MB at 10,000 articles): each run left them in /tmp, as
    // browser-corpus.ts did before speed35.
    rmSync(profileDir, { recursive: true, force: true });
    if (files.length) rmSync(dirname(files[0]), { recursive: true, force: true });
  }
  console.log('| measure | value |\n|---|---|\n' + rows.join('\n'));
}
