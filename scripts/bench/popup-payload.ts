/**
 * What the popup receives and draws before its verdict is painted, measured without a browser so the
 * numbers do not depend on the machine's load: the tab state's size (the one `tab:state` message), by
 * part, and the popup's first render in happy-dom (elements, and its time as a rough guide), against
 * what it draws once the parts below the fold follow (components/AfterPaint.tsx). The page is the
 * dated one of popup-timeline.ts (test/fixtures/pages/fr-003-dated.html), against the bundled corpus
 * and against 10,000 synthetic articles dated in October 2024, the state built as the background
 * builds it (entrypoints/background/analyse.ts). scripts/bench/popup-timeline.ts times the real popup.
 */
import { join } from 'node:path';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { readPage } from '../../cli/compare';
import { REPO_ROOT } from '../../core/corpus/node';
import { Engine } from '../../core/engine';
import type { TabState } from '../../messaging/protocol';
import { citedSources, popupResult } from '../../messaging/popup-result';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { median } from './_stats';

const PAGE = join(REPO_ROOT, 'test', 'fixtures', 'pages', 'fr-003-dated.html');
/** Corpus sizes: the bundled articles alone, and a newsroom's. */
const SIZES = [0, 10_000];
/** First renders timed; the median is printed. */
const RUNS = 15;
/** The synthetic articles' days, as popup-timeline.ts dates them. */
const FIRST_DAY = Date.UTC(2024, 9, 1);
const DAYS = 31;
/** The deferred parts (a frame, then a task each) are drawn once the element count holds this long. */
const SETTLE_MS = 100;

function stateFor(size: number, maxListed: number): TabState {
  const bundled = loadBundledCorpus();
  const engine = new Engine(bundled);
  const articles = size === 0 ? [] : syntheticArticles(bundled.map((d) => d.text), size, { seed: 11 });
  articles.forEach((a, i) => engine.add(toCorpusDoc({
    ...a, id: idForText(a.text), addedAt: 0, ignore: [], published: new Date(FIRST_DAY + (i % DAYS) * 86_400_000).toISOString().slice(0, 10),
  })));
  const page = readPage(PAGE);
  const result = engine.compare(page);
  const listed = popupResult({ ...result, sources: result.sources.slice(0, maxListed) });
  return {
    status: 'done', title: page.title, lang: page.lang, url: 'https://example.org/', inCorpus: false, sourceCount: result.sources.length,
    result: listed, cited: citedSources(listed, listed.sources, result.sources), ...(page.published ? { published: page.published } : {}),
  };
}

const kb = (x: unknown) => `${(JSON.stringify(x).length / 1024).toFixed(1)} KB`;

/**
 * Runs `fn` with a happy-dom window and a fake extension API (serving no messages: the English
 * fallback) as globals, then puts the globals back, so the other benches of the run never see them.
 * The popup's modules (and messaging/protocol.ts) load the extension API when imported: import them inside.
 */
async function withPopupGlobals<T>(fn: (win: import('happy-dom').Window) => Promise<T>): Promise<T> {
  const { Window } = await import('happy-dom');
  const win = new Window();
  const fake = { runtime: { id: 'bench' }, i18n: { getMessage: () => '' } };
  const keys = ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Event', 'requestAnimationFrame', 'cancelAnimationFrame', 'chrome', 'browser'] as const;
  const saved = keys.map((k) => Object.getOwnPropertyDescriptor(globalThis, k));
  Object.assign(globalThis, {
    window: win, document: win.document, navigator: win.navigator, HTMLElement: win.HTMLElement, Node: win.Node, Event: win.Event,
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0), cancelAnimationFrame: clearTimeout, chrome: fake, browser: fake,
  });
  try {
    return await fn(win);
  } finally {
    keys.forEach((k, i) => (saved[i] ? Object.defineProperty(globalThis, k, saved[i]!) : delete (globalThis as Record<string, unknown>)[k]));
    await win.happyDOM.close();
  }
}

/** The popup's first render of `state`, and what it draws once the deferred parts follow. */
async function renderMeasures(win: import('happy-dom').Window, state: TabState): Promise<{ firstMs: number; firstElements: number; allElements: number }> {
  const { render, h } = await import('preact');
  const { TabView } = await import('../../components/TabView');
  const times: number[] = [];
  let firstElements = 0;
  let allElements = 0;
  for (let i = 0; i < RUNS; i++) {
    const root = win.document.createElement('div');
    win.document.body.appendChild(root);
    const t0 = performance.now();
    render(h(TabView, { state }), root as unknown as Element);
    times.push(performance.now() - t0);
    firstElements = root.querySelectorAll('*').length;
    for (let n = -1; n !== (allElements = root.querySelectorAll('*').length); ) {
      n = allElements;
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    render(null, root as unknown as Element);
    root.remove();
  }
  return { firstMs: median(times), firstElements, allElements };
}

export default async function benchPopupPayload(): Promise<void> {
  console.log('\n## What the popup receives and draws first (fr-003-dated.html; happy-dom, no browser)');
  const rows = ['| corpus | tab state (sources / passages / figures / timeline / titles of other sources quoted) | first render: elements, time | elements once all is drawn |', '|---|---|---|---|'];
  await withPopupGlobals(async (win) => {
    const { MAX_LISTED_SOURCES } = await import('../../messaging/protocol');
    for (const size of SIZES) {
      const state = stateFor(size, MAX_LISTED_SOURCES);
      if (state.status !== 'done') continue;
      const r = state.result;
      const m = await renderMeasures(win, state);
      rows.push(`| ${size ? `${size.toLocaleString('en')} dated articles` : 'bundled'} (${state.sourceCount} sources) | ${kb(state)} (${kb(r.sources)} / ${kb(r.passages)} / ${kb(r.figures)} / ${kb(r.timeline)} / ${kb(state.cited ?? {})}) | ${m.firstElements}, ${m.firstMs.toFixed(1)} ms median of ${RUNS} | ${m.allElements} |`);
    }
  });
  console.log(rows.join('\n'));
}
