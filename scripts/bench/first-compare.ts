/**
 * The first `Engine.compare` after the background starts, each run in a fresh node process: Chrome
 * stops an idle extension service worker after about 30 s and Firefox unloads its event page, so
 * what a reader gets on the first article after any pause is a cold engine (regular expressions not
 * compiled, functions not optimised, lazy structures not built), not the steady state the summary
 * measures. Times building the engine and its first compare of a real article (the bundled ~4,200-
 * character one) against the bundled corpus and against 1,000 articles (synthetic, as the summary's),
 * and the huge page (~190,000 characters, near the article limit) first and steady. Median of RUNS
 * fresh processes (default 5); the load average is printed, as other work on the machine skews it.
 * Exported rows are also printed by scripts/bench/summary.ts.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './_stats';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
/** Fresh processes per measure: enough for a median that one slow run does not move. */
const RUNS = Number(process.env.RUNS ?? 5);

interface ChildResult {
  buildMs: number;
  buildCpuMs: number;
  firstMs: number;
  firstCpuMs: number;
  steadyMs: number;
  pageChars: number;
  counts: number[];
}

function child(size: number, kind: 'article' | 'huge'): ChildResult {
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const out = execFileSync(process.execPath, [tsx, join(HERE, '_first-compare-child.ts'), String(size), kind], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

export async function firstCompareRows(runs = RUNS): Promise<Array<[string, string, string]>> {
  const rows: Array<[string, string, string]> = [];
  const cases: Array<[number, 'article' | 'huge', string]> = [
    [5, 'article', 'bundled corpus'],
    [1000, 'article', '1,000 articles'],
    [5, 'huge', 'bundled corpus, huge page'],
  ];
  for (const [size, kind, label] of cases) {
    const load0 = loadavg()[0];
    const rs = Array.from({ length: runs }, () => child(size, kind));
    const r0 = rs[0];
    rows.push([
      `first Engine.compare in a fresh process, ${label} (median of ${runs})`,
      `${median(rs.map((r) => r.firstMs)).toFixed(0)} ms`,
      `CPU ${median(rs.map((r) => r.firstCpuMs)).toFixed(0)} ms; then ${median(rs.map((r) => r.steadyMs)).toFixed(0)} ms steady; engine built in ${median(rs.map((r) => r.buildMs)).toFixed(0)} ms (CPU ${median(rs.map((r) => r.buildCpuMs)).toFixed(0)} ms); page ${r0.pageChars.toLocaleString('en')} chars, ${r0.counts[0]} sources, ${r0.counts[1]} passages, ${r0.counts[2]} figures; load ${load0.toFixed(1)}`,
    ]);
  }
  return rows;
}

// No default export: `npm run bench` prints these rows in its summary (scripts/bench/summary.ts);
// run alone with `npx tsx scripts/bench/first-compare.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await firstCompareRows();
  console.log('\n## First compare after the background starts (fresh process per run)');
  console.log('| measure | value | note |\n|---|---|---|\n' + rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
}
