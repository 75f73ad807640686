/**
 * Every page-corpus pair of gold figures of one unit (both read by the engine in that unit), same key or not, with the
 * two gold keys, matchDetail's reason and bar, and the verdict compareFigures gives (or none): to see what a change of
 * a unit's context bar would pair, right pairs and pairs across keys alike (ctx41, magnitudes). Not a measure: confirm
 * with `npm run eval`. Usage: tsx scripts/dev/unit-pairs.ts <unit> [story,story...|all] [-v]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures, matchDetail } from '../../core/figures/index';
import { inUnitOf } from '../../core/figures/unit-scales';
import { devsetStories, isGoldFigure } from './devset-stories';

const [unit, storyArg, flag] = process.argv.slice(2);
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const tally: Record<string, number> = {};
const add = (k: string): void => { tally[k] = (tally[k] ?? 0) + 1; };
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const gold = s.gold as { figures: Array<{ doc: string; key: string; quote: string }>; related_keys?: [string, string][] };
  const related = new Set((gold.related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const cdocs = s.corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  for (const p of s.pages) {
    if (!p.sameStory) continue;
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const pfigs = extractFigures(text, lang, { published: p.published });
    if (!pfigs.some((f) => f.unit === unit)) continue;
    const reports = compareFigures({ text, lang, published: p.published, figures: pfigs }, cdocs);
    pfigs.forEach((f, i) => {
      if (f.unit !== unit) return;
      const pg = gold.figures.find((g) => g.doc === `pages/${p.id}` && isGoldFigure(f, g as never));
      if (!pg) return;
      for (const d of cdocs) for (const g of d.figures) {
        if (g.unit !== unit) continue;
        const sg = gold.figures.find((x) => x.doc === `corpus/${d.id}` && isGoldFigure(g, x as never));
        if (!sg) continue;
        const c = reports[i].comparisons.find((x) => x.source.id === d.id && x.source.start === g.start && x.source.end === g.end);
        const md = matchDetail(f, inUnitOf(f, g));
        const same = pg.key === sg.key;
        const kind = same ? 'same-key' : related.has(`${pg.key}|${sg.key}`) ? 'related-key' : 'other-key';
        add(`${kind} ${c?.verdict ?? 'none'}`);
        if (flag === '-v' && (c || same)) console.log(`${s.story} ${kind} ${c?.verdict ?? 'none'} (${md.reason}${md.bar ? ` ${md.bar} ${md.shared}/${md.need}` : ''}) [${pg.key}] "${f.text}" ${p.id} / [${sg.key}] "${g.text}" ${d.id}`);
      }
    });
  }
}
for (const k of Object.keys(tally).sort()) console.log(`${k}\t${tally[k]}`);
