/**
 * Matching passages, speed: one ~2,000-word article against (a) the bundled corpus and (b) a synthetic
 * corpus of 10,000 articles (test/support/synthetic-corpus.ts), after the index is built. Prints medians,
 * the index's build time and heap, and the naive Fuse.js baseline from the same run.
 * Targets: (a) median <= 10 ms, (b) median <= 50 ms.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CorpusDoc, PageInput } from '../../core/types';
import { createPassageIndex, addDocument, findPassages, type IndexConfig, type PassageIndex } from '../../core/passages/index';
import { benchPage } from './_page';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { naivePassages } from '../../test/support/naive-passages';
import { syntheticCorpus, stripTags } from '../../test/support/synthetic-corpus';
import { median } from './_stats';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(ROOT, '..', 'shared');
const RUNS = 30;
const LARGE = 10_000;
/** Fuse.js over 10,000 articles takes minutes per page: it is timed on this sample and scaled. */
const NAIVE_SAMPLE = 20;

/** Wall-clock and CPU time per run. The CPU median is printed too because these machines are
 *  shared: under load the wall clock measures the neighbours as much as the engine. */
function time(fn: () => unknown, runs: number): { median: number; first: number; cpu: number } {
  const ts: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: median(ts), first: ts[0], cpu: median(cpu) };
}

// A real garbage collection before each heap reading, without requiring `node --expose-gc`: without
// it the heap delta measures whatever garbage happens to be alive (it varied 70-136 MB run to run).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

function build(docs: CorpusDoc[], config?: Partial<IndexConfig>): { index: PassageIndex; ms: number; mb: number } {
  const before = heapMB();
  const t0 = performance.now();
  const index = createPassageIndex(config);
  for (const d of docs) addDocument(index, d);
  const ms = performance.now() - t0;
  return { index, ms, mb: heapMB() - before };
}

function trainingTexts(bundled: CorpusDoc[]): string[] {
  const texts = bundled.map((d) => d.text);
  const dir = join(SHARED, 'pages', 'readability');
  if (existsSync(dir)) {
    for (const p of readdirSync(dir)) {
      const f = join(dir, p, 'source.html');
      if (existsSync(f)) texts.push(stripTags(readFileSync(f, 'utf8')));
    }
  }
  return texts;
}

export default async function main(): Promise<void> {
  console.log('== passages (speed; node, after the index is built)');
  console.log(`load average at start: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores)`);
  const bundled = loadBundledCorpus();
  const page = benchPage(bundled);
  const pageWords = page.text.split(/\s+/).length;
  console.log(`page: ${pageWords} words, ${page.text.length} chars (the bundled articles concatenated)`);

  // (a) Bundled corpus.
  const a = build(bundled);
  findPassages(a.index, page); // warm-up: JIT, Intl data, analysis cache
  const ta = time(() => findPassages(a.index, page), RUNS);
  const found = findPassages(a.index, page).length;
  const na = time(() => naivePassages(bundled, page), 3);
  console.log(
    `(a) bundled corpus (${bundled.length} articles): median ${ta.median.toFixed(2)} ms (target <= 10; CPU ${ta.cpu.toFixed(2)} ms), ${found} passages; ` +
      `build ${a.ms.toFixed(1)} ms | naive Fuse.js: median ${na.median.toFixed(0)} ms`,
  );

  // (b) 10,000 synthetic articles.
  if (!existsSync(join(SHARED, 'pages', 'readability'))) {
    console.log('(b) note: ../shared/pages absent; the synthetic corpus is trained on the bundled articles only.');
  }
  const t0 = performance.now();
  const synth = syntheticCorpus(trainingTexts(bundled), { count: LARGE, seed: 42 });
  const genMs = performance.now() - t0;
  const large = [...bundled, ...synth];
  const words = large.reduce((s, d) => s + d.text.split(/\s+/).length, 0);
  const b = build(large);
  const cold = time(() => findPassages(b.index, page), 1).first;
  const tb = time(() => findPassages(b.index, page), RUNS);
  const withSources = time(() => findPassages(b.index, page, { sourceIds: bundled.map((d) => d.id) }), RUNS);
  console.log(
    `(b) ${large.length} articles (${(words / 1e6).toFixed(1)} M words, generated in ${(genMs / 1000).toFixed(1)} s): ` +
      `median ${tb.median.toFixed(2)} ms (target <= 50; CPU ${tb.cpu.toFixed(2)} ms), first query ${cold.toFixed(1)} ms (analysis cache cold), ` +
      `with sourceIds = the 5 same-story articles ${withSources.median.toFixed(2)} ms (CPU ${withSources.cpu.toFixed(2)} ms; ` +
      `${findPassages(b.index, page, { sourceIds: bundled.map((d) => d.id) }).length} passages)`,
  );
  console.log(
    `    index: build ${(b.ms / 1000).toFixed(1)} s, heap +${b.mb.toFixed(0)} MB (postings and stem counts; the articles' text was allocated before), ` +
      `${b.index.postings.size} fingerprints, ${[...b.index.postings.values()].reduce((s, l) => s + l.length, 0)} postings`,
  );
  const sample = large.slice(0, NAIVE_SAMPLE);
  const ns = time(() => naivePassages(sample, page), 1).first;
  console.log(
    `    naive Fuse.js on a ${NAIVE_SAMPLE}-article sample: ${ns.toFixed(0)} ms, i.e. about ` +
      `${((ns * large.length) / NAIVE_SAMPLE / 1000).toFixed(0)} s for ${large.length} (scaled linearly; too slow to run in full)`,
  );

  // Measured alternatives for the shingle design (see core/passages/README.md): two more 10k builds,
  // about a minute, so only on request.
  if (!process.env.BENCH_PASSAGES_ALT) {
    console.log('    (set BENCH_PASSAGES_ALT=1 to also time the k=3 and winnowing alternatives)');
    return;
  }
  for (const config of [{ k: 3, winnow: 1 }, { k: 2, winnow: 4 }] as IndexConfig[]) {
    const c = build(large, config);
    findPassages(c.index, page);
    const tc = time(() => findPassages(c.index, page), 10);
    console.log(
      `    alternative k=${config.k} winnow=${config.winnow}: build ${(c.ms / 1000).toFixed(1)} s, heap +${c.mb.toFixed(0)} MB, ` +
        `${[...c.index.postings.values()].reduce((s, l) => s + l.length, 0)} postings, median ${tc.median.toFixed(2)} ms`,
    );
  }
}
