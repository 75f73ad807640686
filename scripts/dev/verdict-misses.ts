/**
 * Why expected figure pairs of the development set get the wrong verdict: for each gold pair (a page
 * figure and a corpus figure with one key) the gold verdict, the engine's, and both frames with their
 * moments and speakers. A tool for working on core/figures/compare.ts, not a measure (that is
 * scripts/eval/devset.ts). Usage: tsx scripts/dev/verdict-misses.ts [story] [gold verdict] [engine verdict|none]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures, matchDetail } from '../../core/figures/index';
import { decideVerdict, jaccard } from '../../core/figures/compare';
import { moments, twoSides } from '../../core/figures/sides';
import { ratio } from '../../core/figures/intervals';
import type { Figure } from '../../core/figures/types';
import { goldVerdict } from '../eval/devset';
import { devsetStories, isGoldFigure } from './devset-stories';

const [storyFilter, wantFilter, gotFilter] = process.argv.slice(2);
const show = (f: Figure): string => `"${f.text}" ${f.unit} [${f.countsKey.join(' ')}]${f.names?.length ? ` names{${f.names.join(",")}}` : ""} m=${f.moment ?? '-'} w=${f.when ?? '-'}${f.saidBy ? ` by ${f.saidBy}` : ''} ctx{${(f.context ?? []).slice(0, 10).join(' ')}}`;
const tally: Record<string, number> = {};

for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  const publishedOf = new Map<string, string | undefined>();
  for (const d of corpus) publishedOf.set(`corpus/${d.id}`, d.published);
  for (const p of pages) publishedOf.set(`pages/${p.id}`, p.published);
  const figs = gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  const cdocs = corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  for (const p of pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
    const reports = compareFigures({ text, lang: p.lang ?? 'fr', published: p.published, figures: pf }, cdocs);
    for (const pg of figs.filter((g) => g.doc === `pages/${p.id}`)) {
      const i = pf.findIndex((x) => isGoldFigure(x, pg));
      for (const sg of figs.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
        const want = goldVerdict(pg, sg);
        const src = cdocs.find((d) => `corpus/${d.id}` === sg.doc)!;
        const g = src.figures.find((x) => isGoldFigure(x, sg));
        const c = i >= 0 ? reports[i].comparisons.find((x) => x.source.id === src.id && isGoldFigure(x.source, sg)) : undefined;
        const got = c?.verdict ?? 'none';
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
  }
}
console.log(Object.entries(tally).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('\n'));
