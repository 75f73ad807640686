/**
 * CPU profile of the first `Engine.compare` in a fresh process only (not the module loading nor the
 * engine build): what scripts/bench/first-compare.ts times. Writes .prof/first-compare.cpuprofile, to read
 * with `node scripts/dev/cpuprofile-summary.mjs .prof/first-compare.cpuprofile 40`. Function names are
 * real; line numbers are those of tsx's transpiled code, near but not always equal to the source's.
 * Usage: npx tsx scripts/dev/first-compare-profile.ts [corpusSize=5] [article|huge] [nth=1]
 * (nth=2 profiles the second compare instead, for the steady state).
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadBundledCorpus } from '../../cli/corpus-files';
import { Engine } from '../../core/engine';
import { syntheticArticles } from '../../test/support/synthetic-articles';
import { toCorpusDoc } from '../../storage/engine-sync';
import { idForText } from '../../storage/text-id';

const size = Number(process.argv[2] ?? 5);
const kind = process.argv[3] ?? 'article';
const nth = Number(process.argv[4] ?? 1);
const bundled = loadBundledCorpus();
const synthetic =
  size > bundled.length
    ? syntheticArticles(bundled.map((d) => d.text), size - bundled.length, { seed: 7 }).map((a) =>
        toCorpusDoc({ ...a, id: idForText(a.text), addedAt: 0, ignore: [] }),
      )
    : [];
const page =
  kind === 'huge'
    ? { title: bundled[0].title, lang: 'fr' as const, text: bundled.map((d) => d.text).join('\n').repeat(12) }
    : { title: bundled[2].title, lang: bundled[2].lang, text: bundled[2].text };
const engine = new Engine(bundled);
for (const d of synthetic) engine.add(d);
for (let i = 1; i < nth; i++) engine.compare(page);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t = performance.now();
engine.compare(page);
const ms = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
mkdirSync('.prof', { recursive: true });
writeFileSync('.prof/first-compare.cpuprofile', JSON.stringify(profile));
console.log(`compare #${nth}: ${ms.toFixed(0)} ms; wrote .prof/first-compare.cpuprofile`);
