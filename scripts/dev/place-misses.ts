/**
 * The development set's figure pairs missed on their places (figure-causes.ts `key:places`), each with what
 * matchDetail's place tests read (session 42): whether a toll, both moments, each side's setting and lead
 * (count-places.ts), the names of the unplaced side's clause. A tool for core/figures/match.ts, not a measure.
 * Usage: tsx scripts/dev/place-misses.ts [story,story...] [reason, default places]
 */
import { matchDetail } from '../../core/figures/index';
import { inUnitOf } from '../../core/figures/unit-scales';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, reasonArg] = process.argv.slice(2);
const reason = reasonArg ?? 'places';
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const show = (f: Figure): string => `"${f.text}" [${f.countsKey.join(' ')}] m=${f.moment ?? '-'} set{${(f.setting ?? []).join(' ')}} lead{${(f.lead ?? []).join(' ')}} names{${(f.context ?? []).filter((c) => c.startsWith('n:')).join(' ')}}`;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, pg, sg, want, got, pf, i, g } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const md = matchDetail(pf[i], inUnitOf(pf[i], g));
    if (md.reason !== reason) continue;
    console.log(`${s.story} want ${want} [${pg.key}]\n  page ${p.id}: ${show(pf[i])}\n  src  ${sg.doc.slice(7)}: ${show(g)}`);
  }
}
