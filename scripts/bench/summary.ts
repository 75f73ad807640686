/**
 * One markdown table the README can keep: bundle sizes, the full `Engine.compare` (story +
 * passages + figures) for one article against 5, 1,000 and 10,000 articles, the 10,000-article
 * engine's heap, and the naive Fuse.js baseline from the same run. Runs in well under 2 minutes.
 * The large corpora are synthetic (test/support/synthetic-articles.ts: sentences of the bundled articles
 * shuffled, names and numbers swapped): all on the same story, so every article is a candidate,
 * which is the worst case.
 */
import { existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { Engine } from '../../core/engine';
import { naivePassages } from '../../test/support/naive-passages';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';
import { firstCompareRows } from './first-compare';
import { median } from './_stats';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Budgets the end-to-end suites also check (test/e2e/realpages-lib.ts). */
const CONTENT_BUDGET_KB = 40;

function kb(path: string): string {
  return existsSync(path) ? `${(statSync(path).size / 1024).toFixed(1)} KB` : 'not built';
}

function gcNow(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

export default async function benchSummary(): Promise<void> {
  const started = performance.now();
  const rows: Array<[string, string, string]> = [];
  const content = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
  const background = join(ROOT, '.output', 'chrome-mv3', 'background.js');
  const contentKb = existsSync(content) ? statSync(content).size / 1024 : NaN;
  rows.push(['content script (chrome-mv3, minified)', kb(content), `<= ${CONTENT_BUDGET_KB} KB${contentKb > CONTENT_BUDGET_KB ? ' **OVER**' : ''}`]);
  rows.push(['background (chrome-mv3, minified)', kb(background), 'engine + corpus index']);

  const bundled = loadBundledCorpus();
  const page = { title: bundled[3].title, lang: bundled[3].lang, text: bundled[3].text };
  const synthetic = syntheticArticles(bundled.map((d) => d.text), 10_000 - bundled.length, { seed: 7 }).map((a) =>
    toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
  );
  for (const size of [5, 1000, 10_000]) {
    if (size === 10_000) gcNow();
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const engine = new Engine(bundled);
    for (const d of synthetic.slice(0, size - bundled.length)) engine.add(d);
    const buildMs = performance.now() - t0;
    const runs = size === 10_000 ? 9 : 21;
    const times: number[] = [];
    let result = engine.compare(page); // warm-up: builds the lazy passage index of the best sources
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      result = engine.compare(page);
      times.push(performance.now() - t);
    }
    const counts = `${result.sources.length} sources, ${result.passages.length} passages, ${result.figures.length} figures; index built in ${(buildMs / 1000).toFixed(1)} s`;
    rows.push([`Engine.compare, corpus of ${size.toLocaleString('en')} (median of ${runs})`, `${median(times).toFixed(1)} ms`, counts]);
    if (size === 10_000) {
      gcNow();
      const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
      const textMb = synthetic.reduce((a, d) => a + d.text.length, 0) * 2 / 1024 / 1024;
      rows.push(['heap of the 10,000-article engine', `${heapMb.toFixed(0)} MB`, `V8 heapUsed after GC, with the engine minus before it; the articles' texts (${textMb.toFixed(0)} MB as UTF-16) were already in memory`]);
      void engine; // keep it alive until measured
    }
  }
  const naive: number[] = [];
  let naiveCount = 0;
  const pageDoc = { ...page, selfId: bundled[3].id };
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    naiveCount = naivePassages(bundled, pageDoc).length;
    naive.push(performance.now() - t);
  }
  // speed22: the first compare in a fresh background (each run its own process), what a reader gets after any pause.
  rows.push(...(await firstCompareRows()));
  rows.push(['naive Fuse.js passages, bundled corpus (median of 5)', `${median(naive).toFixed(1)} ms`, `${naiveCount} hits; sentence-by-sentence fuzzy search`]);

  console.log('\n## Summary (sizes and speed; node, this machine)');
  console.log('| measure | value | note |\n|---|---|---|\n' + rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
  console.log(`(summary measured in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
