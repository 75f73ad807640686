/**
 * Which page-corpus figure pairs a change read at EXTRACTION time lets through or shuts out (session 45, context45):
 * as context-flip-probe.ts, which flips a flag read by matchDetail only, but each text's figures are extracted twice,
 * with the environment flag FLAG off and on (FLAG or FLAG=VALUE; a trial change in core/figures/counts.ts or the
 * concept words reads process.env, and is taken out before a commit), and every page figure is matched against every
 * corpus figure of the same index in both runs. A pair whose match (matchDetail `match`, null or not) changes is counted
 * as gold (one gold key), cross (two gold keys) or other (not both gold); lost* when the change shuts it out. A text
 * whose figure count moves is skipped and named. For stories named in `show` (or 'all') each pair is printed with its
 * two contexts after the change. A tool for choosing a change to the context bar, not a measure.
 * Usage: tsx scripts/dev/context-extract-flip-probe.ts FLAG[=VALUE] [story,story...|all] [show,story...|all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, matchDetail } from '../../core/figures/index';
import { devsetStories, isGoldFigure } from './devset-stories';
const [flagArg, storyArg, showArg] = process.argv.slice(2);
if (!flagArg) {
  console.error('usage: tsx scripts/dev/context-extract-flip-probe.ts FLAG[=VALUE] [story,story...|all] [show,story...|all]');
  process.exit(2);
}
const [flag, flagValue = '1'] = flagArg.split('=');
const wanted = storyArg && storyArg !== 'all' ? new Set(storyArg.split(',')) : undefined;
const show = new Set((showArg ?? '').split(',').filter(Boolean));
const tot = { gold: 0, cross: 0, other: 0, lostGold: 0, lostCross: 0, lostOther: 0 };
const ex = (text: string, lang: any, opts: any, on: boolean) => { if (on) process.env[flag] = flagValue; else delete process.env[flag]; const r = extractFigures(text, lang, opts); delete process.env[flag]; return r; };
for (const s of devsetStories()) {
  if (wanted && !wanted.has(s.story)) continue;
  const cdocs = s.corpus.map((d) => ({ id: d.id, off: ex(d.text, d.lang, { ignore: d.ignore, published: d.published }, false), on: ex(d.text, d.lang, { ignore: d.ignore, published: d.published }, true) }));
  const t = { gold: 0, cross: 0, other: 0, lostGold: 0, lostCross: 0, lostOther: 0 };
  for (const p of s.pages.filter((x) => x.sameStory)) {
    const text = readFileSync(join(s.dir, 'pages', p.id), 'utf8');
    const off = ex(text, p.lang ?? 'fr', { published: p.published }, false);
    const on = ex(text, p.lang ?? 'fr', { published: p.published }, true);
    if (off.length !== on.length) { console.log(`${s.story} ${p.id}: figure count moved ${off.length} -> ${on.length}`); continue; }
    for (let i = 0; i < off.length; i++) {
      const f = off[i];
      const pg = s.gold.figures.find((g) => g.doc === `pages/${p.id}` && isGoldFigure(f, g));
      for (const d of cdocs) {
        if (d.off.length !== d.on.length) continue;
        for (let j = 0; j < d.off.length; j++) {
          process.env[flag] = flagValue;
          const after = matchDetail(on[i], d.on[j]);
          delete process.env[flag];
          const before = matchDetail(f, d.off[j]);
          const was = before.match !== null, is = after.match !== null;
          if (was === is) continue;
          const g = d.off[j];
          const sg = s.gold.figures.find((x) => x.doc === `corpus/${d.id}` && isGoldFigure(g, x));
          const cls = pg && sg ? (pg.key === sg.key ? 'gold' : 'cross') : 'other';
          const k = (is ? cls : `lost${cls[0].toUpperCase()}${cls.slice(1)}`) as keyof typeof t;
          t[k]++;
          if (show.has(s.story) || show.has('all')) console.log(`${s.story} ${k} ${after.match}/${after.reason} ${pg?.key ?? '-'} vs ${sg?.key ?? '-'}\n   "${on[i].text}" ${f.unit} [${f.countsKey.join(' ')}] {${(on[i].context ?? []).join(' ')}}\n   "${g.text}" [${g.countsKey.join(' ')}] {${(d.on[j].context ?? []).join(' ')}}`);
        }
      }
    }
  }
  if (Object.values(t).some((x) => x)) console.log(`${s.story}: ${JSON.stringify(t)}`);
  for (const k of Object.keys(tot) as Array<keyof typeof tot>) tot[k] += t[k];
}
console.log(`all: ${JSON.stringify(tot)}`);
