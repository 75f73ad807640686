/**
 * Search speed (core/search): sentences of the bundled corpus, then of 10,000 articles (synthetic,
 * see test/support/synthetic-articles.ts), the popup's queries with typos and spelling variants. The index is
 * built once, lazily, on the first search; each query after that must answer in under 50 ms.
 */
import { loadavg } from 'node:os';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { SentenceIndex } from '../../core/search/index';
import { syntheticArticles } from '../../test/support/synthetic-articles';

const QUERIES = ['Zelenskyy', 'Koursk', 'Kursk', 'soldats nord-coréens', 'sodlats', 'Rutte OTAN', 'Kiev Poutine', '12 000', 'forces spéciales', 'Pyongyang Moscou confirment', 'zzzz'];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

export default async function benchSearch(): Promise<void> {
  console.log('\n## Sentence search (node; fuse.js over candidates from a folded-word index)');
  const bundled = loadBundledCorpus();
  const rows: string[] = [];
  for (const size of [5, 10000]) {
    const docs = size === 5 ? bundled : [...bundled, ...syntheticArticles(bundled.map((d) => d.text), size - 5, { seed: 7 }).map((a, i) => ({ id: `syn-${i}`, title: a.title, lang: a.lang, text: a.text }))];
    const t0 = performance.now();
    const index = new SentenceIndex(docs);
    const buildMs = performance.now() - t0;
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    const times: number[] = [];
    const perQuery: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of QUERIES) {
        const t = performance.now();
        const hits = index.search(q);
        const ms = performance.now() - t;
        if (round > 0) times.push(ms);
        if (round === 4) perQuery.push(`${q}: ${ms.toFixed(1)} ms, ${hits.length} hits`);
      }
    }
    rows.push(`| ${String(size).padStart(6)} | ${String(index.sentenceCount).padStart(7)} | ${(buildMs / 1000).toFixed(2)} s | ${pct(times, 0.5).toFixed(1)} ms | ${pct(times, 0.95).toFixed(1)} ms | ${Math.max(...times).toFixed(1)} ms | ${heap.toFixed(0)} MB |`);
    if (size > 5) console.log('per query (10,000 articles): ' + perQuery.join('; '));
  }
  console.log(`(machine load average ${loadavg()[0].toFixed(1)}: timings grow with it)`);
  console.log('| articles | sentences | index build | median | p95 | max | heap after build |\n|---|---|---|---|---|---|---|\n' + rows.join('\n'));
}

if (process.argv[1]?.endsWith('search.ts')) void benchSearch();
