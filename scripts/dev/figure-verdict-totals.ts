/**
 * The development set's figure numbers given the story, per story, as scripts/eval/devset.ts counts them (pairs, right
 * verdict, false differs, cross-key non-related), without the passages and story detection that make the full eval
 * slow: a quick before/after for changes to core/figures/compare.ts. Negative pages are left out (the eval scores them
 * end to end). Not a measure: confirm with `npm run eval`. Usage: tsx scripts/dev/figure-verdict-totals.ts [story] [-v]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures } from '../../core/figures/index';
import { goldVerdict } from '../eval/devset';
import { devsetStories, isGoldFigure } from './devset-stories';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const storyFilter = args.find((a) => a !== '-v');
const all = { pairs: 0, right: 0, fd: 0, ck: 0, gd: 0, gdRight: 0 };
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  // The gold's moment, else its document's day, as the eval reads it (scripts/eval/devset.ts evalStory).
  const publishedOf = new Map<string, string | undefined>([...corpus.map((d) => [`corpus/${d.id}`, d.published] as const), ...pages.map((p) => [`pages/${p.id}`, p.published] as const)]);
  const figs = gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  const cdocs = corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  const t = { pairs: 0, right: 0, fd: 0, ck: 0, gd: 0, gdRight: 0 };
  const log: string[] = [];
  for (const p of pages) {
    if (!p.sameStory) continue;
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const lang = p.lang ?? 'fr';
    const figures = compareFigures({ text, lang, published: p.published, figures: extractFigures(text, lang, { published: p.published }) }, cdocs);
    const pageGold = figs.filter((g) => g.doc === `pages/${p.id}`);
    for (const f of figures) {
      const pg = pageGold.find((g) => isGoldFigure(f.page, g));
      for (const c of f.comparisons) {
        const sg = figs.find((g) => g.doc === `corpus/${c.source.id}` && isGoldFigure(c.source, g));
        if (c.verdict === 'differs' && !(pg && sg && pg.key === sg.key && goldVerdict(pg, sg) === 'differs')) { t.fd++; log.push(`false differs ${p.id} "${f.page.text}" vs ${c.source.id} "${c.source.text}"`); }
        if (pg && sg && pg.key !== sg.key && c.verdict !== 'related') t.ck++;
      }
    }
    for (const pg of pageGold) {
      const f = figures.find((x) => isGoldFigure(x.page, pg));
      for (const sg of figs.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
        t.pairs++;
        const want = goldVerdict(pg, sg);
        const c = f?.comparisons.find((x) => `corpus/${x.source.id}` === sg.doc && isGoldFigure(x.source, sg));
        if (want === 'differs') t.gd++;
        if (c && c.verdict === want) { t.right++; if (want === 'differs') t.gdRight++; }
        else if (verbose && want === 'differs') log.push(`missed differs (got ${c?.verdict ?? '-'}) ${p.id} "${pg.quote}" vs ${sg.doc.slice(7)} "${sg.quote}"`);
      }
    }
  }
  console.log(`${story}: right ${t.right}/${t.pairs}, false differs ${t.fd}, cross-key non-related ${t.ck}, gold differs right ${t.gdRight}/${t.gd}`);
  if (verbose) for (const l of log) console.log(`   ${l}`);
  for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += t[k];
}
console.log(`all: right ${all.right}/${all.pairs}, false differs ${all.fd}, cross-key non-related ${all.ck}, gold differs right ${all.gdRight}/${all.gd}`);
