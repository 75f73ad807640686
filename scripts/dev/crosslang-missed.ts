/**
 * Dev probe (kept for the next reader of these misses): for every cross-language gold pair of the devset, the sentence pair behind it
 * (the page and source sentences overlapping the gold members) with the keys they share, their bag
 * sizes, score and length ratio, to see why a missed pair is missed. One JSON line per sentence pair.
 */
import { crossCandidates, sentenceBags } from '../../core/passages/crosslang';
import { crossLanguagePages, ov } from './_devset-passages';

for (const { story, corpus, gold, id, lang, text, pa, others, an, counts } of crossLanguagePages()) {
  const pg = { id };
  for (const g of gold) {
    const pm = g.members.find((m) => m.doc === `pages/${pg.id}`);
    if (!pm) continue;
    for (const d of others) {
      const sm = g.members.find((m) => m.doc === `corpus/${d.id}`);
      if (!sm) continue;
      const sa = an.get(d.id)!;
      const cands = crossCandidates(pa, sa, 0, 1, counts);
      const ps = pa.sentences.map((s, i) => (ov(pm, s.start, s.end) ? i : -1)).filter((i) => i >= 0);
      const ss = sa.sentences.map((s, i) => (ov(sm, s.start, s.end) ? i : -1)).filter((i) => i >= 0);
      const pb = sentenceBags(pa).keys, sb = sentenceBags(sa).keys;
      let best: { p: number; s: number; score: number; keys: string[] } | null = null;
      for (const p of ps) for (const s of ss) {
        const c = cands.find((x) => x.p === p && x.s === s);
        const shared = pb[p].filter((k) => sb[s].includes(k));
        const score = c?.score ?? 0;
        if (!best || score > best.score || (score === best.score && shared.length > best.keys.length)) best = { p, s, score, keys: shared };
      }
      if (!best) continue;
      const lp = pa.sentences[best.p].text.length, ls = sa.sentences[best.s].text.length;
      console.log(JSON.stringify({ story, gid: g.id, kind: g.kind, page: pg.id, src: d.id, score: +best.score.toFixed(3), shared: best.keys, pn: pb[best.p].length, sn: sb[best.s].length, ratio: +(Math.max(lp, ls) / Math.min(lp, ls)).toFixed(2), pt: pa.sentences[best.p].text.slice(0, 150), st: sa.sentences[best.s].text.slice(0, 150), pk: pb[best.p], sk: sb[best.s] }));
    }
  }
}
