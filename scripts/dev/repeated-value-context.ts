/**
 * Session 48 (ctx48): the page-corpus figure pairs of the development set that matchDetail refuses for too little
 * shared context although both give one exact value (as exact-value-context.ts reads them), classed by what the gold
 * says of the pair (gold / rel / cross / nongold / neg, as there) and split by how many of the story's corpus articles
 * tell that value in that unit (`docs`, the source's own included) and by the bar refused: to see whether a value the
 * corpus repeats (a headline figure) is evidence that two clauses count one thing. A tool, not a measure.
 * Usage: tsx scripts/dev/repeated-value-context.ts [story,story...|all] [-v]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { digits } from '../../core/figures/match';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import type { Figure } from '../../core/figures/types';
import { devsetStories, isGoldFigure } from './devset-stories';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const storyArg = args.find((a) => !a.startsWith('-'));
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const exact = (f: Figure): boolean => typeof f.low === 'number' && f.low === f.high && f.qualifier !== 'vague';
type Row = Map<string, number>;
const byKey = new Map<string, Row>();
const total: Row = new Map();
const bump = (r: Row, c: string): void => { r.set(c, (r.get(c) ?? 0) + 1); };
const add = (k: string, c: string): void => { if (!byKey.has(k)) byKey.set(k, new Map()); bump(byKey.get(k) as Row, c); };
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const related = new Set(((s.gold as { related_keys?: [string, string][] }).related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const goldOf = (doc: string, f: Figure) => s.gold.figures.find((g) => g.doc === doc && isGoldFigure(f, g));
  const cdocs = s.corpus.map((d) => ({ id: d.id, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  const cgold = cdocs.map((d) => d.figures.map((f) => goldOf(`corpus/${d.id}`, f)));
  const docsTelling = (g: Figure): number => cdocs.filter((d) => d.figures.some((x) => x.unit === g.unit && exact(x) && x.low === g.low)).length;
  for (const p of s.pages) {
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
    for (const f of pf) {
      if (!exact(f)) continue;
      const fg = p.sameStory ? goldOf(`pages/${p.id}`, f) : undefined;
      cdocs.forEach((d, di) => d.figures.forEach((g0, gi) => {
        if (!exact(g0)) return;
        const gu = inUnitOf(f, g0);
        if (gu.low !== f.low || gu.high !== f.high) return;
        const a = asYearOf(f, gu) ?? f, b = asYearOf(gu, f) ?? gu;
        const md = matchDetail(a, b);
        if (md.reason !== 'context') return;
        const gg = cgold[di][gi];
        const cls = !p.sameStory ? 'neg' : !fg || !gg ? 'nongold' : fg.key === gg.key ? 'gold' : related.has(`${fg.key}|${gg.key}`) ? 'rel' : 'cross';
        const docs = docsTelling(g0);
        const dd = docs >= 4 ? '4+' : String(docs);
        const dg = Math.min(digits(Math.abs(f.low as number)), 3);
        add(`docs ${dd}`, cls); add(`bar ${md.bar} docs ${dd}`, cls); add(`bar ${md.bar} digits ${dg} docs ${dd}`, cls);
        add(`share ${docs >= 2 ? Math.round((docs / cdocs.length) * 4) / 4 : 0}`, cls);
        bump(total, cls);
        if (verbose && (cls === 'gold' || cls === 'cross' || cls === 'rel')) {
          console.log(`${cls}\t${s.story}\t${p.id}\t"${f.text}" ${f.unit} [${f.countsKey.join(' ')}] ${fg?.key ?? '-'}\t${d.id}\t"${g0.text}" [${g0.countsKey.join(' ')}] ${gg?.key ?? '-'}\t${md.bar} ${md.shared}/${md.need} docs=${docs}`);
        }
      }));
    }
  }
}
const cols = ['gold', 'rel', 'cross', 'nongold', 'neg'];
console.log(`key\t${cols.join('\t')}`);
for (const [k, r] of [...byKey].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${k}\t${cols.map((c) => r.get(c) ?? 0).join('\t')}`);
console.log(`total\t${cols.map((c) => total.get(c) ?? 0).join('\t')}`);
