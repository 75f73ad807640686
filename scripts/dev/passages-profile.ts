/**
 * Where findPassages spends its time. Two workloads, each run RUNS times after a warm-up:
 * - bench (default): the bench's page (the bundled articles concatenated, about 2,000 words, as in
 *   scripts/bench/passages.ts) against the bundled corpus;
 * - devset (`WORKLOAD=devset`): every same-story devset page against its story's whole corpus
 *   (given the story, as `npm run eval` does), French and English, so cross-language matching runs.
 * Prints the CPU median per pass and a hash of every passage found: a speed change must keep the
 * hash. For the profile: bundle it (`npx esbuild scripts/dev/passages-profile.ts --bundle
 * --platform=node --format=esm --outfile=.prof/p.mjs`, so that lines are kept), run
 * `node --cpu-prof --cpu-prof-dir=.prof .prof/p.mjs` and read it with
 * `node scripts/dev/cpuprofile-summary.mjs .prof/<file>.cpuprofile`.
 */
import { createHash } from 'node:crypto';
import type { CorpusDoc, PageInput, Passage } from '../../core/types';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { benchPage } from '../bench/_page';
import { devsetQueries } from './_devset-passages';
import { addDocument, createPassageIndex, findPassages, type PassageIndex } from '../../core/passages/index';

const RUNS = Number(process.env.RUNS ?? 200);

interface Query { index: PassageIndex; page: PageInput; sourceIds?: string[] }

function benchQueries(): Query[] {
  const docs: CorpusDoc[] = loadBundledCorpus();
  const index = createPassageIndex();
  for (const d of docs) addDocument(index, d);
  return [{ index, page: benchPage(docs) }];
}

const devsetPageQueries = (): Query[] => devsetQueries({ createPassageIndex, addDocument });

const workload = process.env.WORKLOAD ?? 'bench';
const queries = workload === 'devset' ? devsetPageQueries() : benchQueries();
const pass = (): Passage[][] => queries.map((q) => findPassages(q.index, q.page, q.sourceIds ? { sourceIds: q.sourceIds } : {}));
const found = pass();
const ts: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  pass();
  const c = process.cpuUsage(c0);
  ts.push((c.user + c.system) / 1000);
}
ts.sort((a, b) => a - b);
const hash = createHash('sha256').update(JSON.stringify(found)).digest('hex').slice(0, 12);
console.log(
  `${workload}: ${queries.length} pages, ${found.flat().length} passages (hash ${hash}); ` +
    `CPU median ${ts[ts.length >> 1].toFixed(2)} ms per pass over ${RUNS} passes`,
);
