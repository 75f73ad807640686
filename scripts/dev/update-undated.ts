/**
 * The gold updates missed with exactly one side undated (its article has no day): why no moment was lent to the
 * undated side (compare.ts's growth and weekday orderings: the undated side's weekday word `when`, which weekdayNear
 * would place, risenAfter, grownAfter with both sides running totals of one key). Tallied without the weekday and the
 * two orderings' days (too many values to group by); -v prints each pair with them. A tool for reading that class, not a measure. Usage: tsx scripts/dev/update-undated.ts [story] [-v]
 */
import { matchKeys } from '../../core/figures/index';
import { decideVerdict, jaccard } from '../../core/figures/compare';
import { grownAfter, isRunningTotal, recalledPast, risenAfter } from '../../core/figures/moment';
import { RISING_STORIES } from '../eval/timeline';
import { devsetStories, goldUpdates } from './devset-stories';

const verbose = process.argv.includes('-v');
const [storyFilter] = process.argv.slice(2).filter((a) => a !== '-v');
const tally: Record<string, number> = {};
/** A figure's value to compare: its low bound, else its high one (an open "up to"). */
const valueOf = (f: { low: unknown; high: unknown }): number => (typeof f.low === 'number' ? f.low : typeof f.high === 'number' ? f.high : NaN);
/** Which side is higher: the undated (u), the dated (d), neither (eq), or unknown (?, a side without a number). */
function bigger(u: { low: unknown; high: unknown }, d: { low: unknown; high: unknown }): string {
  const a = valueOf(u), b = valueOf(d);
  return Number.isNaN(a) || Number.isNaN(b) ? '?' : a > b ? 'u' : a < b ? 'd' : 'eq';
}
for (const st of devsetStories(storyFilter)) {
  if (!RISING_STORIES.includes(st.story)) continue;
  for (const { pageWhen, sourceWhen, f, g, page, source } of goldUpdates(st)) {
    if (!f || !g) continue;
    const m = matchKeys(f, g);
    if (!m) continue;
    const d = decideVerdict(f, g, m, page, source);
    const newer = pageWhen! > sourceWhen! ? 'page' : 'source';
    if (d && d.verdict === 'updated' && d.newer === newer) continue;
    const pu = !page.published, su = !source.published;
    const k = pu && su ? 'both-undated' : pu || su ? 'one-undated' : 'dated';
    let why = k;
    if (k === 'one-undated') {
      const [u, dd, ut, dt] = pu ? [f, g, page, source] : [g, f, source, page];
      const parts = [
        `wd:${u.when ?? '-'}`,
        `risen:${risenAfter(u, dd) ?? '-'}`,
        `grown:${grownAfter(u, dd) ?? '-'}`,
        `rt:${isRunningTotal(u, ut.figures) ? 1 : 0}${isRunningTotal(dd, dt.figures) ? 1 : 0}`,
        `past:${recalledPast(ut.text, u) ? 1 : 0}`,
        `keys:${u.countsKey.join('|') === dd.countsKey.join('|') ? 'eq' : 'ne'}`,
        `jac:${jaccard(u, dd) === 1 ? 1 : 0}`,
        `order:${(pu ? pageWhen! > sourceWhen! : sourceWhen! > pageWhen!) ? 'undated-later' : 'undated-earlier'}`,
        `bigger:${bigger(u, dd)}`,
      ];
      why = `${d?.verdict}:${d?.rule} ${parts.join(' ')}`;
      if (verbose) console.log(`${st.story} ${why}\n   U "${u.text}" ${u.countsKey.join('|')} | D "${dd.text}"@${dd.moment} ${dd.countsKey.join('|')}`);
    }
    const key = why.replace(/ wd:\S+| risen:\S+| grown:\S+/g, '');
    tally[key] = (tally[key] ?? 0) + 1;
  }
}
console.log(Object.entries(tally).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join('\n'));
