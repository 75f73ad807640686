/**
 * The moments the engine gives the gold counts (scripts/eval/timeline.ts's "moments of the gold counts"), wrong
 * or missing, figure by figure with its sentence: a tool for reading the moment rules' misses, not a measure.
 * Usage: tsx scripts/dev/moment-misses.ts [story] [-a] (-a prints the right ones too).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../core/figures/index';
import { devsetStories, isGoldFigure } from './devset-stories';

const all = process.argv.includes('-a');
const [storyFilter] = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const tally: Record<string, number> = {};
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  const docs = new Map<string, { published?: string; text: string; figures: ReturnType<typeof extractFigures> }>();
  for (const d of corpus) docs.set(`corpus/${d.id}`, { published: d.published, text: d.text, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) });
  for (const p of pages) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    docs.set(`pages/${p.id}`, { published: p.published, text, figures: extractFigures(text, p.lang ?? 'fr', { published: p.published }) });
  }
  for (const g of gold.figures) {
    const d = docs.get(g.doc);
    const when = g.moment ?? d?.published;
    if (!d || !when || ['date', 'time', 'year'].includes(g.unit)) continue;
    const f = d.figures.find((x) => isGoldFigure(x, g));
    const m = f?.moment ?? f?.year;
    const k = !f ? 'not extracted' : !m ? 'none' : m === when ? 'right' : 'wrong';
    tally[`${story}:${k}`] = (tally[`${story}:${k}`] ?? 0) + 1;
    if (k === 'right' && !all) continue;
    if (k === 'not extracted') continue;
    const s = Math.max(0, d.text.lastIndexOf('\n', g.start) + 1, g.start - 160);
    const e = Math.min(d.text.length, g.end + 120);
    console.log(`${k.toUpperCase()} ${story} ${g.doc} (pub ${d.published ?? '-'}) "${g.quote}" gold ${when} engine ${m ?? '-'} [${g.key}]\n    …${d.text.slice(s, e).replace(/\n/g, ' ¶ ')}…`);
  }
}
console.log(Object.entries(tally).sort().map(([k, v]) => `${k} ${v}`).join(', '));
