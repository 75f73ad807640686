/**
 * The expected figure pairs whose keys meet but that compareFigures calls `related` or drops (figure-causes.ts
 * `refused:related`, `refused:none`), classed by the rule of compare.ts that set the verdict (decideVerdict `rule`),
 * the gold verdict, and the page language against the source's (session 21, context21). A tool, not a measure.
 * Usage: tsx scripts/dev/related-classes.ts [story,story...|all] [show]
 */
import { matchDetail } from '../../core/figures/index';
import { decideVerdict, jaccard } from '../../core/figures/compare';
import { moments } from '../../core/figures/sides';
import { ratio } from '../../core/figures/intervals';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, show] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const table: Record<string, number> = {};
const add = (k: string): void => { table[k] = (table[k] ?? 0) + 1; };
const fr = (f: Figure): string => `"${f.text}" ${f.unit} [${f.countsKey.join(' ')}] m=${f.moment ?? '-'}${f.saidBy ? ` by ${f.saidBy}` : ''}${f.period ? ` period=${JSON.stringify(f.period)}` : ''}`;
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, text, pf, i, g, src, want, got } of goldPairs(s)) {
    if (got === want || i < 0 || !g || (got !== 'related' && got !== 'none')) continue;
    const f = pf[i];
    const md = matchDetail(f, g);
    if (md.reason !== 'ok') continue;
    const lang = p.lang ?? 'fr';
    const d = decideVerdict(f, g, 'same', { text, published: p.published, lang, figures: pf }, { text: src.text, published: src.published, lang: src.lang, figures: src.figures });
    const rule = d ? d.rule : 'dropped';
    const cross = lang !== src.lang ? 'cross' : 'same';
    add(`rule:${rule}`); add(`${rule} want:${want}`); add(`${rule} ${cross}`);
    if (show) console.log(`${s.story} want ${want} got ${got} rule=${rule} ${cross} when=${moments(f, g)} jac=${jaccard(f, g).toFixed(2)} jacOpen=${jaccard(f, g, true).toFixed(2)} ratio=${ratio(f, g).toFixed(1)}\n   ${fr(f)}\n   ${fr(g)}`);
  }
}
for (const [k, v] of Object.entries(table).sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${k}\t${v}`);
