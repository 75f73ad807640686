/**
 * The development set's figure numbers given the story, per story and page language, as scripts/eval/devset.ts counts
 * them (pairs, compared, right verdict, false differs, cross-key with its gold-related split), without passages and
 * story detection: a quick before/after for the comparison side of core/figures (session 22, context22). Negative
 * pages are left out. Not a measure: confirm with `npm run eval`. Usage: tsx scripts/dev/figure-lang-totals.ts [story]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures, extractFigures } from '../../core/figures/index';
import { goldVerdict, isCrossKey } from '../eval/devset';
import { devsetStories, isGoldFigure } from './devset-stories';

const storyFilter = process.argv[2];
type Row = { pairs: number; compared: number; right: number; fd: number; ck: number; ckRel: number };
const zero = (): Row => ({ pairs: 0, compared: 0, right: 0, fd: 0, ck: 0, ckRel: 0 });
const all = zero();
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter)) {
  const publishedOf = new Map<string, string | undefined>([...corpus.map((d) => [`corpus/${d.id}`, d.published] as const), ...pages.map((p) => [`pages/${p.id}`, p.published] as const)]);
  const figs = gold.figures.map((f) => ({ ...f, when: f.moment ?? publishedOf.get(f.doc) }));
  const g = gold as { related_keys?: Array<[string, string]> };
  const relatedKeys = new Set((g.related_keys ?? []).flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
  const cdocs = corpus.map((d) => ({ id: d.id, text: d.text, lang: d.lang, published: d.published, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  const rows = new Map<string, Row>();
  for (const p of pages) {
    if (!p.sameStory) continue;
    const lang = p.lang ?? 'fr';
    const t = rows.get(lang) ?? zero();
    rows.set(lang, t);
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const figures = compareFigures({ text, lang, published: p.published, figures: extractFigures(text, lang, { published: p.published }) }, cdocs);
    const pageGold = figs.filter((x) => x.doc === `pages/${p.id}`);
    for (const f of figures) {
      const pg = pageGold.find((x) => isGoldFigure(f.page, x));
      for (const c of f.comparisons) {
        const sg = figs.find((x) => x.doc === `corpus/${c.source.id}` && isGoldFigure(c.source, x));
        if (c.verdict === 'differs' && !(pg && sg && pg.key === sg.key && goldVerdict(pg, sg) === 'differs')) t.fd++;
        if (pg && sg && isCrossKey(pg.key, sg.key, c.verdict)) { t.ck++; if (relatedKeys.has(`${pg.key}|${sg.key}`)) t.ckRel++; }
      }
    }
    for (const pg of pageGold) {
      const f = figures.find((x) => isGoldFigure(x.page, pg));
      for (const sg of figs.filter((x) => x.doc.startsWith('corpus/') && x.key === pg.key)) {
        t.pairs++;
        const c = f?.comparisons.find((x) => `corpus/${x.source.id}` === sg.doc && isGoldFigure(x.source, sg));
        if (c) t.compared++;
        if (c && c.verdict === goldVerdict(pg, sg)) t.right++;
      }
    }
  }
  for (const [lang, t] of [...rows].sort()) {
    console.log(`${story} ${lang}: right ${t.right}/${t.pairs}, compared ${t.compared}, false differs ${t.fd}, cross-key ${t.ck} (gold-related ${t.ckRel})`);
    for (const k of Object.keys(all) as Array<keyof Row>) all[k] += t[k];
  }
}
console.log(`all: right ${all.right}/${all.pairs}, compared ${all.compared}, false differs ${all.fd}, cross-key ${all.ck} (gold-related ${all.ckRel})`);
