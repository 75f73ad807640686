/**
 * Dev probe (session 47, pfrag47): over the rows passage-false-classes.ts wrote (the file named by argv[2]), counts by
 * label (gold / adjudicated true / adjudicated false / not adjudicated) the rows each variant of the verbless-cut rule
 * would remove: either side, both sides, page or source side, cut with any verb, no verb on either side; "nonum" is no
 * count shared (sharesSpanCount). Upper bounds, without running the engine: passage-stories.ts or npm run eval measures.
 * Usage: npx tsx scripts/dev/pfrag47-variants.ts fc.jsonl
 */
import { readFileSync } from 'node:fs';
import { verblessCutSide, wordRange, verblessCutPiece, cutInsideClause, sharesSpanCount } from '../../core/passages/fragment-claims';
import { hasPredicateMark } from '../../core/passages/verb-marks';
import { analysisOf as an } from './pfrag47-rows';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const T = new Map<string, number[]>();
const L = ['gold', 'adjT', 'adjF', 'unadj'];
const add = (k: string, l: string): void => { const v = T.get(k) ?? [0, 0, 0, 0]; v[L.indexOf(l)]++; T.set(k, v); };
for (const r of rows) {
  const pa = an(r.story, 'pages', r.page, r.lang);
  const sa = an(r.story, 'corpus', r.src);
  const same = pa.lang === sa.lang;
  const key = `${same ? 'same' : 'x'} ${r.origin}`;
  add(`${key} all`, r.label);
  const pw = wordRange(pa, r.ps[0], r.ps[1]); const sw = wordRange(sa, r.ss[0], r.ss[1]);
  if (!pw || !sw) continue;
  const P = verblessCutSide(pa, pw, r.ps[0], r.ps[1]); const S = verblessCutSide(sa, sw, r.ss[0], r.ss[1]);
  const noCount = !sharesSpanCount(pa, pw, sa, sw);
  if (verblessCutPiece(pa, r.ps[0], r.ps[1], sa, r.ss[0], r.ss[1])) { add(`${key} RULE either`, r.label); add(`${key} RULE either ${r.lang}`, r.label); }
  if (P && S && noCount) add(`${key} both nonum`, r.label);
  if (P && noCount) add(`${key} page-side nonum`, r.label);
  if (S && noCount) add(`${key} src-side nonum`, r.label);
  if ((P || S) && noCount && !r.title) add(`${key} either nonum notitle`, r.label);
  const Pc = cutInsideClause(pa.text, r.ps[0], r.ps[1]); const Sc = cutInsideClause(sa.text, r.ss[0], r.ss[1]);
  if (Pc && Sc && noCount) add(`${key} both cut (any verb) nonum`, r.label);
  const pv = hasPredicateMark(pa, pw[0], pw[1]); const sv = hasPredicateMark(sa, sw[0], sw[1]);
  if (!pv && !sv && noCount) add(`${key} both noverb nonum`, r.label);
  if ((Pc && !pv) && (!sv) && noCount) add(`${key} P cut-noverb, S noverb nonum`, r.label);
  if ((Sc && !sv) && (!pv) && noCount) add(`${key} S cut-noverb, P noverb nonum`, r.label);
}
for (const k of [...T.keys()].sort()) console.log(k.padEnd(45), 'gold/adjT/adjF/unadj', T.get(k)!.join(' '));
