/**
 * Speakers only, fast: per devset story right / wrong / none (as scripts/eval/devset.ts scores them) and, with
 * SPEAKER_MISSES=1, each devset miss with its sentence. Held-out stories print their counts only, never their
 * misses (they are measurement, not material). A tool for attribution work.
 * Usage: tsx scripts/dev/speaker-misses.ts [story]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTxtCorpus } from '../../core/corpus/node';
import { extractFigures } from '../../core/figures/index';
import type { Lang } from '../../core/types';
import { DEVSET, HOLDOUT, HOLDOUT_HIDDEN, isGoldFigure, sameSpeaker, type GoldFigures, type PageEntry } from '../eval/devset';

const only = process.argv[2];

function story(dir: string, showMisses: boolean): [number, number, number, number] {
  const corpus = loadTxtCorpus(join(dir, 'corpus'));
  const pages = (JSON.parse(readFileSync(join(dir, 'pages', 'manifest.json'), 'utf8')) as { articles: PageEntry[] }).articles;
  const gold = JSON.parse(readFileSync(join(dir, 'gold-figures.json'), 'utf8')) as GoldFigures;
  const docs = [
    ...corpus.map((d) => ({ doc: `corpus/${d.id}`, text: d.text, lang: d.lang, published: d.published })),
    ...pages.filter((p) => p.sameStory).map((p) => ({ doc: `pages/${p.id}`, text: readFileSync(join(dir, 'pages', p.id), 'utf8'), lang: p.lang ?? 'fr' as Lang, published: p.published })),
  ];
  let n = 0, right = 0, wrong = 0, none = 0;
  for (const d of docs) {
    const gs = gold.figures.filter((g) => g.doc === d.doc && g.source);
    if (!gs.length) continue;
    const figures = extractFigures(d.text, d.lang, { published: d.published });
    for (const g of gs) {
      const f = figures.find((x) => isGoldFigure(x, g));
      if (!f) continue;
      n++;
      let tag = '';
      if (!f.saidBy) { none++; tag = 'none'; } else if (sameSpeaker(g.source!, f.saidBy)) right++; else { wrong++; tag = 'WRONG'; }
      if (tag && showMisses) {
        let a = g.start; while (a > 0 && a > g.start - 300 && !/[.!?\n]/.test(d.text[a - 1])) a--;
        let b = g.end; while (b < d.text.length && b < g.end + 300 && !/[.!?\n]/.test(d.text[b])) b++;
        const prev = d.text.slice(Math.max(0, a - 160), a).replace(/\s+/g, ' ');
        console.log(`  ${tag} ${d.doc} [${d.lang}] "${g.quote}" engine=${f.saidBy ?? '-'} gold=${g.source}\n      …${prev}|| ${d.text.slice(a, b).replace(/\s+/g, ' ')}`);
      }
    }
  }
  return [n, right, wrong, none];
}

for (const [label, root, misses] of [['devset', DEVSET, !!process.env.SPEAKER_MISSES], ['held-out', HOLDOUT, false]] as const) {
  // RECOUPE_EVAL_NO_HOLDOUT=1 keeps the held-out stories unread, counts included, as the eval does.
  if (root === HOLDOUT && HOLDOUT_HIDDEN) continue;
  const tot = [0, 0, 0, 0];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (only && name !== only) continue;
    if (!existsSync(join(dir, 'gold-figures.json')) || !existsSync(join(dir, 'pages', 'manifest.json'))) continue;
    const r = story(dir, misses);
    r.forEach((v, i) => { tot[i] += v; });
    console.log(`${label} ${name}: right ${r[1]}/${r[0]}, wrong ${r[2]}, none ${r[3]}`);
  }
  console.log(`${label} total: right ${tot[1]}/${tot[0]}, wrong ${tot[2]}, none ${tot[3]}`);
}
