/**
 * What one comparison of two figures costs (session 22, context22): every figure of every development-set page is
 * matched (matchDetail) against every figure of its story's corpus, after extraction, in rounds; prints the pairs and
 * the CPU time per pair of the best round. For a before/after of the comparison side of core/figures, where `npm run
 * bench` times extraction and whole analyses. Usage: tsx scripts/dev/match-pairs-speed.ts [rounds]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { devsetStories } from './devset-stories';

const rounds = Number(process.argv[2] ?? 5);
const sets: Array<[ReturnType<typeof extractFigures>, ReturnType<typeof extractFigures>]> = [];
for (const s of devsetStories()) {
  const corpus = s.corpus.flatMap((d) => extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }));
  for (const p of s.pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    sets.push([extractFigures(text, p.lang ?? 'fr', { published: p.published }), corpus]);
  }
}
let best = Infinity;
let pairs = 0;
let same = 0;
for (let r = 0; r < rounds; r++) {
  pairs = 0;
  same = 0;
  const c0 = process.cpuUsage();
  for (const [pf, cf] of sets) for (const f of pf) for (const g of cf) { pairs++; if (matchDetail(f, g).match === 'same') same++; }
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1000);
}
console.log(`pairs ${pairs}, same ${same}, best round ${best.toFixed(0)} ms CPU, ${((best * 1e6) / pairs).toFixed(0)} ns per pair`);
