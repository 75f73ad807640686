/**
 * Session 48 (ctx48): the page-corpus figure pairs of the development set that matchDetail refuses for too little
 * shared context although both give one exact value (as exact-value-context.ts reads them), classed by what the gold
 * says of the pair (gold / rel / cross / nongold / neg, as there) and split by how many of the story's corpus articles
 * tell that value in that unit (`docs`, the source's own included) and by the bar refused: to see whether a value the
 * corpus repeats (a headline figure) is evidence that two clauses count one thing. A tool, not a measure.
 * Usage: tsx scripts/dev/repeated-value-context.ts [story,story...|all] [-v]
 */
import { digits } from '../../core/figures/match';
import type { Figure } from '../../core/figures/types';
import { CLASS_COLUMNS, bump, contextRefusedPairs, exactValue, type RefusedPair, type Row } from './_context-refused';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const storyArg = args.find((a) => !a.startsWith('-'));
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const byKey = new Map<string, Row>();
const total: Row = new Map();
const add = (k: string, c: string): void => { if (!byKey.has(k)) byKey.set(k, new Map()); bump(byKey.get(k) as Row, c); };
/** How many corpus articles tell this exact value in this unit. */
const docsTelling = (cdocs: RefusedPair['cdocs'], g: Figure): number =>
  cdocs.filter((d) => d.figures.some((x) => x.unit === g.unit && exactValue(x) && x.low === g.low)).length;
for (const { story, page, source, f, g0, md, cls, fg, gg, cdocs } of contextRefusedPairs(wanted)) {
  const docs = docsTelling(cdocs, g0);
  const dd = docs >= 4 ? '4+' : String(docs);
  const dg = Math.min(digits(Math.abs(f.low as number)), 3);
  add(`docs ${dd}`, cls); add(`bar ${md.bar} docs ${dd}`, cls); add(`bar ${md.bar} digits ${dg} docs ${dd}`, cls);
  add(`share ${docs >= 2 ? Math.round((docs / cdocs.length) * 4) / 4 : 0}`, cls);
  bump(total, cls);
  if (verbose && (cls === 'gold' || cls === 'cross' || cls === 'rel')) {
    console.log(`${cls}\t${story}\t${page}\t"${f.text}" ${f.unit} [${f.countsKey.join(' ')}] ${fg?.key ?? '-'}\t${source}\t"${g0.text}" [${g0.countsKey.join(' ')}] ${gg?.key ?? '-'}\t${md.bar} ${md.shared}/${md.need} docs=${docs}`);
  }
}
const cols = CLASS_COLUMNS;
console.log(`key\t${cols.join('\t')}`);
for (const [k, r] of [...byKey].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${k}\t${cols.map((c) => r.get(c) ?? 0).join('\t')}`);
console.log(`total\t${cols.map((c) => total.get(c) ?? 0).join('\t')}`);
