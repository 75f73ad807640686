/**
 * Every expected figure pair of the development set refused on the unit (matchDetail 'unit' or 'never'), both sides
 * printed with their unit and the words around them, one pair per line pair, sorted by the unit pair: to group the
 * unit misses into structures (unit46). A tool for working on core/figures, not a measure.
 * Usage: tsx scripts/dev/unit-sides.ts [story,story...|all] [unitA/unitB filter, e.g. number/people]
 */
import { matchDetail } from '../../core/figures/index';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, unitArg] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const want = unitArg ? new Set(unitArg.split('/')) : undefined;
const rows: string[] = [];
const cut = (t: string, s: number, e: number): string =>
  `…${t.slice(Math.max(0, s - 70), s).replace(/\s+/g, ' ')}[[${t.slice(s, e)}]]${t.slice(e, e + 50).replace(/\s+/g, ' ')}…`;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, want: w, got, pf, i, g, src } of goldPairs(s)) {
    if (got === w || i < 0 || !g) continue;
    const gu = inUnitOf(pf[i], g);
    const md = matchDetail(asYearOf(pf[i], gu) ?? pf[i], asYearOf(gu, pf[i]) ?? gu);
    if (md.reason !== 'unit' && md.reason !== 'never') continue;
    const [a, b] = [pf[i].unit, g.unit];
    if (want && !(want.has(a) && want.has(b))) continue;
    rows.push(`${[a, b].sort().join(' / ')}\t${s.story}\t${p.lang ?? 'fr'}>${src.lang}\n   P ${a}\t${cut(text, pf[i].start, pf[i].end)}\n   S ${b}\t${cut(src.text, g.start, g.end)}`);
  }
}
rows.sort();
for (const r of rows) console.log(r);
