/**
 * Why the gold updates of the rising-count stories are missed: for each gold pair of one count at two moments
 * (scripts/eval/timeline.ts's "gold updates") that the engine does not call `updated` with the right newer side,
 * the refusal: matchKeys's (matchDetail's reason: what is counted) or decideVerdict's rule (the moments, the
 * sides), with both figures' moments against the gold's. A tool for telling the moment logic's misses from what
 * is counted, not a measure. Usage: tsx scripts/dev/update-misses.ts [story] [reason] (-v prints each pair).
 */
import { matchDetail, matchKeys } from '../../core/figures/index';
import { decideVerdict } from '../../core/figures/compare';
import { RISING_STORIES } from '../eval/timeline';
import { devsetStories, goldUpdates } from './devset-stories';

const verbose = process.argv.includes('-v');
const [storyFilter, reasonFilter] = process.argv.slice(2).filter((a) => a !== '-v');
const total: Record<string, number> = {};
for (const st of devsetStories(storyFilter)) {
  const { story } = st;
  if (!RISING_STORIES.includes(story)) continue;
  const mine: Record<string, number> = {};
  for (const { pg, sg, pageWhen, sourceWhen, f, g, page, source } of goldUpdates(st)) {
    {
      const a = { when: pageWhen }, b = { when: sourceWhen };
      let why: string;
      if (!f || !g) why = 'not-extracted';
      else {
        const m = matchKeys(f, g);
        if (!m) why = `keys:${matchDetail(f, g).reason}`;
        else {
          const d = decideVerdict(f, g, m, page, source);
          const newer = a.when! > b.when! ? 'page' : 'source';
          why = !d ? 'dropped' : d.verdict === 'updated' && d.newer === newer ? 'ok' : `${d.verdict}:${d.rule}${d.verdict === 'updated' ? ':wrong-newer' : ''}`;
        }
      }
      mine[why] = (mine[why] ?? 0) + 1;
      total[why] = (total[why] ?? 0) + 1;
      if (!verbose || why === 'ok' || (reasonFilter && !why.startsWith(reasonFilter))) continue;
      console.log(`${story} ${why} [${pg.key}] ${pg.doc.slice(6)} "${pg.quote}" gold ${a.when} engine ${f?.moment ?? '-'} | ${sg.doc.slice(7)} "${sg.quote}" gold ${b.when} engine ${g?.moment ?? '-'}`);
    }
  }
  console.log(story, mine);
}
console.log('all', total);
