/**
 * Every `differs` the engine says on the development set that the gold does not (a pair of two gold keys, a
 * pair the gold has as another verdict, a figure of no gold, or any `differs` on a hard negative), with both
 * frames, their moments, speakers and sentence. A tool for core/figures/compare.ts, not a measure (that is
 * scripts/eval/devset.ts). Usage: tsx scripts/dev/false-differs.ts [story]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures, matchDetail } from '../../core/figures/index';
import { decideVerdict, jaccard } from '../../core/figures/compare';
import { moments } from '../../core/figures/sides';
import type { Figure } from '../../core/figures/types';
import { goldVerdict } from '../eval/devset';
import { devsetStories, isGoldFigure } from './devset-stories';

const show = (f: Figure): string => `"${f.text}" ${f.low}..${f.high} ${f.qualifier} [${f.countsKey.join(' ')}]${f.names?.length ? ` names{${f.names.join(',')}}` : ''} m=${f.moment ?? '-'} w=${f.when ?? '-'}${f.saidBy ? ` by ${f.saidBy}` : ''}`;
/** The sentence around a figure, cut to a line. */
const around = (text: string, f: Figure): string => {
  let s = f.start; while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  let e = f.end; while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  return text.slice(s, e + 1).trim().replace(/\s+/g, ' ').slice(0, 240);
};
let n = 0;
for (const { story, dir, corpus, pages, gold } of devsetStories(process.argv[2])) {
  const cdocs = corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  for (const p of pages) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
    const reports = compareFigures({ text, lang: p.lang ?? 'fr', published: p.published, figures: pf }, cdocs);
    reports.forEach((r, i) => {
      for (const c of r.comparisons) {
        if (c.verdict !== 'differs') continue;
        const src = cdocs.find((d) => d.id === c.source.id)!;
        const g = src.figures.find((x) => x.start === c.source.start && x.end === c.source.end)!;
        const f = pf[i];
        const pg = gold.figures.find((x) => x.doc === `pages/${p.id}` && isGoldFigure(f, x));
        const sg = gold.figures.find((x) => x.doc === `corpus/${src.id}` && isGoldFigure(g, x));
        if (p.sameStory && pg && sg && pg.key === sg.key && goldVerdict(pg, sg) === 'differs') continue;
        const m = matchDetail(f, g).match!;
        const d = decideVerdict(f, g, m, { text, published: p.published, figures: pf }, { text: src.text, published: src.published, figures: src.figures });
        n++;
        console.log(`${story} ${p.sameStory ? '' : '(negative) '}${p.id} vs ${src.id}: gold ${pg?.key ?? '-'} / ${sg?.key ?? '-'}${pg && sg && pg.key === sg.key ? ` (${goldVerdict(pg, sg)})` : ''} rule=${d?.rule} when=${moments(f, g)} jac=${jaccard(f, g).toFixed(2)}`);
        console.log(`   page ${show(f)}\n        ${around(text, f)}\n   src  ${show(g)}\n        ${around(src.text, g)}`);
      }
    });
  }
}
console.log(`false differs: ${n}`);
