/**
 * Extraction throughput in node: the five bundled articles (assets/corpus), English and French
 * number-heavy sentences, repeated to a few megabytes, run through extractFigures. Prints MB/s.
 * The target is at least 1 MB of text per second, so a long page never delays the popup.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../../core/figures/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Text per language: large enough that timer noise and JIT warm-up do not dominate. */
const TARGET_BYTES = 2 * 1024 * 1024;
/** Pages are cut to this size before extraction, as an article text would be. */
const PAGE_CHARS = 20_000;

const EN_SAMPLE =
  'More than 600,000 Russian soldiers have been killed or wounded, NATO chief Mark Rutte said on Monday. ' +
  'North Korea has sent between 10,000 and 12,000 troops to Russia, according to South Korean intelligence, ' +
  'and some 1,500 special forces were already there by October 27. Up to 12,000 may follow; about 3.5 million ' +
  'people fled, and twenty-one villages were hit within 7 km of Pokrovsk at around 10 p.m.\n';

function build(seed: string): string[] {
  const pages: string[] = [];
  let total = 0;
  let page = '';
  while (total < TARGET_BYTES) {
    page += seed;
    total += Buffer.byteLength(seed);
    if (page.length >= PAGE_CHARS) { pages.push(page); page = ''; }
  }
  if (page) pages.push(page);
  return pages;
}

function run(label: string, pages: string[], lang: 'fr' | 'en'): void {
  for (const p of pages.slice(0, 3)) extractFigures(p, lang); // warm-up
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let figures = 0;
  for (const p of pages) figures += extractFigures(p, lang).length;
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  // CPU time too: on a shared, loaded machine wall time measures the neighbours as much as the code.
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  console.log(
    `  ${label.padEnd(24)} ${(bytes / 1e6 / sec).toFixed(2)} MB/s wall, ${(bytes / 1e6 / cpuSec).toFixed(2)} MB/s per CPU-second  (${(bytes / 1e6).toFixed(1)} MB, ${figures} figures, ${sec.toFixed(2)} s)`,
  );
}

export default async function main(): Promise<void> {
  const dir = join(ROOT, 'assets', 'corpus');
  const fr = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  console.log('figures / bench (extractFigures throughput, node)');
  run('French corpus articles', build(fr + '\n'), 'fr');
  run('English, figure-dense', build(EN_SAMPLE), 'en');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
