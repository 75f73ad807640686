/**
 * Why expected figure pairs of the development set are not compared: for each gold pair (a page
 * figure and a corpus figure with one key) the engine does not pair, the first test of matchDetail
 * that refused it, with both frames. A tool for working on core/figures, not a measure (that is
 * scripts/eval/devset.ts). Usage: tsx scripts/dev/figure-misses.ts [story] [reason]
 *
 * With --holdout, the held-out set's refusals are counted per story, and nothing of their texts is
 * printed: how a change moves them can be checked without reading what it should not be designed on. Its "unit"
 * refusals are counted by the pair of units, each a concept label or "number" / "ordinal", a noun the concept table
 * does not know standing as "w:*" (its word is the text's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import type { Figure } from '../../core/figures/types';
import { devsetStories, HOLDOUT, isGoldFigure } from './devset-stories';

const holdout = process.argv.includes('--holdout');
const [storyFilter, reasonFilter] = process.argv.slice(2).filter((a) => a !== '--holdout');
const show = (f: Figure): string => `"${f.text}" ${f.unit} [${f.countsKey.join(" ")}] names{${(f.names ?? []).join(" ")}} ctx{${(f.context ?? []).slice(0, 12).join(' ')}}${f.saidBy ? ` by ${f.saidBy}` : ''}`;
const reasons: Record<string, number> = {};

const perStory: Record<string, Record<string, number>> = {};
const unitPairs: Record<string, number> = {};
const unitClass = (u: string): string => (u.startsWith('w:') ? 'w:*' : u);
for (const { story, dir, corpus, pages, gold } of devsetStories(storyFilter, holdout ? HOLDOUT : undefined)) {
  const cf = new Map(corpus.map((d) => [`corpus/${d.id}`, extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published })]));
  for (const p of pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(dir, 'pages', p.id), 'utf8');
    const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
    for (const pg of gold.figures.filter((g) => g.doc === `pages/${p.id}`)) {
      const f = pf.find((x) => isGoldFigure(x, pg));
      for (const sg of gold.figures.filter((g) => g.doc.startsWith('corpus/') && g.key === pg.key)) {
        const g = cf.get(sg.doc)?.find((x) => isGoldFigure(x, sg));
        const why = !f || !g ? 'not-extracted' : matchDetail(f, g).reason;
        reasons[why] = (reasons[why] ?? 0) + 1;
        const mine = (perStory[story] ??= {});
        mine[why] = (mine[why] ?? 0) + 1;
        if (holdout && why === 'unit' && f && g) {
          const pair = [unitClass(f.unit), unitClass(g.unit)].sort().join(' / ');
          unitPairs[pair] = (unitPairs[pair] ?? 0) + 1;
        }
        if (holdout || why === 'ok' || (reasonFilter && why !== reasonFilter)) continue;
        console.log(`${story} ${why} [${pg.key}]\n   page ${p.id}: ${f ? show(f) : `"${pg.quote}" (not extracted)`}\n   src  ${sg.doc.slice(7)}: ${g ? show(g) : `"${sg.quote}" (not extracted)`}`);
      }
    }
  }
}
if (holdout) for (const [story, r] of Object.entries(perStory)) console.log(story, r);
if (holdout) console.log('unit refusals by pair of units:', Object.entries(unitPairs).sort((a, b) => b[1] - a[1]));
console.log(reasons);
