/**
 * Dev probe (kept for the next reader of these misses): for every cross-language gold pair of the devset, the sentence pair behind it
 * (the page and source sentences overlapping the gold members) with the keys they share, their bag
 * sizes, score and length ratio, to see why a missed pair is missed. One JSON line per sentence pair.
 */
import { sentenceBags } from '../../core/passages/crosslang';
import { crossLanguageGoldPairs } from './_devset-passages';

for (const { story, g, id, pa, d, sa, ps, ss, cands } of crossLanguageGoldPairs()) {
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
  console.log(JSON.stringify({ story, gid: g.id, kind: g.kind, page: id, src: d.id, score: +best.score.toFixed(3), shared: best.keys, pn: pb[best.p].length, sn: sb[best.s].length, ratio: +(Math.max(lp, ls) / Math.min(lp, ls)).toFixed(2), pt: pa.sentences[best.p].text.slice(0, 150), st: sa.sentences[best.s].text.slice(0, 150), pk: pb[best.p], sk: sb[best.s] }));
}
