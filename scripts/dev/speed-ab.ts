/**
 * Same-process A/B of two versions of core/: this tree's (or NEW) and a copy of another commit's (BASE, by
 * default .prof/base/core, made with `git archive <commit> core | tar -x -C .prof/base --exclude='*.test.ts'`:
 * test files left out, as scripts/test-layout.test.ts finds every test file in the tree). On a loaded
 * machine separate runs differ by 2x; alternating both versions in one process, query by query,
 * and taking the median of the paired CPU ratios (new / base) is what compares. Workloads:
 * - `en-page`: each English same-story page of test/fixtures/story against the bundled (French)
 *   corpus through findPassages (cross-language matching runs);
 * - `bench`: the passage bench's page (scripts/bench/_page.ts, the bundled articles concatenated,
 *   French) against the bundled corpus;
 * - `devset`: every same-story devset page against its story's whole corpus (as passages-profile.ts);
 * - `compare`: Engine.compare of the bundled article (PAGE=fr) or the first English page (PAGE=en)
 *   against the bundled corpus plus synthetic articles, SIZE in all (as compare-profile.ts).
 * Also checks that both versions give the same passages (or compare results).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusDoc, PageInput } from '../../core/types';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { devsetQueries } from './_devset-passages';
import { benchPage } from '../bench/_page';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';

const ROOT = process.cwd();
const BASE = resolve(process.env.BASE ?? join(ROOT, '.prof', 'base', 'core'));
const RUNS = Number(process.env.RUNS ?? 60);
const WORKLOAD = process.env.WORKLOAD ?? 'en-page';
const SIZE = Number(process.env.SIZE ?? 1000);

type Run = () => unknown;

async function passageRuns(core: string): Promise<Run> {
  const { addDocument, createPassageIndex, findPassages } = await import(join(core, 'passages', 'index.ts'));
  const queries: Array<{ index: unknown; page: PageInput; sourceIds?: string[] }> = [];
  if (WORKLOAD === 'bench') {
    const index = createPassageIndex();
    const docs = loadBundledCorpus();
    for (const d of docs) addDocument(index, d);
    queries.push({ index, page: benchPage(docs) });
  } else if (WORKLOAD === 'en-page') {
    const index = createPassageIndex();
    for (const d of loadBundledCorpus()) addDocument(index, d);
    const dir = join(ROOT, 'test', 'fixtures', 'story');
    for (const f of readdirSync(dir).filter((f) => f.startsWith('en-')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      queries.push({ index, page: { title: text.split('\n', 1)[0], lang: 'en', text } });
    }
  } else {
    queries.push(...devsetQueries({ createPassageIndex, addDocument }));
  }
  return () => queries.map((q) => findPassages(q.index, q.page, q.sourceIds ? { sourceIds: q.sourceIds } : {}));
}

async function compareRun(core: string): Promise<Run> {
  const { Engine } = await import(join(core, 'engine.ts'));
  const bundled = loadBundledCorpus();
  const en = readFileSync(join(ROOT, 'test', 'fixtures', 'story', 'en-nato-confirms-nk-troops.txt'), 'utf8');
  const page: PageInput = process.env.PAGE === 'en'
    ? { title: en.split('\n', 1)[0], lang: 'en', text: en }
    : { title: bundled[3].title, lang: bundled[3].lang, text: bundled[3].text };
  const synthetic: CorpusDoc[] = syntheticArticles(bundled.map((d) => d.text), SIZE - bundled.length, { seed: 7 }).map((a) =>
    toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
  );
  const engine = new Engine(bundled);
  for (const d of synthetic) engine.add(d);
  return () => engine.compare(page);
}

const make = WORKLOAD === 'compare' ? compareRun : passageRuns;
const here = resolve(process.env.NEW ?? join(ROOT, 'core'));
const [a, b] = [await make(BASE), await make(here)];
const same = JSON.stringify(a()) === JSON.stringify(b());
const cpu = (f: Run): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const ta: number[] = [];
const tb: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < RUNS; i++) {
  // Alternate which goes first: the second of a pair runs on a warmer cache.
  const [x, y] = i % 2 ? [cpu(b), cpu(a)] : [cpu(a), cpu(b)];
  const [tA, tB] = i % 2 ? [y, x] : [x, y];
  ta.push(tA);
  tb.push(tB);
  ratios.push(tB / tA);
}
const med = (xs: number[]): number => [...xs].sort((p, q) => p - q)[xs.length >> 1];
console.log(
  `${WORKLOAD}${WORKLOAD === 'compare' ? ` ${SIZE} articles, page ${process.env.PAGE ?? 'fr'}` : ''}: same output ${same}; ` +
    `CPU median base ${med(ta).toFixed(2)} ms, new ${med(tb).toFixed(2)} ms; paired ratio new/base ${med(ratios).toFixed(3)} over ${RUNS} pairs`,
);
