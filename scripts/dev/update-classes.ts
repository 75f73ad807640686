/**
 * The gold updates of the rising-count stories that the engine misses, sorted into one class each (the first that
 * holds): not extracted, what is counted refused (matchKeys), a side with no moment because its article has no day
 * (undated page / undated corpus article), a moment read wrong (a side's engine moment is not the gold's), or the
 * verdict rule (both moments right, the rule still says no update). Pages are dated as scripts/eval/timeline.ts
 * dates them: by their manifest (metadata), or with `--text` from their text alone (address, then dateline).
 * A tool for choosing which class to attack, not a measure. Usage: tsx scripts/dev/update-classes.ts [story] [--text] [-v class]
 */
import { matchKeys } from '../../core/figures/index';
import { decideVerdict } from '../../core/figures/compare';
import { datelineDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import { sameMoment } from '../eval/devset';
import { RISING_STORIES } from '../eval/timeline';
import { devsetStories, goldUpdates } from './devset-stories';

const args = process.argv.slice(2);
const byText = args.includes('--text');
const vi = args.indexOf('-v');
const showClass = vi >= 0 ? args[vi + 1] : undefined;
const storyFilter = args.find((a, i) => !a.startsWith('-') && (vi < 0 || i !== vi + 1));
const total: Record<string, number> = {};
for (const st of devsetStories(storyFilter)) {
  const { story } = st;
  if (!RISING_STORIES.includes(story)) continue;
  const mine: Record<string, number> = {};
  for (const { pg, sg, pageWhen, sourceWhen, f, g, page, source } of goldUpdates(st, (p, text) => (byText ? (urlDay(p.url) ?? datelineDay(text, p.lang) ?? undefined) : p.published))) {
    {
      const a = { when: pageWhen }, b = { when: sourceWhen };
      const newer = a.when! > b.when! ? 'page' : 'source';
      let why: string;
      let got = '';
      if (!f || !g) why = 'not extracted';
      else if (!matchKeys(f, g)) why = 'counted refused';
      else {
        const d = decideVerdict(f, g, matchKeys(f, g)!, page, source);
        got = !d ? 'dropped' : `${d.verdict}:${d.rule}`;
        const wrongM = (m: string | undefined, w: string) => !!m && !sameMoment(m, w);
        if (d && d.verdict === 'updated' && d.newer === newer) why = 'ok';
        else if (!f.moment && !page.published) why = 'undated page';
        else if (!g.moment && !source.published) why = 'undated corpus';
        else if (wrongM(f.moment, a.when!) || wrongM(g.moment, b.when!) || !f.moment || !g.moment) why = 'moment wrong';
        else why = 'verdict rule';
      }
      mine[why] = (mine[why] ?? 0) + 1;
      total[why] = (total[why] ?? 0) + 1;
      if (showClass && why.startsWith(showClass)) console.log(`  ${story} ${why} (${got}) [${pg.key}] ${pg.doc.slice(6)} "${pg.quote}" ${f?.low}..${f?.high} gold ${a.when} engine ${f?.moment ?? '-'} | ${sg.doc.slice(7)} "${sg.quote}" ${g?.low}..${g?.high} gold ${b.when} engine ${g?.moment ?? '-'}`);
    }
  }
  console.log(story, JSON.stringify(mine));
}
console.log('all', JSON.stringify(total));
