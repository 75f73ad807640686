/**
 * Session 48 (ctx48): every page-corpus figure pair of the development set that matchDetail refuses for too little
 * shared context on the 'generic' bar although both sides tell one large count (a hundred or more, one value told with
 * or without a bound, as match.ts's largeCount rule reads it) — the pairs that rule leaves out because the two counted
 * nouns differ ("43 millions de personnes" / "43 million users") or the two clauses tell two fates or none on one side.
 * Classed by what the gold says (gold / rel / cross / nongold / neg, as exact-value-context.ts) and split by why the
 * rule did not apply and by value size. A tool, not a measure. Usage: tsx scripts/dev/large-count-context.ts [stories|all] [-v]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { lowValue as low, oneValueTold as oneValue } from '../../core/figures/match';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import type { Figure } from '../../core/figures/types';
import { devsetStories, isGoldFigure } from './devset-stories';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const storyArg = args.find((a) => !a.startsWith('-'));
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
type Row = Map<string, number>;
const byKey = new Map<string, Row>();
const add = (k: string, c: string): void => { if (!byKey.has(k)) byKey.set(k, new Map()); const r = byKey.get(k) as Row; r.set(c, (r.get(c) ?? 0) + 1); };
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const related = new Set(((s.gold as { related_keys?: [string, string][] }).related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const goldOf = (doc: string, f: Figure) => s.gold.figures.find((g) => g.doc === doc && isGoldFigure(f, g));
  const cdocs = s.corpus.map((d) => ({ id: d.id, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  for (const p of s.pages) {
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
    for (const f of pf) {
      if (low(f) < 100 || f.qualifier === 'vague' || f.unit === 'year') continue;
      const fg = p.sameStory ? goldOf(`pages/${p.id}`, f) : undefined;
      for (const d of cdocs) for (const g0 of d.figures) {
        if (low(g0) < 100 || g0.qualifier === 'vague') continue;
        const gu = inUnitOf(f, g0);
        if (!oneValue(f, gu)) continue;
        const a = asYearOf(f, gu) ?? f, b = asYearOf(gu, f) ?? gu;
        const md = matchDetail(a, b);
        if (md.reason !== 'context' || !md.bar?.startsWith('generic')) continue;
        const gg = goldOf(`corpus/${d.id}`, g0);
        const cls = !p.sameStory ? 'neg' : !fg || !gg ? 'nongold' : fg.key === gg.key ? 'gold' : related.has(`${fg.key}|${gg.key}`) ? 'rel' : 'cross';
        const cat = a.countsKey[0] === b.countsKey[0] ? 'samecat' : 'diffcat';
        const size = low(f) >= 10000 ? '1e4+' : low(f) >= 1000 ? '1e3+' : '1e2+';
        const exact = f.low === f.high && gu.low === gu.high ? 'exact' : 'bound';
        add(`${cat}`, cls); add(`${cat} ${size}`, cls); add(`${cat} ${exact}`, cls); add(`${cat} ${exact} ${size}`, cls); add('all', cls);
        if (verbose && cls !== 'nongold') console.log(`${cls}\t${s.story}\t${p.id}\t"${f.text}" [${a.countsKey.join(' ')}] ${fg?.key ?? '-'}\t${d.id}\t"${g0.text}" [${b.countsKey.join(' ')}] ${gg?.key ?? '-'}\t${md.bar} ${md.shared}/${md.need}`);
      }
    }
  }
}
const cols = ['gold', 'rel', 'cross', 'nongold', 'neg'];
console.log(`key\t${cols.join('\t')}`);
for (const [k, r] of [...byKey].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${k}\t${cols.map((c) => r.get(c) ?? 0).join('\t')}`);
