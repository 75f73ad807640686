/**
 * Why the gold updates of the rising-count stories are missed: for each gold pair of one count at two moments
 * (scripts/eval/timeline.ts's "gold updates") that the engine does not call `updated` with the right newer side,
 * the refusal: matchKeys's (matchDetail's reason: what is counted) or decideVerdict's rule (the moments, the
 * sides), with both figures' moments against the gold's. A tool for telling the moment logic's misses from what
 * is counted, not a measure. Usage: tsx scripts/dev/update-misses.ts [story] [reason] (-v prints each pair).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail, matchKeys } from '../../core/figures/index';
import { decideVerdict } from '../../core/figures/compare';
import { goldVerdict } from '../eval/devset';
import { RISING_STORIES } from '../eval/timeline';
import { devsetStories, isGoldFigure } from './devset-stories';

const verbose = process.argv.includes('-v');
const [storyFilter, reasonFilter] = process.argv.slice(2).filter((a) => a !== '-v');
const total: Record<string, number> = {};
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  if (!RISING_STORIES.includes(story)) continue;
  const published = new Map<string, string | undefined>();
  const texts = new Map<string, string>();
  const figs = new Map<string, ReturnType<typeof extractFigures>>();
  for (const d of corpus) { published.set(`corpus/${d.id}`, d.published); texts.set(`corpus/${d.id}`, d.text); figs.set(`corpus/${d.id}`, extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published })); }
  for (const p of pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    published.set(`pages/${p.id}`, p.published); texts.set(`pages/${p.id}`, text);
    figs.set(`pages/${p.id}`, extractFigures(text, p.lang ?? 'fr', { published: p.published }));
  }
  const when = (g: { doc: string; moment?: string }) => g.moment ?? published.get(g.doc);
  const mine: Record<string, number> = {};
  for (const pg of gold.figures.filter((g) => g.doc.startsWith('pages/') && figs.has(g.doc))) {
    for (const sg of gold.figures.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
      const a = { ...pg, when: when(pg) }, b = { ...sg, when: when(sg) };
      if (goldVerdict(a, b) !== 'updated') continue;
      const f = figs.get(pg.doc)!.find((x) => isGoldFigure(x, pg));
      const g = figs.get(sg.doc)!.find((x) => isGoldFigure(x, sg));
      let why: string;
      if (!f || !g) why = 'not-extracted';
      else {
        const m = matchKeys(f, g);
        if (!m) why = `keys:${matchDetail(f, g).reason}`;
        else {
          const d = decideVerdict(f, g, m, { text: texts.get(pg.doc)!, published: published.get(pg.doc), figures: figs.get(pg.doc) }, { text: texts.get(sg.doc)!, published: published.get(sg.doc), figures: figs.get(sg.doc) });
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
