/**
 * The gold updates of the rising-count stories that matchKeys refuses, with both figures' keys (countsKey), places,
 * context and names: a tool for reading why what is counted is refused (update-misses.ts gives only the reason), not
 * a measure. Usage: tsx scripts/dev/update-keys.ts [story] [reason]
 */
import { matchDetail, matchKeys } from '../../core/figures/index';
import { RISING_STORIES } from '../eval/timeline';
import { devsetStories, goldUpdates } from './devset-stories';

const [storyFilter, reasonFilter] = process.argv.slice(2);
for (const st of devsetStories(storyFilter)) {
  if (!RISING_STORIES.includes(st.story)) continue;
  for (const { pg, sg, f, g } of goldUpdates(st)) {
    if (!f || !g || matchKeys(f, g)) continue;
    const why = matchDetail(f, g).reason;
    if (reasonFilter && why !== reasonFilter) continue;
    const show = (x: typeof f) => `${JSON.stringify(x.countsKey)} ctx=${JSON.stringify(x.context ?? [])} names=${JSON.stringify(x.names ?? [])} m=${x.moment ?? '-'}`;
    console.log(`${st.story} ${why} [${pg.key}] "${pg.quote}" ${show(f)}\n      | "${sg.quote}" ${show(g)}`);
  }
}
