/**
 * Every cross-key comparison of the development set given the story (a comparison whose two figures the gold puts on
 * two keys, with a verdict other than `related`), as scripts/eval/devset.ts counts them, with the rule that set the
 * verdict (compare.ts decideVerdict), both figures' keys and their sentences: to class them by cause. Counts by
 * verdict and gold-related key pairs per story at the end. Not a measure: confirm with `npm run eval`.
 * Usage: tsx scripts/dev/cross-key.ts [story|all] [-v (print each comparison with its sentences)]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures } from '../../core/figures/index';
import { decideVerdict, matchKeys } from '../../core/figures/compare';
import { devsetStories, isGoldFigure } from './devset-stories';
import { isCrossKey } from '../eval/devset';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const storyFilter = args.find((a) => a !== '-v');
const sentence = (text: string, start: number, end: number): string => {
  const a = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start)) + 1;
  let b = text.indexOf('\n', end); if (b < 0) b = text.length;
  const dot = text.indexOf('. ', end); if (dot >= 0 && dot < b) b = dot + 1;
  return text.slice(a, b).trim().slice(0, 300);
};
const all: Record<string, number> = {};
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  const related = new Set(((gold as { related_keys?: [string, string][] }).related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const cdocs = corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  const t: Record<string, number> = {};
  for (const p of pages) {
    if (!p.sameStory) continue;
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const pfigs = extractFigures(text, lang, { published: p.published });
    const reports = compareFigures({ text, lang, published: p.published, figures: pfigs }, cdocs);
    reports.forEach((r, i) => {
      const f = pfigs[i];
      const pg = gold.figures.find((g) => g.doc === `pages/${p.id}` && isGoldFigure(r.page, g));
      for (const c of r.comparisons) {
        const sg = gold.figures.find((g) => g.doc === `corpus/${c.source.id}` && isGoldFigure(c.source, g));
        if (!pg || !sg || !isCrossKey(pg.key, sg.key, c.verdict)) continue;
        const rel = related.has(`${pg.key}|${sg.key}`);
        t[c.verdict] = (t[c.verdict] ?? 0) + 1; t.all = (t.all ?? 0) + 1; if (rel) t.rel = (t.rel ?? 0) + 1;
        if (!verbose) continue;
        const src = cdocs.find((d) => d.id === c.source.id)!;
        const g = src.figures.find((x) => x.start === c.source.start && x.end === c.source.end)!;
        const m = matchKeys(f, g);
        const d = m ? decideVerdict(f, g, m, { text, published: p.published, lang, figures: pfigs }, src) : null;
        console.log(`${story} ${c.verdict}${rel ? ' REL' : ''} rule=${d?.rule} m=${m} [${pg.key}] vs [${sg.key}]`);
        console.log(`   P ${p.id} ${f.moment ?? ''} "${f.text}" {${f.countsKey.join(' ')}}${f.saidBy ? ` by ${f.saidBy}` : ''}: ${sentence(text, f.start, f.end)}`);
        console.log(`   S ${src.id} ${g.moment ?? ''} "${g.text}" {${g.countsKey.join(' ')}}${g.saidBy ? ` by ${g.saidBy}` : ''}: ${sentence(src.text, g.start, g.end)}`);
      }
    });
  }
  for (const [k, v] of Object.entries(t)) all[k] = (all[k] ?? 0) + v;
  console.log(`${story}: cross-key ${t.all ?? 0} (agrees ${t.agrees ?? 0}, overlaps ${t.overlaps ?? 0}, updated ${t.updated ?? 0}, differs ${t.differs ?? 0}), gold-related ${t.rel ?? 0}`);
}
console.log(`all: cross-key ${all.all ?? 0} (agrees ${all.agrees ?? 0}, overlaps ${all.overlaps ?? 0}, updated ${all.updated ?? 0}, differs ${all.differs ?? 0}), gold-related ${all.rel ?? 0}`);
