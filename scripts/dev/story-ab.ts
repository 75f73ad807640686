/**
 * Same-process A/B of story.match (the bench's query: bundled article 3 against the bundled corpus plus
 * synthetic articles, SIZE in all) for two versions of core/: BASE (default .prof/base/core, a copy of another
 * commit's core made with `git archive <commit> core | tar -x -C .prof/base --exclude='*.test.ts'`) and NEW
 * (default this tree's core). Calls alternate query by query; CPU time (process.cpuUsage) per call; prints the
 * medians and the median of the paired ratios new/base, and checks that both give the same sources.
 * PROFILE_ONLY=new|base runs one version only (for node --cpu-prof).
 */
import { join, resolve } from 'node:path';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';

const ROOT = process.cwd();
const BASE = resolve(process.env.BASE ?? join(ROOT, '.prof', 'base', 'core'));
const NEW = resolve(process.env.NEW ?? join(ROOT, 'core'));
const RUNS = Number(process.env.RUNS ?? 40);
const SIZE = Number(process.env.SIZE ?? 10000);
const ONLY = process.env.PROFILE_ONLY;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function makeRun(core: string): Promise<() => unknown> {
  const { Engine } = await import(join(core, 'engine.ts'));
  const bundled = loadBundledCorpus();
  const page = { title: bundled[3].title, lang: bundled[3].lang, text: bundled[3].text };
  const engine = new Engine(bundled);
  for (const a of syntheticArticles(bundled.map((d) => d.text), SIZE - 5, { seed: 7 })) {
    engine.add(toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }));
  }
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
const times: number[][] = versions.map(() => []);
// PROFILE=<file>: a V8 CPU profile of the measured calls only (node:inspector), for cpuprofile-summary.mjs.
const session = process.env.PROFILE ? new (await import('node:inspector')).Session() : undefined;
const post = (m: string, p?: object) => new Promise<any>((ok, ko) => session!.post(m, p ?? {}, (e, r) => (e ? ko(e) : ok(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}
const outs: unknown[] = [];
for (let i = 0; i < RUNS; i++) {
  runs.forEach((r, k) => {
    const { ms, out } = cpuMs(r);
    times[k].push(ms);
    if (i === 0) outs[k] = out;
  });
}
if (session) {
  const { profile } = await post('Profiler.stop');
  (await import('node:fs')).writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
}
versions.forEach((v, k) => console.log(`${v}: story.match CPU median ${median(times[k]).toFixed(2)} ms, sources ${(outs[k] as unknown[]).length}`));
if (versions.length === 2) {
  const ratios = times[1].map((t, i) => t / times[0][i]);
  const same = JSON.stringify(outs[0]) === JSON.stringify(outs[1]);
  console.log(`SIZE ${SIZE}: median new/base ${median(ratios).toFixed(3)}; same sources ${same}`);
}
