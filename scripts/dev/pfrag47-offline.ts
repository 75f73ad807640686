/**
 * Dev probe (session 47, pfrag47): applies a candidate span-shape rule to the rows passage-false-classes.ts wrote (the
 * file named by argv[2]) without running the engine, and counts the rows it would remove by label, origin, page
 * language and story. Upper bounds: a gold row removed may have its gold pair found by another row, and sentences freed
 * may pair elsewhere; passage-stories.ts or npm run eval measures the engine.
 * Usage: npx tsx scripts/dev/pfrag47-offline.ts fc.jsonl [--show]
 */
import { readFileSync } from 'node:fs';
import { verblessCutPiece } from '../../core/passages/fragment-claims';
import { analysisOf as an } from './pfrag47-rows';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const show = process.argv.includes('--show');
const T = new Map<string, number>();
const add = (k: string): void => void T.set(k, (T.get(k) ?? 0) + 1);
for (const r of rows) {
  const pa = an(r.story, 'pages', r.page, r.lang);
  const sa = an(r.story, 'corpus', r.src);
  const same = pa.lang === sa.lang;
  add(`all ${r.origin} ${r.label}`);
  if (r.origin !== 'stem') continue;
  if (!verblessCutPiece(pa, r.ps[0], r.ps[1], sa, r.ss[0], r.ss[1])) continue;
  add(`cut ${r.origin} ${same ? 'same' : 'x'} ${r.label}`);
  if (same) add(`cut ${r.lang} ${r.label}`);
  if (same) add(`story ${r.story} ${r.lang} ${r.label}`);
  if (show && same) console.log(r.label, r.story, r.lang, r.origin, 'pw', r.pw, 'sw', r.sw, 'pc', r.pc, 'sc', r.sc, 'sc', r.score, 'sh', r.shared.length, 'own', r.own.length, 'pT', r.pTitle, 'sT', r.sTitle, '\n   P:', r.pt.slice(0, 160), '\n   S:', r.st.slice(0, 160));
}
for (const k of [...T.keys()].sort()) console.log(k, T.get(k));
