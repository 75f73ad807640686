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
 *   against the bundled corpus plus synthetic articles, SIZE in all (as compare-profile.ts); PAGE=unseen the
 *   corpus-store bench's unseen synthetic article (with CACHE, a corpus that bench's way: bundled + 10,000 seed 1);
 * - `extract-en`, `extract-fr`: extractFigures on the figure bench's texts (scripts/bench/figures.ts: an English
 *   figure-dense paragraph, the bundled French articles), cut to 20,000-character pages, 256 KB of each;
 * - `extract-devset`: extractFigures on every devset corpus article and page (real text, each in its language,
 *   with its publication day), where no paragraph repeats, so a cache keyed on repeated text gains nothing.
 * Also checks that both versions give the same passages (or compare results, or figures).
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
  // PAGE=unseen: the corpus-store bench's unseen synthetic article (seed 999), a page no source holds verbatim.
  const unseen = process.env.PAGE === 'unseen' ? syntheticArticles(bundled.map((d) => d.text), 1, { seed: 999 })[0] : undefined;
  const page: PageInput = unseen ? { title: unseen.title, lang: 'fr', text: unseen.text }
    : process.env.PAGE === 'en'
      ? { title: en.split('\n', 1)[0], lang: 'en', text: en }
      : { title: bundled[3].title, lang: bundled[3].lang, text: bundled[3].text };
  if (process.env.CACHE) {
    // CACHE=<file>: the corpus and its story index written by scripts/dev/compare-instructions.ts (MODE=prepare), so
    // neither version featurises 10,000 articles first (half a minute of CPU each); SIZE is the cache's.
    const { docs, story } = JSON.parse(readFileSync(process.env.CACHE, 'utf8')) as { docs: CorpusDoc[]; story: { docs: Array<{ id: string; title: string }> } };
    // One copy of each id and title, as add() leaves them (compare-instructions.ts says why).
    story.docs.forEach((s, i) => { s.id = docs[i].id; s.title = docs[i].title; });
    const engine = new Engine(docs, story);
    return () => engine.compare(page);
  }
  const synthetic: CorpusDoc[] = syntheticArticles(bundled.map((d) => d.text), SIZE - bundled.length, { seed: 7 }).map((a) =>
    toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
  );
  const engine = new Engine(bundled);
  for (const d of synthetic) engine.add(d);
  return () => engine.compare(page);
}

/** The figure bench's English paragraph (scripts/bench/figures.ts EN_SAMPLE). */
const EN_SAMPLE =
  'More than 600,000 Russian soldiers have been killed or wounded, NATO chief Mark Rutte said on Monday. ' +
  'North Korea has sent between 10,000 and 12,000 troops to Russia, according to South Korean intelligence, ' +
  'and some 1,500 special forces were already there by October 27. Up to 12,000 may follow; about 3.5 million ' +
  'people fled, and twenty-one villages were hit within 7 km of Pokrovsk at around 10 p.m.\n';
/** Bytes of each bench text per run: a few runs a second, so 60 pairs stay within a minute or two. */
const EXTRACT_BYTES = 256 * 1024;
const EXTRACT_PAGE_CHARS = 20_000;

function repeated(seed: string): string[] {
  const pages: string[] = [];
  let page = '';
  for (let total = 0; total < EXTRACT_BYTES; total += seed.length) {
    page += seed;
    if (page.length >= EXTRACT_PAGE_CHARS) { pages.push(page); page = ''; }
  }
  if (page) pages.push(page);
  return pages;
}

async function extractRun(core: string): Promise<Run> {
  const { extractFigures } = await import(join(core, 'figures', 'index.ts'));
  const texts: Array<{ text: string; lang: 'fr' | 'en'; published?: string }> = [];
  if (WORKLOAD === 'extract-en') texts.push(...repeated(EN_SAMPLE).map((text) => ({ text, lang: 'en' as const })));
  else if (WORKLOAD === 'extract-fr') texts.push(...repeated(loadBundledCorpus().map((d) => d.text).join('\n') + '\n').map((text) => ({ text, lang: 'fr' as const })));
  else {
    const devset = join(ROOT, 'test', 'fixtures', 'devset');
    for (const story of readdirSync(devset).filter((d) => !d.includes('.')).sort()) {
      for (const part of ['corpus', 'pages']) {
        const dir = join(devset, story, part);
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: Array<{ id: string; lang: 'fr' | 'en'; published?: string; file?: string }> };
        for (const a of manifest.articles) {
          const file = join(dir, a.file ?? a.id);
          texts.push({ text: readFileSync(file.endsWith('.txt') ? file : `${file}.txt`, 'utf8'), lang: a.lang, published: a.published });
        }
      }
    }
  }
  return () => texts.map((t) => extractFigures(t.text, t.lang, t.published ? { published: t.published } : {}));
}

const make = WORKLOAD === 'compare' ? compareRun : WORKLOAD.startsWith('extract') ? extractRun : passageRuns;
const here = resolve(process.env.NEW ?? join(ROOT, 'core'));
const cpuOf = (f: Run): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
if (process.env.ONLY) {
  // One version alone in this process (ONLY=<core folder>): the median CPU of RUNS runs and a digest of the output,
  // for alternating processes from the shell. Two copies of core/ in one process slowed the second copy's
  // extraction of the devset texts twofold (identical code, whichever was loaded second), so extraction is
  // compared across processes.
  const run = await make(resolve(process.env.ONLY));
  const { createHash } = await import('node:crypto');
  const digest = createHash('sha1').update(JSON.stringify(run())).digest('hex').slice(0, 12);
  const times = Array.from({ length: RUNS }, () => cpuOf(run)).sort((p, q) => p - q);
  console.log(`${WORKLOAD} ${process.env.ONLY}: output ${digest}; CPU median ${times[times.length >> 1].toFixed(2)} ms over ${RUNS} runs`);
  process.exit(0);
}
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
