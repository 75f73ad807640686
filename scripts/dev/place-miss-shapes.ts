/** The devset's key:places misses classed by shape (one side placed or both, nation on a side, values
 * agree, toll, setting of each side). Dev only. Usage: tsx scripts/dev/place-miss-shapes.ts [stories] [verbose] */
import { matchDetail, intervalVerdict } from '../../core/figures/index';
import { sameName } from '../../core/figures/match';
import { inUnitOf } from '../../core/figures/unit-scales';
import { concept } from '../../core/concepts/index';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';
const [storyArg, verbose] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const tab: Record<string, number> = {};
const stories: Record<string, Set<string>> = {};
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, pg, want, got, pf, i, g } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const a = pf[i]; const b = inUnitOf(a, g);
    const md = matchDetail(a, b);
    if (md.reason !== 'places') continue;
    const pl = (f: Figure) => f.countsKey.filter((k) => k.startsWith('loc:'));
    const na = (f: Figure) => f.countsKey.filter((k) => concept(k)?.type === 'nation');
    const [pa, pb] = [pl(a), pl(b)];
    const shape = pa.length && pb.length ? 'both' : 'one';
    const nat = na(a).length || na(b).length ? 'nation' : 'nonation';
    const agree = intervalVerdict(a, b) === 'agrees' ? 'agree' : 'noagree';
    const placed = pa.length ? pa : pb; const without = pa.length ? b : a; const withp = pa.length ? a : b;
    const inSet = (f: Figure) => f.setting?.length ? (placed.every((x) => f.setting!.some((s) => sameName(x.slice(4), s))) ? 'set-in' : 'set-else') : 'noset';
    const k = shape === 'both' ? `both ${nat} ${agree}` : `one ${nat} ${agree} without:${inSet(without)} with:${inSet(withp)}`;
    tab[k] = (tab[k] ?? 0) + 1; (stories[k] ??= new Set()).add(s.story);
    if (verbose && (verbose === 'all' || k.startsWith(verbose))) console.log(`${s.story} ${k} want ${want} [${pg.key}]\n  ${a.text} [${a.countsKey.join(' ')}] set=${a.setting?.join(',')} lead=${a.lead?.join(',')} m=${a.moment}\n  ${b.text} [${b.countsKey.join(' ')}] set=${b.setting?.join(',')} lead=${b.lead?.join(',')} m=${b.moment}`);
  }
}
for (const [k, v] of Object.entries(tab).sort((x, y) => y[1] - x[1])) console.log(`${v}\t${k}\t${[...stories[k]].join(',')}`);
