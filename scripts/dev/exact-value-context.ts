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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { digits } from '../../core/figures/match';
import { digitsOf } from '../../core/figures/carried-speakers';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import { lastDigitUnit } from '../../core/figures/intervals';
import type { Figure } from '../../core/figures/types';
import { devsetStories, isGoldFigure } from './devset-stories';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const jsonOut = args.includes('-json');
const storyArg = args.find((a) => !a.startsWith('-'));
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;

const exact = (f: Figure): boolean => typeof f.low === 'number' && f.low === f.high && f.qualifier !== 'vague';
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
// Maps, not plain objects: a unit name is read from the text ('w:' nouns) and must not meet an Object property.
type Row = Map<string, number>;
const byShape = new Map<string, Row>();
const byUnit = new Map<string, Row>();
const byBar = new Map<string, Row>();
const byBarUnit = new Map<string, Row>();
const total: Row = new Map();
const bump = (r: Row, c: string): void => { r.set(c, (r.get(c) ?? 0) + 1); };
const add = (t: Map<string, Row>, k: string, c: string): void => { if (!t.has(k)) t.set(k, new Map()); bump(t.get(k) as Row, c); };

for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const related = new Set(((s.gold as { related_keys?: [string, string][] }).related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const goldOf = (doc: string, f: Figure) => s.gold.figures.find((g) => g.doc === doc && isGoldFigure(f, g));
  const cdocs = s.corpus.map((d) => ({ id: d.id, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  const cgold = cdocs.map((d) => d.figures.map((f) => goldOf(`corpus/${d.id}`, f)));
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
        add(byShape, shape(f, g0), cls); add(byUnit, f.unit, cls); add(byBar, `${md.bar} ${md.shared}/${md.need}`, cls);
        add(byBarUnit, `${md.bar} ${f.unit} ${shape(f, g0)}`, cls);
        bump(total, cls);
        if (jsonOut) console.log(JSON.stringify({ cls, story: s.story, page: p.id, lang: p.lang ?? 'fr', src: d.id, a: f.text, b: g0.text, v: f.low, unit: f.unit, ca: f.countsKey[0], cb: g0.countsKey[0], shape: shape(f, g0), bar: md.bar, shared: md.shared, need: md.need, ka: fg?.key, kb: gg?.key, qa: f.qualifier, qb: g0.qualifier }));
        else if (verbose && (cls === 'gold' || cls === 'cross' || cls === 'rel')) {
          console.log(`${cls}\t${s.story}\t${p.id}\t"${f.text}" ${f.unit} [${f.countsKey.join(' ')}] ${fg?.key ?? '-'}\t${d.id}\t"${g0.text}" [${g0.countsKey.join(' ')}] ${gg?.key ?? '-'}\t${md.bar} ${md.shared}/${md.need}`);
        }
      }));
    }
  }
}
const cols = ['gold', 'rel', 'cross', 'nongold', 'neg'];
const print = (title: string, t: Map<string, Row>): void => {
  console.log(`\n${title}\t${cols.join('\t')}`);
  for (const [k, r] of [...t].sort((x, y) => x[0].localeCompare(y[0]))) console.log(`${k}\t${cols.map((c) => r.get(c) ?? 0).join('\t')}`);
};
if (!jsonOut) { print('shape', byShape); print('unit', byUnit); print('bar', byBar); print('bar unit shape', byBarUnit); }
console.log(`\ntotal\t${cols.map((c) => total.get(c) ?? 0).join('\t')}`);
