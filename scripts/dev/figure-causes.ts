/**
 * Every expected figure pair of the development set that the engine does not get right, classed by its first cause,
 * as a table cause x story x page language (session 20). The pairs and the verdict are the eval's
 * (scripts/eval/devset.ts, given the story): a pair is right when compareFigures pairs the two gold figures with the
 * gold verdict. Causes, first that holds:
 *   not-extracted  one of the two gold figures is not among the engine's figures;
 *   unit           matchDetail refused on the unit or a unit never compared ('unit', 'never');
 *   key:<reason>   matchDetail read two different counts (the head noun 'category', roles, modifiers, places,
 *                  names, actions, events, own, year, week): what is counted is read wrong on one side;
 *   refused:<why>  the keys meet but the comparison is refused: 'context' (too little shared; split at the end by the
 *                  bar it did not reach, matchDetail's `bar`, and the words shared), or compareFigures
 *                  drops the pair or calls it 'related' (a guard of compare.ts);
 *   moment         compared, wrong verdict, and one of the two verdicts is 'updated' (a moment read wrong);
 *   verdict        compared, wrong verdict otherwise.
 * A tool for working on core/figures, not a measure. Usage: tsx scripts/dev/figure-causes.ts [story,story...] [cause]
 * (with a cause, each pair of that cause is printed with both frames).
 */
import { matchDetail } from '../../core/figures/index';
import { asYearOf, inUnitOf } from '../../core/figures/unit-scales';
import type { Figure } from '../../core/figures/types';
import { devsetStories, goldPairs } from './devset-stories';

const [storyArg, causeFilter] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const show = (f: Figure): string => `"${f.text}" ${f.unit} [${f.countsKey.join(' ')}] m=${f.moment ?? '-'}${f.ranked ? ` r=${[...new Set(f.ranked)].join(",")}` : ''}${f.saidBy ? ` by ${f.saidBy}` : ''} ctx{${(f.context ?? []).slice(0, 10).join(' ')}}`;
const table: Record<string, Record<string, number>> = {};
const add = (cause: string, col: string): void => { (table[cause] ??= {})[col] = (table[cause][col] ?? 0) + 1; };
const cols = new Set<string>();
/** refused:context split by the bar it did not reach (matchDetail `bar`) and the words shared: pairs and stories. */
const bars: Record<string, { pairs: number; stories: Set<string> }> = {};

for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  for (const { p, pg, sg, want, got, pf, i, g } of goldPairs(s)) {
    const story = s.story;
    const col = `${story} ${p.lang ?? 'fr'}`;
    cols.add(col);
    let cause: string;
    let barOf = '';
    if (got === want) cause = 'right';
    else if (i < 0 || !g) cause = 'not-extracted';
    else {
      // As compareFigures does: the source's span of time in the page's unit first (unit-scales.ts inUnitOf) and a date against its bare year (asYearOf), so
      // "1,320 months" and "110 ans" are not counted as refused on their unit when the eval compares them.
      const gu = inUnitOf(pf[i], g);
      const md = matchDetail(asYearOf(pf[i], gu) ?? pf[i], asYearOf(gu, pf[i]) ?? gu);
      if (md.reason === 'unit' || md.reason === 'never') cause = 'unit';
      else if (md.reason === 'context') {
        cause = 'refused:context';
        // Which bar of shared context refused it (matchDetail's `bar`) and how many words were shared.
        const k = `${md.bar} shared ${md.shared}/${md.need}`;
        (bars[k] ??= { pairs: 0, stories: new Set() }).pairs++;
        bars[k].stories.add(story);
        barOf = k;
      }
      else if (md.reason !== 'ok') cause = `key:${md.reason}`;
      else if (got === 'none' || got === 'related') cause = `refused:${got}`;
      else if (got === 'updated' || want === 'updated') cause = 'moment';
      else cause = 'verdict';
    }
    add(cause, col);
    add('pairs', col);
    if (!causeFilter || !cause.startsWith(causeFilter) || cause === 'right') continue;
    console.log(`${story} ${cause}${barOf ? ` (${barOf})` : ''} want ${want} got ${got} [${pg.key}] gold ${pg.when ?? '-'} vs ${sg.when ?? '-'}\n   page ${p.id}: ${i >= 0 ? show(pf[i]) : `"${pg.quote}" (not extracted)`}\n   src  ${sg.doc.slice(7)}: ${g ? show(g) : `"${sg.quote}" (not extracted)`}`);
  }
}
const colList = [...cols].sort();
const causes = Object.keys(table).sort((a, b) => (a === 'pairs' ? 1 : b === 'pairs' ? -1 : a === 'right' ? -1 : b === 'right' ? 1 : a.localeCompare(b)));
console.log(['cause', ...colList, 'all'].join('\t'));
for (const k of causes) {
  const row = colList.map((c) => table[k][c] ?? 0);
  console.log([k, ...row, row.reduce((x, y) => x + y, 0)].join('\t'));
}
if (Object.keys(bars).length) {
  console.log('\nrefused:context by bar (shared/needed)\tpairs\tstories');
  for (const [k, v] of Object.entries(bars).sort((x, y) => y[1].pairs - x[1].pairs)) console.log(`${k}\t${v.pairs}\t${v.stories.size}`);
}
