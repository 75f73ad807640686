/**
 * The development set's key:places misses (figure-causes.ts) with the sentence around each side's figure, its place
 * keys, nations and setting / lead, so that why two mentions of one count carry different places can be read (session
 * 44). A tool for core/figures (count-places.ts, match.ts), not a measure.
 * Usage: tsx scripts/dev/place-why.ts [story,story...] [chars of text around each figure, default 160]
 */
import { matchDetail } from '../../core/figures/index';
import { inUnitOf } from '../../core/figures/unit-scales';
import { concept } from '../../core/concepts/index';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, around] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const span = Number(around ?? 160);
const snip = (t: string, f: Figure): string => `${t.slice(Math.max(0, f.start - span), f.start)}[[${t.slice(f.start, f.end)}]]${t.slice(f.end, f.end + span / 2)}`.replace(/\s+/g, ' ');
const keys = (f: Figure): string => `loc{${f.countsKey.filter((k) => k.startsWith('loc:')).map((k) => k.slice(4)).join(',')}} nat{${f.countsKey.filter((k) => concept(k)?.type === 'nation').join(',')}} set{${(f.setting ?? []).join(',')}} lead{${(f.lead ?? []).join(',')}} key[${f.countsKey.join(" ")}] n{${(f.context ?? []).filter((c) => c.startsWith("n:")).join(",")}} m=${f.moment ?? "-"}`;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, pg, sg, want, got, pf, i, src, g } of goldPairs(s)) {
    if (got === want || i < 0 || !g) continue;
    const md = matchDetail(pf[i], inUnitOf(pf[i], g));
    if (md.reason !== 'places') continue;
    console.log(`## ${s.story} ${p.lang ?? 'fr'} want ${want} [${pg.key}] ${p.id} / ${src.id}\n  P ${keys(pf[i])}\n    ${snip(text, pf[i])}\n  S ${keys(g)}\n    ${snip(src.text, g)}`);
  }
}
