/**
 * The gold updates of the rising-count stories that the engine misses, sorted into one class each (the first that
 * holds): not extracted, what is counted refused (matchKeys), a side with no moment because its article has no day
 * (undated page / undated corpus article), a moment read wrong (a side's engine moment is not the gold's), or the
 * verdict rule (both moments right, the rule still says no update). Pages are dated as scripts/eval/timeline.ts
 * dates them: by their manifest (metadata), or with `--text` from their text alone (address, then dateline).
 * A tool for choosing which class to attack, not a measure. Usage: tsx scripts/dev/update-classes.ts [story] [--text] [-v class]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchKeys } from '../../core/figures/index';
import { decideVerdict } from '../../core/figures/compare';
import { datelineDay } from '../../core/dates/dateline';
import { urlDay } from '../../core/dates/url';
import type { PageEntry } from '../eval/devset';
import { goldVerdict, sameMoment } from '../eval/devset';
import { RISING_STORIES } from '../eval/timeline';
import { devsetStories, isGoldFigure } from './devset-stories';

const args = process.argv.slice(2);
const byText = args.includes('--text');
const vi = args.indexOf('-v');
const showClass = vi >= 0 ? args[vi + 1] : undefined;
const storyFilter = args.find((a, i) => !a.startsWith('-') && (vi < 0 || i !== vi + 1));
const total: Record<string, number> = {};
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  if (!RISING_STORIES.includes(story)) continue;
  const goldDay = new Map<string, string | undefined>();
  const day = new Map<string, string | undefined>();
  const texts = new Map<string, string>();
  const figs = new Map<string, ReturnType<typeof extractFigures>>();
  for (const d of corpus) {
    const k = `corpus/${d.id}`;
    goldDay.set(k, d.published); day.set(k, d.published); texts.set(k, d.text);
    figs.set(k, extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }));
  }
  for (const p of pages.filter((x) => x.sameStory) as Array<PageEntry & { url?: string }>) {
    const k = `pages/${p.id}`;
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const d = byText ? (urlDay(p.url) ?? datelineDay(text, p.lang) ?? undefined) : p.published;
    goldDay.set(k, p.published); day.set(k, d); texts.set(k, text);
    figs.set(k, extractFigures(text, p.lang ?? 'fr', { published: d }));
  }
  const when = (g: { doc: string; moment?: string }) => g.moment ?? goldDay.get(g.doc);
  const mine: Record<string, number> = {};
  for (const pg of gold.figures.filter((g) => g.doc.startsWith('pages/') && figs.has(g.doc))) {
    for (const sg of gold.figures.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
      const a = { ...pg, when: when(pg) }, b = { ...sg, when: when(sg) };
      if (goldVerdict(a, b) !== 'updated') continue;
      const f = figs.get(pg.doc)!.find((x) => isGoldFigure(x, pg));
      const g = figs.get(sg.doc)!.find((x) => isGoldFigure(x, sg));
      const newer = a.when! > b.when! ? 'page' : 'source';
      let why: string;
      let got = '';
      if (!f || !g) why = 'not extracted';
      else if (!matchKeys(f, g)) why = 'counted refused';
      else {
        const d = decideVerdict(f, g, matchKeys(f, g)!, { text: texts.get(pg.doc)!, published: day.get(pg.doc), figures: figs.get(pg.doc) }, { text: texts.get(sg.doc)!, published: day.get(sg.doc), figures: figs.get(sg.doc) });
        got = !d ? 'dropped' : `${d.verdict}:${d.rule}`;
        const wrongM = (m: string | undefined, w: string) => !!m && !sameMoment(m, w);
        if (d && d.verdict === 'updated' && d.newer === newer) why = 'ok';
        else if (!f.moment && !day.get(pg.doc)) why = 'undated page';
        else if (!g.moment && !day.get(sg.doc)) why = 'undated corpus';
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
