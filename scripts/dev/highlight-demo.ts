/**
 * Throwaway real-browser check (not part of the test suite): bundles highlight/index.ts, loads the
 * demo fixture in headless Chromium, applies marks in both modes, hovers a mark, and writes
 * screenshots to test-results/screenshots/highlight-*.png.  Run: npx tsx scripts/dev/highlight-demo.ts
 */
import { buildSync } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { quoteSelector } from '../../highlight/selector';
import type { CompareResult } from '../../core/types';
import type { MarkRequest } from '../../highlight/types';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-results/screenshots');
mkdirSync(OUT, { recursive: true });

const bundle = buildSync({
  entryPoints: [join(ROOT, 'highlight/index.ts')], bundle: true, minify: true, format: 'iife', globalName: 'RecoupeHighlight', write: false, target: 'es2020',
});
console.log(`bundle: ${bundle.outputFiles[0]!.text.length} bytes minified`);
// tsx (esbuild keepNames) wraps functions passed to evaluate() in __name(); give pages a no-op one.
const code = 'window.__name = (f) => f;' + bundle.outputFiles[0]!.text;

const card = (verdict: string) => ({
  heading: 'Ce que disent les autres sources',
  items: [
    { label: 'Le Monde, 4 novembre', text: 'Séoul évalue à 10 000 le nombre de soldats envoyés <img src=x onerror=alert(1)>.', note: verdict },
    { label: 'AFP, 5 novembre', text: 'Près de 12 000 militaires nord-coréens seraient en Russie.', note: verdict },
  ],
});
const m = (id: string, kind: MarkRequest['kind'], exact: string, prefix = '', suffix = ''): MarkRequest => ({ id, kind, selector: { exact, prefix, suffix }, card: card(kind) });
const MARKS: MarkRequest[] = [
  m('p1', 'passage-verbatim', 'soldats nord-coréens se trouvent désormais dans la région russe de Koursk, où certains ont commencé à combattre les forces ukrainiennes'),
  m('f0', 'figure-differs', '8 000 soldats nord-coréens'),
  m('p2', 'passage-close', "Le secrétaire général de l'Otan, Mark Rutte, avait confirmé lundi"),
  m('f1', 'figure-overlaps', '12 000 hommes', 'entre 10 000 et ', ' en Russie'),
  m('f2', 'figure-agrees', '1 500 hommes'),
  m('p3', 'passage-paraphrase', "L'armée ukrainienne occupe une partie de la région de Koursk depuis son incursion du mois d'août."),
  m('f3', 'figure-related', '50 000 soldats'),
  m('f4', 'figure-differs', '11 000 soldats'),
  m('gone', 'figure-related', 'Les marchés européens ont clôturé en hausse'),
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `page` is a Playwright page (Chromium) or a Puppeteer page (Firefox over BiDi): same calls. */
async function run(page: Page, mode: 'auto' | 'wrap', browserName = 'chromium'): Promise<void> {
  await page.goto(pathToFileURL(join(ROOT, 'test/fixtures/pages/highlight-demo.html')).href);
  await page.addScriptTag({ content: code });
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const res = await page.evaluate(([marks, mode]) => {
    const R = (window as any).RecoupeHighlight;
    const t0 = performance.now();
    const h = R.createHighlighter(document, { mode });
    (window as any).h = h;
    const r = h.apply(marks);
    return { ...r, mode: h.mode, ms: +(performance.now() - t0).toFixed(1), supports: CSS.supports('selector(::highlight(x))'), wrappers: document.querySelectorAll('recoupe-mark').length };
  }, [MARKS, mode] as const);
  console.log(browserName, mode, JSON.stringify(res));
  await page.screenshot({ path: join(OUT, `highlight-${browserName === 'chromium' ? '' : `${browserName}-`}${mode}.png`) });

  // Hover the figure inside the passage: the card should describe that figure.
  const box = await page.evaluate(() => {
    const text = [...document.querySelectorAll('span.num')][1]!;
    const r = text.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x - 30, box.y - 40);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await sleep(200);
  const host = await page.evaluate(() => {
    const h = document.querySelector('recoupe-card-host') as HTMLElement | null;
    return h ? { display: h.style.display, open: !!h.shadowRoot, imgs: document.querySelectorAll('img').length } : null;
  });
  console.log(browserName, mode, 'card host', JSON.stringify(host));
  await page.screenshot({ path: join(OUT, `highlight-${browserName === 'chromium' ? '' : `${browserName}-`}${mode}-card.png`) });
  await page.keyboard.press('Escape');

  const scrolled = await page.evaluate(() => (window as any).h.scrollTo('f4'));
  await sleep(700);
  await page.screenshot({ path: join(OUT, `highlight-${browserName === 'chromium' ? '' : `${browserName}-`}${mode}-scrolled.png`) });
  await page.mouse.move(5, 5);
  await sleep(800);
  const after = await page.evaluate(() => {
    (window as any).h.clear();
    return document.documentElement.outerHTML;
  });
  const registry = await page.evaluate(() => (CSS as any).highlights.size);
  console.log(browserName, mode, 'scrollTo', scrolled, 'restored', after === before, 'highlights left', registry);
}

/** A long page (~200 000 characters of text, many inline elements) and a batch of quotes. */
async function bench(page: Page): Promise<void> {
  await page.setContent('<html><body><main id="m"></main></body></html>');
  await page.addScriptTag({ content: code });
  const out = await page.evaluate(() => {
    const words = 'le la les soldats nord-coréens région Koursk Moscou Séoul armée troupes selon renseignement contingent hommes forces'.split(' ');
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const paras: string[] = [];
    for (let i = 0; i < 800; i++) {
      const ws = Array.from({ length: 40 }, () => words[Math.floor(rnd() * words.length)]);
      ws[5] = `${i * 37 + 11}`;
      paras.push(ws.map((w, j) => (j % 9 === 4 ? `<em>${w}</em>` : j % 13 === 7 ? `<a href="#">${w}</a>` : w)).join(' '));
    }
    document.getElementById('m')!.innerHTML = paras.map((p) => `<p>${p}</p>`).join('\n');
    const text = document.body.innerText.replace(/\s+/g, ' ');
    const marks: unknown[] = [];
    for (let i = 0; i < 60; i++) {
      const start = Math.floor(rnd() * (text.length - 2200));
      const len = i % 10 === 0 ? 1500 : 40 + Math.floor(rnd() * 200);
      let exact = text.slice(start, start + len);
      // A third differ from the page: a few characters changed, as in a re-edited paragraph.
      if (i % 3 === 1) exact = exact.slice(0, 10) + 'XYZ' + exact.slice(13, -12) + 'QQ' + exact.slice(-10);
      marks.push({ id: `m${i}`, kind: 'passage-close', selector: { exact, prefix: text.slice(start - 32, start), suffix: text.slice(start + len, start + len + 32), start }, card: { heading: '', items: [] } });
    }
    const R = (window as any).RecoupeHighlight;
    const res: Record<string, unknown> = { textChars: text.length };
    const tIdx = performance.now();
    R.buildTextIndex(document.body);
    res.indexMs = Math.round(performance.now() - tIdx);
    for (const mode of ['highlight-api', 'wrap']) {
      const h = R.createHighlighter(document, { mode });
      const t0 = performance.now();
      const r = h.apply(marks);
      res[mode] = { ms: Math.round(performance.now() - t0), anchored: r.anchored.length, missed: r.missed };
      const t1 = performance.now();
      h.clear();
      (res[mode] as any).clearMs = Math.round(performance.now() - t1);
    }
    return res;
  });
  console.log('bench', JSON.stringify(out));
}

/**
 * The real pipeline: the CLI's passages and figures for a saved page (offsets into the extracted
 * text), turned into selectors and anchored in the live page.
 */
async function realPage(page: Page): Promise<void> {
  const file = join(ROOT, 'test/fixtures/pages/fr-koursk-article.html');
  const json = execFileSync(process.execPath, [join(ROOT, 'cli/bin.mjs'), 'compare', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
  const result = JSON.parse(json) as CompareResult & { text: string };
  const order = ['differs', 'overlaps', 'agrees', 'related'] as const;
  const marks: MarkRequest[] = [
    ...result.passages.map((p, i): MarkRequest => ({
      id: `passage-${i}`, kind: `passage-${p.kind}`, selector: quoteSelector(result.text, p.page.start, p.page.end),
      card: { heading: p.kind, items: [{ label: p.source.id, text: p.source.text }] },
    })),
    ...result.figures.filter((f) => f.comparisons.length).map((f, i): MarkRequest => ({
      id: `figure-${i}`, kind: `figure-${order.find((v) => f.comparisons.some((c) => c.verdict === v)) ?? 'related'}`,
      selector: quoteSelector(result.text, f.page.start, f.page.end),
      card: { heading: f.counts, items: f.comparisons.map((c) => ({ label: c.source.id, text: c.source.text, note: c.verdict })) },
    })),
  ];
  await page.goto(pathToFileURL(file).href);
  await page.addScriptTag({ content: code });
  const out = await page.evaluate(([marks, len]) => {
    const R = (window as any).RecoupeHighlight;
    const h = R.createHighlighter(document, { mode: 'auto', sourceTextLength: len });
    const res = h.apply(marks);
    return { ...res, mode: h.mode };
  }, [marks, result.text.length] as const);
  // Check each anchored range's text against its quote, with the wrap fallback (ranges are visible there).
  const check = await page.evaluate(([marks, len]) => {
    const R = (window as any).RecoupeHighlight;
    const ranges = R.anchorAll(document, marks.map((m: MarkRequest) => m.selector), { sourceTextLength: len });
    const n = (s: string) => s.replace(/\s+/g, ' ').trim();
    return marks.map((m: MarkRequest, i: number) => (ranges[i] && n(ranges[i].toString()) === n(m.selector.exact) ? 'same' : ranges[i] ? `differs: ${n(ranges[i].toString()).slice(0, 60)}` : 'missed'));
  }, [marks, result.text.length] as const);
  console.log('real page', JSON.stringify({ marks: marks.length, anchored: out.anchored.length, missed: out.missed, mode: out.mode }));
  console.log('real page text check', JSON.stringify(check.reduce((a: Record<string, number>, c: string) => ({ ...a, [c]: (a[c] ?? 0) + 1 }), {})));
  await page.screenshot({ path: join(OUT, 'highlight-real-page.png'), fullPage: true });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 760 } });
  page.on('pageerror', (e) => console.log('page error', e.message));
  page.on('dialog', (d) => { console.log('DIALOG (should never happen)', d.message()); void d.dismiss(); });
  await run(page, 'auto');
  await run(page, 'wrap');
  await bench(page);
  await realPage(page);
} finally {
  await browser.close();
}

// Firefox ESR (::highlight() styling since 149) through Puppeteer's WebDriver BiDi.
if (process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr') {
  const ff = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', headless: true });
  try {
    const page = await ff.newPage();
    await page.setViewport({ width: 900, height: 760 });
    page.on('dialog', (d) => { console.log('DIALOG (should never happen)', d.message()); void d.dismiss(); });
    await run(page as unknown as Page, 'auto', 'firefox');
    await run(page as unknown as Page, 'wrap', 'firefox');
  } finally {
    await ff.close();
  }
}
