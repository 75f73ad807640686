/**
 * Dev probe (session 20): every passage count-pairs.ts makes on the devset (given the story), with its features
 * (verdict, unit, value, qualifiers, shared keys, score) and its label: gold, adjudicated true or false, or
 * unjudged. Prints one line per passage, then counts by label.
 * Usage: npx tsx scripts/dev/count-pairs-probe.ts [> out.txt]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { devsetStories } from './_devset-passages';
import { DEVSET } from '../eval/devset';
import { setCountDebug, type CountFeatures } from '../../core/passages/count-pairs';
import type { Passage } from '../../core/types';

const ov = (m: { start: number; end: number }, s: { start: number; end: number }): boolean => m.start < s.end && s.start < m.end;
const feats = new Map<Passage, CountFeatures>();
setCountDebug((p, f) => feats.set(p, f));
const T: Record<string, number> = {};
for (const st of devsetStories()) {
  const adjF = join(DEVSET, st.story, 'passages-adjudicated.json');
  const adj = existsSync(adjF) ? JSON.parse(readFileSync(adjF, 'utf8')) : [];
  for (const pg of st.pages()) {
    for (const x of pg.passages) {
      const f = feats.get(x);
      if (!f) continue;
      const gold = st.gold.some((g) => g.members.some((m) => m.doc === pg.doc && ov(m, x.page)) && g.members.some((m) => m.doc === `corpus/${x.source.id}` && ov(m, x.source)));
      const a = adj.find((a: any) => a.page === pg.doc && a.doc === `corpus/${x.source.id}` && ov({ start: a.pageStart, end: a.pageEnd }, x.page) && ov({ start: a.docStart, end: a.docEnd }, x.source));
      const label = gold ? 'GOLD' : a ? (a.verdict === true ? 'ADJT' : 'ADJF') : 'NONE';
      T[label] = (T[label] ?? 0) + 1;
      console.log(`${label} ${st.story} ${pg.lang} ${f.verdict} ${f.unit} v=${f.value} q=${f.pageQualifier}/${f.srcQualifier} same=${f.sameValue ? 1 : 0} w=${f.words} s=${f.score.toFixed(3)} rep=${f.pageRepeats} share=${f.sourceShare.toFixed(2)} [${f.shared.join(' ')}] ${pg.id}: "${x.page.text.slice(0, 120).replace(/\n/g, ' ')}" / ${x.source.id}: "${x.source.text.slice(0, 120).replace(/\n/g, ' ')}"`);
    }
  }
}
console.log('COUNTS', JSON.stringify(T));
