/**
 * Same-process A/B of story.match (the bench's query: bundled article 3 against the bundled corpus plus
 * synthetic articles, SIZE in all) for two versions of core/: BASE (default .prof/base/core, a copy of another
 * commit's core made with `git archive <commit> core | tar -x -C .prof/base --exclude='*.test.ts'`) and NEW
 * (default this tree's core). The corpus and page are scripts/bench/story.ts's (scripts/bench/_story-setup.ts). Calls
 * alternate query by query, the order of the two versions swapped every other round (so neither always runs on the
 * cache the other left); one warm-up call per version is run and discarded; CPU time (process.cpuUsage) per call;
 * prints the medians and the quartiles of the paired ratios new/base, and checks that both give the same sources.
 * PROFILE_ONLY=new|base runs one version only (for node --cpu-prof).
 */
import { join, resolve } from 'node:path';
import { storyBundled, storySynthetic } from '../bench/_story-setup';
import { median, quantile } from '../bench/_stats';

const ROOT = process.cwd();
const BASE = resolve(process.env.BASE ?? join(ROOT, '.prof', 'base', 'core'));
const NEW = resolve(process.env.NEW ?? join(ROOT, 'core'));
const RUNS = Number(process.env.RUNS ?? 40);
const SIZE = Number(process.env.SIZE ?? 10000);
const ONLY = process.env.PROFILE_ONLY;

async function makeRun(core: string): Promise<() => unknown> {
  const { Engine } = await import(join(core, 'engine.ts'));
  const { bundled, page } = storyBundled();
  const engine = new Engine(bundled);
  for (const d of storySynthetic(bundled, SIZE)) engine.add(d);
  return () => engine.story.match(page);
}

function cpuMs(run: () => unknown): { ms: number; out: unknown } {
  const c = process.cpuUsage();
  const out = run();
  const d = process.cpuUsage(c);
  return { ms: (d.user + d.system) / 1000, out };
}

const versions = ONLY === 'base' ? [BASE] : ONLY === 'new' ? [NEW] : [BASE, NEW];
const runs = [];
for (const v of versions) runs.push(await makeRun(v));
// One warm-up call per version, not measured: the first call compiles the match code and fills lazy caches. Its
// output is the one compared below.
const outs: unknown[] = runs.map((r) => r());
const times: number[][] = versions.map(() => []);
// PROFILE=<file>: a V8 CPU profile of the measured calls only (node:inspector), for cpuprofile-summary.mjs.
const session = process.env.PROFILE ? new (await import('node:inspector')).Session() : undefined;
const post = (m: string, p?: object) => new Promise<any>((ok, ko) => session!.post(m, p ?? {}, (e, r) => (e ? ko(e) : ok(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
for (let i = 0; i < RUNS; i++) {
  // Every other round the other version goes first.
  const order = i % 2 ? runs.map((_, k) => runs.length - 1 - k) : runs.map((_, k) => k);
  for (const k of order) times[k].push(cpuMs(runs[k]).ms);
}
if (session) {
  const { profile } = await post('Profiler.stop');
  (await import('node:fs')).writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
}
versions.forEach((v, k) => console.log(`${v}: story.match CPU median ${median(times[k]).toFixed(2)} ms, sources ${(outs[k] as unknown[]).length}`));
if (versions.length === 2) {
  const ratios = times[1].map((t, i) => t / times[0][i]);
  const same = JSON.stringify(outs[0]) === JSON.stringify(outs[1]);
  const q = (f: number) => quantile(ratios, f).toFixed(3);
  console.log(`SIZE ${SIZE}: new/base quartiles ${q(0.25)} / ${q(0.5)} / ${q(0.75)} (median ${median(ratios).toFixed(3)}); same sources ${same}`);
}
