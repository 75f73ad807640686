/**
 * Session 47 (exactval47): every page-corpus figure pair of the development set that matchDetail refuses for too little
 * shared context (reason 'context') although the two figures give one exact value (one number, no bound, no range, the
 * same after the unit conversion the comparison makes), classed by what the gold says of the pair: `gold` (both gold
 * figures, one key: an expected pair), `rel` (two keys the gold relates), `cross` (two keys the gold does not relate:
 * a cross-key comparison if let through), `nongold` (one side not a gold figure), `neg` (a hard negative page). Split by
 * the value's shape (significant digits, unit, round step, year-like, percent), to choose what an "uncommon" value is.
 * A tool for core/figures/match.ts, not a measure (that is `npm run eval`). It runs against the current matchDetail, so
 * once exactUncommonValue lets pairs through they leave its tables: the README tables of core/figures were taken at
 * start47 (before that rule). The shape says `-alike` where the value's significant digits are written in both texts;
 * the `bar unit shape` table splits by bar and unit.
 * Usage: tsx scripts/dev/exact-value-context.ts [story,story...|all] [-v (print each gold / cross pair) | -json (every pair, one JSON line each)]
 */
import { digits } from '../../core/figures/match';
import { digitsOf } from '../../core/figures/carried-speakers';
import { lastDigitUnit } from '../../core/figures/intervals';
import type { Figure } from '../../core/figures/types';
import { CLASS_COLUMNS, bump, contextRefusedPairs, type Row } from './_context-refused';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const jsonOut = args.includes('-json');
const storyArg = args.find((a) => !a.startsWith('-'));
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;

/** The value's shape: significant digits, and whether its last significant digit is a 5 (a half step: 1.5, 250, 2.5 %). */
function shape(f: Figure, other: Figure): string {
  const v = Math.abs(f.low as number);
  const d = digits(v);
  const yearLike = Number.isInteger(v) && v >= 1900 && v <= 2100;
  const half = d >= 1 && Math.round(v / lastDigitUnit(v)) % 10 === 5;
  const dec = /\d[.,]\d{1,2}(?!\d)/.test(f.text);
  // Written alike: the value's significant digits among the digits of both texts (as match.ts exactUncommonValue asks).
  const sig = d >= 1 ? String(Math.round(v / lastDigitUnit(v))) : '';
  const alike = !!sig && digitsOf(f.text).includes(sig) && digitsOf(other.text).includes(sig);
  return `d${Math.min(d, 4)}${half ? '-half' : ''}${yearLike ? '-yearlike' : ''}${dec ? '-dec' : ''}${alike ? '-alike' : ''}`;
}
const byShape = new Map<string, Row>();
const byUnit = new Map<string, Row>();
const byBar = new Map<string, Row>();
const byBarUnit = new Map<string, Row>();
const total: Row = new Map();
const add = (t: Map<string, Row>, k: string, c: string): void => { if (!t.has(k)) t.set(k, new Map()); bump(t.get(k) as Row, c); };

for (const { story, page, lang, source, f, g0, md, cls, fg, gg } of contextRefusedPairs(wanted)) {
  add(byShape, shape(f, g0), cls); add(byUnit, f.unit, cls); add(byBar, `${md.bar} ${md.shared}/${md.need}`, cls);
  add(byBarUnit, `${md.bar} ${f.unit} ${shape(f, g0)}`, cls);
  bump(total, cls);
  if (jsonOut) console.log(JSON.stringify({ cls, story, page, lang, src: source, a: f.text, b: g0.text, v: f.low, unit: f.unit, ca: f.countsKey[0], cb: g0.countsKey[0], shape: shape(f, g0), bar: md.bar, shared: md.shared, need: md.need, ka: fg?.key, kb: gg?.key, qa: f.qualifier, qb: g0.qualifier }));
  else if (verbose && (cls === 'gold' || cls === 'cross' || cls === 'rel')) {
    console.log(`${cls}\t${story}\t${page}\t"${f.text}" ${f.unit} [${f.countsKey.join(' ')}] ${fg?.key ?? '-'}\t${source}\t"${g0.text}" [${g0.countsKey.join(' ')}] ${gg?.key ?? '-'}\t${md.bar} ${md.shared}/${md.need}`);
  }
}
const cols = CLASS_COLUMNS;
const print = (title: string, t: Map<string, Row>): void => {
  console.log(`\n${title}\t${cols.join('\t')}`);
  for (const [k, r] of [...t].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${k}\t${cols.map((c) => r.get(c) ?? 0).join('\t')}`);
};
if (!jsonOut) { print('shape', byShape); print('unit', byUnit); print('bar', byBar); print('bar unit shape', byBarUnit); }
console.log(`\ntotal\t${cols.map((c) => total.get(c) ?? 0).join('\t')}`);
