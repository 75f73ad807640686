/**
 * Which page-corpus figure pairs a change to the context test of matchDetail lets through (session 22, context22): every
 * pair of a page figure and a corpus figure is matched with the environment flag FLAG off and on; a pair whose
 * reason leaves 'context' is counted as gold (one gold key), cross-key (two gold keys) or other (not both gold). For
 * stories named in `show` the two clauses' context are printed; for the others only the counts, so the texts of a
 * story one did not read stay unread. Usage: tsx scripts/dev/context-flip-probe.ts FLAG [show,story...]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { devsetStories, isGoldFigure } from './devset-stories';

const [flag, showArg] = process.argv.slice(2);
const show = new Set((showArg ?? '').split(',').filter(Boolean));
const tot = { gold: 0, cross: 0, other: 0 };
for (const s of devsetStories()) {
  const cdocs = s.corpus.map((d) => ({ id: d.id, figures: extractFigures(d.text, d.lang, { ignore: d.ignore, published: d.published }) }));
  const t = { gold: 0, cross: 0, other: 0 };
  for (const p of s.pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const pf = extractFigures(text, p.lang ?? 'fr', { published: p.published });
    for (const f of pf) {
      const pg = s.gold.figures.find((g) => g.doc === `pages/${p.id}` && isGoldFigure(f, g));
      for (const d of cdocs) for (const g of d.figures) {
        delete process.env[flag];
        const before = matchDetail(f, g);
        if (before.reason !== 'context') continue;
        process.env[flag] = '1';
        const after = matchDetail(f, g);
        delete process.env[flag];
        if (after.reason === 'context') continue;
        const sg = s.gold.figures.find((x) => x.doc === `corpus/${d.id}` && isGoldFigure(g, x));
        const cls = pg && sg ? (pg.key === sg.key ? 'gold' : 'cross') : 'other';
        t[cls]++;
        if (show.has(s.story)) console.log(`${s.story} ${cls} ${after.match}/${after.reason} ${pg?.key ?? '-'} vs ${sg?.key ?? '-'}\n   "${f.text}" ${f.unit} [${f.countsKey.join(' ')}] {${(f.context ?? []).join(' ')}}\n   "${g.text}" [${g.countsKey.join(' ')}] {${(g.context ?? []).join(' ')}}`);
      }
    }
  }
  if (t.gold + t.cross + t.other) console.log(`${s.story}: gold ${t.gold}, cross-key ${t.cross}, other ${t.other}`);
  for (const k of Object.keys(tot) as Array<keyof typeof tot>) tot[k] += t[k];
}
console.log(`all: gold ${tot.gold}, cross-key ${tot.cross}, other ${tot.other}`);
