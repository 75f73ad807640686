/**
 * Where Engine.compare spends its time on a large corpus: the summary bench's setting (a bundled
 * article as the page, the bundled corpus plus synthetic articles on its story, SIZE articles in all,
 * default 1,000), RUNS queries after a warm-up. Prints the CPU median per query and per part
 * (story, passages, figures); PAGE=en takes an English page on the story instead; run under `node --cpu-prof` for the full profile
 * (scripts/dev/cpuprofile-summary.mjs reads it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { Engine } from '../../core/engine';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';

const SIZE = Number(process.env.SIZE ?? 1000);
const RUNS = Number(process.env.RUNS ?? 40);

const bundled = loadBundledCorpus();
// PAGE=en: an English page on the story, so that cross-language matching runs (the corpus is French).
const en = readFileSync(join(process.cwd(), 'test', 'fixtures', 'story', 'en-nato-confirms-nk-troops.txt'), 'utf8');
const page = process.env.PAGE === 'en'
  ? { title: en.split('\n', 1)[0], lang: 'en' as const, text: en }
  : { title: bundled[3].title, lang: bundled[3].lang, text: bundled[3].text };
const synthetic = syntheticArticles(bundled.map((d) => d.text), SIZE - bundled.length, { seed: 7 }).map((a) =>
  toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
);
const engine = new Engine(bundled);
for (const d of synthetic) engine.add(d);
const first = engine.compare(page);
const ts: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  engine.compare(page);
  const c = process.cpuUsage(c0);
  ts.push((c.user + c.system) / 1000);
}
ts.sort((a, b) => a - b);
console.log(
  `${SIZE} articles: ${first.sources.length} sources, ${first.passages.length} passages, ${first.figures.length} figures; ` +
    `CPU median ${ts[ts.length >> 1].toFixed(2)} ms over ${RUNS} runs`,
);
