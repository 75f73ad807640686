/**
 * Why expected figure pairs of the development set get the wrong verdict: for each gold pair (a page
 * figure and a corpus figure with one key) the gold verdict, the engine's, and both frames with their
 * moments and speakers. A tool for working on core/figures/compare.ts, not a measure (that is
 * scripts/eval/devset.ts). Usage: tsx scripts/dev/verdict-misses.ts [story] [gold verdict] [engine verdict|none]
 */
import { matchDetail } from '../../core/figures/index';
import { decideVerdict, jaccard } from '../../core/figures/compare';
import { moments, twoSides } from '../../core/figures/sides';
import { ratio } from '../../core/figures/intervals';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyFilter, wantFilter, gotFilter] = process.argv.slice(2);
const show = (f: Figure): string => `"${f.text}" ${f.unit} [${f.countsKey.join(' ')}]${f.names?.length ? ` names{${f.names.join(",")}}` : ""} m=${f.moment ?? '-'} w=${f.when ?? '-'}${f.saidBy ? ` by ${f.saidBy}` : ''} ctx{${(f.context ?? []).slice(0, 10).join(' ')}}`;
const tally: Record<string, number> = {};

for (const s of devsetStories(storyFilter)) {
  const story = s.story;
  for (const { p, text, pg, sg, want, got, pf, i, src, g } of goldPairs(s)) {
    const k = `${want}/${got}`;
    tally[k] = (tally[k] ?? 0) + 1;
    if (want === got || (wantFilter && wantFilter !== 'any' && want !== wantFilter) || (gotFilter && got !== gotFilter)) continue;
    const f = pf[i];
    const md = f && g ? matchDetail(f, g) : undefined;
    const why = md ? md.reason : 'not-extracted';
    // The rule that set the engine's verdict, and what the two statements have: a day each, speakers, sides.
    const d = f && g && md?.match ? decideVerdict(f, g, md.match, { text, published: p.published }, { text: src.text, published: src.published }) : undefined;
    const feats = f && g ? ` rule=${d?.rule ?? '-'} when=${moments(f, g)} said=${f.saidBy ? 'p' : '-'}${g.saidBy ? 's' : '-'} sides=${twoSides(f, g) ? 2 : '-'} vague=${f.qualifier === 'vague' || g.qualifier === 'vague' ? 1 : 0} jac=${jaccard(f, g).toFixed(2)} ratio=${ratio(f, g).toFixed(1)}` : '';
    console.log(`${story} want ${want} got ${got} (${why})${feats} [${pg.key}] gold ${pg.when ?? '-'}/${pg.source ?? '-'} vs ${sg.when ?? '-'}/${sg.source ?? '-'}\n   page ${p.id}: ${f ? show(f) : `"${pg.quote}" (not extracted)`}\n   src  ${sg.doc.slice(7)}: ${g ? show(g) : `"${sg.quote}" (not extracted)`}`);
  }
}
console.log(Object.entries(tally).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('\n'));
