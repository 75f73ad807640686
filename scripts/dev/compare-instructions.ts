/**
 * Instruction counts of Engine.compare and extractFigures under valgrind's callgrind: a count that the machine's load
 * does not move (on a 2-core machine shared with other helpers' evals, wall and even CPU time of one query vary 2x).
 * Run through scripts/dev/compare-instructions.sh, which bundles this file (esbuild), runs it under
 * `valgrind --tool=callgrind --instr-atstart=no` and switches instrumentation on (callgrind_control -i on) only
 * around the measured part, so loading the corpus and the warm-up cost nothing but wall time.
 *
 * Modes (MODE=...):
 * - `prepare`: writes the 10,000-article corpus of the summary bench (bundled + synthetic, seed 7) and its story
 *   index (StoryIndex.toData) to CACHE, so the run under valgrind builds the Engine from prebuilt data instead of
 *   featurising 10,000 articles at valgrind speed. Run with tsx, outside valgrind.
 * - `compare10k`: Engine(docs, prebuilt) from CACHE, WARM compares of the bundled article 3 (the summary bench's
 *   page; PAGE=unseen: the corpus-store bench's unseen synthetic article), then RUNS measured compares.
 * - `bundled`: an Engine over the 5 bundled articles; each bundled article as the page, WARM rounds, then RUNS
 *   measured rounds of the 5 compares.
 * - `extract`: extractFigures over the figure bench's texts (French bundled articles, English figure-dense paragraph),
 *   cut to 20,000-character pages, BYTES of each (LANGS=en or LANGS=fr: one language alone); WARM then RUNS measured
 *   rounds.
 * Between the phases the process waits for a file the shell script creates (GO then END), after printing READY / DONE.
 * Prints a digest of the last result so that before/after runs also check the output is the same.
 */
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { Engine } from '../../core/engine';
import { extractFigures } from '../../core/figures/index';
import type { CorpusDoc, PageInput } from '../../core/types';
import type { StoryIndexData } from '../../core/story/index';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';

const MODE = process.env.MODE ?? 'compare10k';
const CACHE = process.env.CACHE ?? '/tmp/recoupe-compare10k.json';
const SIZE = 10_000;
/** Warm-up queries: V8 tiers a function up after enough calls. With --single-threaded TurboFan compiles on the main
 * thread, inside the measured part: after 3 warm-up queries two-thirds of the Ir of a compare at 10,000 were the
 * compiler's (callgrind_annotate, session 15), so a change that adds or splits a function moved the count more than
 * the work it saves. 20 queries leave the compiler a small share; extraction rounds are longer and need fewer. */
const WARM = Number(process.env.WARM ?? (MODE === 'extract' ? 3 : 20));
const RUNS = Number(process.env.RUNS ?? 3);
const BYTES = Number(process.env.BYTES ?? 128 * 1024);
const SIGNAL = process.env.SIGNAL ?? '/tmp/recoupe-ci-signal';

function waitFor(file: string): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) Atomics.wait(cell, 0, 0, 20);
}

function digest(x: unknown): string {
  return createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
}

function bundledRoot(): string {
  return join(process.cwd(), 'assets', 'corpus');
}

function pages(seed: string, bytes: number): string[] {
  const out: string[] = [];
  let page = '';
  for (let total = 0; total < bytes; total += seed.length) {
    page += seed;
    if (page.length >= 20_000) { out.push(page); page = ''; }
  }
  if (page) out.push(page);
  return out;
}

/** The figure bench's English paragraph (scripts/bench/figures.ts EN_SAMPLE). */
const EN_SAMPLE =
  'More than 600,000 Russian soldiers have been killed or wounded, NATO chief Mark Rutte said on Monday. ' +
  'North Korea has sent between 10,000 and 12,000 troops to Russia, according to South Korean intelligence, ' +
  'and some 1,500 special forces were already there by October 27. Up to 12,000 may follow; about 3.5 million ' +
  'people fled, and twenty-one villages were hit within 7 km of Pokrovsk at around 10 p.m.\n';

if (MODE === 'prepare') {
  const bundled = loadBundledCorpus();
  const synthetic = syntheticArticles(bundled.map((d) => d.text), SIZE - bundled.length, { seed: 7 }).map((a) =>
    toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
  );
  const engine = new Engine(bundled);
  for (const d of synthetic) engine.add(d);
  const docs = [...bundled, ...synthetic];
  writeFileSync(CACHE, JSON.stringify({ docs, story: engine.story.toData() }));
  console.log(`wrote ${CACHE}: ${docs.length} articles`);
  process.exit(0);
}

let run: () => unknown;
if (MODE === 'compare10k') {
  const { docs, story } = JSON.parse(readFileSync(CACHE, 'utf8')) as { docs: CorpusDoc[]; story: StoryIndexData };
  // An engine built by add() holds each id and title once (storyDoc keeps the article's strings); two parses hold two
  // copies, and comparing two copies of an id reads both strings where one pointer comparison did.
  story.docs.forEach((s, i) => { s.id = docs[i].id; s.title = docs[i].title; });
  const engine = new Engine(docs, story);
  // PAGE=unseen: the corpus-store bench's unseen synthetic article (seed 999, made from the bundled texts, the cache's
  // first five), a page no source holds verbatim, so that every same-story source is matched, ranked and returned.
  const unseen = process.env.PAGE === 'unseen' ? syntheticArticles(docs.slice(0, 5).map((d) => d.text), 1, { seed: 999 })[0] : undefined;
  const page: PageInput = unseen ? { title: unseen.title, lang: 'fr', text: unseen.text } : { title: docs[3].title, lang: docs[3].lang, text: docs[3].text };
  run = () => engine.compare(page);
} else if (MODE === 'bundled') {
  const bundled = loadBundledCorpus();
  const engine = new Engine(bundled);
  run = () => bundled.map((d) => engine.compare({ title: d.title, lang: d.lang, text: d.text, published: d.published }));
} else if (MODE === 'extract') {
  const fr = readdirSync(bundledRoot()).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(bundledRoot(), f), 'utf8')).join('\n');
  // LANGS=en (or fr): one language's pages alone, to count one language's extraction.
  const langs = (process.env.LANGS ?? 'fr,en').split(',');
  const texts = [
    ...(langs.includes('fr') ? pages(fr + '\n', BYTES).map((text) => ({ text, lang: 'fr' as const })) : []),
    ...(langs.includes('en') ? pages(EN_SAMPLE, BYTES).map((text) => ({ text, lang: 'en' as const })) : []),
  ];
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  console.log(`extract: ${texts.length} pages, ${bytes} bytes per round`);
  run = () => texts.map((t) => extractFigures(t.text, t.lang));
} else {
  throw new Error(`unknown MODE ${MODE}`);
}

let last: unknown;
for (let i = 0; i < WARM; i++) last = run();
if (process.env.PROFILE) {
  // PROFILE=<file.cpuprofile>: a V8 CPU profile of RUNS runs after the warm-up (outside valgrind), without the load
  // of the corpus; scripts/dev/cpuprofile-summary.mjs reads it.
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (let i = 0; i < RUNS; i++) run();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.PROFILE, JSON.stringify(profile));
  process.exit(0);
}
const before = digest(last);
console.log(`READY ${process.pid}`);
waitFor(`${SIGNAL}.go`);
const c0 = process.cpuUsage();
for (let i = 0; i < RUNS; i++) last = run();
const c = process.cpuUsage(c0);
console.log(`DONE ${MODE}: ${RUNS} runs; CPU ${((c.user + c.system) / 1000 / RUNS).toFixed(1)} ms per run (under valgrind: not a timing)`);
waitFor(`${SIGNAL}.end`);
// The digest after the dump: serialising and hashing a 10,000-source result cost ~10M Ir that no version changes.
console.log(`OUTPUT ${digest(last)} (warm-up ${before})`);
