/**
 * Dev probe (passages17): how many sentences of its text each member of a cross-language gold pair
 * spans (page side, source side), split into found and missed, devset given the story. A pair whose
 * members span different sentence counts (one sentence told as two in the other language) is what a
 * 2:1 alignment would reach.
 * Usage: npx tsx scripts/dev/split-probe.ts [story...]
 */
import { devsetStories, ov } from './_devset-passages';
import { expectedCounterparts } from '../eval/devset';
import { analyse } from '../../core/passages/tokens';
const only = process.argv.slice(2);
const T = new Map<string, number>();
const add = (k: string) => T.set(k, (T.get(k) ?? 0) + 1);
for (const st of devsetStories()) {
  if (only.length && !only.includes(st.story)) continue;
  const docOf = new Map(st.corpus.map((d) => [`corpus/${d.id}`, d]));
  for (const pg of st.pages()) {
    const pa = analyse(pg.text, [], pg.lang);
    for (const g of st.gold) for (const { a, bs } of expectedCounterparts(g, pg.doc)) {
      const b = bs[0];
      const d = docOf.get(b.doc);
      if (!d || d.lang === pg.lang) continue;
      const sa = analyse(d.text, d.ignore ?? [], d.lang);
      const n = (an: typeof pa, m: { start: number; end: number }) => an.sentences.filter((s) => ov(m, s.start, s.end)).length;
      const hit = pg.passages.some((x) => ov(x.page, a.start, a.end) && `corpus/${x.source.id}` === b.doc && bs.some((y) => ov(x.source, y.start, y.end)));
      const key = `${Math.min(n(pa, a), 3)}:${Math.min(n(sa, b), 3)}`;
      add(`${hit ? 'found' : 'miss'} ${key}`);
      if (!hit && key !== '1:1' && process.env.LOG) console.log(`MISS ${key} ${st.story} ${pg.id} ${b.doc}: "${a.quote.slice(0, 100)}" / "${b.quote.slice(0, 100)}"`);
    }
  }
}
for (const [k, v] of [...T].sort()) console.log(k, v);
