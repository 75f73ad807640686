/**
 * One fresh-process run for scripts/bench/first-compare.ts: builds the engine, then times its first
 * compare and a few more of the same page, and prints one JSON line. A fresh process is the point:
 * Chrome stops an idle extension service worker after about 30 s (Firefox unloads its event page), so
 * the first compare after a pause runs with nothing compiled, cached or tiered up yet.
 * Usage: tsx scripts/bench/_first-compare-child.ts <corpusSize> <article|huge>
 */
import { Engine } from '../../core/engine';
import { firstCompareSetup } from './_first-compare-setup';

/** Compares after the first; the median of these is the steady state. */
const STEADY_RUNS = 3;

const { bundled, synthetic, page } = firstCompareSetup(Number(process.argv[2] ?? 5), process.argv[3] ?? 'article');

const t0 = performance.now();
const c0 = process.cpuUsage();
const engine = new Engine(bundled);
for (const d of synthetic) engine.add(d);
const buildMs = performance.now() - t0;
const cb = process.cpuUsage(c0);
const buildCpuMs = (cb.user + cb.system) / 1000;
const t1 = performance.now();
const c1 = process.cpuUsage();
const first = engine.compare(page);
const firstMs = performance.now() - t1;
const cpu = process.cpuUsage(c1);
// CPU time (user + system) as well as wall time: on a loaded machine the wall time mostly measures the queue.
const firstCpuMs = (cpu.user + cpu.system) / 1000;
const steady: number[] = [];
for (let i = 0; i < STEADY_RUNS; i++) {
  const t = performance.now();
  engine.compare(page);
  steady.push(performance.now() - t);
}
steady.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    buildMs,
    buildCpuMs,
    firstMs,
    firstCpuMs,
    steadyMs: steady[steady.length >> 1],
    pageChars: page.text.length,
    counts: [first.sources.length, first.passages.length, first.figures.length],
  }),
);
