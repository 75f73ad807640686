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
import { Engine } from '../../core/engine';
import { firstCompareSetup } from '../bench/_first-compare-setup';

const nth = Number(process.argv[4] ?? 1);
const { bundled, synthetic, page } = firstCompareSetup(Number(process.argv[2] ?? 5), process.argv[3] ?? 'article');
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
