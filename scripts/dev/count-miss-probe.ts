/**
 * Dev probe (session 26): for each cross-language gold pair the engine misses given the story (figures handed over,
 * as the eval does), the figure comparisons between a page figure inside the page member and a figure of the source
 * inside the source member: verdict, unit, value and how often the page states that value. Says which guard of
 * count-pairs.ts (verdict, page repeats) stands between a shared count and a passage.
 * Usage: npx tsx scripts/dev/count-miss-probe.ts > out.txt
 */
import { devsetStories, ov } from './_devset-passages';
import { expectedCounterparts } from '../eval/devset';

const T: Record<string, number> = {};
const S: Record<string, Set<string>> = {};
for (const st of devsetStories()) {
  for (const pg of st.pages()) {
    const figs = pg.figures ?? [];
    const rep = new Map<string, number>();
    for (const r of figs) rep.set(`${r.low}|${r.high}|${r.unit}`, (rep.get(`${r.low}|${r.high}|${r.unit}`) ?? 0) + 1);
    for (const g of st.gold) {
      for (const { a, bs } of expectedCounterparts(g, pg.doc)) {
        const srcId = bs[0].doc.slice(7);
        const src = st.corpus.find((d) => d.id === srcId)!;
        if (src.lang === pg.lang) continue;
        if (pg.passages.some((x) => x.source.id === srcId && ov(x.page, a.start, a.end) && bs.some((b) => ov(b, x.source.start, x.source.end)))) continue;
        let best = 'none';
        for (const r of figs) {
          if (!ov(a, r.page.start, r.page.end)) continue;
          for (const c of r.comparisons) {
            if (c.source.id !== srcId || !bs.some((b) => ov(b, c.source.start, c.source.end))) continue;
            const n = rep.get(`${r.low}|${r.high}|${r.unit}`) ?? 0;
            const tag = `${c.verdict}${c.verdict === 'agrees' ? (n > 1 ? ':repeated' : ':once') : ''}`;
            if (best === 'none' || tag.startsWith('agrees')) best = tag;
            const other = pg.passages.find((x) => x.source.id === srcId && ov(x.page, a.start, a.end));
            const srcHas = pg.passages.find((x) => x.source.id === srcId && ov(x.source, c.source.start, c.source.end));
            console.log(`${other ? 'PAGE-TAKEN(' + other.source.text.slice(0, 60).replace(/\n/g, ' ') + ')' : srcHas ? 'SRC-TAKEN(' + srcHas.page.text.slice(0, 60).replace(/\n/g, ' ') + ')' : 'FREE'} ${st.story} ${pg.lang} ${tag} ${r.unit} ${r.low}/${c.low} rep=${n} P="${a.quote.slice(0, 400).replace(/\n/g, ' ')}" S="${bs[0].quote.slice(0, 400).replace(/\n/g, ' ')}"`);
          }
        }
        T[best] = (T[best] ?? 0) + 1;
        (S[best] ??= new Set()).add(st.story);
      }
    }
  }
}
for (const [k, v] of Object.entries(T)) console.error(k, v, 'stories', S[k].size);
